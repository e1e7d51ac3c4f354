// The list of exporters: drives the explorer's Export menu and `cli export --format`.
import { datasetJsonExporter } from './json.ts';
import type { Exporter } from './types.ts';

export const EXPORTERS: readonly Exporter[] = [datasetJsonExporter];

export function findExporter(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
