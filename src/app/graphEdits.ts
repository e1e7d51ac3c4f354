// What an edit changed in the shown graph, told to the views that follow it in place (legend counts,
// counts line, table, sources, search, details, URL): each node and relation touched, with its
// attributes before and after, so that a view can update itself by difference instead of a recount.
import type { Change } from '../edit/index.ts';
import type { EdgeAttributes, NodeAttributes, StakeholderGraph } from '../graph/index.ts';

interface ItemChange<A> {
  /** undefined: the item was not in the graph before (added). */
  readonly before: A | undefined;
  /** undefined: the item is no longer in the graph (removed). */
  readonly after: A | undefined;
}

export interface GraphEdit {
  readonly nodes: ReadonlyMap<string, ItemChange<NodeAttributes>>;
  readonly edges: ReadonlyMap<string, ItemChange<EdgeAttributes>>;
  /** The dataset's list of sources or its title changed. */
  readonly sources: boolean;
}

type GraphEditListener = (edit: GraphEdit) => void;

/** The views' subscription to edits of their graph (one per shown graph, in AppContext). */
export interface GraphEdits {
  subscribe(listener: GraphEditListener): () => void;
  publish(edit: GraphEdit): void;
}

export function createGraphEdits(): GraphEdits {
  const listeners = new Set<GraphEditListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(edit) {
      for (const listener of listeners) listener(edit);
    },
  };
}

/**
 * Runs `apply` (which changes the graph) and says what it changed among the nodes and relations
 * named in `touched`, plus relations graphology dropped with a node. The attributes before are
 * taken just before `apply`, only for the items named: the cost follows the edit, not the graph.
 */
export function measureGraphEdit(
  graph: StakeholderGraph,
  touched: { readonly nodes: Iterable<string>; readonly edges: Iterable<string>; readonly sources: boolean },
  apply: () => void,
): GraphEdit {
  const nodesBefore = new Map<string, NodeAttributes | undefined>();
  const edgesBefore = new Map<string, EdgeAttributes | undefined>();
  for (const id of touched.nodes)
    if (!nodesBefore.has(id))
      nodesBefore.set(id, graph.hasNode(id) ? { ...graph.getNodeAttributes(id) } : undefined);
  for (const id of touched.edges)
    if (!edgesBefore.has(id))
      edgesBefore.set(id, graph.hasEdge(id) ? { ...graph.getEdgeAttributes(id) } : undefined);
  // Relations that go with a dropped node are not named by the edit: graphology tells them.
  const dropped = (payload: { key: string; attributes: EdgeAttributes }): void => {
    if (!edgesBefore.has(payload.key)) edgesBefore.set(payload.key, payload.attributes);
  };
  graph.on('edgeDropped', dropped);
  try {
    apply();
  } finally {
    graph.off('edgeDropped', dropped);
  }
  const nodes = new Map<string, ItemChange<NodeAttributes>>();
  const edges = new Map<string, ItemChange<EdgeAttributes>>();
  for (const [id, before] of nodesBefore)
    nodes.set(id, { before, after: graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined });
  for (const [id, before] of edgesBefore)
    edges.set(id, { before, after: graph.hasEdge(id) ? graph.getEdgeAttributes(id) : undefined });
  return { nodes, edges, sources: touched.sources };
}

/** The node and relation ids an op's changes name (before and after), and whether anything else changed. */
export function touchedBy(changes: readonly Change[]): {
  nodes: string[];
  edges: string[];
  sources: boolean;
} {
  const nodes: string[] = [];
  const edges: string[] = [];
  let sources = false;
  for (const c of changes) {
    const ids = [c.before, c.after].flatMap((r) => (r === undefined ? [] : [r.id]));
    if (c.list === 'nodes') nodes.push(...ids);
    else if (c.list === 'edges') edges.push(...ids);
    else sources = true;
  }
  return { nodes, edges, sources };
}
