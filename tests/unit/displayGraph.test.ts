// The drawn copy: built in steps, with parallel edges indexed on their own; the library's
// whole-graph index (@sigma/edge-curve) is the reference.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DisplayEdge } from '../../src/app/graph/displayGraph.ts';
import { buildGraph, syntheticDataset } from '../../src/graph/index.ts';

// sigma's program modules (imported by @sigma/edge-curve) read WebGL constants when loaded; Node has
// no WebGL. Nothing here draws: the name only has to exist for the modules to load.
(globalThis as Record<string, unknown>).WebGL2RenderingContext ??= class {};
(globalThis as Record<string, unknown>).WebGLRenderingContext ??= class {};
const { indexParallelEdgesIndex } = await import('@sigma/edge-curve');
const { displayGraph, displayGraphSteps } = await import('../../src/app/graph/displayGraph.ts');

/** A synthetic graph plus parallel, opposite and triple edges between a few pairs. */
function withParallels() {
  const dataset = syntheticDataset({ nodes: 2000, seed: 9 });
  const graph = buildGraph(dataset);
  const base = dataset.edges.slice(0, 60);
  base.forEach((e, i) => {
    const twin = { ...e, id: `${e.id}-twin` };
    graph.addDirectedEdgeWithKey(twin.id, e.source, e.target, { kind: e.type, stated: true, record: twin });
    if (i % 3 === 0) {
      const back = { ...e, id: `${e.id}-back`, source: e.target, target: e.source };
      graph.addDirectedEdgeWithKey(back.id, e.target, e.source, { kind: e.type, stated: true, record: back });
    }
  });
  return graph;
}

describe('displayGraph', () => {
  it('gives parallel and opposite edges the same indices as the library on the whole graph', () => {
    const graph = withParallels();
    const display = displayGraph(graph);
    const reference = new MultiDirectedGraph<Record<string, unknown>, Partial<DisplayEdge>>();
    graph.forEachNode((n) => reference.addNode(n));
    graph.forEachEdge((e, _a, s, t) => reference.addEdgeWithKey(e, s, t, {}));
    indexParallelEdgesIndex(reference, {
      edgeIndexAttribute: 'parallelIndex',
      edgeMaxIndexAttribute: 'parallelMaxIndex',
    });
    let curved = 0;
    reference.forEachEdge((e, a) => {
      const d = display.getEdgeAttributes(e);
      expect([e, d.parallelIndex ?? null, d.parallelMaxIndex ?? null]).toEqual([
        e,
        a.parallelIndex ?? null,
        a.parallelMaxIndex ?? null,
      ]);
      expect(d.type).toBe(typeof a.parallelIndex === 'number' ? 'curved' : 'straight');
      if (d.type === 'curved') curved++;
    });
    expect(curved).toBeGreaterThanOrEqual(120);
    expect(display.order).toBe(graph.order);
    expect(display.size).toBe(graph.size);
  });

  it('pauses between slices when run as steps, and ends with the same graph', () => {
    const graph = withParallels();
    const steps = displayGraphSteps(graph, 500);
    let pauses = 0;
    let last = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      expect(step.value).toBeGreaterThanOrEqual(last);
      last = step.value;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan((graph.order + graph.size) / 500);
    const whole = displayGraph(graph);
    expect(step.value.export()).toEqual(whole.export());
  });
});
