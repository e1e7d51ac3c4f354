// The flat columns that tabular and attribute-based formats (GEXF, GraphML, CSV, Cypher) carry per record.
import { inlineSources, type StakeholderGraph } from '../graph/index.ts';
import { type EdgeRecord, NODE_KINDS, type NodeRecord, RELATION_KINDS } from '../schema/index.ts';

export type ColumnType = 'string' | 'double';
export type CellValue = string | number;

export interface Column<R> {
  /** Attribute name, the same in every format so that our importers can read it back. */
  readonly name: string;
  readonly type: ColumnType;
  /** True when the value is a JSON text (lists and nested objects). */
  readonly json?: boolean;
  readonly get: (record: R) => CellValue | undefined;
}

const json = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value);

/** Node columns after `id` and `label`. */
export const NODE_COLUMNS: readonly Column<NodeRecord>[] = [
  { name: 'type', type: 'string', get: (r) => r.type },
  { name: 'description', type: 'string', get: (r) => r.description },
  { name: 'aliases', type: 'string', json: true, get: (r) => json(r.aliases) },
  { name: 'url', type: 'string', get: (r) => r.url },
  { name: 'start', type: 'string', get: (r) => r.start },
  { name: 'end', type: 'string', get: (r) => r.end },
  { name: 'figures', type: 'string', json: true, get: (r) => json(r.figures) },
  { name: 'evidence', type: 'string', json: true, get: (r) => json(r.evidence) },
  { name: 'claim', type: 'string', json: true, get: (r) => json(r.claim) },
  { name: 'attributes', type: 'string', json: true, get: (r) => json(r.attributes) },
];

/** Edge columns after `id`, `source`, `target` (and a `label`: the relation's phrase). */
export const EDGE_COLUMNS: readonly Column<EdgeRecord>[] = [
  { name: 'type', type: 'string', get: (r) => r.type },
  { name: 'detail', type: 'string', get: (r) => r.detail },
  { name: 'start', type: 'string', get: (r) => r.start },
  { name: 'end', type: 'string', get: (r) => r.end },
  { name: 'on', type: 'string', get: (r) => r.on },
  { name: 'weight', type: 'double', get: (r) => r.weight },
  { name: 'evidence', type: 'string', json: true, get: (r) => json(r.evidence) },
  { name: 'claim', type: 'string', json: true, get: (r) => json(r.claim) },
  { name: 'attributes', type: 'string', json: true, get: (r) => json(r.attributes) },
];

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface SortedNode {
  readonly id: string;
  readonly record: NodeRecord;
  readonly x: number;
  readonly y: number;
  readonly degree: number;
}

export interface SortedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly record: EdgeRecord;
}

/** Nodes in id order, with their position and degree, for deterministic output. */
export function sortedNodes(graph: StakeholderGraph): SortedNode[] {
  const out: SortedNode[] = [];
  graph.forEachNode((id, a) => {
    out.push({ id, record: a.record, x: a.x, y: a.y, degree: graph.degree(id) });
  });
  return out.sort((a, b) => byId(a.id, b.id));
}

/** Edges in id order (ends taken from the graph). */
export function sortedEdges(graph: StakeholderGraph): SortedEdge[] {
  const out: SortedEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    out.push({ id, source, target, record: a.record });
  });
  return out.sort((a, b) => byId(a.id, b.id));
}

export function nodeColor(record: NodeRecord): string {
  return NODE_KINDS[record.type].color;
}

export function edgePhrase(record: EdgeRecord): string {
  return RELATION_KINDS[record.type].phrase;
}

/** Drawn size from degree: 4 for an isolated node, growing with the square root of its degree. */
export function nodeSize(degree: number): number {
  return Math.round((4 + 2 * Math.sqrt(degree)) * 100) / 100;
}

/** Every quote of an evidence list, joined for humans reading a spreadsheet. */
export function joinedQuotes(record: EdgeRecord | NodeRecord): string | undefined {
  const quotes = (record.evidence ?? []).flatMap((e) => (e.quote === undefined ? [] : [e.quote]));
  return quotes.length === 0 ? undefined : quotes.map((q) => `“${q}”`).join(' | ');
}

/** The graph-level record kept where a format allows: id, title, description, sources. */
export function graphMeta(graph: StakeholderGraph): Record<string, unknown> {
  const g = graph.getAttributes();
  const meta: Record<string, unknown> = { schemaVersion: g.schemaVersion, id: g.id, title: g.title };
  if (g.description !== undefined) meta.description = g.description;
  meta.sources = inlineSources(g).sources;
  return meta;
}
