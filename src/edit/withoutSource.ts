// A node or relation with one source's citations taken out (or renamed): what deleting or
// renaming a source does to the records that cite it.
import type { Claim, EdgeRecord, Evidence, Figure, NodeRecord } from '../schema/index.ts';

interface Stripped<T> {
  /** The same object when nothing cites the source. */
  readonly record: T;
  /** What was taken out, in words ("evidence 2", "figure arrests", "claim"). */
  readonly removed: readonly string[];
}

/**
 * Without `renameTo`: evidence citing `sourceId` is removed, and so are figures and claims left
 * without evidence (the schema wants at least one) and claims made by the source. With it: the
 * citations point at `renameTo` instead.
 */
export function withoutSource<T extends NodeRecord | EdgeRecord>(
  record: T,
  sourceId: string,
  renameTo?: string,
): Stripped<T> {
  const removed: string[] = [];
  let changed = false;
  const evidence = (list: readonly Evidence[], what: string): Evidence[] => {
    const out: Evidence[] = [];
    list.forEach((ev, j) => {
      if (ev.source !== sourceId) out.push(ev);
      else {
        changed = true;
        if (renameTo !== undefined) out.push({ ...ev, source: renameTo });
        else removed.push(`${what} ${j + 1}`);
      }
    });
    return out;
  };
  const claim = (c: Claim | undefined, what: string): Claim | undefined => {
    if (c === undefined) return undefined;
    // The claim's own removed evidence is not listed when the whole claim goes.
    const mark = removed.length;
    const ev = evidence(c.evidence, `${what} evidence`);
    let by = c.by;
    if (by === sourceId) {
      changed = true;
      if (renameTo === undefined) {
        removed.length = mark;
        removed.push(what);
        return undefined;
      }
      by = renameTo;
    }
    if (ev.length === 0) {
      removed.length = mark;
      removed.push(what);
      return undefined;
    }
    return { ...c, by, evidence: ev };
  };
  const out: Record<string, unknown> = { ...record };
  if (record.evidence !== undefined) {
    const ev = evidence(record.evidence, 'evidence');
    if (ev.length > 0) out.evidence = ev;
    else delete out.evidence;
  }
  const c = claim(record.claim, 'claim');
  if (c === undefined) delete out.claim;
  else out.claim = c;
  if ('figures' in record && record.figures !== undefined) {
    const figures: Figure[] = [];
    for (const f of record.figures) {
      const mark = removed.length;
      const ev = evidence(f.evidence, `figure ${f.measure} evidence`);
      if (ev.length === 0) {
        removed.length = mark;
        removed.push(`figure ${f.measure}`);
        continue;
      }
      const fc = claim(f.claim, `figure ${f.measure} claim`);
      const { claim: _c, ...rest } = f;
      figures.push(fc === undefined ? { ...rest, evidence: ev } : { ...rest, evidence: ev, claim: fc });
    }
    if (figures.length > 0) out.figures = figures;
    else delete out.figures;
  }
  return changed ? { record: out as T, removed } : { record, removed };
}
