// The explorer's page around a graph: skip links, toolbar, graph area, the panels and the legend,
// in that DOM (and Tab) order; the CSS grid places them (legend on the left on a desk, tabs under
// the graph on a phone).
import { countIssues, type Issue } from '../graph/index.ts';
import type { TableFigures } from './analysis/tableFigures.ts';
import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import type { KindCounts } from './graph/kindCounts.ts';
import { createLegend } from './panels/legend.ts';
import { createPhoneTabs } from './panels/phoneTabs.ts';
import { createSearch } from './panels/search.ts';
import { createSidePanel } from './panels/sidePanel.ts';
import { createSkipLinks } from './panels/skipLinks.ts';
import { createSources } from './panels/sources.ts';
import { createTable } from './panels/table.ts';
import { createThemeSwitch } from './panels/themeSwitch.ts';
import { createTimeControl } from './panels/timeControl.ts';
import { createCounts } from './panels/toolbar.ts';

/** What openGraph shows beside the graph: where it came from and the load warnings. */
export interface GraphInfo {
  /** The bundled dataset id or the imported file name(s). */
  readonly name: string;
  readonly issues: readonly Issue[];
  /** The issues are a full load's check of this graph's dataset (the editor's first check trusts them). */
  readonly checked?: boolean;
}

/** The parts of the page the canvas and the details need to reach. */
export interface GraphArea {
  /** The `<main>`: notices on top, then the frame (fullscreen takes the whole area). */
  readonly area: HTMLElement;
  /** Holds the graph, its tooltip and the camera controls; the graph fills it. */
  readonly frame: HTMLElement;
  /** sigma's container. */
  readonly box: HTMLElement;
  readonly tooltip: HTMLElement;
}

function graphLabel({ graph }: AppContext): string {
  return `Network of ${graph.order} stakeholders and ${graph.size} relations; the same data is in the Table tab.`;
}

export function createGraphArea(ctx: AppContext): GraphArea {
  const box = el('div', {
    className: 'graph',
    attrs: {
      id: 'graph',
      role: 'img',
      tabindex: '-1',
      'aria-label': graphLabel(ctx),
    },
  });
  const tooltip = el('div', { className: 'tooltip', attrs: { role: 'tooltip', id: 'edge-tooltip' } });
  tooltip.hidden = true;
  const frame = el('div', { className: 'graph-frame' }, box, tooltip);
  const area = el('main', { className: 'graph-area', attrs: { 'aria-label': 'Graph' } }, frame);
  return { area, frame, box, tooltip };
}

/** The toolbar's file controls and the Paths panel come from main.ts, which owns their hosts. */
export interface PageParts {
  readonly graphArea: GraphArea;
  readonly details: HTMLElement;
  readonly exchange: HTMLElement;
  readonly paths: HTMLElement;
  /** The Analysis tab (analysis/analysisPanel.ts). */
  readonly analysis: HTMLElement;
  /** The analysis' figures as the Table's extra node columns. */
  readonly figures: TableFigures;
  readonly counts: KindCounts;
  readonly info: GraphInfo;
}

/** The left column on a desk (under the panels in the Tab order): the time control and the legend. */
function legendColumn(ctx: AppContext, counts: KindCounts): HTMLElement {
  return el(
    'aside',
    { className: 'legend-panel', attrs: { 'aria-label': 'Legend and filters' } },
    el(
      'details',
      { className: 'asof-panel', attrs: { open: '', id: 'time-section' } },
      el('summary', { text: 'Time' }),
      createTimeControl(ctx),
    ),
    el(
      'details',
      { className: 'legend-details', attrs: { open: '', id: 'legend-section' } },
      el('summary', { text: 'Legend and filters' }),
      createLegend(ctx, counts),
    ),
  );
}

/** Fills `root` with the page for a graph. */
export function renderPage(root: HTMLElement, ctx: AppContext, parts: PageParts): void {
  const { graph, store } = ctx;
  const warnings = countIssues(parts.info.issues).warnings;
  const phoneTabs = createPhoneTabs(store, root);
  const title = el('h1');
  const footer = el('footer', { className: 'footer muted small' });
  const describe = (): void => {
    title.textContent = graph.getAttribute('title');
    footer.textContent = `${graph.order} nodes, ${graph.size} relations, ${graph.getAttribute('sources').length} sources${warnings ? `, ${warnings} warnings` : ''}.`;
    parts.graphArea.box.setAttribute('aria-label', graphLabel(ctx));
  };
  describe();
  ctx.edits.subscribe(describe);
  root.replaceChildren(
    createSkipLinks(() => {
      store.dispatch({ type: 'setTab', tab: 'details' });
      phoneTabs.showSide();
    }),
    el(
      'header',
      { className: 'toolbar' },
      title,
      createSearch(ctx),
      parts.exchange,
      createThemeSwitch(),
      createCounts(ctx),
    ),
    parts.graphArea.area,
    phoneTabs.element,
    el(
      'aside',
      { className: 'side', attrs: { 'aria-label': 'Details, table and paths' } },
      createSidePanel(store, [
        { id: 'details', title: 'Details', panel: parts.details },
        { id: 'table', title: 'Table', panel: createTable(ctx, parts.figures) },
        { id: 'sources', title: 'Sources', panel: createSources(ctx) },
        { id: 'paths', title: 'Paths', panel: parts.paths },
        { id: 'analysis', title: 'Analysis', panel: parts.analysis },
      ]),
    ),
    legendColumn(ctx, parts.counts),
    footer,
  );
}
