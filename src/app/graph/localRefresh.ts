// A refresh of only the items an edit added or changed, written into sigma's programs in place.
//
// sigma 3 answers a node or relation added (or one whose attributes were replaced) with a partial
// refresh that still sets needToProcess, and its process() then renumbers and rewrites every item
// of the graph: seconds on a big graph for one new node. An editor's change leaves the rest as it
// was, so here the new items take the next free slot of their program (made ahead by makeRoom, or
// grown by a share of its size when full, its array copied) and the next picking id, a changed
// item is rewritten in its own slot (a node's relations too when its size changed, as their
// arrows meet it), and the label grid's cell of a new or
// resized node is updated. The ends of a new relation are redrawn too: their size follows their
// degree. Anything this cannot do the same way as process() (a node outside the drawn extent, which
// would renormalise every position; a changed position, program or zIndex) returns false, and the
// caller does sigma's full refresh. One difference is accepted: a new item is drawn last in its
// program, where process() would sort it below items of a higher zIndex (a highlighted node or
// relation), as sigma's own partial refreshes also leave changed items where they are.
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';
import type { LabelCandidate, SigmaInternals } from './sigmaInternals.ts';

interface ProgramArrays {
  capacity?: number;
  array?: Float32Array;
  programs?: ProgramArrays[];
  reallocate(capacity: number): void;
}

function capacityOf(program: ProgramArrays): number | undefined {
  return program.capacity ?? (program.programs?.[0] ? capacityOf(program.programs[0]) : undefined);
}

/** Grows a program (or each part of a compound one) to `capacity` items, keeping what it holds. */
function grow(program: ProgramArrays, capacity: number): boolean {
  if (program.programs !== undefined) return program.programs.every((p) => grow(p, capacity));
  const { array } = program;
  if (program.capacity === undefined || !(array instanceof Float32Array)) return false;
  program.reallocate(capacity);
  program.array?.set(array);
  return true;
}

/**
 * The slots added items take, since sigma's last full process (which sizes every program to its
 * items exactly): the next free slot of each program grown here. A program grows by a share of its
 * size at a time, not by one, so that each new item does not copy a big array (the free slots hold
 * zeros, which sigma draws as nothing, as it does hidden items); makeRoom grows them ahead of edits.
 */
export interface ItemIds {
  /** The next free picking id: one past the highest sigma gave (process() numbers from 1). */
  next: number;
  readonly freeSlots: Map<object, number>;
}

/** Room made for this many more items when a program is full: about 1/64 of it, at least 16. */
const headroom = (capacity: number): number => Math.max(16, Math.ceil(capacity / 64));

/** The slot for a new item of `program`, grown if it is full; undefined when it cannot be. */
function takeSlot(program: ProgramArrays, ids: ItemIds): number | undefined {
  const capacity = capacityOf(program);
  if (capacity === undefined) return undefined;
  const slot = ids.freeSlots.get(program) ?? capacity;
  if (slot >= capacity && !grow(program, slot + headroom(slot))) return undefined;
  ids.freeSlots.set(program, slot + 1);
  return slot;
}

/**
 * Makes free slots now in every program that has none left (an array copy each), so that the next
 * item added to it takes a slot without copying its array in the edit's task.
 */
export function makeRoom(internals: SigmaInternals, ids: ItemIds): void {
  for (const programs of [internals.nodePrograms, internals.edgePrograms])
    for (const value of Object.values(programs)) {
      const program = value as unknown as ProgramArrays;
      const capacity = capacityOf(program);
      if (capacity === undefined) continue;
      const slot = ids.freeSlots.get(program) ?? capacity;
      if (slot < capacity || !grow(program, slot + headroom(slot))) continue;
      ids.freeSlots.set(program, slot);
    }
}

function inExtent(internals: SigmaInternals, x: number, y: number): boolean {
  const extent = internals.customBBox ?? internals.nodeExtent;
  return x >= extent.x[0] && x <= extent.x[1] && y >= extent.y[0] && y <= extent.y[1];
}

/** Whether process() puts this node in the label grid. */
function labelled(data: NodeDisplayData): boolean {
  return typeof data.label === 'string' && !data.hidden;
}

/** sigma 3.0.3's LabelCandidate.compare (not exported): bigger first, then by key. */
function compareCandidates(a: LabelCandidate, b: LabelCandidate): number {
  if (a.size !== b.size) return a.size > b.size ? -1 : 1;
  return a.key > b.key ? 1 : -1;
}

/**
 * Puts `node` in the label grid's cell at its position with its size (or takes it out when it has
 * no label), keeping that cell in sigma's order; the other cells stay as they are.
 */
function placeInGrid(sigma: Sigma, internals: SigmaInternals, node: string, data: NodeDisplayData): void {
  const grid = internals.labelGrid;
  const matrix = matrixFromCamera(
    new Camera().getState(),
    sigma.getDimensions(),
    sigma.getGraphDimensions(),
    sigma.getStagePadding(),
  );
  const position = sigma.framedGraphToViewport(data, { matrix });
  const index = grid.getIndex(position);
  const cell = grid.cells[index];
  const at = cell?.findIndex((c) => c.key === node) ?? -1;
  if (at >= 0) cell!.splice(at, 1);
  if (!labelled(data)) return;
  // sigma's add() appends; the cell is kept in order by moving the new candidate to its place
  // (a binary search: a cell of a big graph holds thousands).
  grid.add(node, data.size, position);
  const sorted = grid.cells[index]!;
  const candidate = sorted.pop()!;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareCandidates(sorted[middle]!, candidate) < 0) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, candidate);
}

/** sigma's edge programs that draw from their ends' positions alone, never their sizes. */
const SIZE_FREE: readonly (abstract new (...args: never[]) => unknown)[] = [
  EdgeLineProgram,
  EdgeRectangleProgram,
];

/**
 * Rewrites the relations of `node` in their slots after its size or visibility changed; for a
 * size alone, only those whose program reads its ends' sizes (an arrow head meets its target).
 * One not written yet (a new relation of this refresh) is written after the nodes.
 */
function rewriteEdgesOf(sigma: Sigma, internals: SigmaInternals, node: string, sizeOnly: boolean): void {
  // A hub has thousands of relations: none to visit when no program draws an end's size.
  const sizeFree = (program: unknown): boolean => SIZE_FREE.some((free) => program instanceof free);
  if (sizeOnly && Object.values(internals.edgePrograms).every(sizeFree)) return;
  sigma.getGraph().forEachEdge(node, (edge) => {
    const id = internals.edgeIndices[edge];
    const position = internals.edgeProgramIndex[edge];
    if (id === undefined || position === undefined) return;
    const type = internals.edgeDataCache[edge]?.type;
    const program = type === undefined ? undefined : internals.edgePrograms[type];
    if (sizeOnly && sizeFree(program)) return;
    internals.addEdgeToProgram(edge, id, position);
  });
}

function refreshNode(sigma: Sigma, internals: SigmaInternals, node: string, ids: ItemIds): boolean {
  const graph = sigma.getGraph();
  const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
  if (!inExtent(internals, x, y)) return false;
  const id = internals.nodeIndices[node];
  if (id !== undefined) {
    // A node redrawn where it is: its slot rewritten; a new size or label also goes to the grid.
    const before = internals.nodeDataCache[node];
    internals.addNode(node);
    const data = internals.nodeDataCache[node]!;
    internals.normalizationFunction.applyTo(data);
    if (before === undefined || data.x !== before.x || data.y !== before.y) return false;
    if (data.type !== before.type || data.zIndex !== before.zIndex) return false;
    const position = internals.nodeProgramIndex[node];
    if (position === undefined) return false;
    internals.addNodeToProgram(node, id, position);
    // Its relations' slots hold its size (arrow heads) and whether it is hidden.
    const endChanged = data.size !== before.size || data.hidden !== before.hidden;
    if (endChanged || data.label !== before.label) placeInGrid(sigma, internals, node, data);
    if (endChanged) rewriteEdgesOf(sigma, internals, node, data.hidden === before.hidden);
    return true;
  }
  // sigma's graph listener has made the new node's display data; process() would normalise it.
  const data = internals.nodeDataCache[node];
  const program = data && (internals.nodePrograms[data.type] as unknown as ProgramArrays | undefined);
  const position = program && takeSlot(program, ids);
  if (data === undefined || position === undefined) return false;
  internals.normalizationFunction.applyTo(data);
  const fingerprint = ids.next++;
  internals.nodeIndices[node] = fingerprint;
  internals.itemIDsIndex[fingerprint] = { type: 'node', id: node };
  internals.addNodeToProgram(node, fingerprint, position);
  if (labelled(data)) placeInGrid(sigma, internals, node, data);
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
  const program = data && (internals.edgePrograms[data.type] as unknown as ProgramArrays | undefined);
  const position = program && takeSlot(program, ids);
  if (data === undefined || position === undefined) return false;
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
  const nodes = new Set(items.nodes ?? []);
  // A new relation changes its ends' degree, so their size: they are drawn again first.
  for (const edge of items.edges ?? [])
    if (internals.edgeIndices[edge] === undefined && graph.hasEdge(edge))
      for (const end of graph.extremities(edge)) nodes.add(end);
  for (const node of nodes) if (!refreshNode(sigma, internals, node, ids)) return false;
  // Edges after nodes: an edge's slot is written from its ends' display data.
  for (const edge of items.edges ?? []) if (!refreshEdge(internals, edge, ids)) return false;
  return true;
}

interface DropProgram {
  process(id: number, position: number, ...data: object[]): void;
}

/**
 * Blanks a dropped relation's slot (a hidden item: sigma draws nothing there until its next full
 * process) and forgets it, as sigma's removeEdge does; false when it was not drawn as expected.
 */
export function dropEdgeLocally(internals: SigmaInternals, edge: string): boolean {
  const data = internals.edgeDataCache[edge];
  const position = internals.edgeProgramIndex[edge];
  const id = internals.edgeIndices[edge];
  const program = data && (internals.edgePrograms[data.type] as unknown as DropProgram | undefined);
  if (data === undefined || position === undefined || id === undefined || program === undefined) return false;
  const hidden = { ...data, hidden: true };
  program.process(0, position, hidden, hidden, hidden);
  delete internals.edgeIndices[edge];
  delete internals.itemIDsIndex[id];
  internals.removeEdge(edge);
  return true;
}

/**
 * Blanks a dropped node's slot, takes it out of the label grid and forgets it. The drawn extent
 * stays (process() would fit it to the nodes left, moving every node a little).
 */
export function dropNodeLocally(sigma: Sigma, internals: SigmaInternals, node: string): boolean {
  const data = internals.nodeDataCache[node];
  const position = internals.nodeProgramIndex[node];
  const id = internals.nodeIndices[node];
  const program = data && (internals.nodePrograms[data.type] as unknown as DropProgram | undefined);
  if (data === undefined || position === undefined || id === undefined || program === undefined) return false;
  const hidden = { ...data, hidden: true };
  program.process(0, position, hidden);
  placeInGrid(sigma, internals, node, hidden);
  delete internals.nodeIndices[node];
  delete internals.itemIDsIndex[id];
  internals.removeNode(node);
  return true;
}
