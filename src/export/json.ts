// Our own dataset format: self-contained (source texts inline), round-trips exactly.
import { graphToDataset, inlineSources, type StakeholderGraph } from '../graph/index.ts';
import { JSON_FORMAT } from './formats.ts';
import type { Exporter, ExportFile } from './types.ts';

export function writeDatasetJson(graph: StakeholderGraph): string {
  return `${JSON.stringify(inlineSources(graphToDataset(graph)), null, 2)}\n`;
}

export const datasetJsonExporter: Exporter = {
  ...JSON_FORMAT,
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.json`;
    return [{ name, mediaType: 'application/json', content: writeDatasetJson(graph) }];
  },
};
