// The explorer's entry point: loads a dataset in a web worker (bundled, ?file= or opened files) with a
// progress bar and Cancel, then builds the store, canvas and panels.
import { countIssues, formatIssue, type StakeholderGraph } from '../graph/index.ts';
import type { ImportResult } from '../import/index.ts';
import type { SearchIndex } from '../query/index.ts';
import { createAnalysisController } from './analysis/analysisController.ts';
import { createAnalysisPanel } from './analysis/analysisPanel.ts';
import { createTableFigures } from './analysis/tableFigures.ts';
import { BUNDLED } from './bundled.ts';
import type { AppContext } from './context.ts';
import { deferredSearch } from './deferredSearch.ts';
import { el } from './dom.ts';
import { installEditor } from './editor/installEditor.ts';
import { installDropZone } from './exchange/dropZone.ts';
import { createExchangeControls } from './exchange/exchangeControls.ts';
import { importAndOpen } from './exchange/importAndOpen.ts';
import { createNotices } from './exchange/notices.ts';
import { followEdits } from './followEdits.ts';
import type { Curves } from './graph/displayData.ts';
import { createRenderer, type Renderer } from './graph/renderer.ts';
import { warmShaderSteps } from './graph/warmShaders.ts';
import { createGraphEdits } from './graphEdits.ts';
import { refitOnResize } from './graphFit.ts';
import { drawnLabelsOf } from './hook.ts';
import {
  isAbortError,
  type LoadedDataset,
  type LoadSource,
  type StartedLoad,
  startLoad,
  takeEarlyLoad,
} from './load/index.ts';
import { createGraphArea, type GraphArea, type GraphInfo, renderPage } from './page.ts';
import { renderDetails } from './panels/details.ts';
import { createPathsPanel, type PathsPanel } from './panels/paths.ts';
import { problemCard } from './panels/problem.ts';
import { createProgress, type ProgressView } from './panels/progress.ts';
import { createCameraControls } from './panels/toolbar.ts';
import { LOADING_BUDGET_MS, prepareDrawing } from './prepareDrawing.ts';
import { syncHistory } from './state/history.ts';
import { withPathResult } from './state/paths.ts';
import { scopedStore } from './state/scopedStore.ts';
import { createStore, type ExplorerState, INITIAL_STATE, type Store } from './state/store.ts';
import { paramsToState } from './state/url.ts';
import { nextTask, runSteps } from './tasks.ts';
import { applyThemeChoice } from './theme.ts';
import './styles.css';

/** Instead of a graph: the problem, and ways on (open or drop a file, the bundled dataset). */
function showProblem(
  root: HTMLElement,
  title: string,
  lines: readonly string[],
  options: { state?: 'error' | 'cancelled'; next?: string } = {},
): void {
  root.dataset.state = options.state ?? 'error';
  // The bundled dataset is offered when the page was asked for another one (?file=, ?dataset=).
  const other = new URLSearchParams(window.location.search);
  const bundledHref =
    BUNDLED.length > 0 && (other.has('file') || other.has('dataset')) ? window.location.pathname : undefined;
  const card = problemCard(title, lines, {
    openFiles: (files) => void importAndOpenFiles(files),
    ...(bundledHref === undefined ? {} : { bundledHref }),
    ...(options.next === undefined ? {} : { next: options.next }),
    role: options.state === 'cancelled' ? 'status' : 'alert',
  });
  root.replaceChildren(card);
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

/** The one store for the page's life (history is bound to it); views come and go with graphs. */
let appStore: Store = createStore();
let view: { dispose(): void } | undefined;
let currentGraph: StakeholderGraph | undefined;
let loading: AbortController | undefined;
/** The bar of a finished load whose graph is about to open: openGraph shows "drawing" on it, then removes it. */
let pendingProgress: ProgressView | undefined;
/** Counts openGraph calls: an older one still drawing gives way to a newer one. */
let opening = 0;
const notices = createNotices();

/**
 * Runs one load in the worker with a progress bar and a Cancel button (a newer load cancels an older
 * one). Before any graph is shown the bar is the page; after, it sits over the graph, which stays
 * usable and unchanged if the load is cancelled or fails. Rejects with an AbortError on cancel.
 */
async function loadInWorker(source: LoadSource, started?: StartedLoad): Promise<LoadedDataset> {
  const root = document.getElementById('app')!;
  loading?.abort();
  const load = started ?? startLoad(source);
  const { controller } = load;
  loading = controller;
  const progress = createProgress(() => controller.abort());
  if (root.dataset.state === 'loading') root.replaceChildren(progress.element);
  else {
    progress.element.classList.add('overlay');
    root.append(progress.element);
  }
  load.watch(progress.update);
  let loaded: LoadedDataset | undefined;
  try {
    loaded = await load.promise;
    return loaded;
  } finally {
    if (loading === controller) loading = undefined;
    if (loaded?.graph && loading === undefined) {
      pendingProgress?.element.remove();
      pendingProgress = progress;
    } else progress.element.remove();
  }
}

/** Opened or dropped files, loaded in the worker: the `runImport` of exchange/importAndOpen.ts. */
async function importInWorker(files: readonly File[]): Promise<ImportResult> {
  const source: LoadSource =
    files.length === 1
      ? { kind: 'blob', blob: files[0]!, name: files[0]!.name }
      : { kind: 'files', files: files.map((file) => ({ blob: file, name: file.name })) };
  const { graph, report } = await loadInWorker(source);
  return graph ? { graph, report } : { report };
}

/** Opens files through the core and shows them (see exchange/importAndOpen.ts). */
const importAndOpenFiles = async (files: readonly File[]): Promise<boolean> => {
  const opened = await importAndOpen(files, { open: openGraph, notify: notices.show }, importInWorker);
  // The URL no longer names a bundled dataset or a ?file=: drop them so a reload does not swap graphs.
  if (opened) {
    const s = appStore.getState();
    appStore.dispatch({ type: 'restore', state: { ...s, dataset: undefined, file: undefined } });
  }
  return opened;
};

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  root.dataset.state = 'loading';
  const initial = paramsToState(new URLSearchParams(window.location.search));
  // Path results are derived from the query and the graph on show (see state/paths.ts).
  appStore = createStore(initial, (state: ExplorerState) =>
    currentGraph === undefined ? state : withPathResult<ExplorerState>(currentGraph)(state),
  );
  syncHistory(appStore);
  installDropZone(document.body, importAndOpenFiles);
  const source = initialSource(initial);
  if (!('kind' in source)) {
    showProblem(root, source.title, source.lines);
    return;
  }
  // boot.ts started the ?file= load already (the same source: see there).
  const early = takeEarlyLoad();
  // While the data loads, the GPU process compiles sigma's shaders once (see warmShaders.ts), from
  // the next task on: not in the task that evaluates this module.
  void nextTask().then(() => runSteps(warmShaderSteps(), { budgetMs: 0 }));
  let loaded: LoadedDataset;
  try {
    loaded = await loadInWorker(source, source.kind === 'url' ? early : undefined);
  } catch (error) {
    if (loading !== undefined || view !== undefined) return; // files opened meanwhile took over
    if (isAbortError(error)) {
      showProblem(root, 'Loading was cancelled', [], {
        state: 'cancelled',
        next: 'Reload the page to load it again, or open a graph file, or drop one on this page.',
      });
    } else showProblem(root, 'The dataset could not be loaded', [String(error)]);
    return;
  }
  if (!loaded.graph) {
    const { errors } = countIssues(loaded.issues);
    showProblem(
      root,
      `The dataset has ${errors} error${errors === 1 ? '' : 's'}`,
      loaded.issues.filter((i) => i.severity === 'error').map(formatIssue),
    );
    return;
  }
  const name = initial.file ?? initial.dataset ?? BUNDLED[0]?.id ?? 'dataset';
  try {
    await openGraph(loaded.graph, { name, issues: loaded.issues, checked: true });
  } catch (error) {
    showProblem(root, 'The graph could not be shown', [String(error)]);
  }
}

/** Makes `graph` the current one: the previous view goes, with its selection and filters. */
function swapGraph(graph: StakeholderGraph): void {
  currentGraph = graph;
  if (view) {
    view.dispose();
    const s = appStore.getState();
    appStore.dispatch({ type: 'restore', state: { ...INITIAL_STATE, dataset: s.dataset, tab: s.tab } });
  } else {
    // The first graph: derive what the URL asked for (a path query) now that there is a graph.
    appStore.dispatch({ type: 'restore', state: appStore.getState() });
  }
}

/** What the panels get; the renderer and the Paths panel are reached through `view` once made. */
function createContext(
  graph: StakeholderGraph,
  store: Store,
  searchBuilt: Promise<SearchIndex>,
  parts: { renderer?: Renderer; pathsPanel?: PathsPanel },
): AppContext {
  return {
    graph,
    store,
    // Built in chunks once the canvas shows; the search boxes are busy until then.
    search: deferredSearch(searchBuilt),
    edits: createGraphEdits(),
    selectNode(id) {
      store.dispatch({ type: 'select', selection: { kind: 'node', id }, showDetails: true });
      parts.renderer?.focusNode(id);
    },
    selectEdge(id) {
      store.dispatch({ type: 'select', selection: { kind: 'edge', id }, showDetails: true });
    },
    findPathsFrom(id) {
      store.dispatch({ type: 'setTab', tab: 'paths' });
      parts.pathsPanel?.startFrom(id);
    },
    prepareForEdits() {
      parts.renderer?.sigma.keepRoomForEdits();
    },
  };
}

/** On a phone the graph keeps inside its box: a long swipe can no longer throw it off screen. */
const PHONE = '(max-width: 700px)';

/**
 * sigma processes and draws the graph in slices into the page's graph area (a problem in its place
 * when WebGL is missing); undefined when another graph opened meanwhile.
 */
async function drawGraph(
  graph: StakeholderGraph,
  area: GraphArea,
  store: Store,
  curves: Curves,
  onPause: (done: number) => void,
  current: () => boolean,
): Promise<Renderer | undefined> {
  const renderer = createRenderer(area.box, graph, store, area.tooltip, curves, (message) =>
    notices.show({ kind: 'error', title: 'The graph was redrawn', lines: [message] }),
  );
  if (window.matchMedia(PHONE).matches) renderer.sigma.setSetting('cameraPanBoundaries', true);
  area.frame.append(createCameraControls(renderer, area.area));
  // sigma's constructor (its WebGL contexts and programs, 40 to 100 ms here) takes a task of its
  // own: the first slice of processing would otherwise add the whole step budget to it.
  await nextTask();
  await runSteps(renderer.firstDraw(), { onPause, budgetMs: LOADING_BUDGET_MS });
  return current() ? renderer : undefined;
}

/**
 * Builds the canvas, search index and panels for a graph; called again with a new graph (an
 * imported file), it first tears the previous view down and clears the selection and filters.
 * Big graphs are prepared in short tasks (the curves of parallel edges, then the canvas, then the
 * search index in chunks), so the page keeps answering; the previous graph stays shown until the swap.
 */
export async function openGraph(graph: StakeholderGraph, info: GraphInfo): Promise<void> {
  const root = document.getElementById('app')!;
  const generation = ++opening;
  const progress = pendingProgress;
  pendingProgress = undefined;
  // Drawing is the curves of parallel edges (a pass over nodes and edges: see curvesSteps), then
  // sigma's two passes over every node and edge (steppedSigma.ts).
  const curveWork = graph.order + graph.size;
  const toBuild = curveWork + 2 * (graph.order + graph.size);
  const drawProgress = (built: number): void =>
    progress?.update({ name: info.name, phase: 'draw', built, toBuild });
  const { curves, counts } = await prepareDrawing(graph, progress, drawProgress);
  if (generation !== opening) {
    progress?.element.remove();
    return;
  }
  swapGraph(graph);
  const scope = scopedStore(appStore);
  const { store } = scope;
  let startIndexing: () => void = () => undefined;
  const searchBuilt = new Promise<void>((resolve) => {
    startIndexing = resolve;
  })
    // The index's code (MiniSearch) is a chunk loaded after the first frame, like the index itself.
    .then(() => import('../query/search.ts'))
    .then(({ searchIndexSteps }) => runSteps(searchIndexSteps(graph)));
  const parts: { renderer?: Renderer; pathsPanel?: PathsPanel } = {};
  const ctx = createContext(graph, store, searchBuilt, parts);
  const pathsPanel = createPathsPanel(ctx, counts);
  parts.pathsPanel = pathsPanel;
  const analysis = createAnalysisController(graph, store);
  const details = el('div', { className: 'details', attrs: { 'aria-live': 'polite' } });
  const area = createGraphArea(ctx);
  // Filled before the page holds it: its scroll reset would otherwise force a layout of the whole page.
  renderDetails(ctx, details, store.getState());
  const exchange = createExchangeControls(ctx, {
    renderer: () => parts.renderer,
    notify: notices.show,
    importFiles: importAndOpenFiles,
  });
  renderPage(root, ctx, {
    graphArea: area,
    details,
    exchange,
    paths: pathsPanel.root,
    analysis: createAnalysisPanel(ctx, analysis),
    figures: createTableFigures(analysis),
    counts,
    info,
  });
  root.dataset.state = 'loaded';
  root.dataset.graph = info.name;
  installEditor(ctx, root, { openGraph }, info.checked ? info.issues : undefined);
  if (progress) {
    // The bar stays over the new page while sigma processes the graph.
    progress.element.classList.add('overlay');
    root.append(progress.element);
  }

  store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) renderDetails(ctx, details, state);
  });
  followEdits(ctx, () => renderDetails(ctx, details, store.getState()));

  let stopFit: () => void = () => undefined;
  view = {
    dispose() {
      scope.dispose();
      analysis.dispose();
      stopFit();
      parts.renderer?.kill();
    },
  };
  // The panels show first, then sigma processes and draws the graph in slices.
  await nextTask();
  try {
    if (generation !== opening) return;
    const drawn = await drawGraph(
      graph,
      area,
      store,
      curves,
      (done) => drawProgress(curveWork + done),
      () => generation === opening,
    );
    // Another graph opened meanwhile: its openGraph disposed of this one.
    if (!drawn) return;
    parts.renderer = drawn;
    analysis.attach(drawn);
    stopFit = refitOnResize(drawn, area.frame);
  } catch (error) {
    area.box.replaceChildren(
      el('p', {
        className: 'problem',
        attrs: { role: 'alert' },
        text: `The graph cannot be drawn here (${String(error)}). The Table tab shows the same data.`,
      }),
    );
  } finally {
    progress?.element.remove();
  }
  const renderer = parts.renderer;
  // For the benchmark: sigma has drawn the first frame by now.
  window.__firstRender ??= performance.now();
  window.__explorer = {
    sigma: renderer?.sigma,
    graph,
    store,
    renderer,
    drawnLabels: () => drawnLabelsOf(renderer),
  };
  startIndexing();
}

applyThemeChoice();
void start();
