// CSV for spreadsheets, Kumu and Neo4j LOAD CSV: nodes.csv, edges.csv (and sources.csv so nothing is lost).
import Papa from 'papaparse';
import {
  EDGE_CSV_FIELDS,
  inlineSources,
  NODE_CSV_FIELDS,
  neutraliseCell,
  SOURCE_CSV_FIELDS,
  type StakeholderGraph,
} from '../graph/index.ts';
import {
  type CellValue,
  type Column,
  EDGE_COLUMNS,
  edgePhrase,
  joinedQuotes,
  NODE_COLUMNS,
  nodeColor,
  nodeSize,
  sortedEdges,
  sortedNodes,
} from './columns.ts';
import { CSV_FORMAT } from './formats.ts';
import type { Exporter, ExportFile } from './types.ts';

/**
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. Unless `raw`,
 * text cells a spreadsheet would run as formulas get a leading apostrophe (see neutraliseCell).
 */
export function toCsv(
  fields: readonly string[],
  rows: readonly (CellValue | undefined)[][],
  raw = false,
): string {
  const cell = (v: CellValue | undefined): string =>
    v === undefined ? '' : typeof v === 'number' || raw ? String(v) : neutraliseCell(v);
  const data = rows.map((row) => row.map(cell));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', quotes: false })}\r\n`;
}

const NODE_VALUES = new Map(NODE_COLUMNS.map((c) => [c.name, c.get]));
const EDGE_VALUES = new Map(EDGE_COLUMNS.map((c) => [c.name, c.get]));

/** nodes.csv; `extra` columns (keyed by node id, the analysis' figures) come after the usual ones. */
export function writeNodesCsv(
  graph: StakeholderGraph,
  raw = false,
  extra: readonly Column<string>[] = [],
): string {
  const rows = sortedNodes(graph).map((n) => {
    const derived: Record<string, CellValue | undefined> = {
      id: n.id,
      label: n.record.label,
      x: n.x,
      y: n.y,
      color: nodeColor(n.record),
      size: nodeSize(n.degree),
      quotes: joinedQuotes(n.record),
    };
    const row = NODE_CSV_FIELDS.map((f) => NODE_VALUES.get(f)?.(n.record) ?? derived[f]);
    for (const c of extra) row.push(c.get(n.id));
    return row;
  });
  return toCsv(
    extra.length === 0 ? NODE_CSV_FIELDS : [...NODE_CSV_FIELDS, ...extra.map((c) => c.name)],
    rows,
    raw,
  );
}

export function writeEdgesCsv(graph: StakeholderGraph, raw = false): string {
  const rows = sortedEdges(graph).map((e) => {
    const derived: Record<string, CellValue | undefined> = {
      id: e.id,
      source: e.source,
      target: e.target,
      label: edgePhrase(e.record),
      quotes: joinedQuotes(e.record),
    };
    return EDGE_CSV_FIELDS.map((f) => EDGE_VALUES.get(f)?.(e.record) ?? derived[f]);
  });
  return toCsv(EDGE_CSV_FIELDS, rows, raw);
}

export function writeSourcesCsv(graph: StakeholderGraph, raw = false): string {
  const { sources } = inlineSources(graph.getAttributes());
  const rows = [...sources]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => SOURCE_CSV_FIELDS.map((f) => (s as Record<string, CellValue | undefined>)[f]));
  return toCsv(SOURCE_CSV_FIELDS, rows, raw);
}

export const csvExporter: Exporter = {
  ...CSV_FORMAT,
  write(graph, options = {}): ExportFile[] {
    const raw = options.raw === true;
    return [
      { name: 'nodes.csv', mediaType: 'text/csv', content: writeNodesCsv(graph, raw, options.nodeColumns) },
      { name: 'edges.csv', mediaType: 'text/csv', content: writeEdgesCsv(graph, raw) },
      { name: 'sources.csv', mediaType: 'text/csv', content: writeSourcesCsv(graph, raw) },
    ];
  },
};
