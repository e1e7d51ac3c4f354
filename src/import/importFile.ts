// importFile(): picks the importer by extension or content, enforces a size limit, decodes bytes, validates.
import { hasErrors, type Issue, load } from '../graph/index.ts';
import { type CsvFiles, normaliseHeader, readCsv } from './csv.ts';
import { cleanText, decodeBytes } from './decode.ts';
import { finalizeImport } from './finalize.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { readRdf } from './rdf/readRdf.ts';
import { DEFAULT_MAX_BYTES, type ImportOptions, type ImportResult, type ReadResult } from './types.ts';

export type ImportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'turtle' | 'jsonld';

export interface NamedContent {
  readonly name: string;
  readonly content: string | Uint8Array;
}

const failed = (issues: Issue[]): ImportResult => ({ report: { mapped: [], issues } });
const issue = (code: string, message: string): Issue => ({ severity: 'error', code, path: [], message });

const EXTENSIONS: Record<string, ImportFormat> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  tsv: 'csv',
  ttl: 'turtle',
  jsonld: 'jsonld',
};

/** The format by extension, else by the first characters of the text. */
export function sniffFormat(name: string, text: string): ImportFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext !== undefined && Object.hasOwn(EXTENSIONS, ext)) return EXTENSIONS[ext];
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return /"@context"/.test(head) ? 'jsonld' : 'json';
  if (/^(@prefix|@base|PREFIX|BASE)\s/i.test(head)) return 'turtle';
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/.test(head)) return 'gexf';
    if (/<graphml[\s>]/.test(head)) return 'graphml';
    return undefined;
  }
  return head.includes(',') ? 'csv' : undefined;
}

function size(content: string | Uint8Array): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

function decode(file: NamedContent, options: ImportOptions): { text: string; issues: Issue[] } | Issue {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const n = size(file.content);
  if (n > max) {
    return issue(
      'too-large',
      `${file.name} is ${n.toLocaleString('en-GB')} ${typeof file.content === 'string' ? 'characters' : 'bytes'}, over the import limit of ${max.toLocaleString('en-GB')} bytes (maxBytes)`,
    );
  }
  return typeof file.content === 'string'
    ? cleanText(file.content, file.name)
    : decodeBytes(file.content, file.name);
}

/** Imports one file: our dataset JSON, GEXF, GraphML, or one CSV (nodes, or edges whose ends become nodes). */
export function importFile(
  name: string,
  content: string | Uint8Array,
  options: ImportOptions = {},
): ImportResult {
  return importFiles([{ name, content }], options);
}

/** Imports a file, or a CSV set (nodes.csv, edges.csv, sources.csv, told apart by name or header). */
export function importFiles(files: readonly NamedContent[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0) return failed([issue('empty', 'no file given')]);
  const decoded: { name: string; text: string }[] = [];
  const notes: Issue[] = [];
  for (const f of files) {
    const d = decode(f, options);
    if ('severity' in d) return failed([d]);
    notes.push(...d.issues);
    decoded.push({ name: f.name, text: d.text });
  }
  const first = decoded[0]!;
  const format = sniffFormat(first.name, first.text);
  if (format === undefined) {
    if (first.text.trim() === '') return failed([...notes, issue('empty', `${first.name} is empty`)]);
    return failed([
      ...notes,
      issue(
        'unknown-format',
        `${first.name}: cannot tell its format; expected .json, .gexf, .graphml, .csv, .ttl or .jsonld`,
      ),
    ]);
  }
  if (format === 'json') {
    const result = load(first.text, { name: first.name, build: options.build ?? true });
    const report = {
      mapped: result.dataset
        ? [
            `${first.name}: Stakeholder Graph JSON, ${result.dataset.nodes.length} nodes and ${result.dataset.edges.length} edges`,
          ]
        : [],
      issues: [...notes, ...result.issues],
    };
    if (!result.dataset || hasErrors(result.issues)) return { report };
    return result.graph
      ? { dataset: result.dataset, graph: result.graph, report }
      : { dataset: result.dataset, report };
  }
  if (format === 'turtle' || format === 'jsonld') {
    const result = readRdf(first.text, first.name, format, options);
    return { ...result, report: { ...result.report, issues: [...notes, ...result.report.issues] } };
  }
  let read: ReadResult;
  if (format === 'gexf') read = readGexf(first.text, first.name);
  else if (format === 'graphml') read = readGraphml(first.text, first.name);
  else read = readCsv(csvRoles(decoded));
  if (!read.ok) return failed([...notes, ...read.issues]);
  const name = format === 'csv' ? csvName(decoded) : first.name;
  return finalizeImport(read.graph, name, options, [...notes, ...read.issues]);
}

/** Which CSV is which: by file name, else by header (source+target: edges; kind+title: sources). */
function csvRoles(files: readonly { name: string; text: string }[]): CsvFiles {
  const roles: {
    nodes?: { name: string; text: string };
    edges?: { name: string; text: string };
    sources?: { name: string; text: string };
  } = {};
  for (const f of files) {
    const base = f.name.replace(/^.*[\\/]/, '').toLowerCase();
    const header = (f.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map(normaliseHeader);
    if (base.startsWith('sources') || (header.includes('kind') && header.includes('title')))
      roles.sources = f;
    else if (
      base.startsWith('edges') ||
      base.startsWith('relationships') ||
      (header.includes('source') && header.includes('target'))
    )
      roles.edges = f;
    else roles.nodes = f;
  }
  return roles;
}

/** A dataset name for a CSV set: its folder, else the nodes file. */
function csvName(files: readonly { name: string }[]): string {
  const first = files[0]!.name;
  const folder = /([^\\/]+)[\\/][^\\/]+$/.exec(first)?.[1];
  return folder ?? first;
}
