// The load worker's work, as a function: read -> parse (and map) -> post the records in slices while the
// core checks them -> confirm them (or throw them away). No Worker API in it: it runs (and is tested) in Node.
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
import type { LoadRequest, LoadSource } from './messages.ts';
import { ReadError, readBlob, readProgress, readUrl } from './readSource.ts';
import { type Post, type SentUnchecked, sendDataset, sendUnchecked } from './sendDataset.ts';
import { sizeWarning } from './sizeLimit.ts';
import { sourceName } from './sourceName.ts';

/** Bytes enough to tell a format by its first characters (see sniffFormat). */
const SNIFF_BYTES = 4096;

type BeforeCheck = (raw: Readonly<Record<string, unknown>>) => void;

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
  beforeCheck: BeforeCheck,
): Promise<{ dataset?: Dataset; report: ImportReport }> {
  post({ type: 'progress', phase: 'parse' });
  const parsed = parseJson(text, name);
  if (!parsed.ok) return { report: { mapped: [], issues: [...notes, parsed.issue] } };
  const resolved = await resolveSourceFiles(parsed.value, sourceFileReader(source));
  post({ type: 'progress', phase: 'validate' });
  const raw = resolved.raw;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw))
    beforeCheck(raw as Record<string, unknown>);
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
  beforeCheck: BeforeCheck,
): { dataset?: Dataset; report: ImportReport } {
  // importFile parses, maps and validates in one call (the page builds the graph from the slices).
  post({ type: 'progress', phase: 'parse' });
  const result = importFile(name, bytes, { maxBytes, build: false, beforeCheck });
  const report = { mapped: result.report.mapped, issues: [...notes, ...result.report.issues] };
  return result.dataset ? { dataset: result.dataset, report } : { report };
}

/** A set of files (CSV nodes + edges + sources): read each, then import them together. */
async function readSet(
  files: readonly { readonly blob: Blob; readonly name: string }[],
  maxBytes: number,
  onBytes: (loaded: number, total: number | undefined) => void,
  post: Post,
  beforeCheck: BeforeCheck,
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
  const result = importFiles(contents, { maxBytes, build: false, beforeCheck });
  return result.dataset ? { dataset: result.dataset, report: result.report } : { report: result.report };
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
  // The records go to the page once parsed (and mapped), so it builds while they are checked.
  let sent: SentUnchecked | undefined;
  const beforeCheck: BeforeCheck = (raw) => {
    sent = sendUnchecked(raw, sliceSize, post);
  };
  try {
    const onBytes = readProgress(post);
    if (source.kind === 'files') {
      const { dataset, report } = await readSet(source.files, maxBytes, onBytes, post, beforeCheck);
      if (dataset) sendDataset(dataset, report, sliceSize, post, sent);
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
      read = await readJson(source, name, decoded.text, notes, post, beforeCheck);
    } else read = readForeign(name, bytes, maxBytes, notes, post, beforeCheck);
    const { dataset, report } = read;
    if (!dataset) {
      post({ type: 'failed', report });
      return;
    }
    sendDataset(dataset, report, sliceSize, post, sent);
  } catch (e) {
    const issue =
      e instanceof ReadError ? error(e.code, e.message) : error('load-failed', `${name}: ${String(e)}`);
    post({ type: 'failed', report: { mapped: [], issues: [issue] } });
  }
}
