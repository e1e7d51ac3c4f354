// Exports: one module per format, each a pure function graph -> files; a registry lists them.

export {
  datasetBase,
  KIND_CLASS_MAPPING,
  kindClassName,
  kindOfClass,
  NS,
  RELATION_MAPPING,
  relationOfProperty,
  SG,
  TERMS,
} from '../schema/rdfVocabulary.ts';
export type { CellValue, Column, ColumnType } from './columns.ts';
export { EDGE_COLUMNS, NODE_COLUMNS } from './columns.ts';
export { csvExporter, toCsv, writeEdgesCsv, writeNodesCsv, writeSourcesCsv } from './csv.ts';
export {
  cypherExporter,
  cypherName,
  cypherString,
  neo4jLabel,
  neo4jRelationType,
  writeCypher,
} from './cypher.ts';
export { dotExporter, dotString, writeDot } from './dot.ts';
export type { ExportFormat } from './formats.ts';
export { EXPORT_FORMATS, GEXF_VERSIONS } from './formats.ts';
export type { GexfVersion } from './gexf.ts';
export { gexfExporter, resolveGexfVersion, writeGexf } from './gexf.ts';
export { graphmlExporter, writeGraphml } from './graphml.ts';
export { graphologyJsonExporter, writeGraphologyJson } from './graphologyJson.ts';
export { datasetJsonExporter, writeDatasetJson } from './json.ts';
export { jsonldContext, jsonldExporter, writeJsonld } from './jsonld.ts';
export { neo4jAdminExporter, writeNeo4jNodes, writeNeo4jRelationships } from './neo4jAdmin.ts';
export type { QuadOptions } from './rdf/datasetQuads.ts';
export { writeDatasetQuads } from './rdf/datasetQuads.ts';
export type { RdfObject, Subject, TripleSink } from './rdf/terms.ts';
export type { TripleFormat } from './rdf/tripleText.ts';
export { EXPORTERS, findExporter } from './registry.ts';
export type { RdfBatch } from './turtle.ts';
export {
  forEachRdfBatch,
  rdfBatches,
  turtleExporter,
  turtlePrefixes,
  writeNTriples,
  writeTurtle,
} from './turtle.ts';
export type { Exporter, ExportFile, ExportOptions } from './types.ts';
export { escapeAttr, escapeText, xmlSafe } from './xml.ts';
