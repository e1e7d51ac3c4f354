// How much to redraw after a change: every item (in slices on big graphs), the items a highlight
// marks, or the items a filter switched.
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from '../../graph/index.ts';
import type { ExplorerState } from '../state/store.ts';
import { runSteps } from '../tasks.ts';
import { filterChanges } from './filterChanges.ts';
import type { Highlight } from './highlight.ts';
import type { LevelOfDetail } from './lod.ts';
import type { SteppedSigma } from './steppedSigma.ts';

export interface Redraws {
  /**
   * Every item through the reducers again (a date or "stated only" filter, a theme switch). On big
   * graphs in slices (SteppedSigma.refreshSteps: the current frame stays, and the graph area says
   * it is updating, until the new one is drawn); at once on small ones, and while the layout runs
   * (it moves every node each frame, which would restart the slices forever).
   */
  all(): void;
  /**
   * After a hover, selection or path change. Small graphs are redrawn whole (the rest fades); big
   * ones only where the highlight was or now is: sigma's partial refresh, a few hundred items
   * instead of every node and edge.
   */
  highlights(): void;
  /** After a filter change: only the switched kinds' items on big graphs when that is all. */
  filters(state: ExplorerState, previous: ExplorerState): void;
}

export interface RedrawTargets {
  readonly sigma: SteppedSigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  readonly container: HTMLElement;
  readonly graph: StakeholderGraph;
  readonly lod: LevelOfDetail;
  readonly highlight: Highlight;
  /** Told of a failure recovered from (shown as a notice). */
  readonly onError: (message: string) => void;
}

export function createRedraws(t: RedrawTargets, layoutRunning: () => boolean): Redraws {
  const { sigma, container, lod, highlight } = t;
  let lastMarked = highlight.marked();
  const all = (): void => {
    if (!lod.partialHighlight || layoutRunning() || !sigma.isDrawn()) {
      sigma.refresh();
      return;
    }
    container.setAttribute('aria-busy', 'true');
    runSteps(sigma.refreshSteps())
      .catch((error: unknown) => {
        // The sliced refresh failed part way: say so, and redraw in one go so the picture is right.
        console.error('Refreshing the graph in slices failed; redrawing it at once.', error);
        t.onError(`Refreshing the graph in slices failed (${String(error)}); it was redrawn at once.`);
        sigma.refresh();
      })
      .finally(() => {
        if (sigma.isDrawn()) container.removeAttribute('aria-busy');
      });
  };
  return {
    all,
    highlights() {
      if (!lod.partialHighlight) {
        sigma.refresh({ skipIndexation: true });
        return;
      }
      const next = highlight.marked();
      // What was marked may be gone (an edit deleted the selected node): sigma throws on it.
      const nodes = [...new Set([...lastMarked.nodes, ...next.nodes])].filter((n) => t.graph.hasNode(n));
      const edges = [...new Set([...lastMarked.edges, ...next.edges])].filter((e) => t.graph.hasEdge(e));
      lastMarked = next;
      sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    },
    filters(state, previous) {
      highlight.updateFocus();
      const before = lastMarked;
      lastMarked = highlight.marked();
      const changed = lod.partialHighlight ? filterChanges(t.graph, state, previous) : undefined;
      if (!changed) {
        all();
        return;
      }
      for (const n of [...before.nodes, ...lastMarked.nodes]) if (t.graph.hasNode(n)) changed.nodes.add(n);
      for (const e of [...before.edges, ...lastMarked.edges]) if (t.graph.hasEdge(e)) changed.edges.add(e);
      sigma.refresh({
        partialGraph: { nodes: [...changed.nodes], edges: [...changed.edges] },
        skipIndexation: true,
      });
    },
  };
}
