// RDF figures for the bench: the Turtle and JSON-LD exports beside the JSON one (standalone run only;
// bench.ts times every exporter itself), a push into a real Virtuoso and the query at its endpoint
// (started untimed; only where virtuoso-t is installed, BENCH_VIRTUOSO=0 skips), and the query over the
// embedded Oxigraph store as the `sparql` command runs it (loading timed apart).
// Run alone: `npx tsx --max-old-space-size=8192 tests/bench/rdf.ts 100000`.
import { pathToFileURL } from 'node:url';
import { runEmbedded, STORE_BATCH } from '../../src/cli/sparql/embedded.ts';
import { endpointQuery, pushBatches } from '../../src/cli/sparql/endpoint.ts';
import { AuthClient } from '../../src/cli/sparql/httpAuth.ts';
import {
  datasetBase,
  forEachRdfBatch,
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

/** Triples per Turtle batch for Virtuoso (as `push` sends them by default). */
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

/** CPU time of the whole process (every thread: the store's worker and V8's compiler too), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Pushes the graph into a fresh Virtuoso as `push` would, then times the query at its endpoint. */
async function measureVirtuoso(graph: StakeholderGraph, runs: number, report: Report): Promise<void> {
  const batches = rdfBatches(graph, BATCH, 'turtle');
  const server = await startVirtuoso();
  try {
    const graphIri = datasetBase(graph.getAttribute('id'));
    let c = cpuMs();
    let t = performance.now();
    const sent = await pushBatches(`${server.http}/sparql-graph-crud-auth`, batches, {
      graph: graphIri,
      timeoutMs: 1_800_000,
      client: new AuthClient({ user: 'dba', password: 'dba' }),
    });
    report(
      'sparqlPushMs',
      performance.now() - t,
      `  ${sent} triples in ${batches.length} Turtle requests to Virtuoso (our CPU ${seconds(cpuMs() - c)})`,
    );
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      c = cpuMs();
      t = performance.now();
      const text = await endpointQuery(`${server.http}/sparql`, QUERY, 'select', 600_000);
      times.push(performance.now() - t);
      rows = (JSON.parse(text) as { results: { bindings: unknown[] } }).results.bindings.length;
    }
    report('sparqlEndpointQueryMs', median(times), `  ${rows} rows, answered by Virtuoso`);
  } finally {
    await server.stop();
  }
}

export async function measureRdf(graph: StakeholderGraph, runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const report = reporter(out);
  if (hasVirtuoso && process.env.BENCH_VIRTUOSO !== '0') await measureVirtuoso(graph, runs, report);
  // The embedded store by the `sparql` command's own path: N-Triples written in small pieces and loaded
  // by a worker as they come (the two overlap), then the query in that worker, once (a store per run).
  const c = cpuMs();
  const t = performance.now();
  let loaded = { ms: 0, cpu: 0 };
  const text = await runEmbedded({
    data: (send) => forEachRdfBatch(graph, STORE_BATCH, 'n-triples', (b) => send(b.text)),
    dataFormat: 'application/n-triples',
    ours: true,
    query: QUERY,
    form: 'select',
    prefixes: {},
    timeoutMs: 3_600_000,
    onLoaded: (triples) => {
      loaded = { ms: performance.now() - t, cpu: cpuMs() - c };
      report('sparqlLoadMs', loaded.ms, `  ${triples} triples into Oxigraph (CPU ${seconds(loaded.cpu)})`);
    },
  });
  const rows = (JSON.parse(text) as { results: { bindings: unknown[] } }).results.bindings.length;
  report(
    'sparqlQueryMs',
    performance.now() - t - loaded.ms,
    `  ${rows} rows, answered by the embedded Oxigraph store (CPU ${seconds(cpuMs() - c - loaded.cpu)})`,
  );
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
