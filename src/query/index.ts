// Queries over a loaded graph: statistics, evidence, time, sentences.
export type { EvidenceSubject, LocatedEvidence } from './evidence.ts';
export { edgeEvidence, evidenceBySource, nodeEvidence } from './evidence.ts';
export { figureText, relationSentence } from './sentence.ts';
export type { GraphStats } from './stats.ts';
export { graphStats } from './stats.ts';
export { asDay, dateRange, edgeHoldsOn, nodeHoldsOn, roleHolders } from './time.ts';
