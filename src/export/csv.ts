// CSV for spreadsheets, Kumu and Neo4j LOAD CSV: nodes.csv, edges.csv (and sources.csv so nothing is lost).
import Papa from 'papaparse';
import { inlineSources, type StakeholderGraph } from '../graph/index.ts';
import {
  type CellValue,
  EDGE_COLUMNS,
  edgePhrase,
  joinedQuotes,
  NODE_COLUMNS,
  nodeColor,
  nodeSize,
  sortedEdges,
  sortedNodes,
} from './columns.ts';
import type { Exporter, ExportFile } from './types.ts';

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(fields: readonly string[], rows: readonly (CellValue | undefined)[][]): string {
  const data = rows.map((row) => row.map((v) => (v === undefined ? '' : String(v))));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', quotes: false })}\r\n`;
}

const NODE_CSV_FIELDS = [
  'id',
  'label',
  ...NODE_COLUMNS.map((c) => c.name),
  'x',
  'y',
  'color',
  'size',
  'quotes',
];
const EDGE_CSV_FIELDS = ['id', 'source', 'target', 'label', ...EDGE_COLUMNS.map((c) => c.name), 'quotes'];
const SOURCE_CSV_FIELDS = [
  'id',
  'kind',
  'title',
  'publisher',
  'author',
  'date',
  'url',
  'file',
  'text',
  'note',
];

export function writeNodesCsv(graph: StakeholderGraph): string {
  const rows = sortedNodes(graph).map((n) => [
    n.id,
    n.record.label,
    ...NODE_COLUMNS.map((c) => c.get(n.record)),
    n.x,
    n.y,
    nodeColor(n.record),
    nodeSize(n.degree),
    joinedQuotes(n.record),
  ]);
  return toCsv(NODE_CSV_FIELDS, rows);
}

export function writeEdgesCsv(graph: StakeholderGraph): string {
  const rows = sortedEdges(graph).map((e) => [
    e.id,
    e.source,
    e.target,
    edgePhrase(e.record),
    ...EDGE_COLUMNS.map((c) => c.get(e.record)),
    joinedQuotes(e.record),
  ]);
  return toCsv(EDGE_CSV_FIELDS, rows);
}

export function writeSourcesCsv(graph: StakeholderGraph): string {
  const { sources } = inlineSources(graph.getAttributes());
  const rows = [...sources]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => SOURCE_CSV_FIELDS.map((f) => (s as Record<string, CellValue | undefined>)[f]));
  return toCsv(SOURCE_CSV_FIELDS, rows);
}

export const csvExporter: Exporter = {
  id: 'csv',
  label: 'CSV (spreadsheets, Kumu, Neo4j LOAD CSV)',
  extension: 'csv',
  description:
    'nodes.csv and edges.csv (evidence as JSON plus the quotes joined), and sources.csv with the source texts.',
  write(graph): ExportFile[] {
    return [
      { name: 'nodes.csv', mediaType: 'text/csv', content: writeNodesCsv(graph) },
      { name: 'edges.csv', mediaType: 'text/csv', content: writeEdgesCsv(graph) },
      { name: 'sources.csv', mediaType: 'text/csv', content: writeSourcesCsv(graph) },
    ];
  },
};
