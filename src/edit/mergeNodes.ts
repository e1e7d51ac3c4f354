// Merging two nodes that are one stakeholder: the relations and evidence of the one dropped move
// to the one kept, whose aliases gain the dropped one's label and id.
import type { Dataset, Evidence, NodeRecord } from '../schema/index.ts';
import { batch, EditError, type Op } from './applyOp.ts';
import { edgesAtNode, indexOfId } from './recordLookup.ts';

function mergedList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  const out = [...(a ?? [])];
  const seen = new Set(out.map((x) => JSON.stringify(x)));
  for (const x of b ?? []) if (!seen.has(JSON.stringify(x))) out.push(x);
  return out.length > 0 ? out : undefined;
}

export interface Merge {
  readonly op: Op;
  /** Relations between the two, which would loop on the kept node: they go (listed first). */
  readonly dependents: readonly string[];
}

export function mergeNodes(dataset: Dataset, keepId: string, dropId: string): Merge {
  if (keepId === dropId) throw new EditError('a node cannot be merged with itself');
  const keepAt = indexOfId(dataset, 'nodes', keepId);
  const dropAt = indexOfId(dataset, 'nodes', dropId);
  if (keepAt < 0 || dropAt < 0) throw new EditError(`no node "${keepAt < 0 ? keepId : dropId}"`);
  const keep = dataset.nodes[keepAt]!;
  const drop = dataset.nodes[dropAt]!;
  const aliases = mergedList(keep.aliases, [...(drop.aliases ?? []), drop.label, drop.id])?.filter(
    (a) => a !== keep.label,
  );
  const merged: Record<string, unknown> = { ...keep };
  const set = (key: string, value: unknown): void => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete merged[key];
    else merged[key] = value;
  };
  set('aliases', aliases);
  set('evidence', mergedList<Evidence>(keep.evidence, drop.evidence));
  set('figures', mergedList(keep.figures, drop.figures));
  for (const key of ['description', 'url', 'start', 'end', 'claim', 'attributes'] as const)
    if (merged[key] === undefined && drop[key] !== undefined) merged[key] = drop[key];
  const ops: Op[] = [];
  const dependents: string[] = [];
  const loops: number[] = [];
  for (const i of edgesAtNode(dataset, dropId)) {
    const e = dataset.edges[i]!;
    const source = e.source === dropId ? keepId : e.source;
    const target = e.target === dropId ? keepId : e.target;
    if (source === keepId && target === keepId) {
      loops.push(i);
      dependents.push(
        `relation "${e.id}" (${e.source} ${e.type} ${e.target}) would join "${keepId}" to itself`,
      );
    } else ops.push({ type: 'replace', list: 'edges', index: i, record: { ...e, source, target } });
  }
  for (const i of loops.sort((a, b) => b - a)) ops.push({ type: 'remove', list: 'edges', index: i });
  ops.push({ type: 'replace', list: 'nodes', index: keepAt, record: merged as NodeRecord });
  ops.push({ type: 'remove', list: 'nodes', index: dropAt });
  return { op: batch(`Merge ${drop.label} into ${keep.label}`, ops), dependents };
}
