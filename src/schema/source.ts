// Sources: stored documents (with full text) and external references (cited by url).
import { z } from 'zod';
import { httpUrlSchema, idSchema, partialDateSchema } from './primitives.ts';
import { SOURCE_FILE_PATTERN } from './sourceFile.ts';

export const sourceSchema = z.strictObject({
  id: idSchema,
  /** `document`: we store its text and quotes must be found in it; `reference`: cited by url. */
  kind: z.enum(['document', 'reference']),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  date: partialDateSchema.optional(),
  url: httpUrlSchema.optional(),
  /** For documents kept beside the dataset: a path relative to the dataset file. */
  file: z
    .string()
    .regex(SOURCE_FILE_PATTERN, {
      error: 'must be a relative path inside the dataset folder',
    })
    .optional(),
  /** For self-contained datasets: the document's full text inline. */
  text: z.string().optional(),
  note: z.string().min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
