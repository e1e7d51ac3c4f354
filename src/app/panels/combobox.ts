// A reusable ARIA combobox over the node search index: type-ahead list, arrow keys, Enter, Escape.
import type { SearchHit, SearchIndex } from '../../query/index.ts';
import { NODE_KINDS } from '../../schema/index.ts';
import type { DeferredSearch } from '../deferredSearch.ts';
import { el, swatch } from '../dom.ts';

export interface ComboboxOptions {
  /** Ids derive from it: `${id}-input`, `${id}-listbox`, `${id}-option-N`. */
  readonly id: string;
  readonly label: string;
  /** Keep the label for screen readers only (the search box in the toolbar). */
  readonly labelHidden?: boolean;
  readonly placeholder: string;
  readonly type?: 'search' | 'text';
  /** A deferred index (still being built) makes the box busy until it is ready. */
  readonly search: SearchIndex | DeferredSearch;
  readonly limit?: number;
  /** A hit was chosen with Enter or the mouse (the input already shows its label). */
  onChoose(hit: SearchHit): void;
  /** The text changed by typing (or was cleared with Escape). */
  onInput?(text: string): void;
}

export interface Combobox {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  close(): void;
}

/**
 * The WAI-ARIA combobox pattern with a list popup: focus stays in the input and
 * aria-activedescendant marks the option. Enter with the list open chooses the marked option
 * (or the first); with the list closed the key is left alone, so a surrounding form submits.
 */
export function createCombobox(options: ComboboxOptions): Combobox {
  const { id } = options;
  const listId = `${id}-listbox`;
  const label = el('label', {
    text: options.label,
    attrs: { for: `${id}-input` },
    className: options.labelHidden ? 'visually-hidden' : 'combobox-label',
  });
  const input = el('input', {
    attrs: {
      id: `${id}-input`,
      type: options.type ?? 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
    },
  });
  const list = el('ul', {
    attrs: { id: listId, role: 'listbox', 'aria-label': `${options.label}: suggestions` },
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
      input.setAttribute('aria-activedescendant', `${id}-option-${active}`);
      list.querySelector(`#${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
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
    close();
    options.onChoose(hit);
  };

  const render = (): void => {
    hits = options.search.search(input.value, { limit: options.limit ?? 12 });
    const items = hits.map((hit, i) => {
      const option = el(
        'li',
        {
          attrs: { id: `${id}-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-node': hit.id },
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
    list.replaceChildren(...items);
    const open = input.value.trim() !== '';
    const indexing = 'isReady' in options.search && !options.search.isReady();
    if (open && hits.length === 0)
      list.replaceChildren(
        el('li', {
          className: 'muted',
          text: indexing ? 'Indexing names…' : 'No match',
          attrs: { role: 'presentation' },
        }),
      );
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open && hits.length > 0));
    status.textContent = open ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : '';
    setActive(-1);
  };

  input.addEventListener('input', () => {
    options.onInput?.(input.value);
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
      if (list.hidden || hits.length === 0) return;
      event.preventDefault();
      choose(hits[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      // A search input clears itself on Escape; the first Escape only closes the list.
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else {
        input.value = '';
        options.onInput?.('');
      }
    }
  });

  const search = options.search;
  if ('isReady' in search && !search.isReady()) {
    input.setAttribute('aria-busy', 'true');
    void search.ready.then(
      () => {
        input.removeAttribute('aria-busy');
        // Text typed while indexing gets its suggestions now.
        if (document.activeElement === input && input.value.trim() !== '') render();
      },
      () => input.removeAttribute('aria-busy'),
    );
  }

  const root = el('div', { className: 'combobox' }, label, input, list, status);
  return { root, input, close };
}
