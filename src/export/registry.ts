// The list of exporters: drives the explorer's Export menu and `cli export --format`.
import { csvExporter } from './csv.ts';
import { cypherExporter } from './cypher.ts';
import { dotExporter } from './dot.ts';
import { gexfExporter } from './gexf.ts';
import { graphmlExporter } from './graphml.ts';
import { graphologyJsonExporter } from './graphologyJson.ts';
import { datasetJsonExporter } from './json.ts';
import { jsonldExporter } from './jsonld.ts';
import { neo4jAdminExporter } from './neo4jAdmin.ts';
import { turtleExporter } from './turtle.ts';
import type { Exporter } from './types.ts';

export const EXPORTERS: readonly Exporter[] = [
  datasetJsonExporter,
  graphologyJsonExporter,
  gexfExporter,
  graphmlExporter,
  csvExporter,
  cypherExporter,
  neo4jAdminExporter,
  dotExporter,
  turtleExporter,
  jsonldExporter,
];

export function findExporter(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
