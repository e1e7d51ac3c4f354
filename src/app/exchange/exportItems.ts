// The Export menu's items: the scope radios, one item per format and version (the registry's list,
// no per-format code here), and images of the current view (PNG, SVG). The menu lists the formats'
// metadata at once; the writers (exporters, zip, PNG and SVG) are chunks loaded on first use, so the
// code that runs before the first frame is smaller.
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.ts';
import type { AppContext } from '../context.ts';
import type { ExplorerSigma } from '../graph/renderer.ts';
import { downloadBlob } from './download.ts';
import type { ExportHost } from './exportMenu.ts';
import { EXPORT_SCOPES, type ExportScope, SCOPE_LABELS, scopeAvailable, scopeGraph } from './exportScope.ts';
import { type MenuItem, menuItemElement } from './menuItem.ts';

/** "nodes.csv" -> "nodes-view.csv" for a partial export, so files of different scopes do not clash. */
function scopedName(name: string, scope: ExportScope): string {
  if (scope === 'graph') return name;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? `${name}-${scope}` : `${name.slice(0, dot)}-${scope}${name.slice(dot)}`;
}

const fileStem = (ctx: AppContext): string => ctx.graph.getAttribute('id') || 'graph';

const fail = (host: ExportHost, what: string, error: unknown): void =>
  host.notify({ kind: 'error', title: `${what} failed`, lines: [String(error)] });

/** The scope radios and `sync`, which marks the chosen one and disables those not available now. */
export function scopeItems(
  ctx: AppContext,
  scope: { value: ExportScope },
): { items: MenuItem[]; sync(): void } {
  const entries = EXPORT_SCOPES.map((s) => ({
    scope: s,
    element: menuItemElement('menuitemradio', `export-scope-${s}`, SCOPE_LABELS[s]),
  }));
  const sync = (): void => {
    const state = ctx.store.getState();
    if (!scopeAvailable(state, scope.value)) scope.value = 'graph';
    for (const { scope: s, element } of entries) {
      element.setAttribute('aria-checked', String(s === scope.value));
      const available = scopeAvailable(state, s);
      if (available) element.removeAttribute('aria-disabled');
      else element.setAttribute('aria-disabled', 'true');
      element.title = available ? '' : 'Choose a path in the Paths tab first';
    }
  };
  const items = entries.map(({ scope: s, element }) => ({
    element,
    activate() {
      if (element.getAttribute('aria-disabled') === 'true') return false;
      scope.value = s;
      sync();
      return false;
    },
  }));
  return { items, sync };
}

/**
 * The Export button's busy state while an export is made (a picture, or a writer's chunk loading):
 * the button and a status line say so.
 */
export interface ExportProgress {
  /** Marks the export as running with `text`, or as ended (undefined). */
  set(text: string | undefined): void;
  running(): boolean;
}

/** Runs `work` under the busy state `text`, unless an export already holds it (that one ends it). */
async function whileBusy(progress: ExportProgress, text: string, work: () => Promise<void>): Promise<void> {
  if (progress.running()) return work();
  progress.set(text);
  try {
    await work();
  } finally {
    progress.set(undefined);
  }
}

/** Writes the scope's graph in a format; several files download as one zip named after both. */
async function exportWith(
  ctx: AppContext,
  host: ExportHost,
  progress: ExportProgress,
  format: ExportFormat,
  version: string | undefined,
  scope: ExportScope,
): Promise<void> {
  await whileBusy(progress, 'Exporting file…', async () => {
    try {
      // The scope's graph as it is when chosen, before the writers' chunk has loaded.
      const graph = scopeGraph(ctx.store.getState(), ctx.graph, scope);
      if (!graph) return;
      const [{ findExporter }, { downloadFiles }] = await Promise.all([
        import('../../export/registry.ts'),
        import('./downloadFiles.ts'),
      ]);
      const exporter = findExporter(format.id);
      if (!exporter) throw new Error(`no exporter "${format.id}"`);
      const files = exporter.write(graph, version === undefined ? {} : { version });
      const archive = scopedName(`${fileStem(ctx)}-${format.id}.zip`, scope);
      downloadFiles(
        files.length === 1 ? files.map((f) => ({ ...f, name: scopedName(f.name, scope) })) : files,
        archive,
      );
    } catch (error) {
      fail(host, `Export as ${format.label}`, error);
    }
  });
}

/** One item per format and version of the registry. */
export function formatItems(
  ctx: AppContext,
  host: ExportHost,
  scope: { value: ExportScope },
  progress: ExportProgress,
): MenuItem[] {
  return EXPORT_FORMATS.flatMap((format) =>
    (format.versions ?? [undefined]).map((version) => {
      const label = version === undefined ? format.label : `${format.label} ${version}`;
      const element = menuItemElement(
        'menuitem',
        `export-${format.id}${version ? `-${version}` : ''}`,
        label,
        `.${format.extension}`,
      );
      element.dataset.format = format.id;
      element.title = format.description;
      return {
        element,
        activate() {
          void exportWith(ctx, host, progress, format, version, scope.value);
          return true;
        },
      };
    }),
  );
}

/** Resolves after the browser has painted (the status shows before the picture's frames are drawn). */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function png(ctx: AppContext, sigma: ExplorerSigma): Promise<void> {
  const [{ viewPng }] = await Promise.all([import('./png.ts'), afterPaint()]);
  const backgroundColor = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
  // A steps-drawn frame still being reprocessed (a filter change) is finished first.
  sigma.settle();
  const blob = await viewPng(sigma, backgroundColor || '#ffffff');
  downloadBlob(blob, `${fileStem(ctx)}.png`);
}

/** Images: what the canvas shows now (filters, highlight, camera), whatever the scope. */
async function image(
  ctx: AppContext,
  host: ExportHost,
  format: 'png' | 'svg',
  progress: ExportProgress,
): Promise<void> {
  const sigma = host.renderer()?.sigma;
  if (!sigma) return fail(host, 'Image export', 'the graph is not drawn here (no WebGL)');
  // The labels the canvas drew, the same in the SVG.
  const labels = format === 'svg' ? host.renderer()?.drawnLabels() : undefined;
  await whileBusy(progress, 'Exporting picture…', async () => {
    try {
      if (format === 'svg') {
        const [{ renderSvg }, { currentSvgView }] = await Promise.all([
          import('./svg.ts'),
          import('./svgView.ts'),
        ]);
        const svg = renderSvg(currentSvgView(sigma, ctx.graph.getAttribute('title'), labels));
        downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileStem(ctx)}.svg`);
      } else await png(ctx, sigma);
    } catch (error) {
      fail(host, `${format.toUpperCase()} export`, error);
    }
  });
}

/** PNG and SVG of the view; while a PNG is being made, another image waits for it to end. */
export function imageItems(ctx: AppContext, host: ExportHost, progress: ExportProgress): MenuItem[] {
  return (['png', 'svg'] as const).map((format) => ({
    element: menuItemElement(
      'menuitem',
      `export-image-${format}`,
      `${format.toUpperCase()} image`,
      `.${format}`,
    ),
    activate() {
      if (!progress.running()) void image(ctx, host, format, progress);
      return true;
    },
  }));
}
