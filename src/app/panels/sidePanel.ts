// The side panel: ARIA tabs over a registry of panels (Details | Table; a Paths tab slots in the same way).
import { el } from '../dom.ts';
import type { Store, Tab } from '../state/store.ts';

export interface TabSpec {
  readonly id: Tab;
  readonly title: string;
  readonly panel: HTMLElement;
}

export function createSidePanel(store: Store, tabs: readonly TabSpec[]): HTMLElement {
  const list = el('div', { className: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Panels' } });
  const buttons = tabs.map((tab) => {
    const b = el('button', {
      text: tab.title,
      attrs: { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}` },
    });
    b.addEventListener('click', () => store.dispatch({ type: 'setTab', tab: tab.id }));
    return b;
  });
  // Arrow keys move between tabs, Home and End to the first and last (the WAI-ARIA tabs pattern,
  // selection follows focus); Tab goes into the panel.
  list.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (index + last) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
    const tab = tabs[next];
    if (tab) store.dispatch({ type: 'setTab', tab: tab.id });
  });
  list.append(...buttons);
  const panels = tabs.map((tab) =>
    el(
      'section',
      {
        className: 'tab-panel',
        attrs: { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, tabindex: '0' },
      },
      tab.panel,
    ),
  );
  const sync = (active: Tab): void => {
    tabs.forEach((tab, i) => {
      const selected = tab.id === active;
      buttons[i]?.setAttribute('aria-selected', String(selected));
      buttons[i]?.setAttribute('tabindex', selected ? '0' : '-1');
      const panel = panels[i];
      if (panel) panel.hidden = !selected;
    });
  };
  store.subscribe((state, previous) => {
    if (state.tab !== previous.tab) sync(state.tab);
  });
  sync(store.getState().tab);
  return el('div', { className: 'side-panel' }, list, ...panels);
}
