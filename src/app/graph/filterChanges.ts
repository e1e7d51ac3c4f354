// Which items a filter change can show or hide, so big graphs redraw only those.
import type { StakeholderGraph } from '../../graph/index.ts';
import type { ExplorerState } from '../state/store.ts';
import type { Marked } from './highlight.ts';

/**
 * The items whose visibility a filter change can alter, when only node kinds or only relation
 * kinds were switched (the nodes of those kinds with their edges, or the edges of those kinds);
 * undefined for other changes (dates, stated only), which redraw everything.
 */
export function filterChanges(
  graph: StakeholderGraph,
  state: ExplorerState,
  previous: ExplorerState,
): Marked | undefined {
  const same = state.asOf === previous.asOf && state.statedOnly === previous.statedOnly;
  if (!same) return undefined;
  const toggled = <K>(a: readonly K[], b: readonly K[]): Set<K> =>
    new Set([...a.filter((k) => !b.includes(k)), ...b.filter((k) => !a.includes(k))]);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (state.hiddenRelationKinds === previous.hiddenRelationKinds) {
    const kinds = toggled(state.hiddenNodeKinds, previous.hiddenNodeKinds);
    graph.forEachNode((node, a) => {
      if (!kinds.has(a.kind)) return;
      nodes.add(node);
      graph.forEachEdge(node, (edge) => {
        edges.add(edge);
      });
    });
    return { nodes, edges };
  }
  if (state.hiddenNodeKinds === previous.hiddenNodeKinds) {
    const kinds = toggled(state.hiddenRelationKinds, previous.hiddenRelationKinds);
    graph.forEachEdge((edge, a) => {
      if (kinds.has(a.kind)) edges.add(edge);
    });
    return { nodes, edges };
  }
  return undefined;
}
