// A SPARQL server: queries by the SPARQL 1.1 Protocol, and loading a dataset by the Graph Store HTTP
// Protocol (PUT of the first batch replaces the graph, POSTs add the rest).
import type { RdfBatch } from '../../export/index.ts';
import { CliError } from '../io.ts';
import { AuthClient, credentialsFromEnv } from './httpAuth.ts';
import { explainQueryError, type QueryForm, withPrefixes } from './queryText.ts';

/** The server's answer to a failed request, short, without anything we sent (credentials included). */
async function failure(what: string, response: Response): Promise<CliError> {
  const body = (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 500);
  const hint =
    response.status === 401
      ? ' (set SG_SPARQL_USER and SG_SPARQL_PASSWORD for a server that needs a login)'
      : response.status === 403
        ? ' (the user lacks the right: on Virtuoso, grant SPARQL_UPDATE)'
        : '';
  return new CliError(
    `${what}: HTTP ${response.status} ${response.statusText}${hint}${body ? `\n  ${body}` : ''}`,
  );
}

function withTimeout(ms: number): AbortSignal {
  return AbortSignal.timeout(ms);
}

/**
 * Runs a query on an endpoint: SPARQL JSON results for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE.
 * The query is POSTed form-encoded, the one form every SPARQL 1.1 server takes: Virtuoso 7.2 leaves a
 * direct `application/sparql-query` POST unanswered.
 */
export async function endpointQuery(
  url: string,
  query: string,
  form: QueryForm | undefined,
  timeoutMs: number,
  client = new AuthClient(credentialsFromEnv()),
): Promise<string> {
  const prefixed = withPrefixes(query);
  const accept =
    form === 'construct' || form === 'describe' ? 'text/turtle' : 'application/sparql-results+json';
  let response: Response;
  try {
    response = await client.request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
        body: `query=${encodeURIComponent(prefixed.query)}`,
      },
      withTimeout(timeoutMs),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new CliError(`the query was stopped after ${timeoutMs / 1000} s (--timeout)`);
    throw new CliError(
      `cannot reach ${url}: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`,
    );
  }
  if (!response.ok) {
    const err = await failure(`${url} refused the query`, response);
    throw new CliError(explainQueryError(err.message, prefixed.query, prefixed.added));
  }
  return response.text();
}

export interface PushOptions {
  readonly graph: string;
  readonly timeoutMs: number;
  readonly client?: AuthClient;
  /** Batches in flight at once after the first (default 1): a server with threads to spare loads them side by side. */
  readonly parallel?: number;
  /** Called after each batch with the number of triples sent so far. */
  readonly progress?: (sent: number) => void;
}

/**
 * Sends Turtle or N-Triples batches to a Graph Store endpoint (`?graph=IRI`): PUT the first (replacing
 * the graph) alone, then POST the rest, `parallel` at a time.
 */
export async function pushBatches(
  url: string,
  batches: Iterable<RdfBatch>,
  options: PushOptions,
): Promise<number> {
  const client = options.client ?? new AuthClient(credentialsFromEnv());
  const target = new URL(url);
  target.searchParams.set('graph', options.graph);
  let sent = 0;
  const send = async (batch: RdfBatch, method: 'PUT' | 'POST'): Promise<void> => {
    let response: Response;
    try {
      response = await client.request(
        target.href,
        { method, headers: { 'Content-Type': batch.mediaType }, body: batch.text },
        withTimeout(options.timeoutMs),
      );
    } catch (error) {
      throw new CliError(
        `cannot reach ${url}: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`,
      );
    }
    if (!response.ok)
      throw await failure(`${url} refused a batch of ${batch.triples} triples after ${sent} sent`, response);
    await response.arrayBuffer();
    sent += batch.triples;
    options.progress?.(sent);
  };
  const queue = batches[Symbol.iterator]();
  const first = queue.next();
  if (first.done) return 0;
  await send(first.value, 'PUT');
  const worker = async (): Promise<void> => {
    for (let next = queue.next(); !next.done; next = queue.next()) await send(next.value, 'POST');
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, worker));
  return sent;
}
