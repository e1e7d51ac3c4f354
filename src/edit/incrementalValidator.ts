// Validation while editing: after each op only the records it changed and those that depend on them
// are checked again (a source's citers, a node's relations and their ends), with the same per-record
// checks as loading (graph/validate.ts, graph/recordChecks.ts), so the problems found are the ones
// a full load would find. Assumes unique ids in each list, which the edit ops keep.
import {
  checkEdgeRecord,
  checkNodeRecord,
  checkSourceRecord,
  didYouMean,
  type Issue,
  type IssuePath,
  type ListKey,
  normalizeText,
  type RecordCheckContext,
  reportError,
  reportWarning,
  type Sub,
  validateRecord,
  validateShell,
} from '../graph/index.ts';
import type { Dataset, EdgeRecord, NodeRecord, Source } from '../schema/index.ts';
import type { AnyRecord, Change, ListName } from './applyOp.ts';
import { Incidence } from './incidence.ts';
import { indexOfId, isIndexed } from './recordLookup.ts';

/** Issues are kept per record with this in place of the record's index, set when they are listed. */
const HERE = -1;

function cites(r: NodeRecord | EdgeRecord, ids: ReadonlySet<string>): boolean {
  if (r.evidence?.some((e) => ids.has(e.source))) return true;
  if (r.claim !== undefined && (ids.has(r.claim.by) || r.claim.evidence.some((e) => ids.has(e.source))))
    return true;
  const figures = 'figures' in r ? r.figures : undefined;
  return (
    figures?.some(
      (f) =>
        f.evidence.some((e) => ids.has(e.source)) ||
        (f.claim !== undefined && (ids.has(f.claim.by) || f.claim.evidence.some((e) => ids.has(e.source)))),
    ) ?? false
  );
}

export class IncrementalValidator {
  private dataset: Dataset;
  private shell: Issue[] = [];
  private readonly byRecord = new Map<AnyRecord, Issue[]>();
  private readonly orphans = new Map<NodeRecord, Issue>();
  /** Records that passed the schema. */
  private readonly valid = new Set<AnyRecord>();
  private readonly sourcesById = new Map<string, Source>();
  private readonly validSources = new Map<string, Source>();
  private readonly texts = new Map<string, string>();
  private readonly nodesById = new Map<string, NodeRecord>();
  /** The relations at each node id (by their source or target), whether that node exists or not. */
  private readonly incident = new Incidence<EdgeRecord>();

  /**
   * A validator of `dataset`, checked whole at once; with `{ deferred: true }` not checked yet: the
   * caller runs checkAll()'s steps (in slices, on a page) before the first update or issues().
   */
  constructor(dataset: Dataset, options: { readonly deferred?: boolean } = {}) {
    this.dataset = dataset;
    if (options.deferred) return;
    for (const _ of this.checkAll());
  }

  /**
   * The first, whole check, in one pass over each list (the dependants an update follows are all
   * in it), yielding the count of records checked every few hundred, out of checkCount().
   *
   * `loaded`: the issues a full load of this same dataset found (the explorer's loader checked it
   * in its worker). When they are only "no relations" warnings, which this pass finds again from
   * its index, every record passed the per-record checks there: they are taken as passed instead
   * of checked a second time. Any other issue, or none given, and every record is checked.
   */
  *checkAll(loaded?: readonly Issue[]): Generator<number, void> {
    const d = this.dataset;
    this.shell = validateShell(d);
    let done = 0;
    // Indexes first (every id and relation known before any record is checked), also in slices.
    for (const s of d.sources) this.sourcesById.set(s.id, s);
    for (const n of d.nodes) {
      this.nodesById.set(n.id, n);
      if (++done % 1024 === 0) yield 0;
    }
    for (const e of d.edges) {
      this.link(e, true);
      if (++done % 1024 === 0) yield 0;
    }
    done = 0;
    const trusted =
      this.shell.length === 0 && loaded !== undefined && loaded.every((i) => i.code === 'orphan');
    const passes: [readonly AnyRecord[], (r: never) => void][] = [
      [d.sources, trusted ? (s: Source) => this.passSource(s) : (s: Source) => this.checkSource(s)],
      [d.nodes, trusted ? (n: NodeRecord) => this.valid.add(n) : (n: NodeRecord) => this.checkNode(n)],
      [d.edges, trusted ? (e: EdgeRecord) => this.valid.add(e) : (e: EdgeRecord) => this.checkEdge(e)],
      [d.nodes, (n: NodeRecord) => this.checkOrphan(n)],
    ];
    for (const [records, check] of passes) {
      for (const r of records) {
        check(r as never);
        if (++done % 256 === 0) yield done;
      }
    }
  }

  /** What checkSource() leaves for a source that passed every check. */
  private passSource(s: Source): void {
    this.valid.add(s);
    this.validSources.set(s.id, s);
    if (s.kind === 'document' && s.text !== undefined) this.texts.set(s.id, normalizeText(s.text));
  }

  /** How many steps checkAll() counts (each list once, the nodes twice). */
  static checkCount(dataset: Dataset): number {
    return dataset.sources.length + 2 * dataset.nodes.length + dataset.edges.length;
  }

  private context(issues: Issue[]): RecordCheckContext {
    return {
      sources: this.validSources,
      sourceIds: this.sourcesById,
      texts: this.texts,
      found: undefined,
      issues,
      at: (key: ListKey, _i: number, sub: Sub, ...rest: (string | number)[]): IssuePath => [
        key,
        HERE,
        ...sub,
        ...rest,
      ],
    };
  }

  private link(e: EdgeRecord, add: boolean): void {
    this.incident.link(e, e, add);
  }

  /** Takes in the changes of an op applied to the dataset this validator last saw. */
  update(next: Dataset, changes: readonly Change[]): void {
    this.dataset = next;
    const sources = new Set<Source>();
    const nodes = new Set<NodeRecord>();
    const edges = new Set<EdgeRecord>();
    const nodeIds = new Set<string>();
    /** Nodes whose relations changed: only their orphan warning may change. */
    const degreeIds = new Set<string>();
    const sourceIds = new Set<string>();
    let meta = false;
    for (const c of changes) {
      if (c.list === 'meta') meta = true;
      else if (c.list === 'sources') {
        for (const s of [c.before, c.after] as (Source | undefined)[]) if (s) sourceIds.add(s.id);
        const b = c.before as Source | undefined;
        if (b !== undefined) this.forget(b, () => this.sourcesById.delete(b.id));
        if (c.after !== undefined) this.sourcesById.set(c.after.id, c.after as Source);
        if (c.after !== undefined) sources.add(c.after as Source);
      } else if (c.list === 'nodes') {
        for (const n of [c.before, c.after] as (NodeRecord | undefined)[]) if (n) nodeIds.add(n.id);
        const b = c.before as NodeRecord | undefined;
        if (b !== undefined) this.forget(b, () => this.nodesById.delete(b.id));
        if (c.after !== undefined) this.nodesById.set(c.after.id, c.after as NodeRecord);
        if (c.after !== undefined) nodes.add(c.after as NodeRecord);
      } else {
        const b = c.before as EdgeRecord | undefined;
        const a = c.after as EdgeRecord | undefined;
        for (const e of [b, a]) if (e) degreeIds.add(e.source).add(e.target);
        if (b !== undefined) this.forget(b, () => this.link(b, false));
        if (a !== undefined) {
          this.link(a, true);
          edges.add(a);
        }
      }
    }
    if (meta) this.shell = validateShell(next);
    // A source changed: its record, then every record citing it (its text, kind or id may matter).
    for (const s of sources) this.checkSource(s);
    if (sourceIds.size > 0) {
      for (const n of next.nodes) if (cites(n, sourceIds)) nodes.add(n);
      for (const e of next.edges) if (cites(e, sourceIds)) edges.add(e);
    }
    // A node changed: its relations (their ends' kinds, dangling ends), then the degrees at their ends.
    for (const id of nodeIds) {
      for (const e of this.incident.of(id)) edges.add(e);
    }
    for (const n of nodes) this.checkNode(n);
    for (const e of edges) {
      this.checkEdge(e);
      degreeIds.add(e.source).add(e.target);
    }
    for (const id of nodeIds) degreeIds.add(id);
    for (const id of degreeIds) {
      const n = this.nodesById.get(id);
      if (n !== undefined) this.checkOrphan(n);
    }
  }

  private forget(record: AnyRecord, unindex: () => void): void {
    this.byRecord.delete(record);
    this.valid.delete(record);
    this.orphans.delete(record as NodeRecord);
    unindex();
  }

  private schema(key: 'sources' | 'nodes' | 'edges', record: AnyRecord): Issue[] {
    const issues = validateRecord(key, record, HERE);
    if (issues.length === 0) this.valid.add(record);
    else this.valid.delete(record);
    return issues;
  }

  private keep(record: AnyRecord, issues: Issue[]): void {
    if (issues.length > 0) this.byRecord.set(record, issues);
    else this.byRecord.delete(record);
  }

  private checkSource(s: Source): void {
    const issues = this.schema('sources', s);
    this.validSources.delete(s.id);
    this.texts.delete(s.id);
    if (issues.length === 0) {
      this.validSources.set(s.id, s);
      checkSourceRecord(this.context(issues), s, ['sources', HERE]);
      if (s.kind === 'document' && s.text !== undefined) this.texts.set(s.id, normalizeText(s.text));
    }
    this.keep(s, issues);
  }

  private checkNode(n: NodeRecord): void {
    const issues = this.schema('nodes', n);
    if (issues.length === 0) checkNodeRecord(this.context(issues), n, HERE);
    this.keep(n, issues);
  }

  private validNode(id: string): NodeRecord | undefined {
    const n = this.nodesById.get(id);
    return n !== undefined && this.valid.has(n) ? n : undefined;
  }

  private checkEdge(e: EdgeRecord): void {
    const issues = this.schema('edges', e);
    if (issues.length === 0) {
      const ctx = this.context(issues);
      const end = (which: 'source' | 'target', id: string): NodeRecord | undefined => {
        const n = this.validNode(id);
        if (n === undefined && !this.nodesById.has(id)) {
          const valid = [...this.nodesById.values()].filter((x) => this.valid.has(x)).map((x) => x.id);
          const message = `edge "${e.id}" has ${which} "${id}", which is not a node`;
          reportError(ctx, 'dangling-edge', ctx.at('edges', HERE, [], which), message, didYouMean(id, valid));
        }
        return n;
      };
      const s = end('source', e.source);
      const t = end('target', e.target);
      checkEdgeRecord(ctx, e, HERE, s?.type, t?.type);
    }
    this.keep(e, issues);
  }

  /** A node with no relation that counts (one that passed the schema, between two such nodes). */
  private checkOrphan(n: NodeRecord): void {
    this.orphans.delete(n);
    if (!this.valid.has(n)) return;
    for (const e of this.incident.of(n.id)) {
      if (this.valid.has(e) && this.validNode(e.source) && this.validNode(e.target)) return;
    }
    const issues: Issue[] = [];
    reportWarning(this.context(issues), 'orphan', ['nodes', HERE], `node "${n.id}" has no relations`);
    this.orphans.set(n, issues[0]!);
  }

  /** Every problem of the dataset, located (the same as a full load's, in list order). */
  issues(): Issue[] {
    if (this.shell.length > 0) return this.shell;
    const out: Issue[] = [];
    if (this.byRecord.size === 0 && this.orphans.size === 0) return out;
    const at = (issue: Issue, i: number): Issue => ({
      ...issue,
      path: [issue.path[0]!, i, ...issue.path.slice(2)],
    });
    for (const [key, i, r] of this.flagged()) {
      for (const issue of this.byRecord.get(r) ?? []) out.push(at(issue, i));
      const orphan = key === 'nodes' ? this.orphans.get(r as NodeRecord) : undefined;
      if (orphan !== undefined) out.push(at(orphan, i));
    }
    return out;
  }

  /**
   * The records with problems, with their list and position, in list order: found through the
   * dataset's index when it has one and they are few (no walk over every record), else by a walk.
   */
  private flagged(): [ListName, number, AnyRecord][] {
    const d = this.dataset;
    const keys = ['sources', 'nodes', 'edges'] as const;
    const records = new Set<AnyRecord>([...this.byRecord.keys(), ...this.orphans.keys()]);
    const out: [ListName, number, AnyRecord][] = [];
    if (isIndexed(d) && records.size * 16 < d.sources.length + d.nodes.length + d.edges.length) {
      for (const r of records) {
        for (const key of keys) {
          const i = indexOfId(d, key, r.id);
          if (i >= 0 && d[key][i] === r) out.push([key, i, r]);
        }
      }
      const order = (k: ListName): number => keys.indexOf(k);
      return out.sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1]);
    }
    for (const key of keys) {
      const list = d[key] as readonly AnyRecord[];
      for (let i = 0; i < list.length; i++) if (records.has(list[i]!)) out.push([key, i, list[i]!]);
    }
    return out;
  }

  /** The problems of one record (paths inside it), for showing beside it in the editor. */
  issuesOf(record: AnyRecord): Issue[] {
    const own = this.byRecord.get(record) ?? [];
    const orphan = this.orphans.get(record as NodeRecord);
    return orphan === undefined ? own : [...own, orphan];
  }
}
