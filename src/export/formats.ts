// What each export format is (id, label, extension, description, versions), apart from its writer: the
// explorer's Export menu lists these at once and loads the writers (exporters and their libraries) on
// first use; the order here is the menu's and the registry's.
export interface ExportFormat {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly description: string;
  /** Variants `options.version` accepts, the default first (GEXF: 1.2draft, 1.3); menus list each. */
  readonly versions?: readonly string[];
}

export const GEXF_VERSIONS = ['1.2draft', '1.3'] as const;

export const JSON_FORMAT: ExportFormat = {
  id: 'json',
  label: 'Stakeholder Graph JSON',
  extension: 'json',
  description: 'Our dataset format, self-contained: sources and their texts included.',
};

export const GRAPHOLOGY_JSON_FORMAT: ExportFormat = {
  id: 'graphology-json',
  label: 'graphology JSON',
  extension: 'json',
  description: 'graphology serialisation (graph.import() reads it back): attributes include each record.',
};

export const GEXF_FORMAT: ExportFormat = {
  id: 'gexf',
  label: 'GEXF (Gephi, NetworkX)',
  extension: 'gexf',
  description:
    'GEXF 1.2draft (default) or 1.3, with typed attributes, colours, sizes, positions and evidence.',
  versions: GEXF_VERSIONS,
};

export const GRAPHML_FORMAT: ExportFormat = {
  id: 'graphml',
  label: 'GraphML (yEd, Cytoscape, NetworkX, igraph)',
  extension: 'graphml',
  description: 'GraphML with declared, typed keys; evidence as JSON text.',
};

export const CSV_FORMAT: ExportFormat = {
  id: 'csv',
  label: 'CSV (spreadsheets, Kumu, Neo4j LOAD CSV)',
  extension: 'csv',
  description:
    'nodes.csv and edges.csv (evidence as JSON plus the quotes joined), and sources.csv with the source texts; cells a spreadsheet would run as formulas start with an apostrophe (raw: as written).',
};

export const CYPHER_FORMAT: ExportFormat = {
  id: 'cypher',
  label: 'Cypher script (Neo4j)',
  extension: 'cypher',
  description:
    'UNWIND batches of escaped literals (cypher-shell -f): labels from node types, relationship types from relations.',
};

export const NEO4J_ADMIN_FORMAT: ExportFormat = {
  id: 'neo4j-admin',
  label: 'Neo4j bulk import CSV (neo4j-admin)',
  extension: 'csv',
  description:
    'nodes.csv and relationships.csv for `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true`.',
};

export const DOT_FORMAT: ExportFormat = {
  id: 'dot',
  label: 'DOT (Graphviz)',
  extension: 'dot',
  description: 'A Graphviz digraph: node colours by type, relation phrases as edge labels.',
};

export const TURTLE_FORMAT: ExportFormat = {
  id: 'turtle',
  label: 'RDF Turtle',
  extension: 'ttl',
  description:
    'RDF for knowledge-graph tools and SPARQL stores: our vocabulary mapped to schema.org, evidence as W3C Web Annotations.',
};

export const JSONLD_FORMAT: ExportFormat = {
  id: 'jsonld',
  label: 'RDF JSON-LD',
  extension: 'jsonld',
  description:
    'The Turtle export as JSON-LD: linked data in plain JSON, for web tools and JSON-LD processors.',
};

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  JSON_FORMAT,
  GRAPHOLOGY_JSON_FORMAT,
  GEXF_FORMAT,
  GRAPHML_FORMAT,
  CSV_FORMAT,
  CYPHER_FORMAT,
  NEO4J_ADMIN_FORMAT,
  DOT_FORMAT,
  TURTLE_FORMAT,
  JSONLD_FORMAT,
];
