// Each metric on the analysis graph, from typed-array kernels on its CSR: power iteration for PageRank
// and eigenvector (powerIteration.ts), Brandes' walks for betweenness and closeness (brandes.ts), exact
// up to a size and from sampled pivots past it.
import type { AnalysisGraph } from './analysisGraph.ts';
import { type BrandesCentrality, brandesSteps } from './brandes.ts';
import type { MetricId } from './metrics.ts';
import { eigenvectorOf, pagerankOf } from './powerIteration.ts';

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
  return graph.nodes.length > options.exactUpTo;
}

/** Values per node index as a record keyed by node id. */
export function byId(graph: AnalysisGraph, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  const { nodes } = graph;
  for (let i = 0; i < nodes.length; i++) out[nodes[i]!] = values[i]!;
  return out;
}

/** Distinct neighbours (all), predecessors (in) or successors (out), per node index. */
function degreeArray(graph: AnalysisGraph, direction: 'in' | 'out' | 'all'): Int32Array {
  const n = graph.nodes.length;
  const out = new Int32Array(n);
  if (direction === 'in') {
    for (const k of graph.directed.neighbours) out[k]!++;
    return out;
  }
  const { starts } = direction === 'all' ? graph.undirected : graph.directed;
  for (let i = 0; i < n; i++) out[i] = starts[i + 1]! - starts[i]!;
  return out;
}

export function degreeValues(graph: AnalysisGraph, direction: 'in' | 'out' | 'all'): Record<string, number> {
  return byId(graph, degreeArray(graph, direction));
}

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
  if (metric === 'degree') return { values: degreeValues(graph, 'all') };
  if (graph.nodes.length === 0) return { values: {} };
  if (metric === 'pagerank') return { values: byId(graph, pagerankOf(graph.directed, 0.85, 1000)) };
  if (metric === 'eigenvector') {
    const n = graph.nodes.length;
    return {
      values: byId(graph, graph.links === 0 ? new Float64Array(n) : eigenvectorOf(graph.undirected, 1000)),
    };
  }
  const walks = yield* brandesSteps(graph.undirected, brandesSources(graph, options), options.seed);
  return brandesValues(graph, metric, walks, options);
}

/** Betweenness or closeness from Brandes' walks made elsewhere (a worker pool), marked if estimated. */
export function brandesValues(
  graph: AnalysisGraph,
  metric: 'betweenness' | 'closeness',
  walks: BrandesCentrality,
  options: AnalysisOptions,
): MetricValues {
  const values = byId(graph, metric === 'betweenness' ? walks.betweenness : walks.closeness);
  return isSampled(graph, options) ? { values, pivots: walks.pivots } : { values };
}

/** The sources Brandes' walks start from: every node, or the sampled pivots past `exactUpTo`. */
export function brandesSources(graph: AnalysisGraph, options: AnalysisOptions): number {
  return isSampled(graph, options) ? Math.max(1, options.pivots) : graph.nodes.length;
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
