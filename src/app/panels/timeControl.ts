// The "as of" control: a slider over the dataset's dates, a date field and "any time"; who held each role then.
// Dates read YYYY-MM-DD everywhere (field, slider ends, status), whatever the browser's locale: a
// native date input would show mm/dd/yyyy to a US-set browser reading a UK dataset.
import { asDay, dateRange } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import type { ExplorerState } from '../state/store.ts';
import { createRoleHoldersList } from './roleHoldersList.ts';

const DAY_MS = 86_400_000;
const toDays = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const fromDays = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** A year, a month or a day as typed ("2024", "2024-05", "2024-05-20") to the day it starts, else undefined. */
function typedDay(text: string): string | undefined {
  const day = asDay(text.trim());
  return day !== undefined && !Number.isNaN(toDays(day)) ? day : undefined;
}

/** In place of the control when no node, relation or figure has a date: nothing to show "as of". */
function undatedNote(): HTMLElement {
  return el('p', {
    className: 'muted small',
    attrs: { id: 'asof-none' },
    text: 'No record in this graph has a date, so it cannot be shown as of a day: everything shows.',
  });
}

export function createTimeControl(ctx: AppContext): HTMLElement {
  const { graph, store } = ctx;
  const range = dateRange(graph);
  if (range === undefined) return el('div', { className: 'time-control' }, undatedNote());
  const today = new Date().toISOString().slice(0, 10);
  const { min } = range;
  // The slider runs to today at least (strings: ISO days sort as dates).
  const max = [range.max, today].sort()[1] ?? today;

  const slider = el('input', {
    attrs: {
      type: 'range',
      id: 'asof-range',
      min: String(toDays(min)),
      max: String(toDays(max)),
      step: '1',
      'aria-label': 'As of date (slider)',
    },
  });
  const input = el('input', {
    attrs: {
      type: 'text',
      id: 'asof-date',
      inputmode: 'numeric',
      pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
      placeholder: 'YYYY-MM-DD',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'asof-format',
      size: '11',
    },
  });
  const format = el('p', {
    className: 'muted small',
    attrs: { id: 'asof-format' },
    text: `YYYY-MM-DD, from ${min} to ${max}.`,
  });
  const reset = button('Any time', () => store.dispatch({ type: 'setAsOf', asOf: undefined }), {
    attrs: { id: 'asof-reset' },
  });
  const status = el('p', { className: 'muted small', attrs: { id: 'asof-status', 'aria-live': 'polite' } });
  const roles = createRoleHoldersList(ctx);

  // The slider shows the date while dragging and sets it on release (one history entry per move).
  slider.addEventListener('input', () => {
    input.value = fromDays(Number(slider.value));
  });
  slider.addEventListener('change', () =>
    store.dispatch({ type: 'setAsOf', asOf: fromDays(Number(slider.value)) }),
  );
  input.addEventListener('change', () => {
    if (input.value.trim() === '') {
      store.dispatch({ type: 'setAsOf', asOf: undefined });
      return;
    }
    const day = typedDay(input.value);
    input.setAttribute('aria-invalid', String(day === undefined));
    if (day === undefined) {
      status.textContent = `"${input.value}" is not a date: write it as YYYY-MM-DD (e.g. ${min}).`;
      return;
    }
    store.dispatch({ type: 'setAsOf', asOf: day });
    input.value = day;
  });

  const render = (state: ExplorerState): void => {
    const day = state.asOf;
    input.value = day ?? '';
    input.removeAttribute('aria-invalid');
    slider.value = String(toDays(day ?? max));
    slider.setAttribute('aria-valuetext', day ?? 'any time');
    reset.disabled = day === undefined;
    status.textContent =
      day === undefined
        ? 'Any time: every node and relation shows, whatever its dates.'
        : `As of ${day}: what did not hold on that day is hidden.`;
    roles.render(day);
  };
  store.subscribe((state, previous) => {
    if (state.asOf !== previous.asOf) render(state);
  });
  render(store.getState());

  return el(
    'div',
    { className: 'time-control' },
    el('label', { text: 'Show the network as of', attrs: { for: 'asof-date' } }),
    el('div', { className: 'asof-inputs' }, input, reset),
    format,
    slider,
    el('div', { className: 'asof-ends muted small' }, el('span', { text: min }), el('span', { text: max })),
    status,
    ...roles.elements,
  );
}
