// The network as of a date: which nodes and relations held then, and who held each role.
import type { StakeholderGraph } from '../graph/index.ts';
import { holdsOn, isPartialDate } from '../schema/index.ts';

/** A full day (YYYY-MM-DD) from a partial date, taking its first day ("2024" -> "2024-01-01"). */
export function asDay(date: string): string | undefined {
  if (!isPartialDate(date)) return undefined;
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function nodeHoldsOn(graph: StakeholderGraph, node: string, day: string): boolean {
  return holdsOn(graph.getNodeAttribute(node, 'record'), day);
}

/** An edge holds when its own dates do and both its ends exist on that day. */
export function edgeHoldsOn(graph: StakeholderGraph, edge: string, day: string): boolean {
  return (
    holdsOn(graph.getEdgeAttribute(edge, 'record'), day) &&
    nodeHoldsOn(graph, graph.source(edge), day) &&
    nodeHoldsOn(graph, graph.target(edge), day)
  );
}

/** Who held a role on a day (sources of `holds-role` edges into it that hold then), sorted by id. */
export function roleHolders(graph: StakeholderGraph, role: string, day: string): string[] {
  const holders = new Set<string>();
  graph.forEachInEdge(role, (edge, a, source) => {
    if (a.kind === 'holds-role' && edgeHoldsOn(graph, edge, day)) holders.add(source);
  });
  return [...holders].sort();
}

/** The earliest and latest dates mentioned by nodes, edges and figures (for a time slider's range). */
export function dateRange(graph: StakeholderGraph): { min: string; max: string } | undefined {
  let min: string | undefined;
  let max: string | undefined;
  const see = (d: string | undefined): void => {
    const day = d === undefined ? undefined : asDay(d);
    if (day === undefined) return;
    if (min === undefined || day < min) min = day;
    if (max === undefined || day > max) max = day;
  };
  graph.forEachNode((_n, a) => {
    see(a.record.start);
    see(a.record.end);
    for (const f of a.record.figures ?? []) {
      see(f.start);
      see(f.end);
      see(f.on);
    }
  });
  graph.forEachEdge((_e, a) => {
    see(a.record.start);
    see(a.record.end);
    see(a.record.on);
  });
  return min === undefined || max === undefined ? undefined : { min, max };
}
