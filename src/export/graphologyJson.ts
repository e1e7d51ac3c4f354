// graphology's own serialisation (`graph.export()`), sorted by key, for graphology and sigma users.
import type { StakeholderGraph } from '../graph/index.ts';
import { GRAPHOLOGY_JSON_FORMAT } from './formats.ts';
import type { Exporter, ExportFile } from './types.ts';

const byKey = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

export function writeGraphologyJson(graph: StakeholderGraph): string {
  const data = graph.export();
  const sorted = {
    ...data,
    nodes: [...data.nodes].sort(byKey),
    edges: [...data.edges].sort((a, b) => byKey({ key: a.key ?? '' }, { key: b.key ?? '' })),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export const graphologyJsonExporter: Exporter = {
  ...GRAPHOLOGY_JSON_FORMAT,
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.graphology.json`;
    return [{ name, mediaType: 'application/json', content: writeGraphologyJson(graph) }];
  },
};
