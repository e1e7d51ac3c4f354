// RDF figures for the bench: the Turtle and JSON-LD exports beside the JSON one (standalone run only;
// bench.ts times every exporter itself), a SPARQL query over the embedded Oxigraph store (loading it
// timed apart), and a push into a real Virtuoso (started untimed; only where virtuoso-t is installed,
// BENCH_VIRTUOSO=0 skips). Run alone: `npx tsx --max-old-space-size=8192 tests/bench/rdf.ts 100000`.
import { pathToFileURL } from 'node:url';
import { Store } from 'oxigraph';
import { pushBatches } from '../../src/cli/sparql/endpoint.ts';
import { AuthClient } from '../../src/cli/sparql/httpAuth.ts';
import {
  datasetBase,
  rdfBatches,
  writeDatasetJson,
  writeJsonld,
  writeTurtle,
} from '../../src/export/index.ts';
import { load, type StakeholderGraph, syntheticDataset } from '../../src/graph/index.ts';
import { hasVirtuoso, startVirtuoso } from '../interop/virtuoso.ts';

/** "Who funds whom", the first example query of docs/rdf.md. */
const QUERY = `PREFIX sg: <https://stakeholder-graph.org/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?funder ?funded WHERE { ?f sg:funds ?t . ?f rdfs:label ?funder . ?t rdfs:label ?funded } ORDER BY ?funder ?funded`;

/** Triples per Turtle batch, for the store and for Virtuoso (as `push --batch` would send them). */
const BATCH = 50_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Report = (key: string, ms: number, extra?: string) => void;

function reporter(out: Record<string, number>): Report {
  return (key, ms, extra = '') => {
    out[key] = ms;
    console.log(`  ${key.padEnd(30)} ${ms.toFixed(1).padStart(10)} ms${extra}`);
  };
}

/** The JSON, Turtle and JSON-LD exports, one run each (bench.ts times them over several runs). */
function measureRdfExports(graph: StakeholderGraph): Record<string, number> {
  const out: Record<string, number> = {};
  const report = reporter(out);
  for (const [key, write] of [
    ['jsonExportMs', writeDatasetJson],
    ['turtleExportMs', writeTurtle],
    ['jsonldExportMs', writeJsonld],
  ] as const) {
    const t = performance.now();
    const length = write(graph).length;
    report(key, performance.now() - t, `  ${(length / 1e6).toFixed(1)} M characters`);
  }
  return out;
}

export async function measureRdf(graph: StakeholderGraph, runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const report = reporter(out);
  // Turtle in batches for Virtuoso: N-Triples is four times the bytes to send.
  const batches = rdfBatches(graph, BATCH, 'turtle');
  if (hasVirtuoso && process.env.BENCH_VIRTUOSO !== '0') {
    const server = await startVirtuoso();
    try {
      const t = performance.now();
      const sent = await pushBatches(`${server.http}/sparql-graph-crud-auth`, batches, {
        graph: datasetBase(graph.getAttribute('id')),
        timeoutMs: 1_800_000,
        client: new AuthClient({ user: 'dba', password: 'dba' }),
      });
      report(
        'sparqlPushMs',
        performance.now() - t,
        `  ${sent} triples in ${batches.length} Turtle requests to Virtuoso`,
      );
    } finally {
      await server.stop();
    }
  }
  // The store last: its load grows faster than the graph (see docs/benchmark.md).
  const store = new Store();
  let t = performance.now();
  // N-Triples, valid by construction (our own writer), loaded leniently and without a transaction: the
  // fastest of the ways tried at 10k (transactional: about four times slower). Written untimed.
  const lines = rdfBatches(graph, BATCH, 'n-triples').map((b) => b.text);
  t = performance.now();
  store.load(lines, { format: 'application/n-triples', no_transaction: true, lenient: true });
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
  return out;
}

// Standalone: the RDF figures alone at the sizes given (default 1000), as bench.ts makes its datasets.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const nodes of (process.argv[2] ?? '1000').split(',').map(Number)) {
    console.log(`\n${nodes} nodes`);
    const dataset = syntheticDataset({ nodes, edgesPerNode: 4, seed: 42 });
    const graph = load(JSON.parse(JSON.stringify(dataset))).graph;
    if (!graph) throw new Error('synthetic dataset did not load');
    const figures = { ...measureRdfExports(graph), ...(await measureRdf(graph, 3)) };
    const ratio = (k: string): string =>
      ((figures[k] ?? Number.NaN) / (figures.jsonExportMs ?? 1)).toFixed(1);
    console.log(
      `  turtleExportMs / jsonExportMs = ${ratio('turtleExportMs')}, jsonld ${ratio('jsonldExportMs')}`,
    );
  }
}
