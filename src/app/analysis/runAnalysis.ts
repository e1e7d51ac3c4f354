// Runs the analysis off the page: the shown links are gathered in slices, then a worker does the maths.
import type { StakeholderGraph } from '../../graph/index.ts';
import {
  type AnalysisProgress,
  DEFAULT_ANALYSIS_OPTIONS,
  shownLinksSteps,
  type ViewFilter,
} from '../../query/index.ts';
import { runSteps } from '../tasks.ts';
import type { AnalysisMessage, AnalysisResult } from './messages.ts';

export interface AnalysisRun {
  readonly done: Promise<AnalysisResult>;
  /** Stops the worker; `done` then rejects with an AbortError. */
  cancel(): void;
}

export function runAnalysis(
  graph: StakeholderGraph,
  filter: ViewFilter,
  onProgress: (progress: AnalysisProgress) => void,
): AnalysisRun {
  let worker: Worker | undefined;
  let cancelled = false;
  let rejectRun: (error: Error) => void = () => undefined;
  const done = new Promise<AnalysisResult>((resolve, reject) => {
    rejectRun = reject;
    void runSteps(shownLinksSteps(graph, filter)).then((links) => {
      if (cancelled) return;
      worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
        const m = event.data;
        if (m.type === 'progress') onProgress(m.progress);
        else {
          worker?.terminate();
          if (m.type === 'done') resolve(m.result);
          else reject(new Error(m.message));
        }
      };
      worker.onerror = (event) => {
        worker?.terminate();
        reject(new Error(event.message || 'the analysis worker failed'));
      };
      worker.postMessage({ links, options: DEFAULT_ANALYSIS_OPTIONS }, [
        links.sources.buffer,
        links.targets.buffer,
      ]);
    }, reject);
  });
  return {
    done,
    cancel() {
      cancelled = true;
      worker?.terminate();
      rejectRun(new DOMException('analysis cancelled', 'AbortError'));
    },
  };
}
