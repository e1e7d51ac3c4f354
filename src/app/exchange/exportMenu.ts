// The Export menu: a WAI-ARIA menu button listing the scope (graph, filtered view, path), every exporter
// of the registry (and its versions), and images of the current view (PNG, SVG).
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import type { Renderer } from '../graph/renderer.ts';
import { type ExportProgress, formatItems, imageItems, scopeItems } from './exportItems.ts';
import type { ExportScope } from './exportScope.ts';
import { menuButton } from './menuButton.ts';
import type { MenuItem } from './menuItem.ts';
import type { Notice } from './notices.ts';

export interface ExportHost {
  renderer(): Renderer | undefined;
  notify(notice: Notice): void;
}

/** A labelled group of menu items under a heading. */
function group(id: string, heading: string, items: readonly MenuItem[]): HTMLElement[] {
  return [
    el('div', { className: 'menu-heading', text: heading, attrs: { id, role: 'presentation' } }),
    el('div', { attrs: { role: 'group', 'aria-labelledby': id } }, ...items.map((i) => i.element)),
  ];
}

export function createExportMenu(ctx: AppContext, host: ExportHost): HTMLElement {
  const scope: { value: ExportScope } = { value: 'graph' };
  const scopes = scopeItems(ctx, scope);

  const button = el('button', {
    text: 'Export',
    className: 'menu-button',
    attrs: {
      type: 'button',
      id: 'export-button',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'export-menu',
    },
  });
  // Said in a polite live region, so the picture's wait is announced and not only shown.
  const status = el('span', {
    className: 'export-status',
    attrs: { id: 'export-status', role: 'status', 'aria-live': 'polite' },
  });
  const progress: ExportProgress = {
    set(text) {
      status.textContent = text ?? '';
      if (text === undefined) button.removeAttribute('aria-busy');
      else button.setAttribute('aria-busy', 'true');
    },
    running: () => button.getAttribute('aria-busy') === 'true',
  };
  const formats = formatItems(ctx, host, scope, progress);
  const images = imageItems(ctx, host, progress);
  const separator = (): HTMLElement => el('div', { attrs: { role: 'separator' } });
  const menu = el(
    'div',
    { className: 'menu', attrs: { role: 'menu', id: 'export-menu', 'aria-labelledby': 'export-button' } },
    ...group('export-scope-heading', 'Scope', scopes.items),
    separator(),
    ...group('export-format-heading', 'Data file', formats),
    separator(),
    ...group('export-image-heading', 'Image of the current view', images),
  );
  scopes.sync();
  const wrapper = menuButton(button, menu, [...scopes.items, ...formats, ...images], scopes.sync);
  wrapper.append(status);
  return wrapper;
}
