// Edit operations on a dataset: a few primitive steps (insert, remove, replace a record; set the
// title) and batches of them. Applying one returns the new dataset, its inverse and what changed.
import type { Dataset, EdgeRecord, NodeRecord, Source } from '../schema/index.ts';

export type ListName = 'sources' | 'nodes' | 'edges';
export type AnyRecord = Source | NodeRecord | EdgeRecord;

export type Op =
  | { readonly type: 'insert'; readonly list: ListName; readonly index: number; readonly record: AnyRecord }
  | { readonly type: 'remove'; readonly list: ListName; readonly index: number }
  | { readonly type: 'replace'; readonly list: ListName; readonly index: number; readonly record: AnyRecord }
  | { readonly type: 'meta'; readonly title: string; readonly description: string | undefined }
  | { readonly type: 'batch'; readonly label: string; readonly ops: readonly Op[] };

/** One record changed by an op: added (no before), removed (no after) or replaced. */
export interface Change {
  readonly list: ListName | 'meta';
  readonly before: AnyRecord | undefined;
  readonly after: AnyRecord | undefined;
}

export interface Applied {
  readonly dataset: Dataset;
  /** Applying it to `dataset` gives back the dataset the op was applied to. */
  readonly inverse: Op;
  readonly changes: readonly Change[];
}

/** Thrown for an op that does not fit the dataset (an index out of range). */
export class EditError extends Error {
  override name = 'EditError';
}

interface Draft {
  title: string;
  description: string | undefined;
  lists: Partial<Record<ListName, AnyRecord[]>>;
}

function list(dataset: Dataset, draft: Draft, name: ListName): AnyRecord[] {
  // Each list is copied once per op, however many steps touch it (a node deleted with 50 relations).
  let out = draft.lists[name];
  if (out === undefined) {
    out = (dataset[name] as readonly AnyRecord[]).slice();
    draft.lists[name] = out;
  }
  return out;
}

function step(dataset: Dataset, draft: Draft, op: Op, changes: Change[]): Op {
  switch (op.type) {
    case 'meta': {
      const inverse: Op = { type: 'meta', title: draft.title, description: draft.description };
      draft.title = op.title;
      draft.description = op.description;
      changes.push({ list: 'meta', before: undefined, after: undefined });
      return inverse;
    }
    case 'batch': {
      const inverses = op.ops.map((o) => step(dataset, draft, o, changes));
      return { type: 'batch', label: op.label, ops: inverses.reverse() };
    }
    case 'insert': {
      const l = list(dataset, draft, op.list);
      if (op.index < 0 || op.index > l.length) throw new EditError(`no place ${op.index} in ${op.list}`);
      l.splice(op.index, 0, op.record);
      changes.push({ list: op.list, before: undefined, after: op.record });
      return { type: 'remove', list: op.list, index: op.index };
    }
    case 'remove': {
      const l = list(dataset, draft, op.list);
      const before = l[op.index];
      if (before === undefined) throw new EditError(`no record ${op.index} in ${op.list}`);
      l.splice(op.index, 1);
      changes.push({ list: op.list, before, after: undefined });
      return { type: 'insert', list: op.list, index: op.index, record: before };
    }
    case 'replace': {
      const l = list(dataset, draft, op.list);
      const before = l[op.index];
      if (before === undefined) throw new EditError(`no record ${op.index} in ${op.list}`);
      l[op.index] = op.record;
      changes.push({ list: op.list, before, after: op.record });
      return { type: 'replace', list: op.list, index: op.index, record: before };
    }
  }
}

/** Applies an op; the dataset given is left as it was (records are shared, never changed). */
export function applyOp(dataset: Dataset, op: Op): Applied {
  const draft: Draft = { title: dataset.title, description: dataset.description, lists: {} };
  const changes: Change[] = [];
  const inverse = step(dataset, draft, op, changes);
  const next: Dataset = {
    ...dataset,
    title: draft.title,
    description: draft.description,
    sources: (draft.lists.sources as Source[] | undefined) ?? dataset.sources,
    nodes: (draft.lists.nodes as NodeRecord[] | undefined) ?? dataset.nodes,
    edges: (draft.lists.edges as EdgeRecord[] | undefined) ?? dataset.edges,
  };
  // An absent description is no key at all (as the schema and a round trip through undo want).
  if (next.description === undefined) delete next.description;
  return { dataset: next, inverse, changes };
}

/** A batch of steps read as one edit (one undo). */
export function batch(label: string, ops: readonly Op[]): Op {
  return { type: 'batch', label, ops };
}
