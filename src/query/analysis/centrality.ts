// Each metric on the analysis graph: graphology-metrics for PageRank and eigenvector, the Brandes kernel
// (brandes.ts) for betweenness and closeness, exact up to a size and from sampled pivots past it.
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AnalysisGraph } from './analysisGraph.ts';
import { brandesSteps } from './brandes.ts';
import type { MetricId } from './metrics.ts';

export interface AnalysisOptions {
  /** Betweenness and closeness are exact up to this many nodes, estimated from pivots above it. */
  readonly exactUpTo: number;
  /** Sources sampled for the estimate. */
  readonly pivots: number;
  /** Seed of the pivot sample and of Louvain's random order (same seed, same result). */
  readonly seed: number;
}

export const DEFAULT_ANALYSIS_OPTIONS: Readonly<AnalysisOptions> = Object.freeze({
  exactUpTo: 10_000,
  pivots: 1000,
  seed: 1,
});

export function resolveAnalysisOptions(options: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const o = { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  for (const key of ['exactUpTo', 'pivots'] as const) {
    if (!Number.isInteger(o[key]) || o[key] < 0)
      throw new Error(`analysis: ${key} must be a whole number of at least 0, not ${o[key]}`);
  }
  return o;
}

export interface MetricValues {
  readonly values: Record<string, number>;
  /** Set when the figure is an estimate: the number of sampled sources. */
  readonly pivots?: number;
}

/** Whether betweenness and closeness are estimated on this graph (more nodes than `exactUpTo`). */
export function isSampled(graph: AnalysisGraph, options: AnalysisOptions): boolean {
  return graph.undirected.order > options.exactUpTo;
}

export function degreeValues(graph: AnalysisGraph, direction: 'in' | 'out' | 'all'): Record<string, number> {
  const out: Record<string, number> = {};
  if (direction === 'all') graph.undirected.forEachNode((n) => (out[n] = graph.undirected.degree(n)));
  else if (direction === 'in') graph.directed.forEachNode((n) => (out[n] = graph.directed.inDegree(n)));
  else graph.directed.forEachNode((n) => (out[n] = graph.directed.outDegree(n)));
  return out;
}

const zeros = (graph: AnalysisGraph): Record<string, number> => {
  const out: Record<string, number> = {};
  graph.undirected.forEachNode((n) => (out[n] = 0));
  return out;
};

/**
 * One metric, in steps: yields a count of work done (pivots for an estimate) and returns the values.
 * PageRank and eigenvector use NetworkX's defaults (tolerance 1e-6 per node), with more iterations
 * allowed so that slow-mixing graphs converge rather than fail.
 */
function* metricSteps(
  graph: AnalysisGraph,
  metric: MetricId,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Generator<number, MetricValues> {
  const g = graph.undirected;
  if (metric === 'degree') return { values: degreeValues(graph, 'all') };
  if (g.order === 0) return { values: {} };
  if (metric === 'pagerank')
    return {
      values: pagerank(graph.directed, { alpha: 0.85, getEdgeWeight: null, maxIterations: 1000 }),
    };
  if (metric === 'eigenvector') {
    if (g.size === 0) return { values: zeros(graph) };
    return { values: eigenvectorCentrality(g, { getEdgeWeight: null, maxIterations: 1000 }) };
  }
  const walks = yield* brandesSteps(g, brandesSources(graph, options), options.seed);
  const values = metric === 'betweenness' ? walks.betweenness : walks.closeness;
  return isSampled(graph, options) ? { values, pivots: walks.pivots } : { values };
}

/** The sources Brandes' walks start from: every node, or the sampled pivots past `exactUpTo`. */
export function brandesSources(graph: AnalysisGraph, options: AnalysisOptions): number {
  return isSampled(graph, options) ? Math.max(1, options.pivots) : graph.undirected.order;
}

/** metricSteps run to the end. */
export function metricValues(
  graph: AnalysisGraph,
  metric: MetricId,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): MetricValues {
  const steps = metricSteps(graph, metric, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
