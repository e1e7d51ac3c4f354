import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { formatPath } from '../../src/graph/index.ts';
import {
  edgeEvidence,
  evidenceBySource,
  evidenceCounts,
  nodeEvidence,
  relationSentence,
} from '../../src/query/index.ts';
import { BUNDLED_DIR } from '../helpers.ts';

const graph = (await readDataset(BUNDLED_DIR)).graph!;
const article = readFileSync(join(BUNDLED_DIR, 'sources', 'article.txt'), 'utf8').normalize('NFC');

describe('evidence', () => {
  it('locates each quote at offsets that match the stored source, with its sentence around it', () => {
    const items = edgeEvidence(graph, 'home-office-funds-grooming-gangs-taskforce');
    const quoted = items.filter((i) => i.evidence.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(0);
    for (const item of quoted) {
      expect(article.slice(item.span!.start, item.span!.end)).toBe(item.evidence.quote);
      const sentence = article.slice(item.sentence!.start, item.sentence!.end);
      expect(sentence).toContain(item.evidence.quote!);
      expect(sentence.startsWith('The taskforce')).toBe(true);
      expect(sentence.endsWith('.')).toBe(true);
    }
  });

  it('includes figures and claims, and says which items contradict', () => {
    const items = nodeEvidence(graph, 'grooming-gangs-taskforce');
    expect(items.some((i) => i.subject.kind === 'figure')).toBe(true);
    expect(items.some((i) => i.fromClaim && i.evidence.stance === 'contradicts')).toBe(true);
  });

  it('lists what a source supports in document order', () => {
    const items = evidenceBySource(graph, 'article');
    const starts = items.map((i) => i.span!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(items.length).toBeGreaterThan(50);
  });

  it('writes relations as sentences', () => {
    expect(relationSentence(graph, 'rishi-sunak-established-grooming-gangs-taskforce')).toBe(
      'Rishi Sunak established Grooming Gangs Taskforce',
    );
  });

  it('gives every disputed claim at least two sources', () => {
    let disputed = 0;
    const check = (
      claim: { status: string; by: string; evidence: { source: string }[] } | undefined,
      own: { source: string }[] = [],
    ) => {
      if (claim?.status !== 'disputed') return;
      disputed++;
      expect(
        new Set([claim.by, ...own.map((e) => e.source), ...claim.evidence.map((e) => e.source)]).size,
      ).toBeGreaterThanOrEqual(2);
    };
    graph.forEachNode((_n, a) => {
      check(a.record.claim, a.record.evidence);
      for (const f of a.record.figures ?? []) check(f.claim, f.evidence);
    });
    graph.forEachEdge((_e, a) => check(a.record.claim, a.record.evidence));
    expect(disputed).toBeGreaterThan(0);
  });

  it('fails validation, listing the affected items, when the source text changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-changed-'));
    cpSync(BUNDLED_DIR, dir, { recursive: true });
    const file = join(dir, 'sources', 'article.txt');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('funded by the Home Office', 'paid for by the Home Office'),
    );
    const result = await readDataset(dir);
    expect(result.graph).toBeUndefined();
    const missing = result.issues.filter((i) => i.code === 'quote-not-found');
    expect(missing.length).toBeGreaterThanOrEqual(2);
    const raw = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
    const affected = missing.map((i) => {
      const [list, index] = i.path as [string, number];
      return raw[list][index].id as string;
    });
    expect(affected).toEqual(
      expect.arrayContaining(['home-office-funds-grooming-gangs-taskforce', 'home-office']),
    );
    for (const issue of missing) expect(formatPath(issue.path)).toMatch(/evidence\[\d+\]\.quote$/);
  });
});

describe('evidenceCounts', () => {
  it('counts, for every source of the bundled dataset, what evidenceBySource lists', () => {
    const counts = evidenceCounts(graph);
    for (const source of graph.getAttribute('sources')) {
      const items = evidenceBySource(graph, source.id);
      const contradicts = items.filter((i) => i.evidence.stance === 'contradicts').length;
      expect(counts.get(source.id) ?? { supports: 0, contradicts: 0 }).toEqual({
        supports: items.length - contradicts,
        contradicts,
      });
    }
  });
});
