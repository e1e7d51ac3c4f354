// The legend's counts (node kinds, relation kinds, inferred relations), in slices for big graphs, and
// kept up to date after an edit by difference.
import type { EdgeAttributes, StakeholderGraph } from '../../graph/index.ts';
import type { NodeKind, RelationKind } from '../../schema/index.ts';
import type { GraphEdit } from '../graphEdits.ts';
import { runToEnd } from '../tasks.ts';

/** How many nodes of each kind, relations of each kind, and inferred relations a graph has. */
export interface KindCounts {
  readonly nodes: ReadonlyMap<NodeKind, number>;
  readonly relations: ReadonlyMap<RelationKind, number>;
  readonly inferred: number;
  /** Relations with no evidence at all (among those not stated). */
  readonly unsourced: number;
}

/** Counts them in slices (a yield every `slice` items) for runSteps: on a big graph one pass is a long task. */
export function* kindCountsSteps(graph: StakeholderGraph, slice = 4096): Generator<number, KindCounts> {
  const nodes = new Map<NodeKind, number>();
  const relations = new Map<RelationKind, number>();
  let inferred = 0;
  let unsourced = 0;
  let done = 0;
  for (const { attributes } of graph.nodeEntries()) {
    nodes.set(attributes.kind, (nodes.get(attributes.kind) ?? 0) + 1);
    if (++done % slice === 0) yield done;
  }
  for (const { attributes } of graph.edgeEntries()) {
    relations.set(attributes.kind, (relations.get(attributes.kind) ?? 0) + 1);
    if (!attributes.stated) {
      if ((attributes.record.evidence?.length ?? 0) === 0) unsourced++;
      else inferred++;
    }
    if (++done % slice === 0) yield done;
  }
  return { nodes, relations, inferred, unsourced };
}

export function kindCounts(graph: StakeholderGraph): KindCounts {
  return runToEnd(kindCountsSteps(graph));
}

/** How a drawn relation counts in "Stated links only": stated, inferred or unsourced. */
function linkBasis(a: EdgeAttributes): 'stated' | 'inferred' | 'unsourced' {
  if (a.stated) return 'stated';
  return (a.record.evidence?.length ?? 0) === 0 ? 'unsourced' : 'inferred';
}

/** The counts as a legend keeps them: changed by difference after each edit (applyEdit). */
export interface LiveCounts {
  readonly nodes: Map<NodeKind, number>;
  readonly relations: Map<RelationKind, number>;
  inferred: number;
  unsourced: number;
}

export function applyEdit(counts: LiveCounts, edit: GraphEdit): void {
  const add = <K>(map: Map<K, number>, key: K, by: number): void => {
    map.set(key, (map.get(key) ?? 0) + by);
  };
  for (const { before, after } of edit.nodes.values()) {
    if (before) add(counts.nodes, before.kind, -1);
    if (after) add(counts.nodes, after.kind, 1);
  }
  for (const { before, after } of edit.edges.values()) {
    for (const [a, by] of [
      [before, -1],
      [after, 1],
    ] as const) {
      if (!a) continue;
      add(counts.relations, a.kind, by);
      const basis = linkBasis(a);
      if (basis === 'inferred') counts.inferred += by;
      else if (basis === 'unsourced') counts.unsourced += by;
    }
  }
}
