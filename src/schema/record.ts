// Nodes, edges and figures: the records of a dataset.
import { z } from 'zod';
import { claimSchema, evidenceSchema } from './evidence.ts';
import {
  httpUrlSchema,
  idSchema,
  nodeKindSchema,
  partialDateSchema,
  relationKindSchema,
} from './primitives.ts';
import { QUALIFIERS } from './values.ts';

const attributeValue = z.union([z.string(), z.number(), z.boolean()]);
/** Free, typed attributes (string, number or boolean), e.g. from an imported file. */
export const attributesSchema = z.record(z.string().min(1), attributeValue);

/** A figure such as arrests, victims safeguarded or officers trained, with its date or period. */
export const figureSchema = z.strictObject({
  /** What is counted, kebab-case: arrests, victims-safeguarded, officers-trained... */
  measure: idSchema,
  /** How to say it: "Arrests of suspected child predators". */
  label: z.string().min(1),
  value: z.number().finite(),
  qualifier: z.enum(QUALIFIERS).optional(),
  unit: z.string().min(1).optional(),
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  on: partialDateSchema.optional(),
  evidence: z.array(evidenceSchema).min(1),
  claim: claimSchema.optional(),
});

export const nodeSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1),
  type: nodeKindSchema,
  aliases: z.array(z.string().min(1)).optional(),
  description: z.string().min(1).optional(),
  url: httpUrlSchema.optional(),
  /** Existence period (a bill from introduction to its fall; a body from creation). */
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  figures: z.array(figureSchema).optional(),
  attributes: attributesSchema.optional(),
  evidence: z.array(evidenceSchema).optional(),
  claim: claimSchema.optional(),
  /** Precomputed layout position. */
  position: z.strictObject({ x: z.number().finite(), y: z.number().finite() }).optional(),
});

export const edgeSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  type: relationKindSchema,
  /** Words that complete the sentence: "would require all professionals <to report suspected abuse>". */
  detail: z.string().min(1).optional(),
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  on: partialDateSchema.optional(),
  /** A numeric weight for weighted path queries (cost of following the edge). */
  weight: z.number().positive().finite().optional(),
  attributes: attributesSchema.optional(),
  evidence: z.array(evidenceSchema).optional(),
  claim: claimSchema.optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema>;
export type Attributes = z.infer<typeof attributesSchema>;
