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
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab goes into the panel.
  list.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const next = (index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length;
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
