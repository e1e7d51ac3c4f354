// The search box: the combobox over labels and aliases (typos tolerated); choosing selects and centres.
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import { createCombobox } from './combobox.ts';

export function createSearch(ctx: AppContext): HTMLElement {
  const box = createCombobox({
    id: 'search',
    label: 'Search',
    labelHidden: true,
    placeholder: 'Search people, bodies, forces…',
    type: 'search',
    search: ctx.search,
    onInput: (query) => ctx.store.dispatch({ type: 'setQuery', query }),
    onChoose(hit) {
      ctx.store.dispatch({ type: 'setQuery', query: hit.label });
      ctx.selectNode(hit.id);
    },
  });
  box.input.value = ctx.store.getState().query;
  ctx.store.subscribe((state, _previous, action) => {
    if (action.type === 'restore' && box.input.value !== state.query) box.input.value = state.query;
  });
  return el('div', { className: 'search', attrs: { role: 'search' } }, box.root);
}
