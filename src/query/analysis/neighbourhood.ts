// A node's neighbourhood: the shown nodes within a few hops (direction ignored), each with its distance.
import type { StakeholderGraph } from '../../graph/index.ts';
import { edgeItselfShown, isNodeShown, NO_FILTER, type ViewFilter } from '../visibility.ts';

/**
 * Breadth-first from `node` over shown relations, up to `hops` steps: each reached node with its
 * distance (the node itself at 0). Empty when the node is unknown or hidden.
 */
export function neighbourhood(
  graph: StakeholderGraph,
  node: string,
  hops: number,
  filter: ViewFilter = NO_FILTER,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!graph.hasNode(node) || !isNodeShown(graph, node, filter)) return out;
  out.set(node, 0);
  let frontier = [node];
  for (let d = 1; d <= hops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      graph.forEachEdge(v, (edge, a, source, target) => {
        const w = source === v ? target : source;
        if (out.has(w) || !edgeItselfShown(graph, edge, a, filter) || !isNodeShown(graph, w, filter)) return;
        out.set(w, d);
        next.push(w);
      });
    }
    frontier = next;
  }
  return out;
}
