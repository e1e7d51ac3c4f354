// `push [FILE|DIR] --endpoint URL [--graph IRI]`: loads the dataset into a named graph of a SPARQL server
// (Graph Store HTTP Protocol), in batches, with credentials from the environment.
import { datasetBase, rdfBatches, type TripleFormat } from '../../export/index.ts';
import { CliError } from '../io.ts';
import { pushBatches } from '../sparql/endpoint.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

const DEFAULT_BATCH = 50_000;
const FORMATS: readonly TripleFormat[] = ['turtle', 'n-triples'];

export const pushCommand: Command = {
  name: 'push',
  usage: 'push [FILE|DIR] --endpoint URL [--graph IRI] [--format turtle|n-triples] [--parallel N]',
  summary: 'load the dataset into a named graph of a SPARQL server (Graph Store HTTP Protocol)',
  options: {
    endpoint: {
      type: 'string',
      description:
        'the Graph Store endpoint, e.g. http://host:8890/sparql-graph-crud-auth (credentials: SG_SPARQL_USER, SG_SPARQL_PASSWORD)',
    },
    graph: { type: 'string', description: "the named graph's IRI (default: the dataset's base IRI)" },
    batch: { type: 'string', description: `triples per request (default ${DEFAULT_BATCH})` },
    timeout: { type: 'string', description: 'seconds to wait for each request (default 300)' },
    parallel: {
      type: 'string',
      description: 'requests in flight at once after the first (default 1; for a server with cores to spare)',
    },
    format: {
      type: 'string',
      description: 'what to send: turtle (default: a quarter of the bytes) or n-triples',
    },
  },
  async run(ctx) {
    const endpoint = ctx.values.endpoint;
    if (typeof endpoint !== 'string') throw new CliError('--endpoint URL is required');
    const batch = ctx.values.batch === undefined ? DEFAULT_BATCH : Number(ctx.values.batch);
    if (!Number.isInteger(batch) || batch < 1)
      throw new CliError('--batch must be a whole number of triples');
    const timeout = ctx.values.timeout === undefined ? 300 : Number(ctx.values.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0)
      throw new CliError('--timeout must be a number of seconds');
    const parallel = ctx.values.parallel === undefined ? 1 : Number(ctx.values.parallel);
    if (!Number.isInteger(parallel) || parallel < 1 || parallel > 16)
      throw new CliError('--parallel must be a whole number from 1 to 16');
    const format = (ctx.values.format ?? 'turtle') as TripleFormat;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}`);
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const iri =
      typeof ctx.values.graph === 'string' ? ctx.values.graph : datasetBase(graph.getAttribute('id'));
    try {
      new URL(iri);
    } catch {
      throw new CliError(`--graph must be an absolute IRI, got "${iri}"`);
    }
    const batches = rdfBatches(graph, batch, format);
    const sent = await pushBatches(endpoint, batches, {
      graph: iri,
      timeoutMs: timeout * 1000,
      parallel,
    });
    ctx.err(
      `pushed ${sent} triples in ${batches.length} request${batches.length === 1 ? '' : 's'} to <${iri}>`,
    );
    return 0;
  },
};
