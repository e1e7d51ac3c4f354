// Imports: one module per foreign format -> our dataset, with a mapping report; importFile() picks one.
export type { CsvFiles } from './csv.ts';
export { normaliseHeader, readCsv } from './csv.ts';
export type { Decoded } from './decode.ts';
export { cleanText, decodeBytes } from './decode.ts';
export { finalizeImport } from './finalize.ts';
export { readGexf } from './gexf.ts';
export { readGraphml } from './graphml.ts';
export type { ImportFormat, NamedContent } from './importFile.ts';
export { importFile, importFiles, sniffFormat } from './importFile.ts';
export { mapRecords } from './mapRecords.ts';
export { quadsToDataset } from './rdf/quadsToDataset.ts';
export { readJsonldQuads } from './rdf/readJsonld.ts';
export { readRdf } from './rdf/readRdf.ts';
export type { QuadsResult, RdfReadLimits } from './rdf/readTurtle.ts';
export { DEFAULT_RDF_LIMITS, readTurtleQuads } from './rdf/readTurtle.ts';
export type {
  ForeignEdge,
  ForeignGraph,
  ForeignNode,
  ForeignValue,
  ImportOptions,
  ImportReport,
  ImportResult,
} from './types.ts';
export { DEFAULT_MAX_BYTES } from './types.ts';
export type { XmlElement, XmlParse, XmlResult } from './xml/index.ts';
export { parseXml, XML_TOKEN, XmlTokenizer } from './xml/index.ts';
