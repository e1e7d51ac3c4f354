// An item of a WAI-ARIA menu (the Export menu): its element and what activating it does.
import { el } from '../dom.ts';

export interface MenuItem {
  readonly element: HTMLElement;
  /** Runs the item; false keeps the menu open (scope radios). */
  activate(): boolean;
}

/** The element of a menu item: a label and an optional hint (the file extension). */
export function menuItemElement(
  role: 'menuitem' | 'menuitemradio',
  id: string,
  label: string,
  hint?: string,
): HTMLElement {
  return el(
    'div',
    { className: 'menu-item', attrs: { role, id, tabindex: '-1' } },
    el('span', { text: label }),
    hint ? el('span', { className: 'menu-hint', text: hint }) : null,
  );
}
