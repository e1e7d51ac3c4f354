// What sigma draws: the curves of parallel edges, worked out in steps on those edges alone (the
// library's whole-graph index, @sigma/edge-curve, is the reference), and each item's display data.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph, syntheticDataset } from '../../src/graph/index.ts';

// sigma's program modules (imported by @sigma/edge-curve) read WebGL constants when loaded; Node has
// no WebGL. Nothing here draws: the name only has to exist for the modules to load.
(globalThis as Record<string, unknown>).WebGL2RenderingContext ??= class {};
(globalThis as Record<string, unknown>).WebGLRenderingContext ??= class {};
const { indexParallelEdgesIndex } = await import('@sigma/edge-curve');
const { curves, curvesSteps, displayEdge, displayNode, nodeSize } = await import(
  '../../src/app/graph/displayData.ts'
);

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

describe('display data', () => {
  it('gives parallel and opposite edges the same indices as the library on the whole graph', () => {
    const graph = withParallels();
    const found = curves(graph);
    const reference = new MultiDirectedGraph<
      Record<string, unknown>,
      { parallelIndex?: number | null; parallelMaxIndex?: number | null }
    >();
    graph.forEachNode((n) => reference.addNode(n));
    graph.forEachEdge((e, _a, s, t) => reference.addEdgeWithKey(e, s, t, {}));
    indexParallelEdgesIndex(reference, {
      edgeIndexAttribute: 'parallelIndex',
      edgeMaxIndexAttribute: 'parallelMaxIndex',
    });
    let curved = 0;
    reference.forEachEdge((e, a) => {
      const c = found.get(e);
      expect([e, c?.parallelIndex ?? null, c?.parallelMaxIndex ?? null]).toEqual([
        e,
        a.parallelIndex ?? null,
        a.parallelMaxIndex ?? null,
      ]);
      const d = displayEdge(e, graph.getEdgeAttributes(e), found);
      expect(d.type).toBe(typeof a.parallelIndex === 'number' ? 'curved' : 'straight');
      expect(d.curvature).toBe(c?.curvature ?? 0);
      if (d.type === 'curved') curved++;
    });
    // 60 twins (120 edges) and 20 opposite edges, a third of the pairs with three.
    expect(curved).toBeGreaterThanOrEqual(140);
    expect(found.size).toBe(curved);
  });

  it('pauses between slices when run as steps, and ends with the same curves', () => {
    const graph = withParallels();
    const steps = curvesSteps(graph, 500);
    let pauses = 0;
    let last = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      expect(step.value).toBeGreaterThanOrEqual(last);
      last = step.value;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((graph.order + graph.size) / 500));
    expect([...step.value]).toEqual([...curves(graph)]);
  });

  it('makes a new object of one shape per item from the domain attributes, leaving them as they are', () => {
    const graph = withParallels();
    const node = graph.nodes()[5]!;
    const a = graph.getNodeAttributes(node);
    const before = { ...a };
    const d = displayNode(graph, node, a);
    expect(d).not.toBe(a);
    expect(graph.getNodeAttributes(node)).toEqual(before);
    expect(d).toMatchObject({
      x: a.x,
      y: a.y,
      label: a.label,
      kind: a.kind,
      size: nodeSize(graph.degree(node)),
    });
    const edge = graph.edges()[7]!;
    const e = displayEdge(edge, graph.getEdgeAttributes(edge), new Map());
    // Every field sigma's display data has, from the start (no field added later, see displayData.ts).
    expect(Object.keys(d).sort()).toEqual(
      [
        'color',
        'forceLabel',
        'hidden',
        'highlighted',
        'kind',
        'label',
        'size',
        'type',
        'x',
        'y',
        'zIndex',
      ].sort(),
    );
    expect(Object.keys(e).sort()).toEqual(
      [
        'color',
        'curvature',
        'forceLabel',
        'hidden',
        'kind',
        'label',
        'size',
        'stated',
        'type',
        'zIndex',
      ].sort(),
    );
  });
});
