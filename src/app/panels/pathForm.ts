// The Paths tab's question: from / to pickers, a swap button, the path options and Find.
import type { SearchHit } from '../../query/index.ts';
import { PATH_MODES, type PathMode, resolveNode } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import { type KindCounts, kindCounts } from '../graph/kindCounts.ts';
import { DEFAULT_PATH_QUERY, MAX_K, MAX_LENGTH, type PathQuery } from '../state/paths.ts';
import { createCombobox } from './combobox.ts';
import { checkboxField, createPathFilters } from './pathFilters.ts';

const MODE_LABELS: Record<PathMode, string> = {
  shortest: 'Shortest path',
  'all-shortest': 'All shortest paths',
  'k-shortest': 'The k shortest paths',
  'all-simple': 'All paths up to a length',
};

export interface PathForm {
  readonly root: HTMLElement;
  /** Shows a query (after back/forward or a permalink). */
  show(query: PathQuery | undefined): void;
  /** Sets "from" to a node and puts the focus in "to". */
  startFrom(id: string): void;
}

/** One end of the path: a combobox remembering the node chosen, so Find can use its id. */
function endPicker(ctx: AppContext, id: 'path-from' | 'path-to', label: string, onChosen: () => void) {
  let chosen: SearchHit | undefined;
  const box = createCombobox({
    id,
    label,
    placeholder: 'Type a name…',
    search: ctx.search,
    onChoose(hit) {
      chosen = hit;
      onChosen();
    },
  });
  return {
    box,
    /** The node id for the text in the box: the hit chosen, else the name the core resolves. */
    value(): string {
      const text = box.input.value.trim();
      if (chosen && chosen.label === text) return chosen.id;
      const match = resolveNode(ctx.graph, text);
      return match.ok ? match.id : text;
    },
    set(node: string): void {
      chosen = undefined;
      box.input.value = ctx.graph.hasNode(node) ? ctx.graph.getNodeAttribute(node, 'label') : node;
    },
  };
}

function labelled(text: string, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  return el('div', { className: 'field' }, el('label', { text, attrs: { for: id } }), control);
}

/** `counts`: the kinds the graph has, for the filters (see createPathFilters). */
export function createPathForm(ctx: AppContext, counts: KindCounts = kindCounts(ctx.graph)): PathForm {
  const { store } = ctx;
  const problem = el('p', { className: 'error', attrs: { role: 'alert' } });
  problem.hidden = true;
  let form: HTMLFormElement;
  const submitWhenReady = (next: HTMLInputElement): void => {
    if (next.value.trim() === '') next.focus();
    else form.requestSubmit();
  };
  const from = endPicker(ctx, 'path-from', 'From', () => submitWhenReady(to.box.input));
  const to = endPicker(ctx, 'path-to', 'To', () => submitWhenReady(from.box.input));
  const swap = button(
    '⇅',
    () => {
      const [a, b] = [from.value(), to.value()];
      from.set(b);
      to.set(a);
    },
    { className: 'swap', attrs: { 'aria-label': 'Swap from and to', title: 'Swap from and to' } },
  );

  const mode = el('select');
  for (const m of PATH_MODES) mode.append(el('option', { text: MODE_LABELS[m], attrs: { value: m } }));
  const k = el('input', { attrs: { type: 'number', min: '1', max: String(MAX_K), step: '1' } });
  const maxLength = el('input', { attrs: { type: 'number', min: '1', max: String(MAX_LENGTH), step: '1' } });
  const kField = labelled('k', k, 'path-k');
  const maxField = labelled('Max hops', maxLength, 'path-maxlen');
  const syncMode = (): void => {
    kField.hidden = mode.value !== 'k-shortest';
    maxField.hidden = mode.value !== 'all-simple';
  };
  mode.addEventListener('change', syncMode);

  const directed = checkboxField('path-directed', 'Follow relations only in their direction');
  const stated = checkboxField('path-stated', 'Stated links only');
  const weighted = checkboxField('path-weighted', 'Weighted (edge weights as costs)');

  const filters = createPathFilters(ctx, counts);

  const query = (): PathQuery | undefined => {
    const f = from.value();
    const t = to.value();
    problem.hidden = f !== '' && t !== '';
    if (f === '' || t === '') {
      problem.textContent = f === '' ? 'Choose where the path starts.' : 'Choose where the path ends.';
      (f === '' ? from : to).box.input.focus();
      return undefined;
    }
    const whole = (input: HTMLInputElement, max: number, fallback: number): number => {
      const n = Math.round(Number(input.value));
      return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
    };
    return {
      from: f,
      to: t,
      mode: PATH_MODES.find((m) => m === mode.value) ?? DEFAULT_PATH_QUERY.mode,
      k: whole(k, MAX_K, DEFAULT_PATH_QUERY.k),
      maxLength: whole(maxLength, MAX_LENGTH, DEFAULT_PATH_QUERY.maxLength),
      directed: directed.input.checked,
      ...filters.value(),
      statedOnly: stated.input.checked,
      weight: weighted.input.checked,
    };
  };

  const show = (q: PathQuery | undefined): void => {
    const shown = q ?? DEFAULT_PATH_QUERY;
    if (q) {
      from.set(q.from);
      to.set(q.to);
    }
    mode.value = shown.mode;
    k.value = String(shown.k);
    maxLength.value = String(shown.maxLength);
    directed.input.checked = shown.directed;
    stated.input.checked = shown.statedOnly;
    weighted.input.checked = shown.weight;
    filters.show(shown);
    syncMode();
    problem.hidden = true;
  };

  form = el(
    'form',
    { className: 'path-form', attrs: { 'aria-label': 'Path question' } },
    el('div', { className: 'ends' }, from.box.root, swap, to.box.root),
    el('div', { className: 'row' }, labelled('Find', mode, 'path-mode'), kField, maxField),
    directed.root,
    stated.root,
    weighted.root,
    ...filters.elements,
    el(
      'div',
      { className: 'row' },
      el('button', { text: 'Find paths', className: 'primary', attrs: { type: 'submit', id: 'path-find' } }),
      button('Clear', () => {
        from.set('');
        to.set('');
        show(undefined);
        store.dispatch({ type: 'clearPaths' });
      }),
    ),
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = query();
    if (q) store.dispatch({ type: 'findPaths', query: q });
  });
  show(store.getState().paths.query);

  return {
    root: form,
    show,
    startFrom(id) {
      from.set(id);
      to.box.input.focus();
      to.box.input.select();
    },
  };
}
