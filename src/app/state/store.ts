// The explorer's single state store: one typed state, pure update functions, dispatch and subscribe.
import type { NodeKind, RelationKind } from '../../schema/index.ts';
import { INITIAL_PATHS, type PathQuery, type PathsState } from './paths.ts';

export type Selection =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'edge'; readonly id: string };

export interface CameraState {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

/** The tabs of the side panel (each also gets an entry in main.ts's list for panels/sidePanel.ts). */
export const TABS = ['details', 'table', 'sources', 'paths'] as const;
export type Tab = (typeof TABS)[number];

export const TABLE_MODES = ['nodes', 'relations'] as const;
export type TableMode = (typeof TABLE_MODES)[number];

export interface ExplorerState {
  /** Id of the bundled dataset shown (undefined: the first one). */
  readonly dataset: string | undefined;
  /** URL of a dataset file opened with `?file=` (JSON, GEXF, GraphML, CSV); wins over `dataset`. */
  readonly file: string | undefined;
  readonly selection: Selection | undefined;
  /** Kinds switched off in the legend, sorted (stable URLs). */
  readonly hiddenNodeKinds: readonly NodeKind[];
  readonly hiddenRelationKinds: readonly RelationKind[];
  /** Hide links that are only inferred (no evidence item states them). */
  readonly statedOnly: boolean;
  /** The text in the search box. */
  readonly query: string;
  /** undefined: fit the whole graph. */
  readonly camera: CameraState | undefined;
  readonly tab: Tab;
  readonly tableMode: TableMode;
  /** The table's own text filter. */
  readonly tableFilter: string;
  /** The day (YYYY-MM-DD) the network is shown as of; undefined: any time (everything shows). */
  readonly asOf: string | undefined;
  /** The source open in the Sources tab. */
  readonly source: string | undefined;
  /** The Paths tab: the query asked, its answer (`paths.result`) and the path drawn (`paths.chosen`). */
  readonly paths: PathsState;
}

export const INITIAL_STATE: ExplorerState = {
  dataset: undefined,
  file: undefined,
  selection: undefined,
  hiddenNodeKinds: [],
  hiddenRelationKinds: [],
  statedOnly: false,
  query: '',
  camera: undefined,
  tab: 'details',
  tableMode: 'nodes',
  tableFilter: '',
  asOf: undefined,
  source: undefined,
  paths: INITIAL_PATHS,
};

type Action =
  /** `showDetails` also opens the Details tab (clicks on the canvas, search results). */
  | { readonly type: 'select'; readonly selection: Selection | undefined; readonly showDetails?: boolean }
  | { readonly type: 'setNodeKindShown'; readonly kind: NodeKind; readonly shown: boolean }
  | { readonly type: 'setRelationKindShown'; readonly kind: RelationKind; readonly shown: boolean }
  | { readonly type: 'setStatedOnly'; readonly statedOnly: boolean }
  | { readonly type: 'setQuery'; readonly query: string }
  | { readonly type: 'setCamera'; readonly camera: CameraState | undefined }
  | { readonly type: 'setTab'; readonly tab: Tab }
  | { readonly type: 'setTableMode'; readonly mode: TableMode }
  | { readonly type: 'setTableFilter'; readonly filter: string }
  | { readonly type: 'setAsOf'; readonly asOf: string | undefined }
  | { readonly type: 'setSource'; readonly source: string | undefined }
  /** Asks a path question (opens the Paths tab; the answer is derived, the shortest path drawn). */
  | { readonly type: 'findPaths'; readonly query: PathQuery }
  /** Draws one of the found paths on the graph (undefined: none). */
  | { readonly type: 'choosePath'; readonly index: number | undefined }
  | { readonly type: 'clearPaths' }
  /** Replaces the whole state (back/forward, permalinks). */
  | { readonly type: 'restore'; readonly state: ExplorerState };

function toggled<T extends string>(list: readonly T[], item: T, hidden: boolean): readonly T[] {
  const set = new Set(list);
  if (hidden) set.add(item);
  else set.delete(item);
  return [...set].sort();
}

/** The pure update: state and action in, new state out (the same object when nothing changes). */
function update(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection) &&
        (!action.showDetails || state.tab === 'details')
        ? state
        : { ...state, selection: action.selection, tab: action.showDetails ? 'details' : state.tab };
    case 'setNodeKindShown':
      return { ...state, hiddenNodeKinds: toggled(state.hiddenNodeKinds, action.kind, !action.shown) };
    case 'setRelationKindShown':
      return {
        ...state,
        hiddenRelationKinds: toggled(state.hiddenRelationKinds, action.kind, !action.shown),
      };
    case 'setStatedOnly':
      return { ...state, statedOnly: action.statedOnly };
    case 'setQuery':
      return { ...state, query: action.query };
    case 'setCamera':
      return { ...state, camera: action.camera };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'setTableMode':
      return { ...state, tableMode: action.mode };
    case 'setTableFilter':
      return { ...state, tableFilter: action.filter };
    case 'setAsOf':
      return state.asOf === action.asOf ? state : { ...state, asOf: action.asOf };
    case 'setSource':
      return state.source === action.source ? state : { ...state, source: action.source };
    case 'findPaths':
      return {
        ...state,
        tab: 'paths',
        paths: { query: action.query, chosen: 0, result: undefined, error: undefined },
      };
    case 'choosePath': {
      const count = state.paths.result?.paths.length ?? 0;
      const index = action.index !== undefined && action.index < count ? action.index : undefined;
      return index === state.paths.chosen ? state : { ...state, paths: { ...state.paths, chosen: index } };
    }
    case 'clearPaths':
      return state.paths === INITIAL_PATHS ? state : { ...state, paths: INITIAL_PATHS };
    case 'restore':
      return action.state;
  }
}

export function sameSelection(a: Selection | undefined, b: Selection | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.kind === b.kind && a.id === b.id);
}

type Listener = (state: ExplorerState, previous: ExplorerState, action: Action) => void;

export interface Store {
  getState(): ExplorerState;
  dispatch(action: Action): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void;
}

/**
 * `derive` completes each new state with what follows from it (the path answer of a path query),
 * so `update` stays pure and no listener ever sees a half-made state.
 */
export function createStore(
  initial: ExplorerState = INITIAL_STATE,
  derive: (state: ExplorerState) => ExplorerState = (s) => s,
): Store {
  let state = derive(initial);
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = derive(update(state, action));
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous, action);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
