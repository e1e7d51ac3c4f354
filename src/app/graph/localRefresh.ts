// A refresh of only the items an edit added or changed, written into sigma's programs in place.
//
// sigma 3 answers a node or relation added (or one whose attributes were replaced) with a partial
// refresh that still sets needToProcess, and its process() then renumbers and rewrites every item
// of the graph: seconds on a big graph for one new node. An editor's change leaves the rest as it
// was, so here the new items take the next free slot of their program (grown by one, its array
// copied) and the next picking id, a changed item is rewritten in its own slot, and a new node is
// added to the label grid. Anything this cannot do the same way as process() (a node outside the
// drawn extent, which would renormalise every position; a changed position, size, program or
// zIndex; a new item below the highest zIndex, which process() would sort among the others)
// returns false, and the caller does sigma's full refresh.
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import { matrixFromCamera } from 'sigma/utils';
import type { SigmaInternals } from './sigmaInternals.ts';

interface ProgramArrays {
  capacity?: number;
  array?: Float32Array;
  programs?: ProgramArrays[];
  reallocate(capacity: number): void;
}

function capacityOf(program: ProgramArrays): number | undefined {
  return program.capacity ?? (program.programs?.[0] ? capacityOf(program.programs[0]) : undefined);
}

/** Grows a program (or each part of a compound one) by one item, keeping what it holds. */
function growByOne(program: ProgramArrays): boolean {
  if (program.programs !== undefined) return program.programs.every(growByOne);
  const { capacity, array } = program;
  if (capacity === undefined || !(array instanceof Float32Array)) return false;
  program.reallocate(capacity + 1);
  program.array?.set(array);
  return true;
}

/** The next free picking id: one past the highest sigma gave (process() numbers from 1). */
export interface ItemIds {
  next: number;
}

function inExtent(internals: SigmaInternals, x: number, y: number): boolean {
  const extent = internals.customBBox ?? internals.nodeExtent;
  return x >= extent.x[0] && x <= extent.x[1] && y >= extent.y[0] && y <= extent.y[1];
}

/**
 * Whether a new item at the end of its program is where process() puts it: with sigma's zIndex
 * ordering (a stable sort), only if none is above it. (addNode/addEdge already widened the extent.)
 */
function onTop(internals: SigmaInternals, zIndex: number, extent: [number, number]): boolean {
  return !internals.settings.zIndex || (zIndex || 0) >= extent[1];
}

function refreshNode(sigma: Sigma, internals: SigmaInternals, node: string, ids: ItemIds): boolean {
  const graph = sigma.getGraph();
  const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
  if (!inExtent(internals, x, y)) return false;
  const id = internals.nodeIndices[node];
  if (id !== undefined) {
    // A node redrawn where it is: its slot rewritten, the label grid (position, size) unchanged.
    const before = internals.nodeDataCache[node];
    internals.addNode(node);
    const data = internals.nodeDataCache[node]!;
    internals.normalizationFunction.applyTo(data);
    if (before === undefined || data.x !== before.x || data.y !== before.y) return false;
    if (data.size !== before.size || data.type !== before.type || data.hidden !== before.hidden) return false;
    if (data.zIndex !== before.zIndex) return false;
    const position = internals.nodeProgramIndex[node];
    if (position === undefined) return false;
    internals.addNodeToProgram(node, id, position);
    return true;
  }
  // sigma's graph listener has made the new node's display data; process() would normalise it.
  const data = internals.nodeDataCache[node];
  if (data && !onTop(internals, data.zIndex, internals.nodeZExtent)) return false;
  const program = data && (internals.nodePrograms[data.type] as unknown as ProgramArrays | undefined);
  const position = program && capacityOf(program);
  if (data === undefined || program === undefined || position === undefined || !growByOne(program))
    return false;
  internals.normalizationFunction.applyTo(data);
  const fingerprint = ids.next++;
  internals.nodeIndices[node] = fingerprint;
  internals.itemIDsIndex[fingerprint] = { type: 'node', id: node };
  internals.addNodeToProgram(node, fingerprint, position);
  if (typeof data.label === 'string' && !data.hidden) {
    const dimensions = sigma.getDimensions();
    const matrix = matrixFromCamera(
      new Camera().getState(),
      dimensions,
      sigma.getGraphDimensions(),
      sigma.getStagePadding(),
    );
    internals.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix }));
    // Cells are kept sorted; sorting the one sorted cell list again is a linear pass.
    internals.labelGrid.organize();
  }
  return true;
}

function refreshEdge(internals: SigmaInternals, edge: string, ids: ItemIds): boolean {
  const id = internals.edgeIndices[edge];
  if (id !== undefined) {
    const before = internals.edgeDataCache[edge];
    internals.addEdge(edge);
    const data = internals.edgeDataCache[edge]!;
    const position = internals.edgeProgramIndex[edge];
    if (before === undefined || data.type !== before.type || position === undefined) return false;
    if (data.zIndex !== before.zIndex) return false;
    internals.addEdgeToProgram(edge, id, position);
    return true;
  }
  const data = internals.edgeDataCache[edge];
  if (data && !onTop(internals, data.zIndex, internals.edgeZExtent)) return false;
  const program = data && (internals.edgePrograms[data.type] as unknown as ProgramArrays | undefined);
  const position = program && capacityOf(program);
  if (data === undefined || program === undefined || position === undefined || !growByOne(program))
    return false;
  const fingerprint = ids.next++;
  internals.edgeIndices[edge] = fingerprint;
  internals.itemIDsIndex[fingerprint] = { type: 'edge', id: edge };
  internals.addEdgeToProgram(edge, fingerprint, position);
  return true;
}

/**
 * Writes these nodes and edges (added, or with replaced attributes) into sigma's programs; false
 * when one of them needs sigma's full process (the caller then refreshes fully).
 */
export function refreshLocally(
  sigma: Sigma,
  internals: SigmaInternals,
  items: { nodes?: readonly string[]; edges?: readonly string[] },
  ids: ItemIds,
): boolean {
  if (internals.needToProcess || !internals.settings.autoRescale) return false;
  // sigma answers updateEachNodeAttributes (a layout, its reset) by rewriting every node's display
  // data before this refresh, naming every node: what moved cannot be seen here, so it takes the
  // full process (a new extent). The same for every edge (a type change needs another program).
  const graph = sigma.getGraph();
  if (graph.order > 0 && (items.nodes?.length ?? 0) >= graph.order) return false;
  if (graph.size > 0 && (items.edges?.length ?? 0) >= graph.size) return false;
  for (const node of items.nodes ?? []) if (!refreshNode(sigma, internals, node, ids)) return false;
  // Edges after nodes: an edge's slot is written from its ends' display data.
  for (const edge of items.edges ?? []) if (!refreshEdge(internals, edge, ids)) return false;
  return true;
}
