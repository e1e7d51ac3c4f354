// Why there is no path: re-run without each filter to find the one that disconnects the two nodes.
import { NODE_KINDS } from '../schema/index.ts';
import { filterMasks, type PathIndex } from './pathIndex.ts';
import type { PathOptions } from './pathOptions.ts';
import { bidirectionalBfs } from './pathSearch.ts';

interface FilterInfo {
  active(o: PathOptions): boolean;
  /** The options with this filter lifted. */
  lift(o: PathOptions): PathOptions;
  /** "when people are excluded". */
  words(o: PathOptions, index: PathIndex): string;
  /** "without excluding people". */
  undo(o: PathOptions, index: PathIndex): string;
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const kindNames = (o: PathOptions): string =>
  list(o.excludeNodeKinds.map((k) => NODE_KINDS[k].plural.toLowerCase()));

const nodeNames = (o: PathOptions, index: PathIndex): string =>
  list(
    o.excludeNodes.map((id) => {
      const i = index.nodeIndex.get(id);
      return i === undefined ? id : index.nodeLabel[i]!;
    }),
  );

/** The filters a "no path" answer can blame, in the order they are reported. */
export const PATH_FILTERS: readonly FilterInfo[] = [
  {
    active: (o) => o.directed,
    lift: (o) => ({ ...o, directed: false }),
    words: () => 'when relations are followed only in their direction',
    undo: () => 'reading relations both ways',
  },
  {
    active: (o) => o.onlyRelations.length > 0,
    lift: (o) => ({ ...o, onlyRelations: [] }),
    words: (o) => `when only ${list(o.onlyRelations)} relations are followed`,
    undo: () => 'following every relation type',
  },
  {
    active: (o) => o.excludeRelations.length > 0,
    lift: (o) => ({ ...o, excludeRelations: [] }),
    words: (o) => `when ${list(o.excludeRelations)} relations are excluded`,
    undo: (o) => `with ${list(o.excludeRelations)} relations`,
  },
  {
    active: (o) => o.excludeNodeKinds.length > 0,
    lift: (o) => ({ ...o, excludeNodeKinds: [] }),
    words: (o) => `when ${kindNames(o)} are excluded`,
    undo: (o) => `without excluding ${kindNames(o)}`,
  },
  {
    active: (o) => o.excludeNodes.length > 0,
    lift: (o) => ({ ...o, excludeNodes: [] }),
    words: (o, g) => `when ${nodeNames(o, g)} ${o.excludeNodes.length === 1 ? 'is' : 'are'} excluded`,
    undo: (o, g) => `through ${nodeNames(o, g)}`,
  },
  {
    active: (o) => o.statedOnly,
    lift: (o) => ({ ...o, statedOnly: false }),
    words: () => 'when only stated relations are followed',
    undo: () => 'counting inferred relations too',
  },
];

/** Fewest hops from s to t under the options, or undefined. */
export function hopsBetween(index: PathIndex, s: number, t: number, o: PathOptions): number | undefined {
  const masks = filterMasks(index, o);
  return bidirectionalBfs({ index, ...masks, directed: o.directed, weighted: false }, s, t)?.edges.length;
}

const hops = (n: number): string => `${n} hop${n === 1 ? '' : 's'}`;

/** A plain sentence saying which filter (if any) leaves `from` and `to` unconnected. */
export function explainNoPath(index: PathIndex, from: string, to: string, o: PathOptions): string {
  const s = index.nodeIndex.get(from)!;
  const t = index.nodeIndex.get(to)!;
  const a = index.nodeLabel[s]!;
  const b = index.nodeLabel[t]!;
  const active = PATH_FILTERS.filter((f) => f.active(o));
  const head = `No path from ${a} to ${b}`;
  if (active.length === 0) return `${head}: they are not connected, even reading relations both ways.`;
  const conditions = list(active.map((f) => f.words(o, index))).replace(/ and when /g, ' and ');
  if (active.length === 1) {
    const n = hopsBetween(index, s, t, active[0]!.lift(o));
    return n === undefined
      ? `${head} ${conditions}; nor without that filter: they are not connected at all.`
      : `${head} ${conditions}; there is one (${hops(n)}) without that filter.`;
  }
  const found = active.flatMap((f) => {
    const n = hopsBetween(index, s, t, f.lift(o));
    return n === undefined ? [] : [`there is one (${hops(n)}) ${f.undo(o, index)}`];
  });
  if (found.length > 0) return `${head} ${conditions}; ${found.join('; ')}.`;
  let all = o;
  for (const f of active) all = f.lift(all);
  const n = hopsBetween(index, s, t, all);
  return n === undefined
    ? `${head} ${conditions}; nor without any filter: they are not connected at all.`
    : `${head} ${conditions}; no single filter is to blame, but there is one (${hops(n)}) without any filter.`;
}
