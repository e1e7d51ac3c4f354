// The search box: an ARIA combobox with type-ahead over labels and aliases (typos tolerated).
import type { SearchHit } from '../../query/index.ts';
import { NODE_KINDS } from '../../schema/index.ts';
import type { AppContext } from '../context.ts';
import { el, swatch } from '../dom.ts';

export function createSearch(ctx: AppContext): HTMLElement {
  const listId = 'search-listbox';
  const label = el('label', { text: 'Search', attrs: { for: 'search-input' }, className: 'visually-hidden' });
  const input = el('input', {
    attrs: {
      id: 'search-input',
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search people, bodies, forces…',
    },
  });
  const list = el('ul', {
    attrs: { id: listId, role: 'listbox', 'aria-label': 'Search results' },
    className: 'search-results',
  });
  list.hidden = true;
  const status = el('span', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  let hits: SearchHit[] = [];
  let active = -1;

  const setActive = (index: number): void => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
    });
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${active}`);
      list.querySelector(`#search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    input.value = hit.label;
    ctx.store.dispatch({ type: 'setQuery', query: hit.label });
    close();
    ctx.selectNode(hit.id);
  };

  const render = (): void => {
    hits = ctx.search.search(input.value, { limit: 12 });
    const options = hits.map((hit, i) => {
      const option = el(
        'li',
        {
          attrs: { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-node': hit.id },
        },
        swatch(NODE_KINDS[hit.kind].color),
        el('span', { className: 'option-label', text: hit.label }),
        el('span', {
          className: 'option-kind',
          text: hit.alias ? `also “${hit.alias}”` : NODE_KINDS[hit.kind].label,
        }),
      );
      // mousedown, not click: keeps the focus in the input while choosing.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      return option;
    });
    list.replaceChildren(...options);
    const open = input.value.trim() !== '';
    if (open && hits.length === 0)
      list.replaceChildren(
        el('li', { className: 'muted', text: 'No match', attrs: { role: 'presentation' } }),
      );
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open && hits.length > 0));
    status.textContent = open ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : '';
    setActive(-1);
  };

  input.addEventListener('input', () => {
    ctx.store.dispatch({ type: 'setQuery', query: input.value });
    render();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '') render();
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) render();
      if (hits.length) setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else {
        input.value = '';
        ctx.store.dispatch({ type: 'setQuery', query: '' });
      }
    }
  });

  input.value = ctx.store.getState().query;
  ctx.store.subscribe((state, _previous, action) => {
    if (action.type === 'restore' && input.value !== state.query) input.value = state.query;
  });

  return el('div', { className: 'search', attrs: { role: 'search' } }, label, input, list, status);
}
