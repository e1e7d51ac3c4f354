// The legend's counts (node kinds, relation kinds, inferred relations), in slices for big graphs.
import type { StakeholderGraph } from '../../graph/index.ts';
import type { NodeKind, RelationKind } from '../../schema/index.ts';
import { runToEnd } from '../tasks.ts';

/** How many nodes of each kind, relations of each kind, and inferred relations a graph has. */
export interface KindCounts {
  readonly nodes: ReadonlyMap<NodeKind, number>;
  readonly relations: ReadonlyMap<RelationKind, number>;
  readonly inferred: number;
}

/** Counts them in slices (a yield every `slice` items) for runSteps: on a big graph one pass is a long task. */
export function* kindCountsSteps(graph: StakeholderGraph, slice = 4096): Generator<number, KindCounts> {
  const nodes = new Map<NodeKind, number>();
  const relations = new Map<RelationKind, number>();
  let inferred = 0;
  let done = 0;
  for (const { attributes } of graph.nodeEntries()) {
    nodes.set(attributes.kind, (nodes.get(attributes.kind) ?? 0) + 1);
    if (++done % slice === 0) yield done;
  }
  for (const { attributes } of graph.edgeEntries()) {
    relations.set(attributes.kind, (relations.get(attributes.kind) ?? 0) + 1);
    if (!attributes.stated) inferred++;
    if (++done % slice === 0) yield done;
  }
  return { nodes, relations, inferred };
}

export function kindCounts(graph: StakeholderGraph): KindCounts {
  return runToEnd(kindCountsSteps(graph));
}
