// Runs one SPARQL query over an embedded Oxigraph store, in a worker thread so that the CLI can stop a
// query that runs past its time limit (terminating the worker is the only way to interrupt the store).
// Plain JavaScript: it needs nothing of ours, only the oxigraph package, and must load without tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { Store } from 'oxigraph';

const { data, dataFormat, ours, query, resultsFormat } = workerData;
try {
  const store = new Store();
  // Without a transaction (a failed load ends the worker anyway), and leniently for our own output:
  // loading one statement at a time in a transaction was several times slower on a large graph.
  store.load(data, { format: dataFormat, no_transaction: true, lenient: ours });
  parentPort.postMessage({ ok: true, text: store.query(query, { results_format: resultsFormat }) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
}
