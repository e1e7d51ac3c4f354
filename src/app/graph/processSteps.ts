// sigma 3.0.3's refresh() and process() as generators: the same statements in the same order, with
// a pause every SLICE items, for SteppedSigma to run a short task at a time.
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import type { Coordinates } from 'sigma/types';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';
import type { SigmaInternals } from './sigmaInternals.ts';

/** What the steps work on: the sigma, its private parts, and the run's pause and halt checks. */
export interface StepContext {
  readonly sigma: Sigma;
  readonly internals: SigmaInternals;
  /** A pause between slices, yielding the count of items handled so far. */
  pause(done: number): Generator<number, void>;
  /** True once the run is abandoned (killed, settled or restarted): the steps stop touching sigma. */
  halted(): boolean;
}

/** Items handled between two yields (a yield costs a generator resume and a clock read). */
const SLICE = 256;

/**
 * The items in sigma's zIndexOrdering order, in slices: that is a stable sort on `zIndex || 0`
 * (one comparator sort, hundreds of ms for 400k edges); here, a bucket per distinct zIndex.
 */
function* zOrderSteps(
  items: string[],
  zIndex: (item: string) => number,
  pause: () => Generator<number, void>,
): Generator<number, string[]> {
  const buckets = new Map<number, string[]>();
  for (let i = 0; i < items.length; i++) {
    const z = zIndex(items[i]!) || 0;
    const bucket = buckets.get(z);
    if (bucket === undefined) buckets.set(z, [items[i]!]);
    else bucket.push(items[i]!);
    if (i % SLICE === SLICE - 1) yield* pause();
  }
  const ordered: string[] = [];
  for (const z of [...buckets.keys()].sort((a, b) => a - b))
    for (const item of buckets.get(z)!) ordered.push(item);
  return ordered;
}

/**
 * sigma's process() loop that numbers the items of one kind and writes them into their
 * program's arrays, in slices. `count` carries the next item id and the items handled.
 */
function* programSteps(
  step: StepContext,
  count: { id: number; done: number; itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }> },
  kind: 'node' | 'edge',
  items: readonly string[],
  indices: Record<string, number>,
  perProgram: Record<string, number>,
): Generator<number, void> {
  const internals = step.internals;
  const cache = kind === 'node' ? internals.nodeDataCache : internals.edgeDataCache;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const id = count.id++;
    indices[item] = id;
    count.itemIDsIndex[id] = { type: kind, id: item };
    const type = cache[item]!.type;
    const position = perProgram[type];
    if (position === undefined)
      throw new Error(`Sigma: could not find a suitable program for ${kind} type "${type}"!`);
    perProgram[type] = position + 1;
    if (kind === 'node') internals.addNodeToProgram(item, id, position);
    else internals.addEdgeToProgram(item, id, position);
    if (++count.done % SLICE === 0) {
      yield* step.pause(count.done);
      if (step.halted()) return;
    }
  }
}

export function* processSteps(step: StepContext): Generator<number, void> {
  const { sigma, internals } = step;
  const graph = sigma.getGraph();
  const settings = internals.settings;
  let done = 0;

  // 1. Reducers and defaults (sigma's refresh(): clear the indices, addNode/addEdge each item).
  internals.clearEdgeIndices();
  internals.clearNodeIndices();
  let nodes = graph.nodes();
  for (let i = 0; i < nodes.length; i++) {
    internals.addNode(nodes[i]!);
    if (++done % SLICE === 0) {
      yield* step.pause(done);
      if (step.halted()) return;
    }
  }
  let edges = graph.edges();
  for (let i = 0; i < edges.length; i++) {
    internals.addEdge(edges[i]!);
    if (++done % SLICE === 0) {
      yield* step.pause(done);
      if (step.halted()) return;
    }
  }

  // 2. sigma's process(), the same statements in the same order, sliced.
  sigma.emit('beforeProcess');
  const dimensions = sigma.getDimensions();
  internals.nodeExtent = graphExtent(graph);
  if (!settings.autoRescale) {
    const { x, y } = internals.nodeExtent;
    internals.nodeExtent = {
      x: [(x[0] + x[1]) / 2 - dimensions.width / 2, (x[0] + x[1]) / 2 + dimensions.width / 2],
      y: [(y[0] + y[1]) / 2 - dimensions.height / 2, (y[0] + y[1]) / 2 + dimensions.height / 2],
    };
  }
  internals.normalizationFunction = createNormalizationFunction(internals.customBBox ?? internals.nodeExtent);
  const nullCameraMatrix = matrixFromCamera(
    new Camera().getState(),
    dimensions,
    sigma.getGraphDimensions(),
    sigma.getStagePadding(),
  );
  internals.labelGrid.resizeAndClear(dimensions, settings.labelGridCellSize);
  const nodesPerProgram: Record<string, number> = {};
  const nodeIndices: Record<string, number> = {};
  const edgeIndices: Record<string, number> = {};
  const itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }> = {};
  for (let i = 0; i < nodes.length; i++) {
    // (Positions, label grid, counts: not counted in the progress, but sliced all the same.)
    if (i % SLICE === SLICE - 1) {
      yield* step.pause(done);
      if (step.halted()) return;
    }
    const node = nodes[i]!;
    const data = internals.nodeDataCache[node]!;
    const attributes = graph.getNodeAttributes(node) as unknown as Coordinates;
    data.x = attributes.x;
    data.y = attributes.y;
    internals.normalizationFunction.applyTo(data);
    if (typeof data.label === 'string' && !data.hidden)
      internals.labelGrid.add(
        node,
        data.size,
        sigma.framedGraphToViewport(data, { matrix: nullCameraMatrix }),
      );
    nodesPerProgram[data.type] = (nodesPerProgram[data.type] ?? 0) + 1;
  }
  internals.labelGrid.organize();
  for (const type of Object.keys(internals.nodePrograms)) {
    internals.nodePrograms[type]!.reallocate(nodesPerProgram[type] ?? 0);
    nodesPerProgram[type] = 0;
  }
  if (settings.zIndex && internals.nodeZExtent[0] !== internals.nodeZExtent[1])
    nodes = yield* zOrderSteps(
      nodes,
      (n) => internals.nodeDataCache[n]!.zIndex,
      () => step.pause(done),
    );
  if (step.halted()) return;
  const count = { id: 1, done, itemIDsIndex };
  yield* programSteps(step, count, 'node', nodes, nodeIndices, nodesPerProgram);
  if (step.halted()) return;
  done = count.done;

  const edgesPerProgram: Record<string, number> = {};
  for (let i = 0; i < edges.length; i++) {
    const type = internals.edgeDataCache[edges[i]!]!.type;
    edgesPerProgram[type] = (edgesPerProgram[type] ?? 0) + 1;
  }
  if (settings.zIndex && internals.edgeZExtent[0] !== internals.edgeZExtent[1])
    edges = yield* zOrderSteps(
      edges,
      (e) => internals.edgeDataCache[e]!.zIndex,
      () => step.pause(done),
    );
  if (step.halted()) return;
  for (const type of Object.keys(internals.edgePrograms)) {
    internals.edgePrograms[type]!.reallocate(edgesPerProgram[type] ?? 0);
    edgesPerProgram[type] = 0;
  }
  yield* step.pause(done);
  if (step.halted()) return;
  yield* programSteps(step, count, 'edge', edges, edgeIndices, edgesPerProgram);
  if (step.halted()) return;
  internals.itemIDsIndex = itemIDsIndex;
  internals.nodeIndices = nodeIndices;
  internals.edgeIndices = edgeIndices;
  sigma.emit('afterProcess');
}
