// The schema: what a dataset may contain. Types come from these zod schemas. The registries, value
// lists and helpers come from modules free of zod (the page imports those; see primitives.ts).
export type { NodeAppearance } from './appearance.ts';
export { APPEARANCE_KEYS, CATEGORY_PALETTE, isHexColour, nodeAppearance } from './appearance.ts';
export type { Dataset } from './dataset.ts';
export { datasetSchema, datasetShellSchema } from './dataset.ts';
export type { Dated } from './dates.ts';
export { dateEnd, dateStart, holdsOn, isPartialDate } from './dates.ts';
export type { Claim, ClaimStatus, Evidence } from './evidence.ts';
export { claimSchema, evidenceSchema } from './evidence.ts';
export { foldPunctuation, foldTerm, foldText, stripAccents } from './fold.ts';
export { ID_PATTERN, toKebabId } from './ids.ts';
export type { NodeKind, NodeKindInfo } from './nodeKinds.ts';
export { isNodeKind, NODE_KIND_IDS, NODE_KINDS } from './nodeKinds.ts';
export type { PartialDate } from './primitives.ts';
export {
  httpUrlSchema,
  idSchema,
  nodeKindSchema,
  partialDateSchema,
  relationKindSchema,
} from './primitives.ts';
export type { Attributes, EdgeRecord, Figure, NodeRecord } from './record.ts';
export { attributesSchema, edgeSchema, figureSchema, nodeSchema } from './record.ts';
export type { RelationKind, RelationKindInfo } from './relationKinds.ts';
export { isRelationKind, RELATION_KIND_IDS, RELATION_KINDS, relationInfo } from './relationKinds.ts';
export type { Source } from './source.ts';
export { sourceSchema } from './source.ts';
export { isSourceFilePath, SOURCE_FILE_PATTERN } from './sourceFile.ts';
export { BASIS, CLAIM_STATUS, QUALIFIERS, SCHEMA_VERSION, STANCE } from './values.ts';
