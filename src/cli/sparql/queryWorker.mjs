// Loads the data into an embedded Oxigraph store and runs one SPARQL query, in a worker thread so that the
// CLI can stop a query that runs past its time limit (terminating the worker is the only way to interrupt
// the store). The data comes as messages, a piece at a time; `flow` (shared with the sender) counts the
// pieces sent but not yet loaded, so the sender can wait instead of queueing a whole large graph.
// Plain JavaScript: it needs nothing of ours, only the oxigraph package, and must load without tsx.
import { parentPort, workerData } from 'node:worker_threads';

const { dataFormat, ours, query, resultsFormat, flow } = workerData;
/** [0]: pieces sent and not yet loaded; [1]: 1 once this worker has failed (the sender stops). */
const state = new Int32Array(flow);
// Without a transaction (a failed load ends the worker anyway), and leniently for our own output: a
// transaction made the load several times slower on a large graph.
const options = { format: dataFormat, no_transaction: true, lenient: ours };
let store;
let failed = false;

function fail(error) {
  failed = true;
  Atomics.store(state, 1, 1);
  Atomics.notify(state, 0);
  parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
}

try {
  const { Store } = await import('oxigraph');
  store = new Store();
} catch (error) {
  fail(error);
}

// Each piece is loaded by a call of its own: WebAssembly has no on-stack replacement, so a function
// still running since before V8 optimised it stays slow for the whole call, and a few thousand triples
// a call let the optimised parser take over after the first pieces.
parentPort.on('message', (message) => {
  if (failed) return;
  try {
    if (message.piece !== undefined) {
      store.load(message.piece, options);
      Atomics.sub(state, 0, 1);
      Atomics.notify(state, 0);
      return;
    }
    parentPort.postMessage({ loaded: true, triples: store.size });
    parentPort.postMessage({ ok: true, text: store.query(query, { results_format: resultsFormat }) });
  } catch (error) {
    fail(error);
  }
});
