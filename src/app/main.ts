// The explorer's entry point: loads a dataset in a worker (bundled or ?file=), then builds the store, canvas and panels.
import { countIssues, formatIssue, type Issue, type StakeholderGraph } from '../graph/index.ts';
import { buildSearchIndex } from '../query/index.ts';
import { BUNDLED } from './bundled.ts';
import type { AppContext } from './context.ts';
import { button, el } from './dom.ts';
import { createRenderer, type Renderer } from './graph/renderer.ts';
import { type LoadedDataset, type LoadSource, loadDataset } from './load/index.ts';
import { renderDetails } from './panels/details.ts';
import { createLegend } from './panels/legend.ts';
import { createProgress, type ProgressView } from './panels/progress.ts';
import { createSearch } from './panels/search.ts';
import { createSidePanel } from './panels/sidePanel.ts';
import { createSources } from './panels/sources.ts';
import { createTable } from './panels/table.ts';
import { createTimeControl } from './panels/timeControl.ts';
import { createCameraControls, createCounts } from './panels/toolbar.ts';
import { syncHistory } from './state/history.ts';
import { createStore, type ExplorerState, INITIAL_STATE } from './state/store.ts';
import { paramsToState } from './state/url.ts';
import './styles.css';

function showProblem(root: HTMLElement, title: string, lines: readonly string[]): void {
  root.dataset.state = 'error';
  root.replaceChildren(
    el(
      'div',
      { className: 'problem', attrs: { role: 'alert' } },
      el('h1', { text: title }),
      el('ul', {}, ...lines.map((line) => el('li', {}, el('code', { text: line })))),
    ),
  );
}

/** What to open first: `?file=<url>` (any format the importers read), else a bundled dataset. */
function initialSource(state: ExplorerState): LoadSource | { title: string; lines: string[] } {
  if (state.file !== undefined) return { kind: 'url', url: state.file };
  const id = state.dataset;
  const bundled = id === undefined ? BUNDLED[0] : BUNDLED.find((b) => b.id === id);
  if (!bundled) {
    return {
      title: 'Dataset not found',
      lines: [
        id === undefined
          ? 'No bundled dataset in graph-data/.'
          : `No bundled dataset called "${id}". Known: ${BUNDLED.map((b) => b.id).join(', ')}`,
      ],
    };
  }
  return { kind: 'bundled', url: bundled.url, name: 'dataset.json', files: bundled.files };
}

/** The explorer on one graph; `dispose` frees it when another dataset replaces it. */
interface Mounted {
  dispose(): void;
}

let mounted: Mounted | undefined;
let loading: AbortController | undefined;

function errorLines(issues: readonly Issue[]): string[] {
  return issues.filter((i) => i.severity === 'error').map(formatIssue);
}

/**
 * Loads a dataset in the worker with a progress bar and a Cancel button, then shows it. While a
 * graph is shown, the bar sits over it, and cancelling or a failure leaves that graph as it was.
 */
async function open(root: HTMLElement, source: LoadSource, initial: ExplorerState): Promise<void> {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  const view = createProgress(() => controller.abort());
  if (mounted) {
    view.element.classList.add('overlay');
    root.append(view.element);
  } else {
    root.dataset.state = 'loading';
    root.replaceChildren(view.element);
  }
  let result: LoadedDataset;
  try {
    result = await loadDataset(source, { signal: controller.signal, onProgress: view.update });
  } catch (error) {
    if (controller.signal.aborted) {
      if (mounted) view.element.remove();
      else {
        root.dataset.state = 'cancelled';
        view.finish('Loading was cancelled. Reload the page to try again.');
      }
      return;
    }
    showOrReport(root, view, 'The dataset could not be loaded', [String(error)]);
    return;
  } finally {
    if (loading === controller) loading = undefined;
  }
  if (!result.graph) {
    const { errors } = countIssues(result.issues);
    showOrReport(
      root,
      view,
      `The dataset has ${errors} error${errors === 1 ? '' : 's'}`,
      errorLines(result.issues),
    );
    return;
  }
  view.element.remove();
  mounted?.dispose();
  mounted = mount(root, result.graph, result.issues, initial);
}

/** A failed load: the problem page when nothing is shown yet, else an alert over the graph. */
function showOrReport(root: HTMLElement, view: ProgressView, title: string, lines: readonly string[]): void {
  if (!mounted) {
    showProblem(root, title, lines);
    return;
  }
  const alert = el(
    'div',
    { className: 'problem overlay', attrs: { role: 'alert' } },
    el('h1', { text: title }),
    el('ul', {}, ...lines.slice(0, 20).map((line) => el('li', {}, el('code', { text: line })))),
    button('Close', () => alert.remove()),
  );
  view.element.replaceWith(alert);
}

/** "Open file…": a picker in the toolbar; files dropped on the page open the same way. */
function createOpenFile(root: HTMLElement): HTMLElement {
  const input = el('input', {
    className: 'visually-hidden',
    attrs: { type: 'file', id: 'open-file', accept: '.json,.gexf,.graphml,.csv,.tsv' },
  });
  const openFile = (file: File): void => {
    // The URL no longer names what is shown: start from a clean state.
    window.history.replaceState(null, '', window.location.pathname);
    void open(root, { kind: 'blob', blob: file, name: file.name }, INITIAL_STATE);
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) openFile(file);
    input.value = '';
  });
  return el(
    'span',
    { className: 'open-file' },
    input,
    el('label', { className: 'button', text: 'Open file…', attrs: { for: 'open-file' } }),
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const initial = paramsToState(new URLSearchParams(window.location.search));
  const source = initialSource(initial);
  if (!('kind' in source)) {
    showProblem(root, source.title, source.lines);
    return;
  }
  root.addEventListener('dragover', (event) => event.preventDefault());
  root.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    window.history.replaceState(null, '', window.location.pathname);
    void open(root, { kind: 'blob', blob: file, name: file.name }, INITIAL_STATE);
  });
  await open(root, source, initial);
}

function mount(
  root: HTMLElement,
  graph: StakeholderGraph,
  issues: readonly Issue[],
  initial: ExplorerState,
): Mounted {
  const store = createStore(initial);
  const stopHistory = syncHistory(store);
  let renderer: Renderer | undefined;
  const ctx: AppContext = {
    graph,
    store,
    search: buildSearchIndex(graph),
    selectNode(id) {
      store.dispatch({ type: 'select', selection: { kind: 'node', id }, showDetails: true });
      renderer?.focusNode(id);
    },
    selectEdge(id) {
      store.dispatch({ type: 'select', selection: { kind: 'edge', id }, showDetails: true });
    },
  };

  const details = el('div', { className: 'details', attrs: { 'aria-live': 'polite' } });
  const graphBox = el('div', {
    className: 'graph',
    attrs: {
      id: 'graph',
      role: 'img',
      'aria-label': `Network of ${graph.order} stakeholders and ${graph.size} relations; the same data is in the Table tab.`,
    },
  });
  const tooltip = el('div', { className: 'tooltip', attrs: { role: 'tooltip', id: 'edge-tooltip' } });
  tooltip.hidden = true;
  const graphArea = el(
    'main',
    { className: 'graph-area', attrs: { 'aria-label': 'Graph' } },
    graphBox,
    tooltip,
  );
  const warnings = countIssues(issues).warnings;

  root.replaceChildren(
    el(
      'header',
      { className: 'toolbar' },
      el('h1', { text: graph.getAttribute('title') }),
      createSearch(ctx),
      createCounts(ctx),
      createOpenFile(root),
    ),
    el(
      'aside',
      { className: 'legend-panel', attrs: { 'aria-label': 'Legend and filters' } },
      el(
        'details',
        { className: 'asof-panel', attrs: { open: '' } },
        el('summary', { text: 'Time' }),
        createTimeControl(ctx),
      ),
      el(
        'details',
        { attrs: { open: '' } },
        el('summary', { text: 'Legend and filters' }),
        createLegend(ctx),
      ),
    ),
    graphArea,
    el(
      'aside',
      { className: 'side', attrs: { 'aria-label': 'Details and table' } },
      createSidePanel(store, [
        { id: 'details', title: 'Details', panel: details },
        { id: 'table', title: 'Table', panel: createTable(ctx) },
        { id: 'sources', title: 'Sources', panel: createSources(ctx) },
      ]),
    ),
    el('footer', {
      className: 'footer muted small',
      text: `${graph.order} nodes, ${graph.size} relations, ${graph.getAttribute('sources').length} sources${warnings ? `, ${warnings} warnings` : ''}.`,
    }),
  );
  root.dataset.state = 'loaded';
  if (window.matchMedia('(max-width: 700px)').matches)
    root.querySelector('.legend-panel details')?.removeAttribute('open');

  renderDetails(ctx, details, store.getState());
  store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) renderDetails(ctx, details, state);
  });

  try {
    renderer = createRenderer(graphBox, graph, store, tooltip);
    graphArea.append(createCameraControls(renderer, graphArea));
  } catch (error) {
    graphBox.replaceChildren(
      el('p', {
        className: 'problem',
        attrs: { role: 'alert' },
        text: `The graph cannot be drawn here (${String(error)}). The Table tab shows the same data.`,
      }),
    );
  }
  // For the benchmark: sigma's constructor has drawn the first frame by now.
  window.__firstRender ??= performance.now();
  window.__explorer = { sigma: renderer?.sigma, graph, store, renderer };
  return {
    dispose() {
      renderer?.kill();
      stopHistory();
    },
  };
}

void start();
