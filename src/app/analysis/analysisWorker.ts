// The analysis worker: builds the simple graphs from the shown links and runs every metric and Louvain,
// reporting progress, so the page stays responsive however long the figures take.
import {
  analyseGraphSteps,
  DEFAULT_ANALYSIS_OPTIONS,
  NODE_METRIC_KEYS,
  type NodeAnalysis,
  type NodeMetricKey,
  simpleGraphs,
} from '../../query/index.ts';
import type { AnalysisMessage, AnalysisRequest, AnalysisResult } from './messages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage, transfer?: Transferable[]): void;
};

function toArrays(nodes: string[], a: NodeAnalysis): AnalysisResult {
  const values = {} as Record<NodeMetricKey, Float64Array>;
  for (const key of NODE_METRIC_KEYS) {
    const from = a.values[key];
    values[key] = Float64Array.from(nodes, (n) => from[n] ?? 0);
  }
  const community = Int32Array.from(nodes, (n) => a.communities.membership[n] ?? -1);
  const result: AnalysisResult = {
    nodes,
    values,
    community,
    communities: a.communities.communities.length,
    modularity: a.communities.modularity,
    links: a.links,
  };
  return a.pivots === undefined ? result : { ...result, pivots: a.pivots };
}

scope.onmessage = (event) => {
  try {
    const { links, options } = event.data;
    const steps = analyseGraphSteps(simpleGraphs(links), { ...DEFAULT_ANALYSIS_OPTIONS, ...options });
    let last = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      const now = performance.now();
      if (now - last > 100) {
        last = now;
        scope.postMessage({ type: 'progress', progress: r.value });
      }
    }
    const result = toArrays(links.nodes, r.value);
    scope.postMessage({ type: 'done', result }, [
      ...Object.values(result.values).map((v) => v.buffer),
      result.community.buffer,
    ]);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
