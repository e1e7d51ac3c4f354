// A dataset held for editing: its lists belong to the session and change in place, indexed by id
// and by node (the relations at each), so that an op costs what it touches (O(1) for a record,
// O(degree) for a node's relations) where applyOp copies every list it touches. Same ops, inverses
// and changes as applyOp (tests/unit/edit.test.ts checks both ways agree).
import type { Dataset, EdgeRecord } from '../schema/index.ts';
import { type AnyRecord, type Applied, type Change, EditError, type ListName, type Op } from './applyOp.ts';
import { Incidence } from './incidence.ts';
import { type RecordIndex, registerIndex } from './recordLookup.ts';

const LISTS: readonly ListName[] = ['sources', 'nodes', 'edges'];

export class LiveDataset implements RecordIndex {
  /** The dataset being edited: the same object after every op (read it, never change it). */
  readonly dataset: Dataset;
  private readonly positions = new Map<ListName, Map<string, number>>();
  /** A list whose positions moved (a record inserted or removed before its end): re-indexed on demand. */
  private readonly stale = new Set<ListName>();
  /** The relation ids at each node id (as source or target), whether that node exists or not (ids are unique, as the edit ops keep them). */
  private readonly incident = new Incidence<string>();

  /**
   * Takes a copy of the dataset's lists (the records themselves are shared, never changed) and
   * indexes them; with `{ deferred: true }` the caller runs indexSteps() (in slices, on a page)
   * before the first op or lookup.
   */
  constructor(dataset: Dataset, options: { readonly deferred?: boolean } = {}) {
    this.dataset = {
      ...dataset,
      sources: dataset.sources.slice(),
      nodes: dataset.nodes.slice(),
      edges: dataset.edges.slice(),
    };
    registerIndex(this.dataset, this);
    if (!options.deferred) for (const _ of this.indexSteps());
  }

  /** Builds the indexes, yielding every few thousand records. */
  *indexSteps(): Generator<void, void> {
    for (const list of LISTS) {
      const map = new Map<string, number>();
      const records = this.list(list);
      // The first of two records with one id wins, as a scan would find it.
      for (let i = records.length - 1; i >= 0; i--) {
        map.set(records[i]!.id, i);
        if (i % 4096 === 0) yield;
      }
      this.positions.set(list, map);
    }
    const edges = this.dataset.edges;
    for (let i = 0; i < edges.length; i++) {
      this.link(edges[i]!, true);
      if (i % 4096 === 4095) yield;
    }
  }

  private list(name: ListName): AnyRecord[] {
    return this.dataset[name] as AnyRecord[];
  }

  private reindex(name: ListName): Map<string, number> {
    const map = new Map<string, number>();
    const records = this.list(name);
    // The first of two records with one id wins, as a scan would find it.
    for (let i = records.length - 1; i >= 0; i--) map.set(records[i]!.id, i);
    this.positions.set(name, map);
    this.stale.delete(name);
    return map;
  }

  private map(name: ListName): Map<string, number> {
    const map = this.positions.get(name);
    return map === undefined || this.stale.has(name) ? this.reindex(name) : map;
  }

  indexOf(list: ListName, id: string): number {
    return this.map(list).get(id) ?? -1;
  }

  edgesAt(nodeId: string): number[] {
    const out: number[] = [];
    for (const id of this.incident.of(nodeId)) {
      const i = this.indexOf('edges', id);
      if (i >= 0) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  private link(e: EdgeRecord, add: boolean): void {
    this.incident.link(e, e.id, add);
  }

  /** Keeps the indexes right as `before` leaves position `index` and/or `after` takes it. */
  private track(
    name: ListName,
    index: number,
    before: AnyRecord | undefined,
    after: AnyRecord | undefined,
  ): void {
    if (name === 'edges') {
      if (before !== undefined) this.link(before as EdgeRecord, false);
      if (after !== undefined) this.link(after as EdgeRecord, true);
    }
    if (this.stale.has(name)) return;
    const map = this.map(name);
    if (before !== undefined && map.get(before.id) === index) map.delete(before.id);
    if (after !== undefined) {
      if (map.has(after.id)) this.stale.add(name);
      else map.set(after.id, index);
    }
  }

  private step(op: Op, changes: Change[], undo: Op[]): void {
    const d = this.dataset as { title: string; description?: string | undefined };
    switch (op.type) {
      case 'meta': {
        undo.push({ type: 'meta', title: d.title, description: d.description });
        d.title = op.title;
        // An absent description is no key at all (as the schema and a round trip through undo want).
        if (op.description === undefined) delete d.description;
        else d.description = op.description;
        changes.push({ list: 'meta', before: undefined, after: undefined });
        return;
      }
      case 'batch': {
        for (const o of op.ops) this.step(o, changes, undo);
        return;
      }
      case 'insert': {
        const l = this.list(op.list);
        if (op.index < 0 || op.index > l.length) throw new EditError(`no place ${op.index} in ${op.list}`);
        if (op.index === l.length) l.push(op.record);
        else {
          l.splice(op.index, 0, op.record);
          this.stale.add(op.list);
        }
        this.track(op.list, op.index, undefined, op.record);
        changes.push({ list: op.list, before: undefined, after: op.record });
        undo.push({ type: 'remove', list: op.list, index: op.index });
        return;
      }
      case 'remove': {
        const l = this.list(op.list);
        const before = l[op.index];
        if (before === undefined) throw new EditError(`no record ${op.index} in ${op.list}`);
        if (op.index === l.length - 1) l.pop();
        else {
          l.splice(op.index, 1);
          this.stale.add(op.list);
        }
        this.track(op.list, op.index, before, undefined);
        changes.push({ list: op.list, before, after: undefined });
        undo.push({ type: 'insert', list: op.list, index: op.index, record: before });
        return;
      }
      case 'replace': {
        const l = this.list(op.list);
        const before = l[op.index];
        if (before === undefined) throw new EditError(`no record ${op.index} in ${op.list}`);
        l[op.index] = op.record;
        this.track(op.list, op.index, before, op.record);
        changes.push({ list: op.list, before, after: op.record });
        undo.push({ type: 'replace', list: op.list, index: op.index, record: before });
      }
    }
  }

  /**
   * Applies an op in place. An op that does not fit throws EditError with the dataset left as it
   * was (the steps already taken are undone).
   */
  apply(op: Op): Applied {
    const changes: Change[] = [];
    const undo: Op[] = [];
    try {
      this.step(op, changes, undo);
    } catch (error) {
      for (const o of undo.reverse()) this.step(o, [], []);
      throw error;
    }
    const steps = undo.reverse();
    const inverse: Op = op.type === 'batch' ? { type: 'batch', label: op.label, ops: steps } : steps[0]!;
    return { dataset: this.dataset, inverse, changes };
  }
}
