// Our own dataset format: self-contained (source texts inline), round-trips exactly.
import { graphToDataset, inlineSources, type StakeholderGraph } from '../graph/index.ts';
import type { Exporter, ExportFile } from './types.ts';

export function writeDatasetJson(graph: StakeholderGraph): string {
  return `${JSON.stringify(inlineSources(graphToDataset(graph)), null, 2)}\n`;
}

export const datasetJsonExporter: Exporter = {
  id: 'json',
  label: 'Stakeholder Graph JSON',
  extension: 'json',
  description: 'Our dataset format, self-contained: sources and their texts included.',
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.json`;
    return [{ name, mediaType: 'application/json', content: writeDatasetJson(graph) }];
  },
};
