// What the filters leave visible: one rule shared by the canvas, the legend counts and the table.
import type { StakeholderGraph } from '../../graph/index.ts';
import type { ExplorerState } from './store.ts';

export type FilterState = Pick<ExplorerState, 'hiddenNodeKinds' | 'hiddenRelationKinds' | 'statedOnly'>;

export function isNodeShown(graph: StakeholderGraph, node: string, state: FilterState): boolean {
  return !state.hiddenNodeKinds.includes(graph.getNodeAttribute(node, 'kind'));
}

/** An edge shows when its kind is on, it is stated (if asked) and both its ends show. */
export function isEdgeShown(graph: StakeholderGraph, edge: string, state: FilterState): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (state.hiddenRelationKinds.includes(a.kind)) return false;
  if (state.statedOnly && !a.stated) return false;
  return isNodeShown(graph, graph.source(edge), state) && isNodeShown(graph, graph.target(edge), state);
}

export interface ShownCounts {
  readonly nodes: number;
  readonly edges: number;
}

export function shownCounts(graph: StakeholderGraph, state: FilterState): ShownCounts {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((n) => {
    if (isNodeShown(graph, n, state)) nodes++;
  });
  graph.forEachEdge((e) => {
    if (isEdgeShown(graph, e, state)) edges++;
  });
  return { nodes, edges };
}
