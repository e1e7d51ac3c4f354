// Why a node is a broker: pairs of its neighbours that are not linked to each other, so every shortest
// route between them takes two steps, and how many of those routes there are (the node is on one).
import type { StakeholderGraph } from '../../graph/index.ts';
import { NO_FILTER, type ViewFilter } from '../visibility.ts';
import { neighbourhood } from './neighbourhood.ts';

export interface RouteThrough {
  readonly from: string;
  readonly to: string;
  /** Shortest routes between `from` and `to` (all of two steps); 1 means the node is the only one. */
  readonly routes: number;
}

export interface RoutesThroughOptions {
  /** Pairs returned. */
  readonly limit: number;
  /** Neighbours looked at (by id order): a hub's pairs grow with the square of its degree. */
  readonly maxNeighbours: number;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pairs of the node's shown neighbours that are not linked to each other, fewest shortest routes
 * first (the node carries 1/routes of what passes between them, the share betweenness counts), then
 * the pairs whose ends have the most links; deterministic.
 */
export function routesThrough(
  graph: StakeholderGraph,
  node: string,
  filter: ViewFilter = NO_FILTER,
  options: RoutesThroughOptions = { limit: 3, maxNeighbours: 60 },
): RouteThrough[] {
  const around = (n: string): Set<string> => {
    const hood = neighbourhood(graph, n, 1, filter);
    hood.delete(n);
    return new Set(hood.keys());
  };
  const neighbours = [...around(node)].sort(byId).slice(0, options.maxNeighbours);
  const sets = new Map(neighbours.map((n) => [n, around(n)] as const));
  const out: (RouteThrough & { reach: number })[] = [];
  for (let i = 0; i < neighbours.length; i++) {
    const from = neighbours[i]!;
    const a = sets.get(from)!;
    for (let j = i + 1; j < neighbours.length; j++) {
      const to = neighbours[j]!;
      if (a.has(to)) continue;
      let routes = 0;
      for (const m of sets.get(to)!) if (a.has(m)) routes++;
      out.push({ from, to, routes, reach: a.size + sets.get(to)!.size });
    }
  }
  out.sort((x, y) => x.routes - y.routes || y.reach - x.reach || byId(x.from, y.from) || byId(x.to, y.to));
  // Pairs with ends not used yet first, so that a few lines show different sides of the node.
  const used = new Set<string>();
  const fresh = out.filter((p) => {
    if (used.has(p.from) || used.has(p.to)) return false;
    used.add(p.from).add(p.to);
    return true;
  });
  const chosen = [...fresh, ...out.filter((p) => !fresh.includes(p))].slice(0, options.limit);
  return chosen.map(({ from, to, routes }) => ({ from, to, routes }));
}
