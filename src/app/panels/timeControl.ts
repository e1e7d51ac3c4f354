// The "as of" control: a slider over the dataset's dates, a date input and "any time"; who held each role then.
import { asDay, dateRange, roleHolders } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import type { ExplorerState } from '../state/store.ts';

const DAY_MS = 86_400_000;
const toDays = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const fromDays = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** "20 May 2024" (UTC, so the day never shifts with the reader's time zone). */
function longDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Roles listed under "Role holders" before "Show all". */
const ROLES_LISTED = 12;

export function createTimeControl(ctx: AppContext): HTMLElement {
  const { graph, store } = ctx;
  const range = dateRange(graph);
  const today = new Date().toISOString().slice(0, 10);
  const min = range?.min ?? today;
  const max = range?.max !== undefined && range.max > today ? range.max : today;

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
  const input = el('input', { attrs: { type: 'date', id: 'asof-date', min, max } });
  const reset = button('Any time', () => store.dispatch({ type: 'setAsOf', asOf: undefined }), {
    attrs: { id: 'asof-reset' },
  });
  const status = el('p', { className: 'muted small', attrs: { id: 'asof-status', 'aria-live': 'polite' } });
  const holders = el('ul', { className: 'role-holders', attrs: { id: 'role-holders' } });
  const roles = graph.filterNodes((_n, a) => a.kind === 'role');
  // A big graph has thousands of roles: the first few are listed until the reader asks for all.
  let listed = Math.min(roles.length, ROLES_LISTED);
  const more = el('p', { className: 'small' });

  // The slider shows the date while dragging and sets it on release (one history entry per move).
  slider.addEventListener('input', () => {
    input.value = fromDays(Number(slider.value));
  });
  slider.addEventListener('change', () =>
    store.dispatch({ type: 'setAsOf', asOf: fromDays(Number(slider.value)) }),
  );
  input.addEventListener('change', () => {
    const day = input.value === '' ? undefined : asDay(input.value);
    if (input.value === '' || (day !== undefined && day.length === 10))
      store.dispatch({ type: 'setAsOf', asOf: day });
  });

  const render = (state: ExplorerState): void => {
    const day = state.asOf;
    input.value = day ?? '';
    slider.value = String(toDays(day ?? max));
    slider.setAttribute('aria-valuetext', day === undefined ? 'any time' : longDate(day));
    reset.disabled = day === undefined;
    status.textContent =
      day === undefined
        ? 'Any time: every node and relation shows, whatever its dates.'
        : `As of ${longDate(day)}: what did not hold on that day is hidden.`;
    more.replaceChildren(
      ...(listed < roles.length
        ? [
            button(`Show all ${roles.length} roles`, () => {
              listed = roles.length;
              render(store.getState());
            }),
          ]
        : []),
    );
    holders.replaceChildren(
      ...roles.slice(0, listed).map((role) => {
        const who = day === undefined ? [] : roleHolders(graph, role, day);
        const item = el(
          'li',
          { attrs: { 'data-role': role } },
          el('span', { className: 'role', text: `${graph.getNodeAttribute(role, 'label')}: ` }),
        );
        if (day === undefined) item.append(el('span', { className: 'muted', text: 'pick a date' }));
        else if (who.length === 0) item.append(el('span', { className: 'muted', text: 'nobody recorded' }));
        who.forEach((holder, i) => {
          if (i > 0) item.append(', ');
          item.append(
            button(graph.getNodeAttribute(holder, 'label'), () => ctx.selectNode(holder), {
              className: 'link holder',
            }),
          );
        });
        return item;
      }),
    );
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
    slider,
    el('div', { className: 'asof-ends muted small' }, el('span', { text: min }), el('span', { text: max })),
    status,
    roles.length > 0 ? el('h3', { className: 'small-heading', text: 'Role holders' }) : null,
    roles.length > 0 ? holders : null,
    more,
  );
}
