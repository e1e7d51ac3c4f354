// Reads nodes.csv and edges.csv (ours, Kumu, neo4j-admin, spreadsheets), and our sources.csv, with papaparse.
import Papa from 'papaparse';
import {
  EDGE_CSV_FIELDS,
  type Issue,
  looksNeutralised,
  NODE_CSV_FIELDS,
  restoreCell,
  SOURCE_CSV_FIELDS,
} from '../graph/index.ts';
import type { ForeignEdge, ForeignNode, ForeignValue, ReadResult } from './types.ts';

export interface CsvFiles {
  readonly nodes?: { name: string; text: string };
  readonly edges?: { name: string; text: string };
  readonly sources?: { name: string; text: string };
}

/** Header names other tools use for our columns (matched case-insensitively). */
const HEADER_ALIASES: Record<string, string> = {
  id: 'id',
  ':id': 'id',
  label: 'label',
  name: 'label',
  type: 'type',
  ':label': 'type',
  ':type': 'type',
  kind: 'type',
  source: 'source',
  from: 'source',
  ':start_id': 'source',
  target: 'target',
  to: 'target',
  ':end_id': 'target',
};

/** `id:ID` -> `id`, `x:double` -> `x`, `From` -> `source`; other headers are kept as written. */
export function normaliseHeader(header: string): string {
  const trimmed = header.trim();
  const lower = trimmed.toLowerCase();
  if (Object.hasOwn(HEADER_ALIASES, lower)) return HEADER_ALIASES[lower]!;
  // neo4j-admin's ID spaces: `id:ID(Stakeholder)`, `:START_ID(Stakeholder)`.
  const spaced = /^(.*:(?:ID|START_ID|END_ID))\([^()]*\)$/i.exec(trimmed);
  if (spaced) return normaliseHeader(spaced[1]!);
  const typed = /^([^:]+):[A-Za-z_[\]]+$/.exec(trimmed);
  if (typed) return normaliseHeader(typed[1]!);
  return trimmed;
}

const OUR_HEADERS = [NODE_CSV_FIELDS, EDGE_CSV_FIELDS, SOURCE_CSV_FIELDS].map((f) => f.join(','));

/**
 * A file our CSV exporter wrote with its spreadsheet-safe cells: our header, and no cell that a
 * spreadsheet would run (a `--raw` file has some, or has none to undo). Only then are the
 * apostrophes the exporter added dropped again, so that the text comes back exactly.
 */
function isOursNeutralised(head: readonly string[], rows: readonly (readonly string[])[]): boolean {
  if (!OUR_HEADERS.includes(head.map((h) => h.trim()).join(','))) return false;
  return rows.every((row) => looksNeutralised(row));
}

type Rows = { ok: true; header: string[]; rows: Map<string, string>[] } | { ok: false; issue: Issue };

function parseRows(name: string, text: string, normalise = true): Rows {
  const error = (code: string, message: string): Rows => ({
    ok: false,
    issue: { severity: 'error', code, path: [], message: `${name}: ${message}` },
  });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return error('empty', 'is empty');
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  const first = parsed.errors[0];
  if (first) {
    const row = first.row === undefined ? '' : ` in row ${first.row + 1}`;
    const truncated = first.code === 'MissingQuotes' ? ' (the file may be truncated)' : '';
    return error('malformed-csv', `${first.message}${row}${truncated}`);
  }
  const [head, ...written] = parsed.data;
  if (!head) return error('empty', 'has no header row');
  const data = isOursNeutralised(head, written) ? written.map((row) => row.map(restoreCell)) : written;
  const header = normalise ? head.map(normaliseHeader) : head.map((h) => h.trim());
  const rows: Map<string, string>[] = [];
  for (let i = 0; i < data.length; i++) {
    const row = data[i]!;
    if (row.length !== header.length) {
      const end = i === data.length - 1 ? ' (the file may be truncated)' : '';
      return error(
        'malformed-csv',
        `row ${i + 2} has ${row.length} field${row.length === 1 ? '' : 's'} but the header has ${header.length}${end}`,
      );
    }
    // A Map, not an object: headers such as "__proto__" stay plain keys.
    rows.push(new Map(header.map((h, j) => [h, row[j]!])));
  }
  return { ok: true, header, rows };
}

const num = (v: string | undefined): number | undefined => {
  const n = v === undefined || v.trim() === '' ? Number.NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

function values(row: Map<string, string>, skip: readonly string[]): Map<string, ForeignValue> {
  const out = new Map<string, ForeignValue>();
  for (const [k, v] of row) if (!skip.includes(k)) out.set(k, v);
  return out;
}

/** Source records from our sources.csv (empty cells dropped). */
function readSourcesCsv(name: string, text: string): { sources: Record<string, string>[]; issues: Issue[] } {
  const parsed = parseRows(name, text, false);
  if (!parsed.ok) return { sources: [], issues: [parsed.issue] };
  const sources = parsed.rows.map((row) => Object.fromEntries([...row].filter(([, v]) => v !== '')));
  return { sources, issues: [] };
}

export function readCsv(files: CsvFiles): ReadResult {
  const issues: Issue[] = [];
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  if (!files.nodes && !files.edges) {
    return {
      ok: false,
      issues: [{ severity: 'error', code: 'empty', path: [], message: 'no nodes.csv or edges.csv given' }],
    };
  }
  if (files.nodes) {
    const parsed = parseRows(files.nodes.name, files.nodes.text);
    if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
    if (!parsed.header.includes('id')) {
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'missing-column',
            path: [],
            message: `${files.nodes.name}: no "id" column (found: ${parsed.header.join(', ')})`,
          },
        ],
      };
    }
    for (const row of parsed.rows) {
      const label = row.get('label');
      nodes.push({
        id: row.get('id')!,
        label: label === '' ? undefined : label,
        values: values(row, ['id', 'label', 'x', 'y']),
        x: num(row.get('x')),
        y: num(row.get('y')),
      });
    }
  }
  if (files.edges) {
    const parsed = parseRows(files.edges.name, files.edges.text);
    if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
    if (!parsed.header.includes('source') || !parsed.header.includes('target')) {
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'missing-column',
            path: [],
            message: `${files.edges.name}: needs "source" and "target" columns (found: ${parsed.header.join(', ')})`,
          },
        ],
      };
    }
    for (const row of parsed.rows) {
      edges.push({
        id: row.get('id'),
        source: row.get('source')!,
        target: row.get('target')!,
        values: values(row, ['id', 'source', 'target']),
      });
    }
  }
  // Edges alone: their ends become nodes (labelled with their id, typed 'other').
  if (!files.nodes) {
    const seen = new Set<string>();
    for (const e of edges) {
      for (const id of [e.source, e.target]) {
        if (!seen.has(id)) {
          seen.add(id);
          nodes.push({ id, values: new Map() });
        }
      }
    }
  }
  let sources: readonly unknown[] | undefined;
  if (files.sources) {
    const s = readSourcesCsv(files.sources.name, files.sources.text);
    if (s.issues.length > 0) return { ok: false, issues: s.issues };
    sources = s.sources;
  }
  return { ok: true, graph: { format: 'CSV', nodes, edges, sources }, issues };
}
