// RDF figures for the bench: a SPARQL query over the embedded Oxigraph store (loading it timed apart),
// and a push into a real Virtuoso (started untimed; only where virtuoso-t is installed, BENCH_VIRTUOSO=0 skips).
import { Store } from 'oxigraph';
import { pushBatches } from '../../src/cli/sparql/endpoint.ts';
import { AuthClient } from '../../src/cli/sparql/httpAuth.ts';
import { datasetBase, nTriplesBatches, writeNTriples } from '../../src/export/index.ts';
import type { StakeholderGraph } from '../../src/graph/index.ts';
import { hasVirtuoso, startVirtuoso } from '../interop/virtuoso.ts';

/** "Who funds whom", the first example query of docs/rdf.md. */
const QUERY = `PREFIX sg: <https://stakeholder-graph.org/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?funder ?funded WHERE { ?f sg:funds ?t . ?f rdfs:label ?funder . ?t rdfs:label ?funded } ORDER BY ?funder ?funded`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function measureRdf(graph: StakeholderGraph, runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const report = (key: string, ms: number, extra = ''): void => {
    out[key] = ms;
    console.log(`  ${key.padEnd(30)} ${ms.toFixed(1).padStart(10)} ms${extra}`);
  };
  const nt = writeNTriples(graph);
  const store = new Store();
  let t = performance.now();
  store.load(nt, { format: 'application/n-triples' });
  report('sparqlLoadMs', performance.now() - t, `  ${store.size} triples`);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    rows = JSON.parse(store.query(QUERY, { results_format: 'application/sparql-results+json' }) as string)
      .results.bindings.length;
    times.push(performance.now() - t);
  }
  report('sparqlQueryMs', median(times), `  ${rows} rows`);
  if (hasVirtuoso && process.env.BENCH_VIRTUOSO !== '0') {
    const server = await startVirtuoso();
    try {
      const batches = nTriplesBatches(graph, 50_000);
      t = performance.now();
      const sent = await pushBatches(`${server.http}/sparql-graph-crud-auth`, batches, {
        graph: datasetBase(graph.getAttribute('id')),
        timeoutMs: 600_000,
        client: new AuthClient({ user: 'dba', password: 'dba' }),
      });
      report(
        'sparqlPushMs',
        performance.now() - t,
        `  ${sent} triples in ${batches.length} requests to Virtuoso`,
      );
    } finally {
      await server.stop();
    }
  }
  return out;
}
