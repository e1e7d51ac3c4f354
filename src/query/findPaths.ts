// findPaths(graph, from, to, options): the one entry point for path questions, plain JSON out;
// findIndexPaths asks the same of a path index alone (the command line, with no graph built).
import type { StakeholderGraph } from '../graph/index.ts';
import { describePath, type Path } from './describePath.ts';
import { explainNoPath, hopsBetween } from './explainNoPath.ts';
import { kShortestPaths } from './kShortestPaths.ts';
import { filterMasks, type PathIndex, pathIndex } from './pathIndex.ts';
import { type PathOptions, PathQueryError, resolvePathOptions } from './pathOptions.ts';
import { allShortestPaths, type RawPath, type SearchSpace, shortestPath } from './pathSearch.ts';
import { resolveIndexNode } from './resolveNode.ts';
import { simplePaths } from './simplePaths.ts';

export interface PathResult {
  /** Node ids the two names resolved to. */
  readonly from: string;
  readonly to: string;
  readonly options: PathOptions;
  /** Shortest first; empty when there is none (see `message`). */
  readonly paths: Path[];
  /** True when more paths exist than the limit let through. */
  readonly capped?: true;
  /** Why there is no path, or that the list is capped or shorter than asked. */
  readonly message?: string;
}

function resolve(index: PathIndex, name: string): string {
  const match = resolveIndexNode(index, name);
  if (!match.ok) throw new PathQueryError(match.message, match.candidates);
  return match.id;
}

/**
 * Paths between two nodes named by id, label or alias. Throws PathQueryError for unknown or
 * ambiguous names and bad options; "no path" is an answer, with a message saying why.
 */
export function findPaths(
  graph: StakeholderGraph,
  fromName: string,
  toName: string,
  options: Partial<PathOptions> = {},
): PathResult {
  return findIndexPaths(pathIndex(graph), fromName, toName, options);
}

/** findPaths over a path index (of a graph or of a dataset's records). */
export function findIndexPaths(
  index: PathIndex,
  fromName: string,
  toName: string,
  options: Partial<PathOptions> = {},
): PathResult {
  const o = resolvePathOptions(options);
  const from = resolve(index, fromName);
  const to = resolve(index, toName);
  // Excluded nodes may be given by name too; unknown ones are an error, not silently ignored.
  if (o.excludeNodes.length > 0) o.excludeNodes = o.excludeNodes.map((name) => resolve(index, name));
  const { nodeOk, edgeOk } = filterMasks(index, o);
  const sp: SearchSpace = { index, nodeOk, edgeOk, directed: o.directed, weighted: o.weight };
  const s = index.nodeIndex.get(from)!;
  const t = index.nodeIndex.get(to)!;
  let raw: RawPath[] = [];
  let capped = false;
  let message: string | undefined;
  const label = (id: string): string => index.nodeLabel[index.nodeIndex.get(id)!]!;
  if (o.mode === 'shortest') {
    const p = shortestPath(sp, s, t);
    raw = p === undefined ? [] : [p];
  } else if (o.mode === 'all-shortest') {
    ({ paths: raw, capped } = allShortestPaths(sp, s, t, o.limit));
    if (capped)
      message = `More shortest paths exist; showing the first ${o.limit} (raise the limit to see more).`;
  } else if (o.mode === 'k-shortest') {
    raw = kShortestPaths(sp, s, t, o.k);
    if (raw.length > 0 && raw.length < o.k)
      message = `Only ${raw.length} path${raw.length === 1 ? '' : 's'} exist${raw.length === 1 ? 's' : ''} between ${label(from)} and ${label(to)} with these options (${o.k} asked for).`;
  } else {
    const r = simplePaths(sp, s, t, o.maxLength, o.limit);
    raw = r.paths;
    capped = r.capped;
    if (r.outOfBudget)
      message = `The search stopped early (too many branches); showing ${raw.length} paths. Lower the maximum length or add filters.`;
    else if (capped)
      message = `More paths of at most ${o.maxLength} hops exist; showing the first ${o.limit} (raise the limit to see more).`;
    else if (raw.length === 0) {
      const n = hopsBetween(index, s, t, o);
      if (n !== undefined)
        message = `No path of at most ${o.maxLength} hops from ${label(from)} to ${label(to)}; the shortest has ${n} hops.`;
    }
  }
  if (raw.length === 0 && message === undefined) message = explainNoPath(index, from, to, o);
  const paths = raw.map((p) => describePath(index, p, o.weight));
  if (!capped && message === undefined) return { from, to, options: o, paths };
  const result: { -readonly [K in keyof PathResult]: PathResult[K] } = { from, to, options: o, paths };
  if (capped) result.capped = true;
  if (message !== undefined) result.message = message;
  return result;
}
