// Queries over a loaded graph: statistics, evidence, time, sentences, analysis.

export type {
  AnalysisGraph,
  AnalysisOptions,
  AnalysisProgress,
  BrandesCentrality,
  BrandesPlan,
  Communities,
  Community,
  DateDiff,
  Dependency,
  DiffNode,
  DiffRelation,
  GroupSums,
  MetricId,
  MetricInfo,
  MetricValues,
  NodeAnalysis,
  NodeMetricKey,
  RankedNode,
  RoleChange,
  RouteThrough,
  ShownLinks,
} from './analysis/index.ts';
export {
  analyse,
  analyseGraphSteps,
  analyseSteps,
  analysisGraph,
  brandesPlan,
  brandesResult,
  brandesSources,
  brandesSteps,
  brandesValues,
  communities,
  DEFAULT_ANALYSIS_OPTIONS,
  dateDiff,
  groupSums,
  isMetricId,
  METRIC_IDS,
  METRICS,
  metricValues,
  NODE_METRIC_KEYS,
  neighbourhood,
  PIVOT_GROUPS,
  parseDay,
  ranking,
  rankingOf,
  resolveAnalysisOptions,
  routesThrough,
  SEMANTICS,
  shownLinksSteps,
  simpleGraphs,
  undirectedGraph,
} from './analysis/index.ts';

export { datasetPathIndex } from './datasetPathIndex.ts';
export type { Hop, Path, PathEdge } from './describePath.ts';
export { describePath } from './describePath.ts';
export type { Basis, EvidenceSubject, LocatedEvidence } from './evidence.ts';
export { basisOf, edgeEvidence, evidenceBySource, evidenceCounts, nodeEvidence } from './evidence.ts';
export { explainNoPath, PATH_FILTERS } from './explainNoPath.ts';
export type { PathResult } from './findPaths.ts';
export { findIndexPaths, findPaths } from './findPaths.ts';
export { kShortestPaths } from './kShortestPaths.ts';
export type { Masks, PathIndex } from './pathIndex.ts';
export { buildPathIndex, filterMasks, pathIndex } from './pathIndex.ts';
export type { PathMode, PathOptions } from './pathOptions.ts';
export { DEFAULT_PATH_OPTIONS, PATH_MODES, PathQueryError, resolvePathOptions } from './pathOptions.ts';
export type { RawPath, SearchSpace } from './pathSearch.ts';
export { allShortestPaths, bidirectionalBfs, distances, shortestPath } from './pathSearch.ts';
export type { NodeMatch } from './resolveNode.ts';
export { resolveIndexNode, resolveNode } from './resolveNode.ts';
export type { SearchHit, SearchIndex, SearchOptions } from './search.ts';
export { buildSearchIndex, DEFAULT_SEARCH_OPTIONS, searchIndexSteps } from './search.ts';
export { figureText, relationSentence, sentenceOf } from './sentence.ts';
export type { SimplePathsResult } from './simplePaths.ts';
export { SIMPLE_PATH_WORK_BUDGET, simplePaths } from './simplePaths.ts';
export type { GraphStats } from './stats.ts';
export { graphStats } from './stats.ts';
export { asDay, dateRange, edgeHoldsOn, nodeHoldsOn, roleHolders } from './time.ts';
export type { ViewFilter } from './visibility.ts';
export {
  edgeItselfShown,
  filtering,
  filtersChanged,
  isEdgeShown,
  isNodeShown,
  NO_FILTER,
} from './visibility.ts';
