// A Cypher script for Neo4j (cypher-shell -f): every value a fully escaped literal, no data in comments.
import type { StakeholderGraph } from '../graph/index.ts';
import type { NodeKind, RelationKind } from '../schema/index.ts';
import {
  type CellValue,
  EDGE_COLUMNS,
  edgePhrase,
  graphMeta,
  NODE_COLUMNS,
  sortedEdges,
  sortedNodes,
} from './columns.ts';
import { CYPHER_FORMAT } from './formats.ts';
import type { Exporter, ExportFile } from './types.ts';

/** `police-force` -> `PoliceForce`. */
export function neo4jLabel(kind: NodeKind): string {
  return kind.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** `collaborates-with` -> `COLLABORATES_WITH`. */
export function neo4jRelationType(kind: RelationKind): string {
  return kind.toUpperCase().replace(/-/g, '_');
}

/** A backtick-quoted name (labels, relationship types, keys). */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A single-quoted Cypher string literal; control characters as \uXXXX. */
export function cypherString(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
  const body = text.replace(/[\\'\n\r\t]|[\x00-\x1F\x7F\u2028\u2029]/g, (c) => {
    return ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${body}'`;
}

function literal(value: CellValue | readonly string[]): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return cypherString(value);
  return `[${value.map(cypherString).join(', ')}]`;
}

type Value = CellValue | readonly string[];

/** A map key: plain when it is a plain name (ours all are), else backticked. */
const key = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : cypherName(name));

function props(entries: [string, Value | undefined][]): string {
  const parts = entries.filter((e) => e[1] !== undefined).map(([k, v]) => `${key(k)}: ${literal(v!)}`);
  return `{${parts.join(', ')}}`;
}

/** Rows per UNWIND statement: one transaction each in cypher-shell, small enough for any server. */
const CYPHER_BATCH = 500;

/** Groups items by a key, keys in sorted order (items keep their order). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** `UNWIND [rows] AS row <body>;` in batches of CYPHER_BATCH rows. */
function batches(rows: readonly string[], body: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += CYPHER_BATCH)
    out.push(`UNWIND [\n  ${rows.slice(i, i + CYPHER_BATCH).join(',\n  ')}\n] AS row\n${body};\n`);
  return out;
}

function nodeStatements(graph: StakeholderGraph): string[] {
  const out: string[] = [];
  for (const [kind, nodes] of groupBy(sortedNodes(graph), (n) => n.record.type)) {
    const rows = nodes.map((n) => {
      const r = n.record;
      return props([
        ['id', n.id],
        ['label', r.label],
        ...NODE_COLUMNS.map((c): [string, Value | undefined] =>
          c.name === 'aliases' ? ['aliases', r.aliases] : [c.name, c.get(r)],
        ),
        ['x', n.x],
        ['y', n.y],
      ]);
    });
    const label = cypherName(neo4jLabel(kind as NodeKind));
    out.push(...batches(rows, `CREATE (n:Stakeholder:${label})\nSET n = row`));
  }
  return out;
}

function edgeStatements(graph: StakeholderGraph): string[] {
  const out: string[] = [];
  for (const [kind, edges] of groupBy(sortedEdges(graph), (e) => e.record.type)) {
    const rows = edges.map((e) => {
      const properties = props([
        ['id', e.id],
        ['label', edgePhrase(e.record)],
        ...EDGE_COLUMNS.map((c): [string, Value | undefined] => [c.name, c.get(e.record)]),
      ]);
      return `{source: ${cypherString(e.source)}, target: ${cypherString(e.target)}, properties: ${properties}}`;
    });
    const type = cypherName(neo4jRelationType(kind as RelationKind));
    // One MATCH per end: each is an index lookup on the unique id, and no cartesian product is built.
    const body = `MATCH (a:Stakeholder {id: row.source})\nMATCH (b:Stakeholder {id: row.target})\nCREATE (a)-[r:${type}]->(b)\nSET r = row.properties`;
    out.push(...batches(rows, body));
  }
  return out;
}

/**
 * The graph as a Cypher script, written as Neo4j recommends for bulk loads: rows as list literals
 * unwound in batches (one statement per node type or relation type and batch), so the server plans
 * each statement once, and Neo4j's linter has nothing to say about it.
 */
export function writeCypher(graph: StakeholderGraph): string {
  const meta = graphMeta(graph);
  return [
    '// Stakeholder Graph export for Neo4j. Run: cypher-shell -f FILE\n',
    'CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;\n',
    `CREATE (:StakeholderDataset ${props([
      ['id', String(meta.id)],
      ['title', String(meta.title)],
      ['description', meta.description === undefined ? undefined : String(meta.description)],
      ['sources', JSON.stringify(meta.sources)],
    ])});\n`,
    ...nodeStatements(graph),
    ...edgeStatements(graph),
  ].join('');
}

export const cypherExporter: Exporter = {
  ...CYPHER_FORMAT,
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.cypher`;
    return [{ name, mediaType: 'application/x-cypher-query', content: writeCypher(graph) }];
  },
};
