// Helpers for export/import tests: fixture graphs and a record-level comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphToDataset, load, type StakeholderGraph } from '../src/graph/index.ts';
import type { Dataset } from '../src/schema/index.ts';
import { BUNDLED_DIR, FIXTURES, smallRaw } from './helpers.ts';

export function smallGraph(): StakeholderGraph {
  return load(smallRaw()).graph!;
}

export function hostileGraph(): StakeholderGraph {
  const result = load(readFileSync(join(FIXTURES, 'hostile', 'dataset.json'), 'utf8'));
  if (!result.graph) throw new Error(`hostile fixture does not load: ${JSON.stringify(result.issues)}`);
  return result.graph;
}

/** The bundled dataset with its source files read (as the CLI does). */
export function bundledGraph(): StakeholderGraph {
  const raw = JSON.parse(readFileSync(join(BUNDLED_DIR, 'dataset.json'), 'utf8'));
  for (const s of raw.sources) {
    if (s.file !== undefined && s.text === undefined) {
      s.text = readFileSync(join(BUNDLED_DIR, s.file), 'utf8');
      delete s.file;
    }
  }
  const result = load(raw);
  if (!result.graph) throw new Error('bundled dataset does not load');
  return result.graph;
}

export const FIXTURE_GRAPHS: [string, () => StakeholderGraph][] = [
  ['small', smallGraph],
  ['hostile', hostileGraph],
  ['bundled', bundledGraph],
];

/** Nodes, edges and sources in id order, with source files dropped (texts inline). */
export function records(graph: StakeholderGraph): Pick<Dataset, 'nodes' | 'edges' | 'sources'> {
  const d = graphToDataset(graph, { sortById: true });
  const sources = d.sources.map(({ file: _file, ...s }) => s).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { nodes: d.nodes, edges: d.edges, sources };
}
