// Every simple path up to a maximum number of hops, shortest first, capped in number and in work.
import { adjacency, distances, type RawPath, type SearchSpace } from './pathSearch.ts';

/** Steps (edges looked at) before the enumeration gives up and reports itself capped. */
export const SIMPLE_PATH_WORK_BUDGET = 5_000_000;

export interface SimplePathsResult {
  readonly paths: RawPath[];
  /** True when more paths exist than were returned (limit reached or work budget spent). */
  readonly capped: boolean;
  readonly outOfBudget: boolean;
}

/**
 * Depth-first enumeration by increasing length (1 hop, then 2...), so that when the cap is
 * reached the shortest paths are the ones kept. Hop distances to `t` prune branches that cannot
 * arrive within the length being listed.
 */
export function simplePaths(
  sp: SearchSpace,
  s: number,
  t: number,
  maxLength: number,
  limit: number,
  budget = SIMPLE_PATH_WORK_BUDGET,
): SimplePathsResult {
  const paths: RawPath[] = [];
  if (s === t) return { paths: [{ nodes: [s], edges: [], cost: 0 }], capped: false, outOfBudget: false };
  const hopsToT = distances({ ...sp, weighted: false }, t, true, [s, t]).dist;
  const lists = adjacency(sp, false);
  const onPath = new Uint8Array(sp.index.nodeCount);
  const weights = sp.index.edgeWeight;
  const nodes = [s];
  const edges: number[] = [];
  let capped = false;
  let outOfBudget = false;
  let work = 0;
  onPath[s] = 1;
  const walk = (u: number, depth: number, length: number): void => {
    for (const [offsets, targets, edgeList] of lists) {
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        if (capped) return;
        if (++work > budget) {
          capped = outOfBudget = true;
          return;
        }
        const e = edgeList[j]!;
        const v = targets[j]!;
        if (sp.edgeOk[e] === 0 || onPath[v] === 1) continue;
        if (v === t) {
          if (depth + 1 !== length) continue;
          if (paths.length === limit) {
            capped = true;
            return;
          }
          let cost = 0;
          for (const x of edges) cost += sp.weighted ? weights[x]! : 1;
          cost += sp.weighted ? weights[e]! : 1;
          paths.push({ nodes: [...nodes, v], edges: [...edges, e], cost });
          continue;
        }
        if (hopsToT[v]! > length - depth - 1) continue;
        onPath[v] = 1;
        nodes.push(v);
        edges.push(e);
        walk(v, depth + 1, length);
        nodes.pop();
        edges.pop();
        onPath[v] = 0;
      }
    }
  };
  const from = hopsToT[s]!;
  for (let length = Math.max(1, from); length <= maxLength && !capped; length++) walk(s, 0, length);
  if (sp.weighted) paths.sort((a, b) => a.cost - b.cost || a.edges.length - b.edges.length);
  return { paths, capped, outOfBudget };
}
