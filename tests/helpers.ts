// Shared test helpers: fixture paths and loading datasets from real files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/cli/io.ts';
import type { LoadResult } from '../src/graph/index.ts';

export const ROOT = PACKAGE_ROOT;
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const BUNDLED_DIR = join(ROOT, 'graph-data', 'grooming-gangs-taskforce');

/** The small fixture as a self-contained raw object (source text inlined), ready to be broken by a test. */
export function smallRaw(): Record<string, unknown> & {
  sources: Record<string, unknown>[];
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
} {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'small', 'dataset.json'), 'utf8'));
  const text = readFileSync(join(FIXTURES, 'small', 'sources', 'doc.txt'), 'utf8');
  raw.sources[0].text = text;
  delete raw.sources[0].file;
  return raw;
}

export function codes(result: LoadResult): string[] {
  return result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
}
