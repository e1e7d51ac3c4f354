// A metric's values as a ranking: highest first, with labels, for the CLI and the explorer's lists.
import type { StakeholderGraph } from '../../graph/index.ts';

export interface RankedNode {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** 1 for the highest value; equal values share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

/** Labels in the order String.prototype.localeCompare gives, without building a collator per call. */
const LABEL_ORDER = new Intl.Collator();

interface Row {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

/** Highest value first, ties by label, then by id. */
const byRank = (a: Row, b: Row): number =>
  b.value - a.value || LABEL_ORDER.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first `top` rows in rank order, kept sorted as the values go by: most values fall below the last
 * row kept, so they are dropped with one comparison of numbers, with no label looked up and no sort of
 * every row (which took most of the explorer's longest task at 10k nodes).
 */
function firstRows(
  ids: readonly string[],
  values: ArrayLike<number>,
  top: number,
  labelOf: (id: string) => string,
): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i++) {
    const value = values[i]!;
    const last = rows.length === top ? rows[top - 1]! : undefined;
    if (last && value < last.value) continue;
    const row = { id: ids[i]!, label: labelOf(ids[i]!), value };
    if (last && byRank(row, last) >= 0) continue;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byRank(rows[mid]!, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    rows.splice(lo, 0, row);
    if (rows.length > top) rows.pop();
  }
  return rows;
}

/**
 * Nodes `ids` with `values` (aligned) sorted highest first (ties by label, then id); `top` keeps the
 * first N (all when absent).
 */
export function rankingOf(
  graph: StakeholderGraph,
  ids: readonly string[],
  values: ArrayLike<number>,
  top?: number,
): RankedNode[] {
  const labelOf = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  let rows: Row[];
  if (top !== undefined && top < ids.length) rows = firstRows(ids, values, Math.max(0, top), labelOf);
  else {
    rows = ids.map((id, i) => ({ id, label: labelOf(id), value: values[i]! }));
    rows.sort(byRank);
  }
  const out: RankedNode[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const previous = out[i - 1];
    const rank = previous !== undefined && previous.value === row.value ? previous.rank : i + 1;
    out.push({ ...row, rank });
  }
  return out;
}

/** Values sorted highest first (ties by label, then id); `top` keeps the first N (all when absent). */
export function ranking(
  graph: StakeholderGraph,
  values: Readonly<Record<string, number>>,
  top?: number,
): RankedNode[] {
  return rankingOf(graph, Object.keys(values), Object.values(values), top);
}
