// The explorer's entry point: loads a bundled dataset through the core, then builds the store, canvas and panels.
import {
  countIssues,
  formatIssue,
  type Issue,
  load,
  parseJson,
  resolveSourceFiles,
  type StakeholderGraph,
} from '../graph/index.ts';
import { buildSearchIndex } from '../query/index.ts';
import { BUNDLED } from './bundled.ts';
import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { createRenderer, type Renderer } from './graph/renderer.ts';
import { renderDetails } from './panels/details.ts';
import { createLegend } from './panels/legend.ts';
import { createSearch } from './panels/search.ts';
import { createSidePanel } from './panels/sidePanel.ts';
import { createSources } from './panels/sources.ts';
import { createTable } from './panels/table.ts';
import { createTimeControl } from './panels/timeControl.ts';
import { createCameraControls, createCounts } from './panels/toolbar.ts';
import { syncHistory } from './state/history.ts';
import { createStore } from './state/store.ts';
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

async function loadBundled(
  id: string | undefined,
  progress: (text: string) => void,
): Promise<
  { ok: true; graph: StakeholderGraph; issues: Issue[] } | { ok: false; title: string; lines: string[] }
> {
  const bundled = id === undefined ? BUNDLED[0] : BUNDLED.find((b) => b.id === id);
  if (!bundled) {
    return {
      ok: false,
      title: 'Dataset not found',
      lines: [
        id === undefined
          ? 'No bundled dataset in graph-data/.'
          : `No bundled dataset called "${id}". Known: ${BUNDLED.map((b) => b.id).join(', ')}`,
      ],
    };
  }
  progress(`Loading ${bundled.id}…`);
  let text: string;
  try {
    const response = await fetch(bundled.url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      title: 'The dataset could not be downloaded',
      lines: [`${bundled.url}: ${String(error)}`],
    };
  }
  const parsed = parseJson(text, 'dataset.json');
  if (!parsed.ok)
    return { ok: false, title: 'The dataset is not valid JSON', lines: [formatIssue(parsed.issue)] };
  progress('Reading source documents…');
  const resolved = await resolveSourceFiles(parsed.value, async (rel) => {
    const url = bundled.resolve(rel);
    if (url === undefined) return undefined;
    const response = await fetch(url);
    return response.ok ? response.text() : undefined;
  });
  progress('Checking evidence…');
  const result = load(resolved.raw);
  const issues = [...resolved.issues, ...result.issues];
  if (!result.graph) {
    const { errors } = countIssues(issues);
    return {
      ok: false,
      title: `The dataset has ${errors} error${errors === 1 ? '' : 's'}`,
      lines: issues.filter((i) => i.severity === 'error').map(formatIssue),
    };
  }
  return { ok: true, graph: result.graph, issues };
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const status = el(
    'p',
    { className: 'loading', attrs: { role: 'status' } },
    el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    el('span', { text: 'Loading…' }),
  );
  root.dataset.state = 'loading';
  root.replaceChildren(status);
  const progress = (text: string): void => {
    status.lastElementChild!.textContent = text;
  };

  const initial = paramsToState(new URLSearchParams(window.location.search));
  let loaded: Awaited<ReturnType<typeof loadBundled>>;
  try {
    loaded = await loadBundled(initial.dataset, progress);
  } catch (error) {
    loaded = { ok: false, title: 'The dataset could not be loaded', lines: [String(error)] };
  }
  if (!loaded.ok) {
    showProblem(root, loaded.title, loaded.lines);
    return;
  }
  const { graph } = loaded;
  const store = createStore(initial);
  syncHistory(store);
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
  const warnings = countIssues(loaded.issues).warnings;

  root.replaceChildren(
    el(
      'header',
      { className: 'toolbar' },
      el('h1', { text: graph.getAttribute('title') }),
      createSearch(ctx),
      createCounts(ctx),
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
  window.__explorer = { sigma: renderer?.sigma, graph, store, renderer };
}

void start();
