// The dataset: metadata, sources, nodes and edges. The one source of truth for its types.
import { z } from 'zod';
import { idSchema } from './primitives.ts';
import { edgeSchema, nodeSchema } from './record.ts';
import { sourceSchema } from './source.ts';
import { SCHEMA_VERSION } from './values.ts';

/** Top level, with records left unchecked so that each is validated on its own (all problems at once). */
export const datasetShellSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  sources: z.array(z.unknown()),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

export const datasetSchema = datasetShellSchema.extend({
  sources: z.array(sourceSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
