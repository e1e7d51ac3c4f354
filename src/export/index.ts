// Exports: one module per format, each a pure function graph -> files; a registry lists them.
export { datasetJsonExporter, writeDatasetJson } from './json.ts';
export { EXPORTERS, findExporter } from './registry.ts';
export type { Exporter, ExportFile, ExportOptions } from './types.ts';
