// The state in the URL: pure conversions between ExplorerState and URLSearchParams, so a link reopens a view.
import { PATH_MODES, type PathMode } from '../../query/index.ts';
import { isNodeKind, isPartialDate, isRelationKind } from '../../schema/index.ts';
import {
  DEFAULT_PATH_QUERY,
  INITIAL_PATHS,
  MAX_K,
  MAX_LENGTH,
  type PathQuery,
  type PathsState,
} from './paths.ts';
import {
  type CameraState,
  type ExplorerState,
  INITIAL_STATE,
  type Selection,
  sameSelection,
  TABLE_MODES,
  TABS,
  type Tab,
  type TableMode,
} from './store.ts';

const round = (n: number): string => String(Math.round(n * 10_000) / 10_000);

/**
 * The query parameters, all optional:
 * `dataset` bundled dataset id; `file` a dataset file's URL (loaded in a worker); `node` or `edge` the selection; `hide` node kinds and `hideRel`
 * relation kinds switched off (comma-separated); `stated=1` stated links only; `q` search text;
 * `cam=x,y,ratio` the camera; `tab` side-panel tab; `table` nodes|relations; `tq` table filter;
 * `asof=YYYY-MM-DD` the day the network is shown as of; `source` the source open in the Sources tab.
 * The path query (only with both `from` and `to`): `from`, `to` node ids; `pmode` shortest |
 * all-shortest | k-shortest | all-simple; `k`; `maxlen`; `dir=1` follow relation direction; `only`
 * and `excl` relation kinds followed / skipped; `xkinds` node kinds avoided; `pstated=1` stated
 * links only; `pw=1` weighted; `path` the index of the path drawn (docs/explorer.md lists them too).
 */
export function stateToParams(state: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.dataset !== undefined) p.set('dataset', state.dataset);
  if (state.file !== undefined) p.set('file', state.file);
  if (state.selection) p.set(state.selection.kind, state.selection.id);
  if (state.hiddenNodeKinds.length > 0) p.set('hide', state.hiddenNodeKinds.join(','));
  if (state.hiddenRelationKinds.length > 0) p.set('hideRel', state.hiddenRelationKinds.join(','));
  if (state.statedOnly) p.set('stated', '1');
  if (state.query !== '') p.set('q', state.query);
  if (state.camera) p.set('cam', [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  if (state.tab !== INITIAL_STATE.tab) p.set('tab', state.tab);
  if (state.tableMode !== INITIAL_STATE.tableMode) p.set('table', state.tableMode);
  if (state.tableFilter !== '') p.set('tq', state.tableFilter);
  if (state.asOf !== undefined) p.set('asof', state.asOf);
  if (state.source !== undefined) p.set('source', state.source);
  for (const [key, value] of pathParams(state.paths)) p.set(key, value);
  return p;
}

/** The path query's part of the URL (defaults left out). */
function pathParams(paths: PathsState): URLSearchParams {
  const p = new URLSearchParams();
  const q = paths.query;
  if (q === undefined) return p;
  const d = DEFAULT_PATH_QUERY;
  p.set('from', q.from);
  p.set('to', q.to);
  if (q.mode !== d.mode) p.set('pmode', q.mode);
  if (q.k !== d.k) p.set('k', String(q.k));
  if (q.maxLength !== d.maxLength) p.set('maxlen', String(q.maxLength));
  if (q.directed) p.set('dir', '1');
  if (q.onlyRelations.length > 0) p.set('only', q.onlyRelations.join(','));
  if (q.excludeRelations.length > 0) p.set('excl', q.excludeRelations.join(','));
  if (q.excludeNodeKinds.length > 0) p.set('xkinds', q.excludeNodeKinds.join(','));
  if (q.statedOnly) p.set('pstated', '1');
  if (q.weight) p.set('pw', '1');
  if (paths.chosen !== undefined) p.set('path', String(paths.chosen));
  return p;
}

function whole(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function pathsFromParams(params: URLSearchParams): PathsState {
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return INITIAL_PATHS;
  const d = DEFAULT_PATH_QUERY;
  const query: PathQuery = {
    from,
    to,
    mode: oneOf<PathMode>(PATH_MODES, params.get('pmode'), d.mode),
    k: whole(params.get('k'), 1, MAX_K) ?? d.k,
    maxLength: whole(params.get('maxlen'), 1, MAX_LENGTH) ?? d.maxLength,
    directed: params.get('dir') === '1',
    onlyRelations: list(params.get('only'), isRelationKind),
    excludeRelations: list(params.get('excl'), isRelationKind),
    excludeNodeKinds: list(params.get('xkinds'), isNodeKind),
    statedOnly: params.get('pstated') === '1',
    weight: params.get('pw') === '1',
  };
  return { ...INITIAL_PATHS, query, chosen: whole(params.get('path'), 0, Number.MAX_SAFE_INTEGER) };
}

function list<T extends string>(value: string | null, accept: (v: string) => v is T): T[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter(accept))].sort();
}

function camera(value: string | null): CameraState | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return undefined;
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return undefined;
  return { x, y, ratio };
}

function oneOf<T extends string>(options: readonly T[], value: string | null, fallback: T): T {
  return options.find((o) => o === value) ?? fallback;
}

/** A full calendar day (YYYY-MM-DD), else undefined. */
function day(value: string | null): string | undefined {
  return value !== null && value.length === 10 && isPartialDate(value) ? value : undefined;
}

/** Reads a state from the URL; unknown kinds and malformed values are dropped, never thrown. */
export function paramsToState(params: URLSearchParams): ExplorerState {
  const node = params.get('node');
  const edge = params.get('edge');
  const selection: Selection | undefined = node
    ? { kind: 'node', id: node }
    : edge
      ? { kind: 'edge', id: edge }
      : undefined;
  return {
    dataset: params.get('dataset') || undefined,
    file: params.get('file') || undefined,
    selection,
    hiddenNodeKinds: list(params.get('hide'), isNodeKind),
    hiddenRelationKinds: list(params.get('hideRel'), isRelationKind),
    statedOnly: params.get('stated') === '1',
    query: params.get('q') ?? '',
    camera: camera(params.get('cam')),
    tab: oneOf<Tab>(TABS, params.get('tab'), INITIAL_STATE.tab),
    tableMode: oneOf<TableMode>(TABLE_MODES, params.get('table'), INITIAL_STATE.tableMode),
    tableFilter: params.get('tq') ?? '',
    asOf: day(params.get('asof')),
    source: params.get('source') || undefined,
    paths: pathsFromParams(params),
  };
}

/**
 * How a state change enters the browser history: a new entry for what a reader would go back to
 * (selection, filters, tab), the current entry replaced for continuous changes (camera, typing).
 */
export function historyMode(previous: ExplorerState, next: ExplorerState): 'push' | 'replace' | 'none' {
  if (stateToParams(previous).toString() === stateToParams(next).toString()) return 'none';
  const pushed =
    !sameSelection(previous.selection, next.selection) ||
    previous.dataset !== next.dataset ||
    previous.file !== next.file ||
    previous.hiddenNodeKinds.join() !== next.hiddenNodeKinds.join() ||
    previous.hiddenRelationKinds.join() !== next.hiddenRelationKinds.join() ||
    previous.statedOnly !== next.statedOnly ||
    previous.tab !== next.tab ||
    previous.tableMode !== next.tableMode ||
    previous.asOf !== next.asOf ||
    previous.source !== next.source ||
    pathParams(previous.paths).toString() !== pathParams(next.paths).toString();
  return pushed ? 'push' : 'replace';
}
