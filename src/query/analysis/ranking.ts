// A metric's values as a ranking: highest first, with labels, for the CLI and the explorer's lists.
import type { StakeholderGraph } from '../../graph/index.ts';

export interface RankedNode {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** 1 for the highest value; equal values share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

/** Values sorted highest first (ties by label, then id); `top` keeps the first N (all when absent). */
export function ranking(
  graph: StakeholderGraph,
  values: Readonly<Record<string, number>>,
  top?: number,
): RankedNode[] {
  const rows = Object.entries(values).map(([id, value]) => ({
    id,
    label: graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id,
    value,
  }));
  rows.sort(
    (a, b) => b.value - a.value || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const out: RankedNode[] = [];
  for (let i = 0; i < rows.length && (top === undefined || i < top); i++) {
    const row = rows[i]!;
    const previous = out[i - 1];
    const rank = previous !== undefined && previous.value === row.value ? previous.rank : i + 1;
    out.push({ ...row, rank });
  }
  return out;
}
