// The WAI-ARIA menu button pattern: open on click, Enter, Space or arrows; arrows, Home and End
// move; Escape closes and returns focus to the button; leaving the menu closes it.
import { el } from '../dom.ts';
import type { MenuItem } from './menuItem.ts';

/** Wires `button` and `menu` over `items`; `onOpen` runs before each opening. Returns the wrapper. */
export function menuButton(
  button: HTMLButtonElement,
  menu: HTMLElement,
  items: readonly MenuItem[],
  onOpen: () => void,
): HTMLElement {
  menu.hidden = true;
  const focusItem = (index: number): void => {
    const n = items.length;
    items[((index % n) + n) % n]?.element.focus();
  };
  const open = (focus: 'first' | 'last'): void => {
    onOpen();
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    focusItem(focus === 'first' ? 0 : items.length - 1);
  };
  const close = (refocus: boolean): void => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  button.addEventListener('click', () => (menu.hidden ? open('first') : close(false)));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  const run = (entry: MenuItem): void => {
    if (entry.activate()) close(true);
  };
  menu.addEventListener('click', (event) => {
    const entry = items.find((i) => i.element.contains(event.target as Node));
    if (entry) run(entry);
  });
  menu.addEventListener('keydown', (event) => {
    const index = items.findIndex((i) => i.element === document.activeElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(index + 1),
      ArrowUp: () => focusItem(index - 1),
      Home: () => focusItem(0),
      End: () => focusItem(items.length - 1),
      Escape: () => close(true),
      Enter: () => items[index] && run(items[index]),
      ' ': () => items[index] && run(items[index]),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    } else if (event.key === 'Tab') close(false);
  });
  const wrapper = el('div', { className: 'menu-wrapper' }, button, menu);
  wrapper.addEventListener('focusout', (event) => {
    if (!wrapper.contains(event.relatedTarget as Node | null)) close(false);
  });
  return wrapper;
}
