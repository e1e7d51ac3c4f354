// Pointer events on the canvas: hover highlights (with a sentence tooltip for edges), clicks select.
import type { Sigma } from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from '../../graph/index.ts';
import type { Store } from '../state/store.ts';
import { edgeTooltip } from './edgeTooltip.ts';
import type { Highlight } from './highlight.ts';

export interface PointerTargets {
  readonly container: HTMLElement;
  readonly tooltip: HTMLElement;
  readonly graph: StakeholderGraph;
  readonly store: Store;
  readonly highlight: Highlight;
  /** Redraws what the highlight changed. */
  readonly redraw: () => void;
}

export function bindPointerEvents(
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>,
  t: PointerTargets,
): void {
  const { container, tooltip, highlight, store } = t;
  sigma.on('enterNode', ({ node }) => {
    highlight.hoverNode(node);
    container.style.cursor = 'pointer';
    t.redraw();
  });
  sigma.on('leaveNode', () => {
    highlight.hoverNode(undefined);
    container.style.cursor = '';
    t.redraw();
  });
  sigma.on('enterEdge', ({ edge, event }) => {
    highlight.hoverEdge(edge);
    tooltip.textContent = edgeTooltip(t.graph, edge);
    tooltip.hidden = false;
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    container.style.cursor = 'pointer';
    t.redraw();
  });
  sigma.on('leaveEdge', () => {
    highlight.hoverEdge(undefined);
    tooltip.hidden = true;
    container.style.cursor = '';
    t.redraw();
  });
  sigma.on('clickNode', ({ node }) =>
    store.dispatch({ type: 'select', selection: { kind: 'node', id: node }, showDetails: true }),
  );
  sigma.on('clickEdge', ({ edge }) =>
    store.dispatch({ type: 'select', selection: { kind: 'edge', id: edge }, showDetails: true }),
  );
  sigma.on('clickStage', () => store.dispatch({ type: 'select', selection: undefined }));
}
