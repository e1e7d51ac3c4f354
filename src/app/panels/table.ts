// The Table tab: nodes or relations as a real <table>, sortable and filterable, in sync with filters and selection.
import { basisOf } from '../../query/index.ts';
import { NODE_KINDS, RELATION_KINDS } from '../../schema/index.ts';
import { type FigureColumn, formatFigure, type TableFigures } from '../analysis/tableFigures.ts';
import type { AppContext } from '../context.ts';
import { button, el, swatch } from '../dom.ts';
import type { ExplorerState, TableMode } from '../state/store.ts';
import { filtersChanged, isEdgeShown, isNodeShown } from '../state/visibility.ts';

interface Row {
  readonly id: string;
  readonly cells: readonly (string | number)[];
  /** Extra words the filter matches (aliases), not shown as a column to keep the table narrow. */
  readonly extra: string;
  /** The first cell's content (a button that selects the row's item). */
  readonly lead: () => Node;
}

interface Column {
  readonly title: string;
  readonly numeric?: boolean;
  /** The header's tooltip. */
  readonly description?: string;
  /** How a number in this column reads (the analysis' figures: three significant digits). */
  readonly format?: (value: number) => string;
}

/** The analysis' figures as node columns: numeric, formatted, described. */
function figureColumns(figures: readonly FigureColumn[]): Column[] {
  return figures.map((f) => ({
    title: f.title,
    numeric: true,
    description: f.description,
    format: formatFigure,
  }));
}

const COLUMNS: Record<TableMode, readonly Column[]> = {
  nodes: [{ title: 'Label' }, { title: 'Kind' }, { title: 'Relations', numeric: true }],
  relations: [
    { title: 'Source' },
    { title: 'Relation' },
    { title: 'Target' },
    { title: 'Basis' },
    { title: 'Evidence', numeric: true },
  ],
};

function rows(
  ctx: AppContext,
  state: ExplorerState,
  figures: readonly FigureColumn[],
): { rows: Row[]; total: number } {
  const { graph } = ctx;
  const out: Row[] = [];
  if (state.tableMode === 'nodes') {
    graph.forEachNode((id, a) => {
      if (!isNodeShown(graph, id, state)) return;
      out.push({
        id,
        cells: [
          a.label,
          NODE_KINDS[a.kind].label,
          graph.degree(id),
          ...figures.map((f) => f.value(id) ?? ''),
        ],
        extra: (a.record.aliases ?? []).join(' ').toLowerCase(),
        lead: () =>
          el(
            'span',
            { className: 'cell-lead' },
            swatch(NODE_KINDS[a.kind].color),
            button(a.label, () => ctx.selectNode(id), { className: 'link' }),
          ),
      });
    });
    return { rows: out, total: graph.order };
  }
  graph.forEachEdge((id, a, source, target) => {
    if (!isEdgeShown(graph, id, state)) return;
    const sourceLabel = graph.getNodeAttribute(source, 'label');
    out.push({
      id,
      cells: [
        sourceLabel,
        RELATION_KINDS[a.kind].phrase,
        graph.getNodeAttribute(target, 'label'),
        basisOf(a.record, a.stated),
        a.record.evidence?.length ?? 0,
      ],
      extra: a.record.detail?.toLowerCase() ?? '',
      lead: () =>
        button(sourceLabel, () => ctx.selectEdge(id), {
          className: 'link',
          attrs: {
            'aria-label': `Relation: ${sourceLabel} ${RELATION_KINDS[a.kind].phrase} ${graph.getNodeAttribute(target, 'label')}`,
          },
        }),
    });
  });
  return { rows: out, total: graph.size };
}

/** Numbers as numbers, text by English collation; stable, so equal cells keep the graph's order. */
function sortRows(rows: Row[], column: number, ascending: boolean): void {
  rows.sort((a, b) => {
    const x = a.cells[column] ?? '';
    const y = b.cells[column] ?? '';
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
    return ascending ? order : -order;
  });
}

/** The header: a sort button per column; the sorted one says its direction. */
function headerRow(
  columns: readonly Column[],
  sort: { column: number; ascending: boolean },
  onSort: (column: number) => void,
): HTMLElement {
  const head = el('tr', {});
  columns.forEach((col, i) => {
    const th = el('th', { attrs: { scope: 'col' } });
    if (i === sort.column) th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
    const indicator = i === sort.column ? (sort.ascending ? ' ▲' : ' ▼') : '';
    const attrs: Record<string, string> = { 'data-sort-column': String(i) };
    if (col.description) attrs.title = col.description;
    th.append(button(`${col.title}${indicator}`, () => onSort(i), { attrs, className: 'sort' }));
    head.append(th);
  });
  return head;
}

/** Offers the analysis' columns in the nodes table until they are there; says when they are computing. */
function figuresBar(figures: TableFigures | undefined): {
  element: HTMLElement;
  update(state: ExplorerState): void;
} {
  const element = el('p', { className: 'table-figures muted small', attrs: { 'aria-live': 'polite' } });
  const ask = button('Add analysis columns', () => figures?.request(), { attrs: { id: 'table-figures' } });
  element.hidden = true;
  return {
    element,
    update(state) {
      const offer = figures !== undefined && state.tableMode === 'nodes' && figures.columns().length === 0;
      element.hidden = !offer;
      if (!offer) return;
      const note = figures.note();
      element.replaceChildren(...(note === '' ? [ask, ' (degree, betweenness, …, community)'] : [note]));
    },
  };
}

/** Rows drawn at first; "Show more" adds as many again (a 100k-row table would freeze the page). */
const TABLE_PAGE = 500;

/** `figures`: the analysis' figures, as extra node columns once computed. */
export function createTable(ctx: AppContext, figures?: TableFigures): HTMLElement {
  const { store } = ctx;
  let sort = { column: 0, ascending: true };
  let limit = TABLE_PAGE;
  const modeButtons = (['nodes', 'relations'] as const).map((mode) =>
    button(
      mode === 'nodes' ? 'Nodes' : 'Relations',
      () => {
        sort = { column: 0, ascending: true };
        store.dispatch({ type: 'setTableMode', mode });
      },
      { attrs: { 'data-mode': mode } },
    ),
  );
  const filter = el('input', { attrs: { type: 'search', id: 'table-filter', placeholder: 'Filter rows…' } });
  filter.value = store.getState().tableFilter;
  filter.addEventListener('input', () => store.dispatch({ type: 'setTableFilter', filter: filter.value }));
  const caption = el('p', { className: 'table-count', attrs: { 'aria-live': 'polite' } });
  const holder = el('div', { className: 'table-scroll' });
  const bar = figuresBar(figures);
  /** Whether the last render had the figures' columns to offer. */
  let hadFigures = false;
  const render = (state: ExplorerState): void => {
    for (const b of modeButtons) b.setAttribute('aria-pressed', String(b.dataset.mode === state.tableMode));
    bar.update(state);
    if (filter.value !== state.tableFilter) filter.value = state.tableFilter;
    const figured = state.tableMode === 'nodes' && figures ? figures.columns() : [];
    hadFigures = (figures?.columns().length ?? 0) > 0;
    const { rows: all, total } = rows(ctx, state, figured);
    const wanted = state.tableFilter.trim().toLowerCase();
    const shown =
      wanted === ''
        ? all
        : all.filter(
            (r) => r.extra.includes(wanted) || r.cells.some((c) => String(c).toLowerCase().includes(wanted)),
          );
    const columns = [...COLUMNS[state.tableMode], ...figureColumns(figured)];
    if (sort.column >= columns.length) sort = { column: 0, ascending: true };
    const { column, ascending } = sort;
    sortRows(shown, column, ascending);
    const noun = state.tableMode === 'nodes' ? 'nodes' : 'relations';
    const drawn = shown.slice(0, limit);
    caption.textContent =
      drawn.length < shown.length
        ? `${shown.length} of ${total} ${noun} match; the first ${drawn.length} are listed`
        : `${shown.length} of ${total} ${noun} shown`;

    const focusedColumn =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset.sortColumn : undefined;
    const head = headerRow(columns, sort, (i) => {
      const col = columns[i]!;
      sort = { column: i, ascending: i === column ? !ascending : !col.numeric };
      render(store.getState());
    });
    const body = el('tbody', {});
    const selected = state.selection?.id;
    for (const row of drawn) {
      const tr = el('tr', { attrs: { 'data-id': row.id } });
      if (row.id === selected) {
        tr.setAttribute('aria-current', 'true');
        tr.className = 'selected';
      }
      tr.append(el('th', { attrs: { scope: 'row' } }, row.lead()));
      row.cells.forEach((cell, i) => {
        if (i === 0) return;
        const format = columns[i]?.format;
        tr.append(el('td', { text: typeof cell === 'number' && format ? format(cell) : String(cell) }));
      });
      body.append(tr);
    }
    const table = el(
      'table',
      { attrs: { id: 'data-table' } },
      el('caption', {
        className: 'visually-hidden',
        text: `${noun[0]?.toUpperCase()}${noun.slice(1)} (sortable: use the column header buttons)`,
      }),
      el('thead', {}, head),
      body,
    );
    const rest = shown.length - drawn.length;
    const more =
      rest > 0
        ? button(`Show ${Math.min(rest, TABLE_PAGE)} more`, () => {
            limit += TABLE_PAGE;
            render(store.getState());
            holder
              .querySelector<HTMLElement>(`tbody tr:nth-child(${limit - TABLE_PAGE + 1}) button`)
              ?.focus();
          })
        : undefined;
    holder.replaceChildren(table, ...(more ? [more] : []));
    if (focusedColumn !== undefined)
      holder.querySelector<HTMLElement>(`[data-sort-column="${focusedColumn}"]`)?.focus();
  };

  // Rows are built only while the tab is shown: changes meanwhile just mark the table stale.
  let stale = true;
  store.subscribe((state, previous) => {
    if (state.tableMode !== previous.tableMode || state.tableFilter !== previous.tableFilter)
      limit = TABLE_PAGE;
    if (
      state.tableMode !== previous.tableMode ||
      state.tableFilter !== previous.tableFilter ||
      state.selection !== previous.selection ||
      filtersChanged(state, previous)
    )
      stale = true;
    if (state.tab === 'table' && stale) {
      stale = false;
      render(state);
    }
  });
  // The figures' columns come and go with the analysis (filters changed, recomputed): rebuild on arrival.
  figures?.onChange(() => {
    const state = store.getState();
    const has = figures.columns().length > 0;
    if (has !== hadFigures) {
      hadFigures = has;
      stale = true;
      if (state.tab === 'table') {
        stale = false;
        render(state);
      }
    } else if (state.tab === 'table') bar.update(state);
  });
  if (store.getState().tab === 'table') {
    stale = false;
    render(store.getState());
  }
  // After an edit the rows are built again, in a task of their own (the edit is drawn first).
  let redraw: ReturnType<typeof setTimeout> | undefined;
  ctx.edits.subscribe(() => {
    stale = true;
    if (store.getState().tab !== 'table' || redraw !== undefined) return;
    redraw = setTimeout(() => {
      redraw = undefined;
      const state = store.getState();
      if (state.tab === 'table' && stale) {
        stale = false;
        render(state);
      }
    });
  });
  return el(
    'div',
    { className: 'table-view' },
    el(
      'div',
      { className: 'table-controls' },
      el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': 'Show' } }, ...modeButtons),
      el('label', { className: 'visually-hidden', text: 'Filter rows', attrs: { for: 'table-filter' } }),
      filter,
    ),
    bar.element,
    caption,
    holder,
  );
}
