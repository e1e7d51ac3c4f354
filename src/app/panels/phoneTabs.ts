// The phone's one row of tabs (CSS shows it at 700 px and less): every panel one tap away under the
// graph, the side panel's tabs and the left column's Legend and Time alike. The side panel's own
// tab row is hidden there; its tabs keep driving the store, so the URL and back/forward still work.
import { el } from '../dom.ts';
import type { Store, Tab } from '../state/store.ts';

/** Which part of the page a phone tab shows: a side panel tab, the legend or the time control. */
type PhonePanel = { readonly side: Tab } | { readonly column: 'legend' | 'time' };

const PHONE_TABS: readonly {
  readonly title: string;
  readonly panel: PhonePanel;
  readonly controls: string;
}[] = [
  { title: 'Details', panel: { side: 'details' }, controls: 'panel-details' },
  { title: 'Legend', panel: { column: 'legend' }, controls: 'legend-section' },
  { title: 'Time', panel: { column: 'time' }, controls: 'time-section' },
  { title: 'Table', panel: { side: 'table' }, controls: 'panel-table' },
  { title: 'Sources', panel: { side: 'sources' }, controls: 'panel-sources' },
  { title: 'Paths', panel: { side: 'paths' }, controls: 'panel-paths' },
];

export interface PhoneTabs {
  readonly element: HTMLElement;
  /** Shows the side panel's current tab (the skip link to the details needs it shown). */
  showSide(): void;
}

/** `page` gets `data-phone-panel` = side | legend | time, which the phone CSS shows. */
export function createPhoneTabs(store: Store, page: HTMLElement): PhoneTabs {
  const bar = el('div', {
    className: 'phone-tabs',
    attrs: { role: 'tablist', 'aria-label': 'Panels', id: 'phone-tabs' },
  });
  let column: 'legend' | 'time' | undefined;
  const buttons = PHONE_TABS.map((tab) => {
    const id = 'side' in tab.panel ? tab.panel.side : tab.panel.column;
    const b = el('button', {
      text: tab.title,
      attrs: { type: 'button', role: 'tab', id: `phone-tab-${id}`, 'aria-controls': tab.controls },
    });
    b.addEventListener('click', () => {
      if ('side' in tab.panel) {
        column = undefined;
        store.dispatch({ type: 'setTab', tab: tab.panel.side });
      } else column = tab.panel.column;
      sync();
      // Scrolled down a long panel: the new one starts right under the (sticky) tab row.
      if (bar.getBoundingClientRect().top <= 0) bar.scrollIntoView({ block: 'start' });
    });
    return { b, tab };
  });
  const sync = (): void => {
    page.dataset.phonePanel = column ?? 'side';
    const tab = store.getState().tab;
    for (const { b, tab: spec } of buttons) {
      const selected =
        'side' in spec.panel ? column === undefined && spec.panel.side === tab : spec.panel.column === column;
      b.setAttribute('aria-selected', String(selected));
    }
  };
  // A tap on the graph or a search result shows the details: the phone tabs follow.
  store.subscribe((state, previous, action) => {
    if (state.tab !== previous.tab || (action.type === 'select' && action.showDetails)) column = undefined;
    sync();
  });
  bar.append(...buttons.map(({ b }) => b));
  sync();
  return {
    element: bar,
    showSide() {
      column = undefined;
      sync();
    },
  };
}
