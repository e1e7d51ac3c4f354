// The Export menu: a WAI-ARIA menu button listing the scope (graph, filtered view, path), every exporter
// of the registry (and its versions), and images of the current view (PNG, SVG).
import { EXPORTERS, type Exporter } from '../../export/index.ts';
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import type { Renderer } from '../graph/renderer.ts';
import { downloadBlob, downloadFiles } from './download.ts';
import { EXPORT_SCOPES, type ExportScope, SCOPE_LABELS, scopeAvailable, scopeGraph } from './exportScope.ts';
import type { Notice } from './notices.ts';
import { viewPng } from './png.ts';
import { renderSvg } from './svg.ts';
import { currentSvgView } from './svgView.ts';

export interface ExportHost {
  renderer(): Renderer | undefined;
  notify(notice: Notice): void;
}

/** "nodes.csv" -> "nodes-view.csv" for a partial export, so files of different scopes do not clash. */
function scopedName(name: string, scope: ExportScope): string {
  if (scope === 'graph') return name;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? `${name}-${scope}` : `${name.slice(0, dot)}-${scope}${name.slice(dot)}`;
}

interface Item {
  readonly element: HTMLElement;
  /** Runs the item; false keeps the menu open (scope radios). */
  activate(): boolean;
}

export function createExportMenu(ctx: AppContext, host: ExportHost): HTMLElement {
  let scope: ExportScope = 'graph';
  const items: Item[] = [];
  const fileStem = ctx.graph.getAttribute('id') || 'graph';

  const menuButton = el('button', {
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
  const menu = el('div', {
    className: 'menu',
    attrs: { role: 'menu', id: 'export-menu', 'aria-labelledby': 'export-button' },
  });
  menu.hidden = true;

  const item = (role: 'menuitem' | 'menuitemradio', id: string, label: string, hint?: string): HTMLElement =>
    el(
      'div',
      { className: 'menu-item', attrs: { role, id, tabindex: '-1' } },
      el('span', { text: label }),
      hint ? el('span', { className: 'menu-hint', text: hint }) : null,
    );

  const fail = (what: string, error: unknown): void =>
    host.notify({ kind: 'error', title: `${what} failed`, lines: [String(error)] });

  // Scope radios.
  const scopeGroup = el('div', { attrs: { role: 'group', 'aria-labelledby': 'export-scope-heading' } });
  const scopeItems = EXPORT_SCOPES.map((s) => {
    const element = item('menuitemradio', `export-scope-${s}`, SCOPE_LABELS[s]);
    items.push({
      element,
      activate() {
        if (element.getAttribute('aria-disabled') === 'true') return false;
        scope = s;
        syncScope();
        return false;
      },
    });
    scopeGroup.append(element);
    return { scope: s, element };
  });
  const syncScope = (): void => {
    const state = ctx.store.getState();
    if (!scopeAvailable(state, scope)) scope = 'graph';
    for (const { scope: s, element } of scopeItems) {
      element.setAttribute('aria-checked', String(s === scope));
      const available = scopeAvailable(state, s);
      if (available) element.removeAttribute('aria-disabled');
      else element.setAttribute('aria-disabled', 'true');
      element.title = available ? '' : 'Choose a path in the Paths tab first';
    }
  };

  // One item per exporter and version: the registry drives the list, no per-format code here.
  const exportWith = async (exporter: Exporter, version: string | undefined): Promise<void> => {
    try {
      const graph = scopeGraph(ctx.store.getState(), ctx.graph, scope);
      if (!graph) return;
      const files = exporter.write(graph, version === undefined ? {} : { version });
      await downloadFiles(files.map((f) => ({ ...f, name: scopedName(f.name, scope) })));
    } catch (error) {
      fail(`Export as ${exporter.label}`, error);
    }
  };
  const formatGroup = el('div', { attrs: { role: 'group', 'aria-labelledby': 'export-format-heading' } });
  for (const exporter of EXPORTERS) {
    for (const version of exporter.versions ?? [undefined]) {
      const label = version === undefined ? exporter.label : `${exporter.label} ${version}`;
      const element = item(
        'menuitem',
        `export-${exporter.id}${version ? `-${version}` : ''}`,
        label,
        `.${exporter.extension}`,
      );
      element.dataset.format = exporter.id;
      element.title = exporter.description;
      items.push({
        element,
        activate() {
          void exportWith(exporter, version);
          return true;
        },
      });
      formatGroup.append(element);
    }
  }

  // Images: what the canvas shows now (filters, highlight, camera), whatever the scope.
  const image = async (format: 'png' | 'svg'): Promise<void> => {
    const sigma = host.renderer()?.sigma;
    if (!sigma) return fail('Image export', 'the graph is not drawn here (no WebGL)');
    try {
      if (format === 'svg') {
        const labels = host.renderer()?.drawnLabels();
        const svg = renderSvg(currentSvgView(sigma, ctx.graph.getAttribute('title'), labels));
        downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileStem}.svg`);
      } else {
        const backgroundColor = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
        // A steps-drawn frame still being reprocessed (a filter change) is finished first.
        sigma.settle();
        const blob = await viewPng(sigma, backgroundColor || '#ffffff');
        downloadBlob(blob, `${fileStem}.png`);
      }
    } catch (error) {
      fail(`${format.toUpperCase()} export`, error);
    }
  };
  const imageGroup = el('div', { attrs: { role: 'group', 'aria-labelledby': 'export-image-heading' } });
  for (const format of ['png', 'svg'] as const) {
    const element = item('menuitem', `export-image-${format}`, `${format.toUpperCase()} image`, `.${format}`);
    items.push({
      element,
      activate() {
        void image(format);
        return true;
      },
    });
    imageGroup.append(element);
  }

  const heading = (id: string, text: string): HTMLElement =>
    el('div', { className: 'menu-heading', text, attrs: { id, role: 'presentation' } });
  menu.append(
    heading('export-scope-heading', 'Scope'),
    scopeGroup,
    el('div', { attrs: { role: 'separator' } }),
    heading('export-format-heading', 'Data file'),
    formatGroup,
    el('div', { attrs: { role: 'separator' } }),
    heading('export-image-heading', 'Image of the current view'),
    imageGroup,
  );

  // The menu button pattern: open on click, Enter, Space or arrows; arrows, Home and End move;
  // Escape closes and returns focus to the button; leaving the menu closes it.
  const focusItem = (index: number): void => {
    const n = items.length;
    items[((index % n) + n) % n]?.element.focus();
  };
  const open = (focus: 'first' | 'last'): void => {
    syncScope();
    menu.hidden = false;
    menuButton.setAttribute('aria-expanded', 'true');
    focusItem(focus === 'first' ? 0 : items.length - 1);
  };
  const close = (refocus: boolean): void => {
    menu.hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
    if (refocus) menuButton.focus();
  };
  menuButton.addEventListener('click', () => (menu.hidden ? open('first') : close(false)));
  menuButton.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  const run = (entry: Item): void => {
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
  const wrapper = el('div', { className: 'menu-wrapper' }, menuButton, menu);
  wrapper.addEventListener('focusout', (event) => {
    if (!wrapper.contains(event.relatedTarget as Node | null)) close(false);
  });
  syncScope();
  return wrapper;
}
