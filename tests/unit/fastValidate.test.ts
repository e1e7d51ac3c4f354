import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { isCertainlyValidEdge, isCertainlyValidNode } from '../../src/graph/fastValidate.ts';
import { edgeSchema, nodeSchema } from '../../src/schema/index.ts';
import { BUNDLED_DIR } from '../helpers.ts';

const dataset = (await readDataset(BUNDLED_DIR)).dataset!;

// A small seeded generator, so that a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'Not Kebab',
  'a--b',
  '-a',
  '2024-02-30',
  '2024-13',
  '2024',
  '2024-05-20',
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [''],
  ['ok'],
  {},
  { x: 1 },
  { x: 1, y: 2 },
  { x: 1, y: 2, z: 3 },
  'javascript:alert(1)',
  'https://example.org/a',
  ' https://example.org ',
  'https://exa mple.org',
  [{ source: 'article', basis: 'stated' }],
  [{ source: 'article', quote: 'q', basis: 'maybe' }],
  [{ source: 'article', note: 'n', basis: 'inferred', stance: 'contradicts' }],
  [{ source: 'a', url: 'ftp://x', basis: 'stated' }],
  { a: 1, b: 'x', c: false },
  { a: null },
  { '': 1 },
  'police-force',
  'funds',
  'other',
];
const KEYS = [
  'id',
  'label',
  'type',
  'aliases',
  'description',
  'url',
  'start',
  'end',
  'on',
  'weight',
  'source',
  'target',
  'detail',
  'attributes',
  'evidence',
  'position',
  'extra',
  '__proto__',
];

function mutate(record: object, rnd: () => number): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(record));
  const changes = 1 + Math.floor(rnd() * 3);
  for (let c = 0; c < changes; c++) {
    const key = KEYS[Math.floor(rnd() * KEYS.length)]!;
    const value = ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)];
    if (value === undefined) delete copy[key];
    else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('the fast validation path', () => {
  it('accepts the records of the bundled dataset that need no zod-only checks', () => {
    const nodes = dataset.nodes.filter(
      (n) => !n.figures && !n.claim && !n.url && !n.evidence?.some((e) => e.url?.includes(' ')),
    );
    expect(nodes.filter((n) => isCertainlyValidNode(n)).length).toBeGreaterThan(nodes.length * 0.9);
    expect(dataset.edges.filter((e) => isCertainlyValidEdge(e)).length).toBeGreaterThan(
      dataset.edges.length * 0.8,
    );
  });

  it('never accepts a record that zod rejects or would change, over thousands of mutations', () => {
    const rnd = random(42);
    let accepted = 0;
    for (let round = 0; round < 4000; round++) {
      const node = mutate(dataset.nodes[Math.floor(rnd() * dataset.nodes.length)]!, rnd);
      if (isCertainlyValidNode(node)) {
        accepted++;
        const parsed = nodeSchema.safeParse(node);
        expect(parsed.success, JSON.stringify(node)).toBe(true);
        expect(parsed.data).toEqual(node);
      }
      const edge = mutate(dataset.edges[Math.floor(rnd() * dataset.edges.length)]!, rnd);
      if (isCertainlyValidEdge(edge)) {
        accepted++;
        const parsed = edgeSchema.safeParse(edge);
        expect(parsed.success, JSON.stringify(edge)).toBe(true);
        expect(parsed.data).toEqual(edge);
      }
    }
    // The mutations must leave some records valid, or this test would prove nothing.
    expect(accepted).toBeGreaterThan(200);
  });
});
