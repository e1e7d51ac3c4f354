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

function props(entries: [string, CellValue | readonly string[] | undefined][]): string {
  const parts = entries.filter((e) => e[1] !== undefined).map(([k, v]) => `${k}: ${literal(v!)}`);
  return `{${parts.join(', ')}}`;
}

export function writeCypher(graph: StakeholderGraph): string {
  const meta = graphMeta(graph);
  const out: string[] = [
    '// Stakeholder Graph export for Neo4j. Run: cypher-shell -f FILE\n',
    'CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;\n',
    `CREATE (:StakeholderDataset ${props([
      ['id', String(meta.id)],
      ['title', String(meta.title)],
      ['description', meta.description === undefined ? undefined : String(meta.description)],
      ['sources', JSON.stringify(meta.sources)],
    ])});\n`,
  ];
  for (const n of sortedNodes(graph)) {
    const r = n.record;
    const entries: [string, CellValue | readonly string[] | undefined][] = [
      ['id', n.id],
      ['label', r.label],
      ...NODE_COLUMNS.map((c): [string, CellValue | readonly string[] | undefined] =>
        c.name === 'aliases' ? ['aliases', r.aliases] : [c.name, c.get(r)],
      ),
      ['x', n.x],
      ['y', n.y],
    ];
    out.push(`CREATE (:Stakeholder:${cypherName(neo4jLabel(r.type))} ${props(entries)});\n`);
  }
  for (const e of sortedEdges(graph)) {
    const r = e.record;
    const entries: [string, CellValue | undefined][] = [
      ['id', e.id],
      ['label', edgePhrase(r)],
      ...EDGE_COLUMNS.map((c): [string, CellValue | undefined] => [c.name, c.get(r)]),
    ];
    out.push(
      `MATCH (a:Stakeholder {id: ${cypherString(e.source)}}), (b:Stakeholder {id: ${cypherString(e.target)}}) CREATE (a)-[:${cypherName(neo4jRelationType(r.type))} ${props(entries)}]->(b);\n`,
    );
  }
  return out.join('');
}

export const cypherExporter: Exporter = {
  id: 'cypher',
  label: 'Cypher script (Neo4j)',
  extension: 'cypher',
  description:
    'CREATE statements with escaped literals: labels from node types, relationship types from relations.',
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.cypher`;
    return [{ name, mediaType: 'application/x-cypher-query', content: writeCypher(graph) }];
  },
};
