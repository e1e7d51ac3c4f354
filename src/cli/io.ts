// Node I/O for the CLI: finding and reading dataset files, with their source documents.
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Issue,
  type LoadResult,
  load,
  parseJson,
  type ReadText,
  resolveSourceFiles,
} from '../graph/index.ts';
import { decodeBytes } from '../import/index.ts';

/** The repository root (two folders above this file). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_DATASET = join(PACKAGE_ROOT, 'graph-data', 'grooming-gangs-taskforce');

/** Largest dataset file the CLI reads (guards against reading something that is not a dataset). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface ReadResult extends LoadResult {
  readonly file: string;
}

export class CliError extends Error {}

/** A directory means its `dataset.json`. */
export async function datasetFile(path: string | undefined): Promise<string> {
  const target = resolve(path ?? DEFAULT_DATASET);
  const info = await stat(target);
  return info.isDirectory() ? join(target, 'dataset.json') : target;
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return (
    rel !== '' && rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\') && !isAbsolute(rel)
  );
}

/**
 * The real path of `name` inside `folder`, or a refusal when it lands outside (by `..`, an absolute
 * path or a symbolic link anywhere on the way). Checked before anything is read; undefined when the
 * file does not exist.
 */
export async function pathInside(
  folder: string,
  name: string,
): Promise<{ real: string } | { refused: string } | undefined> {
  const refused = {
    refused: `"${name}" leads outside the dataset folder (by "..", an absolute path or a symbolic link); it was not read`,
  };
  const target = resolve(folder, name);
  if (!isWithin(resolve(folder), target)) return refused;
  let real: string;
  let realFolder: string;
  try {
    realFolder = await realpath(folder);
    real = await realpath(target);
  } catch {
    return undefined;
  }
  return isWithin(realFolder, real) ? { real } : refused;
}

/** Reads source documents beside a dataset file: only files whose real path stays in its folder. */
export function sourceReader(folder: string): ReadText {
  return async (rel) => {
    const inside = await pathInside(folder, rel);
    if (inside === undefined || 'refused' in inside) return inside;
    try {
      const decoded = decodeBytes(new Uint8Array(await readFile(inside.real)), rel);
      return { text: decoded.text, warnings: decoded.issues.map((i) => i.message) };
    } catch {
      return undefined;
    }
  };
}

/** The bytes of a dataset file, decoded (UTF-8, UTF-16 by BOM or zero bytes), with notes on bad bytes. */
async function readText(file: string): Promise<{ text: string; notes: Issue[] }> {
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) throw new CliError(`${file} is ${info.size} bytes, over the 1 GiB limit`);
    const decoded = decodeBytes(new Uint8Array(await readFile(file)), file);
    return { text: decoded.text, notes: decoded.issues };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}`);
  }
}

export async function readDataset(path: string | undefined): Promise<ReadResult> {
  let file: string;
  try {
    file = await datasetFile(path);
  } catch {
    throw new CliError(`cannot find "${path}": no such file or folder`);
  }
  // A folder's dataset.json is named by the folder, so it must be inside it like any file named there.
  if (path === undefined || file !== resolve(path)) {
    const inside = await pathInside(dirname(file), 'dataset.json');
    if (inside !== undefined && 'refused' in inside) throw new CliError(`${file}: ${inside.refused}`);
  }
  const { text, notes } = await readText(file);
  const parsed = parseJson(text, file);
  const empty = { file, graph: undefined, dataset: undefined, quoteSpans: new Map() };
  if (!parsed.ok) return { ...empty, issues: [...notes, parsed.issue] };
  const resolved = await resolveSourceFiles(parsed.value, sourceReader(dirname(file)));
  const result = load(resolved.raw, { name: file });
  const failed = resolved.issues.some((i) => i.severity === 'error');
  const issues: Issue[] = [
    ...notes,
    ...resolved.issues,
    ...result.issues.filter((i) => i.code !== 'missing-text' || !failed),
  ];
  return { ...result, issues, file };
}
