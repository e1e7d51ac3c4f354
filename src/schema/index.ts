// The schema: what a dataset may contain. Types come from these zod schemas.
export type { Dataset } from './dataset.ts';
export { datasetSchema, datasetShellSchema, SCHEMA_VERSION } from './dataset.ts';
export type { Dated, PartialDate } from './dates.ts';
export { dateEnd, dateStart, holdsOn, isPartialDate, partialDateSchema } from './dates.ts';
export type { Claim, ClaimStatus, Evidence } from './evidence.ts';
export { BASIS, CLAIM_STATUS, claimSchema, evidenceSchema, STANCE } from './evidence.ts';
export { httpUrlSchema, ID_PATTERN, idSchema, toKebabId } from './ids.ts';
export type { NodeKind, NodeKindInfo } from './nodeKinds.ts';
export { isNodeKind, NODE_KIND_IDS, NODE_KINDS, nodeKindSchema } from './nodeKinds.ts';
export type { Attributes, EdgeRecord, Figure, NodeRecord } from './record.ts';
export { attributesSchema, edgeSchema, figureSchema, nodeSchema, QUALIFIERS } from './record.ts';
export type { RelationKind, RelationKindInfo } from './relationKinds.ts';
export {
  isRelationKind,
  RELATION_KIND_IDS,
  RELATION_KINDS,
  relationInfo,
  relationKindSchema,
} from './relationKinds.ts';
export type { Source } from './source.ts';
export { sourceSchema } from './source.ts';
