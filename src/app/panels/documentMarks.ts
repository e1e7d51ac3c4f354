// A stored document's text with every extracted quote marked; overlapping quotes merge into one mark.
import type { LocatedEvidence } from '../../query/index.ts';
import type { Selection } from '../state/store.ts';

export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  /** What the marked words are evidence for (figures resolve to their node), without repeats. */
  readonly targets: readonly Selection[];
}

/** The node or relation an evidence item is about (a figure's is its node). */
export function targetOf(item: LocatedEvidence): Selection {
  const s = item.subject;
  return s.kind === 'figure' ? { kind: 'node', id: s.node } : s;
}

/** Spans sorted by start; spans that overlap (share at least one character) become one. */
export function mergeMarks(items: readonly LocatedEvidence[]): MarkSpan[] {
  const located = items
    .filter((i): i is LocatedEvidence & { span: { start: number; end: number } } => i.span !== undefined)
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: { start: number; end: number; targets: Selection[] }[] = [];
  for (const item of located) {
    const target = targetOf(item);
    let last = out[out.length - 1];
    if (last === undefined || item.span.start >= last.end) {
      last = { start: item.span.start, end: item.span.end, targets: [] };
      out.push(last);
    } else last.end = Math.max(last.end, item.span.end);
    if (!last.targets.some((t) => t.kind === target.kind && t.id === target.id)) last.targets.push(target);
  }
  return out;
}
