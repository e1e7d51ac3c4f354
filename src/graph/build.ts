// Builds the graphology graph from a valid dataset, and turns a graph back into a dataset.
import { MultiDirectedGraph } from 'graphology';
import type { Dataset, EdgeRecord, NodeRecord } from '../schema/index.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from './types.ts';

/** A stable fallback position (a golden-angle spiral) for nodes without a stored one. */
export function spiralPosition(index: number): { x: number; y: number } {
  const r = 10 * Math.sqrt(index + 1);
  const a = index * 2.399963229728653;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

export function isStated(record: EdgeRecord | NodeRecord): boolean {
  const evidence = record.evidence;
  if (evidence === undefined) return false;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    if (e.basis === 'stated' && e.stance !== 'contradicts') return true;
  }
  return false;
}

/** An empty graph with the dataset's graph attributes. */
export function newGraph(dataset: Dataset): StakeholderGraph {
  const attrs: GraphAttributes = {
    schemaVersion: dataset.schemaVersion,
    id: dataset.id,
    title: dataset.title,
    sources: dataset.sources,
  };
  if (dataset.description !== undefined) attrs.description = dataset.description;
  const graph: StakeholderGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes(attrs);
  return graph;
}

/** The one graphology internal we touch (graphology is pinned; see dictionaryAdjacency). */
interface AdjacencyInternals {
  _nodes?: unknown;
}

/** An empty plain object in V8's dictionary mode (deleting a property that is not the last does it). */
function dictionaryObject(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: 0, b: 0 };
  delete o.a;
  delete o.b;
  return o;
}

/**
 * Gives every node of the graph empty adjacency objects in V8's dictionary mode. graphology keys
 * each node's `in` and `out` objects by neighbour id; as fast-mode objects, every new id adds a
 * hidden-class transition before V8 switches them to dictionaries anyway, so starting as
 * dictionaries makes edge insertion markedly cheaper on big graphs. Same objects, keys and order,
 * so graphology and sigma see no difference (tests/unit/load.test.ts checks against buildGraph).
 * Call it on a graph with nodes and no edges yet, for all nodes or for the `keys` given. If
 * graphology's internals change, this does nothing and returns false (the slower way is used).
 */
export function dictionaryAdjacency(graph: StakeholderGraph, keys?: readonly string[]): boolean {
  if (graph.size !== 0) return false;
  const nodes = (graph as unknown as AdjacencyInternals)._nodes;
  if (!(nodes instanceof Map)) return false;
  const all = nodes as Map<string, unknown>;
  // `keys`: only these nodes (a slice just added, so the work is spread over the slices).
  const datas: Iterable<unknown> = keys === undefined ? all.values() : keys.map((k) => all.get(k));
  for (const data of datas) {
    if (typeof data !== 'object' || data === null || !('in' in data) || !('out' in data)) return false;
    const d = data as { in: unknown; out: unknown };
    d.in = dictionaryObject();
    d.out = dictionaryObject();
  }
  return true;
}

/** The attributes of the node for `record`, the `index`th node of the dataset. */
export function nodeAttributes(record: NodeRecord, index: number): NodeAttributes {
  const p = record.position;
  if (p !== undefined) return { kind: record.type, label: record.label, x: p.x, y: p.y, record };
  const { x, y } = spiralPosition(index);
  return { kind: record.type, label: record.label, x, y, record };
}

export function edgeAttributes(record: EdgeRecord): EdgeAttributes {
  return { kind: record.type, stated: isStated(record), record };
}

/**
 * The graph of a valid dataset. load() builds the same graph while checking integrity (see
 * integrity.ts); this is the plain version, for datasets known to be valid and as its reference.
 */
export function buildGraph(dataset: Dataset): StakeholderGraph {
  const graph = newGraph(dataset);
  for (let i = 0; i < dataset.nodes.length; i++) {
    const record = dataset.nodes[i]!;
    graph.addNode(record.id, nodeAttributes(record, i));
  }
  for (const record of dataset.edges) {
    graph.addDirectedEdgeWithKey(record.id, record.source, record.target, edgeAttributes(record));
  }
  return graph;
}

/** The dataset a graph holds (positions taken from the graph), in id order for stable output. */
export function graphToDataset(graph: StakeholderGraph, options: { sortById?: boolean } = {}): Dataset {
  const g = graph.getAttributes();
  const nodes: NodeRecord[] = [];
  graph.forEachNode((_id, a) => {
    // A record already at its drawn place is used as it is (no copy of every node of a big graph).
    const p = a.record.position;
    nodes.push(p?.x === a.x && p.y === a.y ? a.record : { ...a.record, position: { x: a.x, y: a.y } });
  });
  const edges: EdgeRecord[] = [];
  graph.forEachEdge((_id, a) => {
    edges.push(a.record);
  });
  if (options.sortById) {
    nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const out: Dataset = { schemaVersion: 1, id: g.id, title: g.title, sources: g.sources, nodes, edges };
  if (g.description !== undefined) out.description = g.description;
  return out;
}
