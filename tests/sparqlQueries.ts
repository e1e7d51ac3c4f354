// The five example queries of docs/rdf.md, and what each must answer on a graph, worked out from the
// graph itself (not from RDF), for the sparql, rdflib and Virtuoso tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { StakeholderGraph } from '../src/graph/index.ts';
import { holdsOn } from '../src/schema/index.ts';
import { ROOT } from './helpers.ts';

/** The ```sparql blocks of docs/rdf.md, in order. */
export function docQueries(): string[] {
  const text = readFileSync(join(ROOT, 'docs', 'rdf.md'), 'utf8');
  return [...text.matchAll(/```sparql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const local = (iri: string): string => iri.replace(/^.*\//, '');
const label = (g: StakeholderGraph, id: string): string => g.getNodeAttribute(id, 'label');

/** Checks the rows (values in the order of the query's variables) of each example query. */
export const CHECKS: ((g: StakeholderGraph, rows: string[][]) => void)[] = [
  // Who funds whom.
  (g, rows) => {
    const expected = new Set<string>();
    g.forEachEdge((_e, a, s, t) => {
      if (a.kind === 'funds') expected.add(`${label(g, s)} -> ${label(g, t)}`);
    });
    expect(rows.map(([a, b]) => `${a} -> ${b}`).sort()).toEqual([...expected].sort());
    expect(rows.length).toBeGreaterThan(0);
  },
  // Relations quoted from the article, in text order, each quote where the position says.
  (g, rows) => {
    const text = [
      ...g
        .getAttribute('sources')
        .find((s) => s.id === 'article')!
        .text!.normalize('NFC'),
    ];
    let expected = 0;
    g.forEachEdge((_e, a) => {
      expected += (a.record.evidence ?? []).filter((e) => e.source === 'article' && e.quote).length;
    });
    expect(rows.length).toBe(expected);
    let last = -1;
    for (const [, quote, start] of rows) {
      const at = Number(start);
      expect(text.slice(at, at + [...quote!].length).join('')).toBe(quote);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
    }
  },
  // Role holders on 2024-06-01, as holdsOn() (the explorer's time control) says.
  (g, rows) => {
    const expected: string[] = [];
    g.forEachEdge((_e, a, s, t) => {
      if (a.kind === 'holds-role' && holdsOn(a.record, '2024-06-01'))
        expected.push(`${label(g, s)} | ${label(g, t)}`);
    });
    expect(rows.map(([p, r]) => `${p} | ${r}`).sort()).toEqual(expected.sort());
    expect(rows.length).toBeGreaterThan(2);
  },
  // Disputed or overstated relations.
  (g, rows) => {
    const expected: string[] = [];
    g.forEachEdge((_e, a) => {
      const c = a.record.claim;
      if (c && (c.status === 'disputed' || c.status === 'overstated'))
        expected.push(`${c.status} | ${c.note}`);
    });
    expect(rows.map(([, status, , note]) => `${status} | ${note}`).sort()).toEqual(expected.sort());
    expect(rows.length).toBeGreaterThan(0);
  },
  // Within two hops of the Home Office, either direction.
  (g, rows) => {
    const seen = new Set<string>(['home-office']);
    let frontier = ['home-office'];
    for (let hop = 0; hop < 2; hop++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const m of g.neighbors(n)) {
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    seen.delete('home-office');
    expect(rows.map(([iri]) => local(iri!)).sort()).toEqual([...seen].sort());
  },
];

/** SPARQL JSON results -> rows of values in the order of the head's variables. */
export function jsonRows(results: {
  head: { vars?: string[] };
  results?: { bindings: Record<string, { value: string }>[] };
}): string[][] {
  const vars = results.head.vars ?? [];
  return (results.results?.bindings ?? []).map((b) => vars.map((v) => b[v]?.value ?? ''));
}
