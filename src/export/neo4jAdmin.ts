// neo4j-admin database import CSV: nodes.csv and relationships.csv with typed headers (id:ID, :LABEL, :TYPE...).
import type { StakeholderGraph } from '../graph/index.ts';
import type { ColumnType } from './columns.ts';
import { EDGE_COLUMNS, edgePhrase, NODE_COLUMNS, sortedEdges, sortedNodes } from './columns.ts';
import { toCsv } from './csv.ts';
import { neo4jLabel, neo4jRelationType } from './cypher.ts';
import { NEO4J_ADMIN_FORMAT } from './formats.ts';
import type { Exporter, ExportFile } from './types.ts';

/**
 * A property header as neo4j-admin documents it: `name:type`. Lists (aliases, evidence) are JSON
 * texts typed `string`, not `string[]`: an alias may hold the array delimiter `;`, and JSON keeps it.
 */
const typed = (name: string, type: ColumnType): string => `${name}:${type === 'integer' ? 'int' : type}`;

/** The ID space of our node ids, named in :ID and in :START_ID / :END_ID so they match each other only. */
const NEO4J_ID_SPACE = 'Stakeholder';

export function writeNeo4jNodes(graph: StakeholderGraph): string {
  const fields = [
    `id:ID(${NEO4J_ID_SPACE})`,
    ':LABEL',
    'label:string',
    ...NODE_COLUMNS.map((c) => typed(c.name, c.type)),
    'x:double',
    'y:double',
  ];
  const rows = sortedNodes(graph).map((n) => [
    n.id,
    `${neo4jLabel(n.record.type)};Stakeholder`,
    n.record.label,
    ...NODE_COLUMNS.map((c) => c.get(n.record)),
    n.x,
    n.y,
  ]);
  // neo4j-admin stores each cell as it is: no spreadsheet apostrophe (it would end up in the database).
  return toCsv(fields, rows, true);
}

export function writeNeo4jRelationships(graph: StakeholderGraph): string {
  const fields = [
    `:START_ID(${NEO4J_ID_SPACE})`,
    `:END_ID(${NEO4J_ID_SPACE})`,
    ':TYPE',
    'id:string',
    'label:string',
    ...EDGE_COLUMNS.map((c) => typed(c.name, c.type)),
  ];
  const rows = sortedEdges(graph).map((e) => [
    e.source,
    e.target,
    neo4jRelationType(e.record.type),
    e.id,
    edgePhrase(e.record),
    ...EDGE_COLUMNS.map((c) => c.get(e.record)),
  ]);
  return toCsv(fields, rows, true);
}

export const neo4jAdminExporter: Exporter = {
  ...NEO4J_ADMIN_FORMAT,
  write(graph): ExportFile[] {
    return [
      { name: 'nodes.csv', mediaType: 'text/csv', content: writeNeo4jNodes(graph) },
      { name: 'relationships.csv', mediaType: 'text/csv', content: writeNeo4jRelationships(graph) },
    ];
  },
};
