// loadDataset(): reads, validates and imports in a web worker, and builds the graph on the main
// thread one slice per task, so the page never blocks for long. The slices may come while the worker
// still checks them: the graph is handed over only on 'done'. Aborting leaves nothing behind.
import type { Issue, StakeholderGraph } from '../../graph/index.ts';
import type { ImportReport } from '../../import/index.ts';
import { createGraphAssembler, type GraphAssembler } from './graphAssembler.ts';
import { createMessageQueue } from './messageQueue.ts';
import type { LoadRequest, LoadSource, WorkerMessage } from './messages.ts';
import type { LoadProgress } from './progress.ts';
import { MAX_BYTES, WARN_BYTES } from './sizeLimit.ts';
import { sourceName } from './sourceName.ts';

export interface LoadDatasetOptions {
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Aborting terminates the worker and rejects with an AbortError; no graph is returned. */
  readonly signal?: AbortSignal;
  readonly maxBytes?: number;
  readonly warnBytes?: number;
  /** Records per slice: each slice is one main-thread task (copy and add), a few ms at 500. */
  readonly sliceSize?: number;
}

export interface LoadedDataset {
  /** The graph, when the file had no errors. */
  readonly graph: StakeholderGraph | undefined;
  /** Every problem found (errors and warnings), as in the report. */
  readonly issues: Issue[];
  readonly report: ImportReport;
}

// Each slice's copy and insertion is one task. The collections of the grown heap run in tasks of
// their own (messageQueue.ts), but a major collection's marking steps are taken as a slice
// allocates, so a smaller slice carries fewer of them (docs/benchmark.md, session 17).
const DEFAULT_SLICE_SIZE = 500;

function abortError(): DOMException {
  return new DOMException('Loading was cancelled', 'AbortError');
}

/** Whether a load failed because it was cancelled (the rejection loadDataset gives on abort). */
export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/** Resolves relative URLs against the page: the worker would resolve them against its own script. */
function absolute(source: LoadSource): LoadSource {
  if (source.kind === 'blob' || source.kind === 'files') return source;
  const url = new URL(source.url, window.location.href).href;
  if (source.kind === 'url') return { ...source, url };
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(source.files)) files[k] = new URL(v, window.location.href).href;
  return { ...source, url, files };
}

export function loadDataset(source: LoadSource, options: LoadDatasetOptions = {}): Promise<LoadedDataset> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const request: LoadRequest = {
    source: absolute(source),
    maxBytes: options.maxBytes ?? MAX_BYTES,
    warnBytes: options.warnBytes ?? WARN_BYTES,
    sliceSize: options.sliceSize ?? DEFAULT_SLICE_SIZE,
  };
  const name = sourceName(request.source);
  const worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<LoadedDataset>((resolve, reject) => {
    let assembler: GraphAssembler | undefined;
    // Records the worker sent before its checks may not go into a graph (a duplicate id, an edge to
    // nothing): the checks then fail, and this waits for their report.
    let refused: unknown;
    let built = 0;
    let toBuild = 0;
    const end = (): void => {
      messages.stop();
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      end();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = (event) => {
      end();
      reject(new Error(`the load worker failed: ${event.message}`));
    };
    // Each message is handled in a task of its own, a slice copied in and added (see messageQueue.ts).
    const messages = createMessageQueue((m: WorkerMessage) => {
      switch (m.type) {
        case 'progress':
          onProgress?.(m.phase === 'read' ? { name, ...m } : { name, phase: m.phase });
          return;
        case 'header':
          assembler = createGraphAssembler(m.header);
          refused = undefined;
          built = 0;
          toBuild = m.nodeCount + m.edgeCount;
          onProgress?.({ name, phase: 'build', built: 0, toBuild });
          return;
        case 'restart':
          assembler = undefined;
          return;
        case 'sources':
          assembler?.addSources(m.records);
          return;
        case 'nodes':
        case 'edges':
          try {
            if (refused !== undefined) return;
            if (m.type === 'nodes') assembler?.addNodes(m.records, m.start);
            else assembler?.addEdges(m.records);
          } catch (error) {
            refused = error;
          }
          built += m.records.length;
          onProgress?.({ name, phase: 'build', built, toBuild });
          return;
        case 'done':
          end();
          if (refused !== undefined) reject(new Error(`the graph could not be built: ${String(refused)}`));
          else resolve({ graph: assembler?.finish(), issues: m.report.issues, report: m.report });
          return;
        case 'failed':
          end();
          resolve({ graph: undefined, issues: m.report.issues, report: m.report });
          return;
      }
    });
    worker.onmessage = messages.receive;
    worker.postMessage(request);
  });
}
