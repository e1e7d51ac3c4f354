// What the filters leave visible: one rule shared by the canvas, the legend counts and the table.
// The rule itself lives in the core (query/visibility.ts) so that the CLI and the analysis apply it too.
import type { StakeholderGraph } from '../../graph/index.ts';
import { edgeItselfShown, filtering, isNodeShown, type ViewFilter } from '../../query/index.ts';
import { runToEnd } from '../tasks.ts';

export { filtersChanged, isEdgeShown, isNodeShown } from '../../query/index.ts';

/** The explorer's filters: the core's ViewFilter, read from the store's state. */
export type FilterState = ViewFilter;

export interface ShownCounts {
  readonly nodes: number;
  readonly edges: number;
}

export function shownCounts(graph: StakeholderGraph, state: FilterState): ShownCounts {
  return runToEnd(shownCountsSteps(graph, state));
}

/** shownCounts in slices (a yield every `slice` items), for runSteps on big graphs. */
export function* shownCountsSteps(
  graph: StakeholderGraph,
  state: FilterState,
  slice = 4096,
): Generator<number, ShownCounts> {
  if (!filtering(state)) return { nodes: graph.order, edges: graph.size };
  // isEdgeShown's rule with the attributes the iterators hand over and a set of hidden nodes: a few
  // lookups per edge instead of six (400k edges at 100k nodes).
  const hiddenNodes = new Set<string>();
  let done = 0;
  for (const { node } of graph.nodeEntries()) {
    if (!isNodeShown(graph, node, state)) hiddenNodes.add(node);
    if (++done % slice === 0) yield done;
  }
  let edges = 0;
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    if (edgeItselfShown(graph, edge, a, state) && !hiddenNodes.has(source) && !hiddenNodes.has(target))
      edges++;
    if (++done % slice === 0) yield done;
  }
  return { nodes: graph.order - hiddenNodes.size, edges };
}
