// Runs a SPARQL query over the dataset in an embedded Oxigraph store, in a worker thread with a time limit.
import { Worker } from 'node:worker_threads';
import { CliError } from '../io.ts';
import { explainQueryError, type QueryForm, withPrefixes } from './queryText.ts';

/** Triples per piece of our own N-Triples for the store (see queryWorker.mjs for why pieces are small). */
export const STORE_BATCH = 5_000;

/** Hands the data to the store a piece at a time, each piece complete in itself. */
type DataWriter = (send: (piece: string) => void) => void;

export interface EmbeddedQuery {
  /** The data, as N-Triples or Turtle: the pieces, or a writer that sends them as it makes them. */
  readonly data: readonly string[] | DataWriter;
  readonly dataFormat: 'application/n-triples' | 'text/turtle';
  /** Written by our own exporter, valid by construction: the store may skip checking it. */
  readonly ours: boolean;
  readonly query: string;
  readonly form: QueryForm | undefined;
  /** Prefixes to declare when the query uses them undeclared (ours and the dataset's). */
  readonly prefixes: Readonly<Record<string, string>>;
  /** The time limit of the query, counted from when the store holds the data. */
  readonly timeoutMs: number;
  /** Called when the store holds the data, just before the query runs. */
  readonly onLoaded?: (triples: number) => void;
}

/** Pieces sent ahead of the store: enough to keep it busy, few enough not to hold a large graph twice. */
const AHEAD = 16;
/** How long the sender waits for a store that takes no more data before giving up on it. */
const STALL_MS = 600_000;

/** Thrown inside the data writer to stop it when the store can take no more. */
class StoreStopped extends Error {}

/** A `send` that waits while AHEAD pieces are on their way, so the data is never queued whole. */
function sender(worker: Worker, state: Int32Array): (piece: string) => void {
  return (piece) => {
    let waited = 0;
    for (let n = Atomics.load(state, 0); n >= AHEAD; n = Atomics.load(state, 0)) {
      if (Atomics.load(state, 1) === 1) throw new StoreStopped();
      waited = Atomics.wait(state, 0, n, 1000) === 'timed-out' ? waited + 1000 : 0;
      if (waited >= STALL_MS) throw new StoreStopped(`the store took no data for ${STALL_MS / 1000} s`);
    }
    if (Atomics.load(state, 1) === 1) throw new StoreStopped();
    Atomics.add(state, 0, 1);
    worker.postMessage({ piece });
  };
}

/** The answer as text: SPARQL JSON results (SELECT, ASK) or Turtle (CONSTRUCT, DESCRIBE). */
export function runEmbedded(q: EmbeddedQuery): Promise<string> {
  const prefixed = withPrefixes(q.query, q.prefixes);
  const graphForm = q.form === 'construct' || q.form === 'describe';
  const flow = new SharedArrayBuffer(8);
  const worker = new Worker(new URL('./queryWorker.mjs', import.meta.url), {
    workerData: {
      dataFormat: q.dataFormat,
      ours: q.ours,
      query: prefixed.query,
      resultsFormat: graphForm ? 'text/turtle' : 'application/sparql-results+json',
      flow,
    },
  });
  return new Promise<string>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (error: Error | undefined, text = ''): void => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      if (error) reject(error);
      else resolve(text);
    };
    worker.on(
      'message',
      (m: { loaded?: boolean; triples?: number; ok?: boolean; text?: string; message?: string }) => {
        if (m.loaded) {
          q.onLoaded?.(m.triples ?? 0);
          timer = setTimeout(
            () =>
              finish(
                new CliError(
                  `the query was stopped after ${q.timeoutMs / 1000} s (--timeout); narrow it (LIMIT, a more specific pattern) or allow more time`,
                ),
              ),
            q.timeoutMs,
          );
        } else if (m.ok) finish(undefined, m.text ?? '');
        else
          finish(
            new CliError(explainQueryError(m.message ?? 'query failed', prefixed.query, prefixed.added)),
          );
      },
    );
    worker.once('error', (error) => finish(new CliError(`the query worker failed: ${error.message}`)));
    const send = sender(worker, new Int32Array(flow));
    try {
      if (typeof q.data === 'function') q.data(send);
      else for (const piece of q.data) send(piece);
      worker.postMessage({ end: true });
    } catch (error) {
      // A store that failed reports why by message; one that stalled, or a writer that broke, ends here.
      if (!(error instanceof StoreStopped) || error.message !== '')
        finish(error instanceof StoreStopped ? new CliError(error.message) : (error as Error));
    }
  });
}
