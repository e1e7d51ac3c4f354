// Node I/O for the CLI: finding and reading dataset files, with their source documents.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Issue, type LoadResult, load, parseJson, resolveSourceFiles } from '../graph/index.ts';

/** The repository root (two folders above this file). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_DATASET = join(PACKAGE_ROOT, 'graph-data', 'grooming-gangs-taskforce');

/** Largest dataset file the CLI reads (guards against reading something that is not a dataset). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface ReadResult extends LoadResult {
  readonly file: string;
}

/** A directory means its `dataset.json`. */
export async function datasetFile(path: string | undefined): Promise<string> {
  const target = resolve(path ?? DEFAULT_DATASET);
  const info = await stat(target);
  return info.isDirectory() ? join(target, 'dataset.json') : target;
}

export class CliError extends Error {}

/**
 * Reads, checks and (unless `build: false`) builds the dataset at `path`. Commands that answer
 * from the records alone (validate, path) skip the graphology graph: at 100k nodes building it
 * costs more than reading and parsing the file.
 */
export async function readDataset(
  path: string | undefined,
  options: { build?: boolean } = {},
): Promise<ReadResult> {
  let file: string;
  try {
    file = await datasetFile(path);
  } catch {
    throw new CliError(`cannot find "${path}": no such file or folder`);
  }
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) throw new CliError(`${file} is ${info.size} bytes, over the 1 GiB limit`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}`);
  }
  const parsed = parseJson(text, file);
  if (!parsed.ok)
    return { file, graph: undefined, dataset: undefined, issues: [parsed.issue], quoteSpans: new Map() };
  const base = dirname(file);
  const resolved = await resolveSourceFiles(parsed.value, async (rel) => {
    try {
      return await readFile(join(base, rel), 'utf8');
    } catch {
      return undefined;
    }
  });
  const result = load(resolved.raw, { name: file, build: options.build !== false });
  const issues: Issue[] = [
    ...resolved.issues,
    ...result.issues.filter((i) => i.code !== 'missing-text' || resolved.issues.length === 0),
  ];
  return { ...result, issues, file };
}
