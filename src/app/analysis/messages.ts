// The analysis worker's messages: the shown links in, progress and the figures out.
import type { AnalysisOptions, AnalysisProgress, NodeMetricKey, ShownLinks } from '../../query/index.ts';

export interface AnalysisRequest {
  readonly links: ShownLinks;
  readonly options: AnalysisOptions;
}

/** The figures per node, aligned with the request's `links.nodes`. */
export interface AnalysisResult {
  readonly nodes: string[];
  readonly values: Record<NodeMetricKey, Float64Array>;
  readonly community: Int32Array;
  readonly communities: number;
  readonly modularity: number;
  /** Set when betweenness and closeness are estimates from sampled pivots. */
  readonly pivots?: number;
  readonly links: number;
}

export type AnalysisMessage =
  | { readonly type: 'progress'; readonly progress: AnalysisProgress }
  | { readonly type: 'done'; readonly result: AnalysisResult }
  | { readonly type: 'error'; readonly message: string };
