// Against a real Virtuoso 7.2: push the bundled dataset, query it through /sparql, same rows as the
// embedded store. Skipped where virtuoso-t is not installed (.ci/run installs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmbedded } from '../../src/cli/sparql/embedded.ts';
import { endpointQuery } from '../../src/cli/sparql/endpoint.ts';
import { AuthClient } from '../../src/cli/sparql/httpAuth.ts';
import { queryForm } from '../../src/cli/sparql/queryText.ts';
import { datasetBase, rdfBatches, turtlePrefixes, writeNTriples } from '../../src/export/index.ts';
import { cli } from '../cli/run.ts';
import { bundledGraph } from '../exchangeHelpers.ts';
import { CHECKS, docQueries, jsonRows } from '../sparqlQueries.ts';
import { hasVirtuoso, startVirtuoso, type Virtuoso } from './virtuoso.ts';

const PASSWORD = 'dba';

describe.runIf(hasVirtuoso)('Virtuoso 7.2 through push and sparql --endpoint', () => {
  let server: Virtuoso;
  const graph = bundledGraph();
  const queries = docQueries();
  const iri = datasetBase(graph.getAttribute('id'));

  beforeAll(async () => {
    server = await startVirtuoso();
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('refuses a push without credentials, saying which variables to set', async () => {
    const r = await cli('push', '--endpoint', `${server.http}/sparql-graph-crud-auth`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('HTTP 401');
    expect(r.stderr).toContain('SG_SPARQL_USER and SG_SPARQL_PASSWORD');
  }, 120_000);

  it('pushes the bundled dataset into a named graph with Digest credentials, never printing them', async () => {
    process.env.SG_SPARQL_USER = 'dba';
    process.env.SG_SPARQL_PASSWORD = PASSWORD;
    try {
      const r = await cli('push', '--endpoint', `${server.http}/sparql-graph-crud-auth`, '--batch', '2000');
      expect(r.stderr).toMatch(/^pushed \d+ triples in \d+ requests to </);
      expect(r.code).toBe(0);
      expect(`${r.stdout}${r.stderr}`).not.toContain(`:${PASSWORD}`);
    } finally {
      delete process.env.SG_SPARQL_USER;
      delete process.env.SG_SPARQL_PASSWORD;
    }
    const count = await endpointQuery(
      `${server.http}/sparql`,
      `SELECT (COUNT(*) AS ?n) FROM <${iri}> WHERE { ?s ?p ?o }`,
      'select',
      60_000,
    );
    const unique = new Set(writeNTriples(graph).split('\n').filter(Boolean)).size;
    expect(Number(jsonRows(JSON.parse(count))[0]![0])).toBe(unique);
  }, 180_000);

  it('pushes in one large N-Triples request, and in small batches three at a time, every triple arriving', async () => {
    const unique = new Set(writeNTriples(graph).split('\n').filter(Boolean)).size;
    process.env.SG_SPARQL_USER = 'dba';
    process.env.SG_SPARQL_PASSWORD = PASSWORD;
    try {
      for (const [name, flags] of [
        ['whole', ['--format', 'n-triples', '--batch', '10000000']],
        ['parallel', ['--batch', '300', '--parallel', '3']],
      ] as const) {
        const target = `urn:sg-test:${name}`;
        const r = await cli(
          'push',
          '--endpoint',
          `${server.http}/sparql-graph-crud-auth`,
          '--graph',
          target,
          ...flags,
        );
        expect(r.stderr).toMatch(name === 'whole' ? /in 1 request to </ : /in \d+ requests to </);
        expect(r.code).toBe(0);
        const count = await endpointQuery(
          `${server.http}/sparql`,
          `SELECT (COUNT(*) AS ?n) FROM <${target}> WHERE { ?s ?p ?o }`,
          'select',
          60_000,
        );
        expect(Number(jsonRows(JSON.parse(count))[0]![0])).toBe(unique);
      }
    } finally {
      delete process.env.SG_SPARQL_USER;
      delete process.env.SG_SPARQL_PASSWORD;
    }
  }, 240_000);

  it.each([0, 1, 2, 3, 4])(
    'answers example query %i with the rows of the embedded store',
    async (i) => {
      const query = queryWithGraph(queries[i]!, iri);
      const remote = jsonRows(
        JSON.parse(await endpointQuery(`${server.http}/sparql`, query, 'select', 60_000)),
      );
      const local = jsonRows(
        JSON.parse(
          await runEmbedded({
            data: rdfBatches(graph, 2000, 'turtle').map((b) => b.text),
            dataFormat: 'text/turtle',
            ours: true,
            query: queries[i]!,
            form: queryForm(queries[i]!),
            prefixes: turtlePrefixes(graph.getAttribute('id')),
            timeoutMs: 60_000,
          }),
        ),
      );
      CHECKS[i]!(graph, remote);
      expect(remote.map((r) => r.join(' | ')).sort()).toEqual(local.map((r) => r.join(' | ')).sort());
    },
    120_000,
  );

  it('runs a query given to the command with --endpoint', async () => {
    const r = await cli('sparql', queries[0]!, '--endpoint', `${server.http}/sparql`, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toBe('Home Office,Grooming Gangs Taskforce');
  }, 120_000);

  it('gets a located error back from the server for a bad query', async () => {
    await expect(
      endpointQuery(
        `${server.http}/sparql`,
        'SELECT ?a WHERE { ?a ?b }',
        'select',
        30_000,
        new AuthClient(undefined),
      ),
    ).rejects.toThrow(/refused the query: HTTP 400/);
  }, 60_000);
});

/** Scopes a query to the pushed graph, as a user of a shared server would (Virtuoso's default graph is all graphs). */
function queryWithGraph(query: string, graph: string): string {
  return query.replace(/\bWHERE\s*\{/, `FROM <${graph}> WHERE {`);
}
