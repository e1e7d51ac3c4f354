// Marks over the stored article: one per quote span, overlapping quotes merged, targets without repeats.
import { describe, expect, it } from 'vitest';
import { mergeMarks } from '../../src/app/panels/documentMarks.ts';
import { readDataset } from '../../src/cli/io.ts';
import { evidenceBySource, type LocatedEvidence } from '../../src/query/index.ts';
import { BUNDLED_DIR } from '../helpers.ts';

const graph = (await readDataset(BUNDLED_DIR)).graph!;

function item(start: number, end: number, subject: LocatedEvidence['subject']): LocatedEvidence {
  return {
    subject,
    evidence: { source: 'doc', quote: 'x', basis: 'stated' },
    source: undefined,
    span: { start, end },
    fromClaim: false,
  };
}

describe('mergeMarks', () => {
  it('merges overlapping spans and keeps touching ones apart', () => {
    const marks = mergeMarks([
      item(10, 20, { kind: 'edge', id: 'b' }),
      item(0, 5, { kind: 'node', id: 'a' }),
      item(5, 8, { kind: 'node', id: 'c' }),
      item(15, 30, { kind: 'edge', id: 'd' }),
      item(12, 14, { kind: 'edge', id: 'b' }),
    ]);
    expect(marks).toEqual([
      { start: 0, end: 5, targets: [{ kind: 'node', id: 'a' }] },
      { start: 5, end: 8, targets: [{ kind: 'node', id: 'c' }] },
      {
        start: 10,
        end: 30,
        targets: [
          { kind: 'edge', id: 'b' },
          { kind: 'edge', id: 'd' },
        ],
      },
    ]);
  });

  it('points a figure quote at its node and skips items without a located quote', () => {
    const unlocated: LocatedEvidence = {
      subject: { kind: 'node', id: 'z' },
      evidence: { source: 'doc', quote: 'not in the text', basis: 'stated' },
      source: undefined,
      fromClaim: false,
    };
    const marks = mergeMarks([item(3, 9, { kind: 'figure', node: 'n', index: 0 }), unlocated]);
    expect(marks).toEqual([{ start: 3, end: 9, targets: [{ kind: 'node', id: 'n' }] }]);
  });

  it('marks the bundled article without overlaps, each mark on the words of a quote', () => {
    const items = evidenceBySource(graph, 'article');
    const text = graph
      .getAttribute('sources')
      .find((s) => s.id === 'article')!
      .text!.normalize('NFC');
    const marks = mergeMarks(items);
    expect(marks.length).toBeGreaterThan(5);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    const quotes = items.flatMap((i) => (i.evidence.quote ? [i.evidence.quote.normalize('NFC')] : []));
    for (const q of quotes) expect(marks.some((m) => text.slice(m.start, m.end).includes(q))).toBe(true);
  });
});
