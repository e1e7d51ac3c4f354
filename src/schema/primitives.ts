// The zod schemas of single values (ids, web addresses, dates, kinds), over the plain definitions
// in ids.ts, dates.ts and the kind registries. Those stay free of zod, so the explorer's page, which
// only reads registries and helpers, does not load or build the schema (validation runs in the worker).
import { z } from 'zod';
import { isPartialDate } from './dates.ts';
import { ID_PATTERN } from './ids.ts';
import { NODE_KIND_IDS } from './nodeKinds.ts';
import { RELATION_KIND_IDS } from './relationKinds.ts';

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'must be kebab-case: lowercase letters and digits joined by single hyphens' });

/** Web addresses: http(s) only, so that a link in a dataset can never run script (`javascript:`). */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with http:// or https://',
});

export const partialDateSchema = z.string().refine(isPartialDate, {
  error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
});

export type PartialDate = z.infer<typeof partialDateSchema>;

export const nodeKindSchema = z.enum(NODE_KIND_IDS);

export const relationKindSchema = z.enum(RELATION_KIND_IDS);
