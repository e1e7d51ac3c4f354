// A compact array index of the graph (CSR) for path queries, built once per graph and cached.
//
// Why hand-written: graphology's traversal walks string keys and neighbour objects, and its
// `bidirectional` knows nothing of our filters (relation kinds, node kinds, stated-only, excluded
// nodes) or of Yen's per-spur removals. Typed arrays indexed by integers, plus one byte per node
// and edge saying whether the filters let it through, keep a search close to a bare BFS over flat
// arrays (targets and figures: docs/benchmark.md); graphology's functions stay the reference in
// tests (same path lengths).
import type { StakeholderGraph } from '../graph/index.ts';
import {
  type EdgeRecord,
  NODE_KIND_IDS,
  type NodeKind,
  type NodeRecord,
  RELATION_KIND_IDS,
  type RelationKind,
} from '../schema/index.ts';
import type { PathOptions } from './pathOptions.ts';

export interface PathIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeIds: string[];
  readonly nodeIndex: Map<string, number>;
  /** Node labels, for sentences (kept here because reading them from graphology costs more). */
  readonly nodeLabel: string[];
  /** Node records (the graph's `record` attribute), for aliases when a name is resolved. */
  readonly nodeRecord: NodeRecord[];
  /** Index into NODE_KIND_IDS, per node. */
  readonly nodeKind: Uint8Array;
  readonly edgeIds: string[];
  /** Edge records (the graph's `record` attribute), for hop evidence without a graph lookup. */
  readonly edgeRecord: EdgeRecord[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Index into RELATION_KIND_IDS, per edge. */
  readonly edgeKind: Uint8Array;
  /** 1 when the edge has stated evidence. */
  readonly edgeStated: Uint8Array;
  /** The edge record's `weight`, or 1. */
  readonly edgeWeight: Float64Array;
  /** Out-edges of node i: outTargets/outEdges[outOffsets[i] .. outOffsets[i+1]). */
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outEdges: Int32Array;
  /** In-edges of node i, with their sources in inTargets. */
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
  readonly inEdges: Int32Array;
  /** Filter masks already computed for this graph, by filter key. */
  readonly masks: Map<string, Masks>;
}

/** One byte per node and per edge: 1 when the filters let it through. */
export interface Masks {
  readonly nodeOk: Uint8Array;
  readonly edgeOk: Uint8Array;
}

const NODE_CODE: ReadonlyMap<NodeKind, number> = new Map(NODE_KIND_IDS.map((k, i) => [k, i]));
const RELATION_CODE: ReadonlyMap<RelationKind, number> = new Map(RELATION_KIND_IDS.map((k, i) => [k, i]));
const MAX_CACHED_MASKS = 16;

function csr(
  n: number,
  from: Int32Array,
  to: Int32Array,
): { offsets: Int32Array; targets: Int32Array; edges: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) offsets[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(from.length);
  const edges = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const at = fill[from[e]!]!++;
    targets[at] = to[e]!;
    edges[at] = e;
  }
  return { offsets, targets, edges };
}

/** The per-node and per-edge arrays of an index; the adjacency is derived from them. */
type PathIndexArrays = Omit<
  PathIndex,
  'edgeCount' | 'outOffsets' | 'outTargets' | 'outEdges' | 'inOffsets' | 'inTargets' | 'inEdges' | 'masks'
>;

/** An index from its node and edge arrays: the out- and in-adjacency (CSR) worked out. */
function assemblePathIndex(arrays: PathIndexArrays): PathIndex {
  const out = csr(arrays.nodeCount, arrays.edgeSource, arrays.edgeTarget);
  const inn = csr(arrays.nodeCount, arrays.edgeTarget, arrays.edgeSource);
  return {
    ...arrays,
    edgeCount: arrays.edgeIds.length,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outEdges: out.edges,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
    inEdges: inn.edges,
    masks: new Map(),
  };
}

/** Fills an index node by node, then edge by edge: from a graph, or straight from a dataset's records. */
export interface PathIndexBuilder {
  node(id: string, kind: NodeKind, label: string, record: NodeRecord): void;
  /** After every node: the ends are node ids already added. */
  edge(
    id: string,
    record: EdgeRecord,
    source: string,
    target: string,
    kind: RelationKind,
    stated: boolean,
  ): void;
  done(): PathIndex;
}

/** A builder for n nodes and m edges, numbered in the order they are added. */
export function pathIndexBuilder(n: number, m: number): PathIndexBuilder {
  const nodeIds: string[] = new Array(n);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(n);
  const nodeLabel: string[] = new Array(n);
  const nodeRecord: NodeRecord[] = new Array(n);
  const edgeIds: string[] = new Array(m);
  const edgeRecord: EdgeRecord[] = new Array(m);
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeKind = new Uint8Array(m);
  const edgeStated = new Uint8Array(m);
  const edgeWeight = new Float64Array(m);
  let i = 0;
  let e = 0;
  return {
    node(id, kind, label, record) {
      nodeIds[i] = id;
      nodeIndex.set(id, i);
      nodeKind[i] = NODE_CODE.get(kind) ?? 0;
      nodeLabel[i] = label;
      nodeRecord[i] = record;
      i++;
    },
    edge(id, record, source, target, kind, stated) {
      edgeIds[e] = id;
      edgeRecord[e] = record;
      edgeSource[e] = nodeIndex.get(source)!;
      edgeTarget[e] = nodeIndex.get(target)!;
      edgeKind[e] = RELATION_CODE.get(kind) ?? 0;
      edgeStated[e] = stated ? 1 : 0;
      edgeWeight[e] = record.weight ?? 1;
      e++;
    },
    done: () =>
      assemblePathIndex({
        nodeCount: n,
        nodeIds,
        nodeIndex,
        nodeLabel,
        nodeRecord,
        nodeKind,
        edgeIds,
        edgeRecord,
        edgeSource,
        edgeTarget,
        edgeKind,
        edgeStated,
        edgeWeight,
      }),
  };
}

export function buildPathIndex(graph: StakeholderGraph): PathIndex {
  const builder = pathIndexBuilder(graph.order, graph.size);
  graph.forEachNode((id, a) => builder.node(id, a.kind, a.label, a.record));
  graph.forEachEdge((id, a, source, target) => builder.edge(id, a.record, source, target, a.kind, a.stated));
  return builder.done();
}

const cache = new WeakMap<StakeholderGraph, PathIndex>();
const watched = new WeakSet<StakeholderGraph>();

function watch(graph: StakeholderGraph): void {
  if (watched.has(graph)) return;
  watched.add(graph);
  const drop = (): void => {
    cache.delete(graph);
  };
  for (const event of [
    'nodeAdded',
    'edgeAdded',
    'nodeDropped',
    'edgeDropped',
    'cleared',
    'edgesCleared',
  ] as const)
    graph.on(event, drop);
  // Moving nodes (x, y) leaves the index valid; a change of kind or label does not.
  const KEEP = new Set(['x', 'y', 'size', 'color', 'hidden', 'highlighted']);
  graph.on('nodeAttributesUpdated', (p) => {
    if (p.type !== 'set' || p.name === undefined || !KEEP.has(p.name)) drop();
  });
  graph.on('eachNodeAttributesUpdated', (p) => {
    if (!p.hints?.attributes?.every((a) => KEEP.has(a))) drop();
  });
  graph.on('edgeAttributesUpdated', drop);
  graph.on('eachEdgeAttributesUpdated', drop);
}

/** The index of a graph, built on first use and rebuilt after the graph changes. */
export function pathIndex(graph: StakeholderGraph): PathIndex {
  let index = cache.get(graph);
  if (index === undefined) {
    index = buildPathIndex(graph);
    cache.set(graph, index);
    watch(graph);
  }
  return index;
}

type FilterOptions = Pick<
  PathOptions,
  'onlyRelations' | 'excludeRelations' | 'excludeNodeKinds' | 'excludeNodes' | 'statedOnly'
>;

/** Masks that let everything through (the unfiltered query), so searches may skip reading them. */
const ALL_PASS = new WeakSet<Uint8Array>();

/** True for the cached all-pass masks of an unfiltered query (never for copies a search changes). */
export function isAllPass(mask: Uint8Array): boolean {
  return ALL_PASS.has(mask);
}

/** The kinds in a list as a short string: a bit set, plus codes past 29 listed (never two lists alike). */
function kindBits<K>(kinds: readonly K[], codes: ReadonlyMap<K, number>): string {
  if (kinds.length === 0) return '';
  let bits = 0;
  let extra = '';
  for (const k of kinds) {
    const c = codes.get(k) ?? 0;
    if (c < 30) bits |= 1 << c;
    else extra += `,${c}`;
  }
  return `${bits.toString(36)}${extra}`;
}

/** The masks for a set of filters, cached on the index (unknown excluded ids are ignored). */
export function filterMasks(index: PathIndex, o: FilterOptions): Masks {
  // The cache key costs next to nothing for the common filters: kinds as bits, ids joined.
  const key = `${kindBits(o.onlyRelations, RELATION_CODE)}|${kindBits(o.excludeRelations, RELATION_CODE)}|${kindBits(o.excludeNodeKinds, NODE_CODE)}|${o.statedOnly ? 1 : 0}|${o.excludeNodes.length < 2 ? o.excludeNodes.join('') : [...o.excludeNodes].sort().join('\u0000')}`;
  const cached = index.masks.get(key);
  if (cached) return cached;
  const nodeOk = new Uint8Array(index.nodeCount).fill(1);
  const badKinds = new Set(o.excludeNodeKinds.map((k) => NODE_CODE.get(k)));
  if (badKinds.size > 0)
    for (let i = 0; i < index.nodeCount; i++) if (badKinds.has(index.nodeKind[i]!)) nodeOk[i] = 0;
  for (const id of o.excludeNodes) {
    const i = index.nodeIndex.get(id);
    if (i !== undefined) nodeOk[i] = 0;
  }
  const kindOk = new Uint8Array(RELATION_KIND_IDS.length).fill(o.onlyRelations.length > 0 ? 0 : 1);
  for (const k of o.onlyRelations) kindOk[RELATION_CODE.get(k)!] = 1;
  for (const k of o.excludeRelations) kindOk[RELATION_CODE.get(k)!] = 0;
  const edgeOk = new Uint8Array(index.edgeCount);
  for (let e = 0; e < index.edgeCount; e++)
    edgeOk[e] = kindOk[index.edgeKind[e]!]! & (o.statedOnly ? index.edgeStated[e]! : 1);
  const masks = { nodeOk, edgeOk };
  if (key === '|||0|') {
    ALL_PASS.add(nodeOk);
    ALL_PASS.add(edgeOk);
  }
  if (index.masks.size >= MAX_CACHED_MASKS) index.masks.delete(index.masks.keys().next().value!);
  index.masks.set(key, masks);
  return masks;
}
