// The Paths tab: the question (pathForm.ts) above the answer (pathList.ts), both following the store.
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import type { KindCounts } from '../graph/kindCounts.ts';
import { filtersChanged } from '../state/visibility.ts';
import { createPathForm } from './pathForm.ts';
import { markChosen, renderPathList } from './pathList.ts';

export interface PathsPanel {
  readonly root: HTMLElement;
  /** The "Find paths to…" shortcut: this node as the start, the focus in "to". */
  startFrom(id: string): void;
}

/** `counts` from kindCountsSteps when the caller counted already (in slices). */
export function createPathsPanel(ctx: AppContext, counts?: KindCounts): PathsPanel {
  const form = createPathForm(ctx, counts);
  const answer = el('div', { className: 'path-answer', attrs: { 'aria-live': 'polite' } });
  renderPathList(ctx, answer, ctx.store.getState().paths);
  ctx.store.subscribe((state, previous, action) => {
    if (action.type === 'restore' && state.paths.query !== previous.paths.query) form.show(state.paths.query);
    const filters = filtersChanged(state, previous);
    const p = state.paths;
    const q = previous.paths;
    if (p === q && !filters) return;
    if (!filters && p.result === q.result && p.error === q.error) markChosen(answer, p.chosen);
    else {
      renderPathList(ctx, answer, p);
      // A new answer is brought into view (the open filters can push it below the fold).
      if (action.type === 'findPaths') answer.firstElementChild?.scrollIntoView({ block: 'start' });
    }
  });
  return {
    root: el('div', { className: 'paths-panel' }, form.root, answer),
    startFrom: form.startFrom,
  };
}
