import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTurtle } from '../../src/export/index.ts';
import { bundledGraph, smallGraph } from '../exchangeHelpers.ts';
import { CHECKS, docQueries, jsonRows } from '../sparqlQueries.ts';
import { cli } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sg-sparql-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('stakeholder-graph sparql', () => {
  const queries = docQueries();
  const graph = bundledGraph();

  it('finds the five example queries in docs/rdf.md', () => {
    expect(queries).toHaveLength(5);
  });

  it.each([0, 1, 2, 3, 4])(
    'answers example query %i with the rows the dataset implies',
    async (i) => {
      const r = await cli('sparql', queries[i]!, '--format', 'json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      CHECKS[i]!(graph, jsonRows(JSON.parse(r.stdout)));
    },
    60_000,
  );

  it('reads the query from a file, prints a table by default and CSV on request', async () => {
    const file = join(tmp, 'funds.rq');
    writeFileSync(file, queries[0]!);
    const table = await cli('sparql', file);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^funder\s+funded\n-+\s+-+\nHome Office\s+Grooming Gangs Taskforce/);
    const csv = await cli('sparql', file, '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe('funder,funded');
  }, 60_000);

  it('queries a Turtle file as it is, and answers ASK and CONSTRUCT', async () => {
    const file = join(tmp, 'small.ttl');
    writeFileSync(file, writeTurtle(smallGraph()));
    const ask = await cli('sparql', 'ASK { ?a sg:funds ?b }', file);
    expect(ask.stdout).toBe('true\n');
    const construct = await cli('sparql', 'CONSTRUCT { ?a sg:funds ?b } WHERE { ?a sg:funds ?b }', file);
    expect(construct.stdout).toContain('<https://stakeholder-graph.org/ns#funds>');
  }, 60_000);

  it('locates a syntax error in the query and names an undeclared prefix', async () => {
    const bad = await cli('sparql', 'SELECT ?a WHERE {\n  ?x foo:label ?a }');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('query line 2, column');
    expect(bad.stderr).toContain('undeclared prefix "foo:"');
    expect(bad.stderr).toContain('  ?x foo:label ?a }');
    const broken = await cli('sparql', 'SELECT ?a WHERE { ?a ?b ?c FILTER(?a = ) }');
    expect(broken.stderr).toMatch(/query line 1, column \d+: expected/);
  }, 60_000);

  it('stops a query that runs past --timeout with a clear message', async () => {
    const started = Date.now();
    const r = await cli(
      'sparql',
      'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }',
      '--timeout',
      '1',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the query was stopped after 1 s (--timeout)');
    expect(Date.now() - started).toBeLessThan(40_000);
  }, 60_000);
});
