// The load worker's work, as a function: read -> parse -> validate (core calls) -> post the dataset in slices.
// It has no Worker API in it, so it runs (and is tested) in Node as well.
import {
  hasErrors,
  type Issue,
  load,
  parseJson,
  type ReadText,
  resolveSourceFiles,
} from '../../graph/index.ts';
import {
  decodeBytes,
  type ImportReport,
  importFile,
  importFiles,
  type NamedContent,
  sniffFormat,
} from '../../import/index.ts';
import type { Dataset } from '../../schema/index.ts';
import type { GraphHeader, LoadRequest, LoadSource, WorkerMessage } from './messages.ts';
import { ReadError, readBlob, readProgress, readUrl } from './readSource.ts';
import { sizeWarning } from './sizeLimit.ts';
import { sourceName } from './sourceName.ts';

export type Post = (message: WorkerMessage) => void;

/** Bytes enough to tell a format by its first characters (see sniffFormat). */
const SNIFF_BYTES = 4096;

const error = (code: string, message: string): Issue => ({ severity: 'error', code, path: [], message });

/**
 * Reads a source file of a JSON dataset: bundled files by their URL map, fetched files beside the
 * dataset. A fetched file must stay in the dataset's folder on the same server: resolveSourceFiles
 * passes plain relative paths only, and this check also covers what URL parsing would undo (`%2e%2e`).
 */
function sourceFileReader(source: LoadSource): ReadText {
  return async (relative) => {
    let url: string | undefined;
    if (source.kind === 'bundled') url = source.files[relative];
    else if (source.kind === 'url') {
      const folder = new URL('./', source.url);
      const target = new URL(relative, source.url);
      if (target.origin !== folder.origin || !target.pathname.startsWith(folder.pathname))
        return { refused: `"${relative}" leads outside the dataset folder; it was not read` };
      url = target.href;
    }
    if (url === undefined) return undefined;
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const decoded = decodeBytes(new Uint8Array(await response.arrayBuffer()), relative);
    return { text: decoded.text, warnings: decoded.issues.map((i) => i.message) };
  };
}

async function readJson(
  source: LoadSource,
  name: string,
  text: string,
  notes: Issue[],
  post: Post,
): Promise<{ dataset?: Dataset; report: ImportReport }> {
  post({ type: 'progress', phase: 'parse' });
  const parsed = parseJson(text, name);
  if (!parsed.ok) return { report: { mapped: [], issues: [...notes, parsed.issue] } };
  const resolved = await resolveSourceFiles(parsed.value, sourceFileReader(source));
  post({ type: 'progress', phase: 'validate' });
  const result = load(resolved.raw, { name, build: false });
  const issues = [...notes, ...resolved.issues, ...result.issues];
  const dataset = result.dataset;
  const mapped = dataset
    ? [`${name}: Stakeholder Graph JSON, ${dataset.nodes.length} nodes and ${dataset.edges.length} edges`]
    : [];
  if (!dataset || hasErrors(issues)) return { report: { mapped, issues } };
  return { dataset, report: { mapped, issues } };
}

function readForeign(
  name: string,
  bytes: Uint8Array,
  maxBytes: number,
  notes: Issue[],
  post: Post,
): { dataset?: Dataset; report: ImportReport } {
  // importFile parses, maps and validates in one call (the page builds the graph from the slices).
  post({ type: 'progress', phase: 'parse' });
  const result = importFile(name, bytes, { maxBytes, build: false });
  const report = { mapped: result.report.mapped, issues: [...notes, ...result.report.issues] };
  return result.dataset ? { dataset: result.dataset, report } : { report };
}

/** A set of files (CSV nodes + edges + sources): read each, then import them together. */
async function readSet(
  files: readonly { readonly blob: Blob; readonly name: string }[],
  maxBytes: number,
  onBytes: (loaded: number, total: number | undefined) => void,
  post: Post,
): Promise<{ dataset?: Dataset; report: ImportReport }> {
  const total = files.reduce((sum, f) => sum + f.blob.size, 0);
  const contents: NamedContent[] = [];
  let before = 0;
  for (const f of files) {
    const content = await readBlob(f.blob, f.name, maxBytes, (loaded) => onBytes(before + loaded, total));
    before += content.byteLength;
    contents.push({ name: f.name, content });
  }
  post({ type: 'progress', phase: 'parse' });
  const result = importFiles(contents, { maxBytes, build: false });
  return result.dataset ? { dataset: result.dataset, report: result.report } : { report: result.report };
}

/**
 * Roughly the characters a record takes to copy (its text fields, about 100 per list item): the
 * main thread's task per slice grows with them, and records with long descriptions made slices
 * of the same count take twice as long.
 */
function recordWeight(record: object): number {
  let weight = 40;
  for (const value of Object.values(record))
    weight += typeof value === 'string' ? value.length : Array.isArray(value) ? 100 * value.length : 16;
  return weight;
}

/** The weight of `sliceSize` typical records (the seeded synthetic edges weigh about 190). */
const WEIGHT_PER_RECORD = 200;

/** Slices of at most `sliceSize` records and about `sliceSize` typical records' weight. */
export function* recordSlices<T extends object>(
  records: readonly T[],
  sliceSize: number,
): Generator<[number, T[]]> {
  const budget = sliceSize * WEIGHT_PER_RECORD;
  let start = 0;
  while (start < records.length) {
    let end = start;
    let weight = 0;
    while (end < records.length && end - start < sliceSize && (end === start || weight < budget))
      weight += recordWeight(records[end++]!);
    yield [start, records.slice(start, end)];
    start = end;
  }
}

function postDataset(dataset: Dataset, report: ImportReport, sliceSize: number, post: Post): void {
  const header: GraphHeader = {
    schemaVersion: dataset.schemaVersion,
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
  };
  post({
    type: 'header',
    header,
    nodeCount: dataset.nodes.length,
    edgeCount: dataset.edges.length,
    sourceCount: dataset.sources.length,
    report,
  });
  // Sources carry document texts: smaller slices keep each message's copy short on the main thread.
  const sourceSlice = Math.max(1, Math.floor(sliceSize / 8));
  for (let i = 0; i < dataset.sources.length; i += sourceSlice)
    post({ type: 'sources', records: dataset.sources.slice(i, i + sourceSlice) });
  for (const [start, records] of recordSlices(dataset.nodes, sliceSize))
    post({ type: 'nodes', start, records });
  for (const [, records] of recordSlices(dataset.edges, sliceSize)) post({ type: 'edges', records });
  post({ type: 'done' });
}

/**
 * Runs one load; every outcome ends in a 'done' or a 'failed' message, never a throw. `started` is
 * the file's download when the worker began it before this code had loaded (loadWorker.ts).
 */
export async function runLoad(
  request: LoadRequest,
  post: Post,
  started?: Promise<Uint8Array>,
): Promise<void> {
  const { source, maxBytes, warnBytes, sliceSize } = request;
  const name = sourceName(source);
  try {
    const onBytes = readProgress(post);
    if (source.kind === 'files') {
      const { dataset, report } = await readSet(source.files, maxBytes, onBytes, post);
      if (dataset) postDataset(dataset, report, sliceSize, post);
      else post({ type: 'failed', report });
      return;
    }
    const bytes =
      started === undefined
        ? source.kind === 'blob'
          ? await readBlob(source.blob, name, maxBytes, onBytes)
          : await readUrl(source.url, name, maxBytes, onBytes)
        : await started;
    const notes: Issue[] = [];
    const warning = sizeWarning(name, bytes.byteLength, warnBytes);
    if (warning !== undefined)
      notes.push({ severity: 'warning', code: 'large-file', path: [], message: warning });
    // The format from the name, else from the first characters: only JSON is decoded here, since
    // the importers decode their bytes themselves (and report the encoding once).
    const format = sniffFormat(name, decodeBytes(bytes.subarray(0, SNIFF_BYTES), name).text);
    let read: { dataset?: Dataset; report: ImportReport };
    if (format === 'json') {
      const decoded = decodeBytes(bytes, name);
      notes.push(...decoded.issues);
      read = await readJson(source, name, decoded.text, notes, post);
    } else read = readForeign(name, bytes, maxBytes, notes, post);
    const { dataset, report } = read;
    if (!dataset) {
      post({ type: 'failed', report });
      return;
    }
    postDataset(dataset, report, sliceSize, post);
  } catch (e) {
    const issue =
      e instanceof ReadError ? error(e.code, e.message) : error('load-failed', `${name}: ${String(e)}`);
    post({ type: 'failed', report: { mapped: [], issues: [issue] } });
  }
}
