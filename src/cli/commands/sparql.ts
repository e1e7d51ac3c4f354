// `sparql QUERY [FILE|DIR]`: a SPARQL 1.1 query over the dataset in an embedded store, or over a server
// (--endpoint, SPARQL 1.1 Protocol). QUERY is the query text or a file holding it.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { forEachRdfBatch, NS, turtlePrefixes } from '../../export/index.ts';
import { CliError, MAX_FILE_BYTES } from '../io.ts';
import { type EmbeddedQuery, runEmbedded, STORE_BATCH } from '../sparql/embedded.ts';
import { endpointQuery } from '../sparql/endpoint.ts';
import { queryForm } from '../sparql/queryText.ts';
import { formatResults, RESULT_FORMATS, type ResultFormat, type SparqlResults } from '../sparql/results.ts';
import { requireGraph } from './shared.ts';
import type { Command, CommandContext } from './types.ts';

const DEFAULT_TIMEOUT_S = 60;

/** QUERY is a file when one exists by that name (and is not a query that happens to be a path). */
async function queryText(arg: string): Promise<string> {
  if (arg.length < 4096 && !/[{}\s]/.test(arg)) {
    try {
      const info = await stat(arg);
      if (info.isFile()) return await readFile(arg, 'utf8');
    } catch {
      throw new CliError(`"${arg}" is neither a readable query file nor a SPARQL query`);
    }
  }
  return arg;
}

function timeoutMs(value: string | boolean | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_S * 1000;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0)
    throw new CliError(`--timeout must be a number of seconds, got "${String(value)}"`);
  return s * 1000;
}

/**
 * The data for the store: a Turtle or N-Triples file as it is, else our dataset written as N-Triples
 * (the quickest to load) in small batches sent as they are written, since a big graph's RDF is longer
 * than one JavaScript string may be.
 */
async function storeData(
  ctx: CommandContext,
): Promise<Pick<EmbeddedQuery, 'data' | 'dataFormat' | 'prefixes' | 'ours'> | undefined> {
  const file = ctx.positionals[1];
  const ext = file === undefined ? '' : extname(file).toLowerCase();
  if (file !== undefined && (ext === '.ttl' || ext === '.nt')) {
    const info = await stat(file).catch(() => undefined);
    if (info === undefined) throw new CliError(`cannot find "${file}"`);
    if (info.size > MAX_FILE_BYTES) throw new CliError(`${file} is ${info.size} bytes, over the 1 GiB limit`);
    const data = await readFile(file, 'utf8');
    return {
      data: [data],
      dataFormat: ext === '.ttl' ? 'text/turtle' : 'application/n-triples',
      prefixes: {},
      ours: false,
    };
  }
  const graph = await requireGraph(ctx, 1);
  if (!graph) return undefined;
  return {
    data: (send) => forEachRdfBatch(graph, STORE_BATCH, 'n-triples', (b) => send(b.text)),
    dataFormat: 'application/n-triples',
    ours: true,
    prefixes: turtlePrefixes(graph.getAttribute('id')),
  };
}

export const sparqlCommand: Command = {
  name: 'sparql',
  usage: 'sparql QUERY [FILE|DIR] [--format table|json|csv]',
  summary: 'answer a SPARQL 1.1 query over the dataset (embedded store) or a server (--endpoint)',
  options: {
    format: {
      type: 'string',
      short: 'f',
      description: `results as ${RESULT_FORMATS.join(', ')} (default table)`,
    },
    timeout: {
      type: 'string',
      description: `stop the query after this many seconds, counted once the store holds the data (default ${DEFAULT_TIMEOUT_S})`,
    },
    endpoint: {
      type: 'string',
      description:
        'a SPARQL endpoint URL to query instead (credentials from SG_SPARQL_USER, SG_SPARQL_PASSWORD)',
    },
  },
  async run(ctx) {
    const [arg] = ctx.positionals;
    if (arg === undefined) throw new CliError('needs a QUERY (the query text, or a file holding it)');
    const format = (ctx.values.format ?? 'table') as ResultFormat;
    if (!RESULT_FORMATS.includes(format))
      throw new CliError(`--format must be one of ${RESULT_FORMATS.join(', ')}`);
    const query = await queryText(arg);
    const form = queryForm(query);
    const limit = timeoutMs(ctx.values.timeout);
    let text: string;
    let prefixes: Record<string, string> = {};
    if (typeof ctx.values.endpoint === 'string') {
      text = await endpointQuery(ctx.values.endpoint, query, form, limit);
    } else {
      const store = await storeData(ctx);
      if (store === undefined) return 1;
      prefixes = store.prefixes;
      text = await runEmbedded({ ...store, query, form, prefixes, timeoutMs: limit });
    }
    if (form === 'construct' || form === 'describe') {
      ctx.write(text);
      return 0;
    }
    const results = JSON.parse(text) as SparqlResults;
    ctx.write(formatResults(results, format, { ...NS, ...prefixes }));
    return 0;
  },
};
