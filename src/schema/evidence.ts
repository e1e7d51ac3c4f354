// Evidence items: a quote found in a stored document, or a cited external reference.
import { z } from 'zod';
import { httpUrlSchema, idSchema } from './primitives.ts';
import { BASIS, CLAIM_STATUS, STANCE } from './values.ts';

export const evidenceSchema = z
  .strictObject({
    /** Id of an entry in the dataset's `sources`. */
    source: idSchema,
    /** Exact words from the source's text (compared after Unicode NFC). Only for document sources. */
    quote: z.string().min(1).optional(),
    /** Where the fact is found in an external reference. */
    url: httpUrlSchema.optional(),
    /** What the reference says, or how the inference was drawn. */
    note: z.string().min(1).optional(),
    /** Whether the source states the fact, or it is inferred from what the source says. */
    basis: z.enum(BASIS),
    /** Whether this item supports the fact (default) or contradicts it. */
    stance: z.enum(STANCE).optional(),
  })
  .refine((item) => item.quote !== undefined || item.url !== undefined || item.note !== undefined, {
    error: 'evidence needs a quote (for a stored document) or a url or note (for an external reference)',
  });

export type Evidence = z.infer<typeof evidenceSchema>;

/** Marks a fact as one source's claim, with what other sources say of it. */
export const claimSchema = z.strictObject({
  /** The source that makes the claim (usually the article). */
  by: idSchema,
  status: z.enum(CLAIM_STATUS),
  /** Plain words on how the claim compares with the record. */
  note: z.string().min(1),
  /** The sources that confirm, dispute or supersede the claim. */
  evidence: z.array(evidenceSchema).min(1),
});

export type Claim = z.infer<typeof claimSchema>;
export type ClaimStatus = Claim['status'];
