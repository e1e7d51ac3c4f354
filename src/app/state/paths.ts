// The path query in the explorer's state: what was asked, the core's answer, and which path is shown.
import type { StakeholderGraph } from '../../graph/index.ts';
import {
  DEFAULT_PATH_OPTIONS,
  findPaths,
  type Path,
  type PathMode,
  type PathOptions,
  PathQueryError,
  type PathResult,
} from '../../query/index.ts';
import type { NodeKind, RelationKind } from '../../schema/index.ts';

/** What the Paths tab asks findPaths (the part of PathOptions the panel offers, plus the two ends). */
export interface PathQuery {
  /** Node ids (or names, resolved by the core). */
  readonly from: string;
  readonly to: string;
  readonly mode: PathMode;
  readonly k: number;
  readonly maxLength: number;
  readonly directed: boolean;
  /** Sorted, for stable URLs. */
  readonly onlyRelations: readonly RelationKind[];
  readonly excludeRelations: readonly RelationKind[];
  readonly excludeNodeKinds: readonly NodeKind[];
  readonly statedOnly: boolean;
  readonly weight: boolean;
}

export const DEFAULT_PATH_QUERY: PathQuery = {
  from: '',
  to: '',
  mode: DEFAULT_PATH_OPTIONS.mode,
  k: DEFAULT_PATH_OPTIONS.k,
  maxLength: DEFAULT_PATH_OPTIONS.maxLength,
  directed: false,
  onlyRelations: [],
  excludeRelations: [],
  excludeNodeKinds: [],
  statedOnly: false,
  weight: false,
};

/** Upper bounds the panel and the URL accept (beyond them answers get slow and unreadable). */
export const MAX_K = 50;
export const MAX_LENGTH = 10;

/**
 * The Paths tab's part of the state. `result` and `error` are derived from `query` by
 * `withPathResult` (both undefined while a query waits to run); `result` is what an Export menu
 * offers as "the current path result", `chosen` the index of the path drawn on the graph.
 */
export interface PathsState {
  readonly query: PathQuery | undefined;
  readonly chosen: number | undefined;
  readonly result: PathResult | undefined;
  /** Why the query could not run (unknown or ambiguous name), for people. */
  readonly error: string | undefined;
}

export const INITIAL_PATHS: PathsState = {
  query: undefined,
  chosen: undefined,
  result: undefined,
  error: undefined,
};

function toPathOptions(query: PathQuery): Partial<PathOptions> {
  return {
    mode: query.mode,
    k: query.k,
    maxLength: query.maxLength,
    directed: query.directed,
    onlyRelations: query.onlyRelations,
    excludeRelations: query.excludeRelations,
    excludeNodeKinds: query.excludeNodeKinds,
    statedOnly: query.statedOnly,
    weight: query.weight,
  };
}

/** Runs the query through the core; a bad name or option becomes `error`, never a throw. */
function runPathQuery(graph: StakeholderGraph, paths: PathsState): PathsState {
  const { query } = paths;
  if (query === undefined) return paths;
  try {
    const result = findPaths(graph, query.from, query.to, toPathOptions(query));
    const chosen =
      paths.chosen !== undefined && paths.chosen < result.paths.length ? paths.chosen : undefined;
    return { query, chosen, result, error: undefined };
  } catch (error) {
    if (!(error instanceof PathQueryError)) throw error;
    const also = error.candidates.length > 0 ? ` (${error.candidates.join('; ')})` : '';
    return { query, chosen: undefined, result: undefined, error: `${error.message}${also}` };
  }
}

/** The store's derive step: fills in the answer of a query that has none yet. */
export function withPathResult<S extends { readonly paths: PathsState }>(
  graph: StakeholderGraph,
): (state: S) => S {
  return (state) => {
    const p = state.paths;
    if (p.query === undefined || p.result !== undefined || p.error !== undefined) return state;
    return { ...state, paths: runPathQuery(graph, p) };
  };
}

/** The path drawn on the graph, if any. */
export function chosenPath(paths: PathsState): Path | undefined {
  return paths.chosen === undefined ? undefined : paths.result?.paths[paths.chosen];
}
