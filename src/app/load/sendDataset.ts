// How the load worker sends a dataset to the page: a header, then slices of records (one main-thread
// task each), then 'done' with the report. The records may go before the checks end (sendUnchecked),
// so the page builds its graph while the worker checks them.
import type { ImportReport } from '../../import/index.ts';
import type { Dataset, EdgeRecord, NodeRecord } from '../../schema/index.ts';
import type { GraphHeader, WorkerMessage } from './messages.ts';

export type Post = (message: WorkerMessage) => void;

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

/** What went to the page before the checks: the header and the very lists the slices came from. */
export interface SentUnchecked {
  readonly header: GraphHeader;
  readonly nodes: readonly unknown[];
  readonly edges: readonly unknown[];
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

function headerOf(raw: Readonly<Record<string, unknown>>): GraphHeader | undefined {
  const { schemaVersion, id, title, description } = raw;
  if (typeof schemaVersion !== 'number' || typeof id !== 'string' || typeof title !== 'string') return;
  if (description !== undefined && typeof description !== 'string') return;
  return { schemaVersion, id, title, ...(description === undefined ? {} : { description }) };
}

function sendRecords(
  header: GraphHeader,
  nodes: readonly object[],
  edges: readonly object[],
  sliceSize: number,
  post: Post,
): void {
  post({ type: 'header', header, nodeCount: nodes.length, edgeCount: edges.length });
  for (const [start, records] of recordSlices(nodes, sliceSize))
    post({ type: 'nodes', start, records: records as NodeRecord[] });
  for (const [, records] of recordSlices(edges, sliceSize))
    post({ type: 'edges', records: records as EdgeRecord[] });
}

/**
 * Sends the header, nodes and edges of a dataset not yet checked, when it has the shape of one
 * (else nothing: the checks will say what is wrong). The page builds from them at once; sendDataset
 * then confirms them, or has them thrown away or replaced.
 */
export function sendUnchecked(
  raw: Readonly<Record<string, unknown>>,
  sliceSize: number,
  post: Post,
): SentUnchecked | undefined {
  const header = headerOf(raw);
  const { nodes, edges } = raw;
  if (header === undefined || !Array.isArray(nodes) || !Array.isArray(edges)) return;
  if (!nodes.every(isObject) || !edges.every(isObject)) return;
  sendRecords(header, nodes, edges, sliceSize, post);
  return { header, nodes, edges };
}

/**
 * Whether two JSON-like values are equal in content (the same keys, none left undefined on one side
 * only). Hand-written: a few lines for plain data, where Node's isDeepStrictEqual is not in a worker.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * The checks keep a list as it is when zod accepts each record unchanged; a record zod had to look
 * at (figures, claims) comes back as an equal copy, which is compared by content.
 */
function sameRecords(sent: readonly unknown[], checked: readonly unknown[]): boolean {
  if (sent === checked) return true;
  if (sent.length !== checked.length) return false;
  for (let i = 0; i < sent.length; i++) if (!sameValue(sent[i], checked[i])) return false;
  return true;
}

const sameHeader = (a: GraphHeader, b: GraphHeader): boolean =>
  a.schemaVersion === b.schemaVersion &&
  a.id === b.id &&
  a.title === b.title &&
  a.description === b.description;

/**
 * Sends the checked dataset: only its sources and 'done' when the records sent unchecked are the
 * ones the checks kept, else a 'restart' and everything again.
 */
export function sendDataset(
  dataset: Dataset,
  report: ImportReport,
  sliceSize: number,
  post: Post,
  sent?: SentUnchecked,
): void {
  const header = headerOf(dataset as unknown as Record<string, unknown>)!;
  const confirmed =
    sent !== undefined &&
    sameRecords(sent.nodes, dataset.nodes) &&
    sameRecords(sent.edges, dataset.edges) &&
    sameHeader(sent.header, header);
  if (!confirmed) {
    if (sent !== undefined) post({ type: 'restart' });
    sendRecords(header, dataset.nodes, dataset.edges, sliceSize, post);
  }
  // Sources carry document texts: smaller slices keep each message's copy short on the main thread.
  const sourceSlice = Math.max(1, Math.floor(sliceSize / 8));
  for (let i = 0; i < dataset.sources.length; i += sourceSlice)
    post({ type: 'sources', records: dataset.sources.slice(i, i + sourceSlice) });
  post({ type: 'done', report });
}
