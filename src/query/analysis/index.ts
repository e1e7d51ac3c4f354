// Stakeholder analysis: centrality metrics, communities and change between dates, on the graph as shown.

export type { AnalysisProgress, NodeAnalysis, NodeMetricKey } from './analyse.ts';
export { analyse, analyseGraphSteps, analyseSteps, NODE_METRIC_KEYS } from './analyse.ts';
export type { AnalysisGraph, ShownLinks } from './analysisGraph.ts';
export { analysisGraph, shownLinksSteps, simpleGraphs, undirectedGraph } from './analysisGraph.ts';
export type { BrandesCentrality, BrandesPlan } from './brandes.ts';
export { brandesPlan, brandesResult, brandesSteps, PIVOT_GROUPS } from './brandes.ts';
export type { Dependency, GroupSums } from './brandesWalk.ts';
export { groupSums } from './brandesWalk.ts';
export type { AnalysisOptions, MetricValues } from './centrality.ts';
export {
  brandesSources,
  brandesValues,
  DEFAULT_ANALYSIS_OPTIONS,
  metricValues,
  resolveAnalysisOptions,
} from './centrality.ts';
export type { Communities, Community } from './communities.ts';
export { communities } from './communities.ts';
export type { DateDiff, DiffNode, DiffRelation, RoleChange } from './dateDiff.ts';
export { dateDiff, parseDay } from './dateDiff.ts';
export type { MetricId, MetricInfo } from './metrics.ts';
export { isMetricId, METRIC_IDS, METRICS, SEMANTICS } from './metrics.ts';
export { neighbourhood } from './neighbourhood.ts';
export type { RankedNode } from './ranking.ts';
export { ranking, rankingOf } from './ranking.ts';
export type { RouteThrough } from './routesThrough.ts';
export { routesThrough } from './routesThrough.ts';
