// Every metric and the communities at once, in steps that report progress (the explorer's worker, exports).
import { NODE_METRIC_KEYS, type NodeMetricKey, type StakeholderGraph } from '../../graph/index.ts';
import { NO_FILTER, type ViewFilter } from '../visibility.ts';
import { type AnalysisGraph, analysisGraph } from './analysisGraph.ts';
import { type BrandesCentrality, brandesSteps } from './brandes.ts';
import {
  type AnalysisOptions,
  brandesSources,
  byId,
  DEFAULT_ANALYSIS_OPTIONS,
  degreeValues,
  isSampled,
  metricValues,
} from './centrality.ts';
import { type Communities, communities } from './communities.ts';
import { METRIC_IDS } from './metrics.ts';

export { NODE_METRIC_KEYS, type NodeMetricKey };

export interface NodeAnalysis {
  /** Values per node id, for the nodes the filter shows. */
  readonly values: Record<NodeMetricKey, Record<string, number>>;
  readonly communities: Communities;
  /** Set when betweenness and closeness are estimates: the sources sampled. */
  readonly pivots?: number;
  /** Nodes and merged links measured. */
  readonly nodes: number;
  readonly links: number;
}

export interface AnalysisProgress {
  readonly step: string;
  /** Steps done out of `total` (pivots count as a share of one step). */
  readonly done: number;
  readonly total: number;
}

const STEPS = ['graph', 'degree', 'betweenness and closeness', 'pagerank', 'eigenvector', 'communities'];

/** analyse() in steps: yields progress between (and inside) the metrics, returns the analysis. */
export function* analyseSteps(
  graph: StakeholderGraph,
  filter: ViewFilter = NO_FILTER,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): Generator<AnalysisProgress, NodeAnalysis> {
  yield { step: STEPS[0]!, done: 0, total: STEPS.length };
  return yield* analyseGraphSteps(analysisGraph(graph, filter), options);
}

/**
 * The analysis of simple graphs already built (a worker builds them from ShownLinks), in steps.
 * `walks`: Brandes' walks made elsewhere (the CLI's worker threads), else they are made here.
 */
export function* analyseGraphSteps(
  g: AnalysisGraph,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  walks?: BrandesCentrality,
): Generator<AnalysisProgress, NodeAnalysis> {
  const total = STEPS.length;
  const at = (i: number, share = 0): AnalysisProgress => ({ step: STEPS[i]!, done: i + share, total });
  yield at(1);
  const degree = degreeValues(g, 'all');
  const inDegree = degreeValues(g, 'in');
  const outDegree = degreeValues(g, 'out');
  yield at(2);
  let brandes = walks;
  if (!brandes) {
    const sources = brandesSources(g, options);
    const steps = brandesSteps(g.undirected, sources, options.seed);
    const every = Math.max(1, Math.floor(sources / 100));
    let r = steps.next();
    for (; !r.done; r = steps.next()) if (r.value % every === 0) yield at(2, r.value / sources);
    brandes = r.value;
  }
  const betweenness = byId(g, brandes.betweenness);
  const closeness = byId(g, brandes.closeness);
  const pivots = isSampled(g, options) ? brandes.pivots : undefined;
  yield at(3);
  const pagerank = metricValues(g, 'pagerank', options).values;
  yield at(4);
  const eigenvector = metricValues(g, 'eigenvector', options).values;
  yield at(5);
  const groups = communities(g, options.seed);
  const values = { degree, inDegree, outDegree, betweenness, closeness, pagerank, eigenvector };
  const result: NodeAnalysis = {
    values,
    communities: groups,
    nodes: g.nodes.length,
    links: g.links,
  };
  return pivots === undefined ? result : { ...result, pivots };
}

/** Every metric (see METRICS) and Louvain communities of the graph as the filter shows it. */
export function analyse(
  graph: StakeholderGraph,
  filter: ViewFilter = NO_FILTER,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): NodeAnalysis {
  const steps = analyseSteps(graph, filter, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

// Keeps the registry and the column list in step: every metric has a column.
const _covered: readonly NodeMetricKey[] = METRIC_IDS;
void _covered;
