// The graph layer: loading, validation, integrity and the graphology model.
export {
  buildGraph,
  dictionaryAdjacency,
  edgeAttributes,
  graphToDataset,
  isStated,
  newGraph,
  nodeAttributes,
  spiralPosition,
} from './build.ts';
export {
  DERIVED_COLUMNS,
  EDGE_CSV_FIELDS,
  looksNeutralised,
  NODE_CSV_FIELDS,
  NODE_METRIC_KEYS,
  type NodeMetricKey,
  neutraliseCell,
  restoreCell,
  SOURCE_CSV_FIELDS,
} from './csvLayout.ts';
export type { IntegrityResult } from './integrity.ts';
export { checkIntegrity } from './integrity.ts';
export type { Issue, IssuePath } from './issues.ts';
export { countIssues, formatIssue, formatPath, hasErrors } from './issues.ts';
export type { LayoutOptions } from './layout.ts';
export { computeLayout, DEFAULT_LAYOUT_OPTIONS } from './layout.ts';
export type { LoadOptions, LoadResult } from './load.ts';
export { load } from './load.ts';
export { lineColumn, parseJson } from './parseJson.ts';
export type { QuoteMatch } from './quotes.ts';
export { closestPassage, findQuote, hasQuote, normalizeText, sentenceAround } from './quotes.ts';
export type { ListKey, RecordCheckContext, Sub } from './recordChecks.ts';
export {
  checkEdgeRecord,
  checkNodeRecord,
  checkSourceRecord,
  reportError,
  reportWarning,
} from './recordChecks.ts';
export type { ReadText } from './resolveSources.ts';
export { inlineSources, resolveSourceFiles } from './resolveSources.ts';
export { subgraph } from './subgraph.ts';
export { didYouMean, editDistance, nearest } from './suggest.ts';
export type { SyntheticOptions } from './synthetic.ts';
export { DEFAULT_SYNTHETIC_OPTIONS, seededRandom, syntheticDataset } from './synthetic.ts';
export type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from './types.ts';
export { validateRecord, validateSchema, validateShell } from './validate.ts';
