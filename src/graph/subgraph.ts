// subgraph(): the part of a graph given by node ids (and optionally edge ids), for exporting filtered views.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from './types.ts';

/**
 * A new graph with the given nodes and, when `edgeIds` is given, those edges (else every edge
 * between kept nodes). Node, edge and graph attributes (title, sources) are kept; edges whose
 * ends are not both kept are left out. Unknown ids are ignored.
 */
export function subgraph(
  graph: StakeholderGraph,
  nodeIds: Iterable<string>,
  edgeIds?: Iterable<string>,
): StakeholderGraph {
  const out: StakeholderGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const id of nodeIds) {
    if (graph.hasNode(id) && !out.hasNode(id)) out.addNode(id, { ...graph.getNodeAttributes(id) });
  }
  const keep = (id: string): void => {
    if (!graph.hasEdge(id) || out.hasEdge(id)) return;
    const s = graph.source(id);
    const t = graph.target(id);
    if (out.hasNode(s) && out.hasNode(t))
      out.addDirectedEdgeWithKey(id, s, t, { ...graph.getEdgeAttributes(id) });
  };
  if (edgeIds === undefined) graph.forEachEdge((id) => keep(id));
  else for (const id of edgeIds) keep(id);
  return out;
}
