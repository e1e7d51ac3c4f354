// Runs a SPARQL query over the dataset in an embedded Oxigraph store, in a worker thread with a time limit.
import { Worker } from 'node:worker_threads';
import { CliError } from '../io.ts';
import { explainQueryError, type QueryForm, withPrefixes } from './queryText.ts';

export interface EmbeddedQuery {
  /** The data, as N-Triples or Turtle, in one or more pieces each complete in itself. */
  readonly data: readonly string[];
  readonly dataFormat: 'application/n-triples' | 'text/turtle';
  /** Written by our own exporter, valid by construction: the store may skip checking it. */
  readonly ours: boolean;
  readonly query: string;
  readonly form: QueryForm | undefined;
  /** Prefixes to declare when the query uses them undeclared (ours and the dataset's). */
  readonly prefixes: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

/** The answer as text: SPARQL JSON results (SELECT, ASK) or Turtle (CONSTRUCT, DESCRIBE). */
export function runEmbedded(q: EmbeddedQuery): Promise<string> {
  const prefixed = withPrefixes(q.query, q.prefixes);
  const graphForm = q.form === 'construct' || q.form === 'describe';
  const worker = new Worker(new URL('./queryWorker.mjs', import.meta.url), {
    workerData: {
      data: q.data,
      dataFormat: q.dataFormat,
      ours: q.ours,
      query: prefixed.query,
      resultsFormat: graphForm ? 'text/turtle' : 'application/sparql-results+json',
    },
  });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(
        new CliError(
          `the query was stopped after ${q.timeoutMs / 1000} s (--timeout); narrow it (LIMIT, a more specific pattern) or allow more time`,
        ),
      );
    }, q.timeoutMs);
    worker.once('message', (m: { ok: boolean; text?: string; message?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolve(m.text ?? '');
      else
        reject(new CliError(explainQueryError(m.message ?? 'query failed', prefixed.query, prefixed.added)));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new CliError(`the query worker failed: ${error.message}`));
    });
  });
}
