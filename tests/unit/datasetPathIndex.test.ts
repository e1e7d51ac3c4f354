import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { load, syntheticDataset } from '../../src/graph/index.ts';
import {
  buildPathIndex,
  datasetPathIndex,
  findIndexPaths,
  findPaths,
  type PathIndex,
  resolveIndexNode,
  resolveNode,
} from '../../src/query/index.ts';
import type { Dataset } from '../../src/schema/index.ts';
import { BUNDLED_DIR } from '../helpers.ts';

/** Everything an index holds but its mask cache, as plain values to compare. */
const contents = (index: PathIndex): Record<string, unknown> => {
  const { masks: _masks, nodeIndex, ...rest } = index;
  return { ...rest, nodeIndex: [...nodeIndex] };
};

async function bundled(): Promise<Dataset> {
  const { dataset } = await readDataset(BUNDLED_DIR, { build: false });
  if (!dataset) throw new Error('the bundled dataset did not load');
  return dataset;
}

describe('datasetPathIndex (the path index without a graphology graph)', () => {
  it('holds exactly the arrays buildPathIndex makes of the loaded graph (bundled and synthetic data)', async () => {
    for (const dataset of [await bundled(), syntheticDataset({ nodes: 500, seed: 7 })]) {
      const { graph } = load(dataset);
      if (!graph) throw new Error('no graph');
      expect(contents(datasetPathIndex(dataset))).toEqual(contents(buildPathIndex(graph)));
    }
  });

  it('gives the same answers as findPaths on the graph, filters and modes included', () => {
    const dataset = syntheticDataset({ nodes: 300, seed: 3 });
    const { graph } = load(dataset);
    if (!graph) throw new Error('no graph');
    const index = datasetPathIndex(dataset);
    const ids = graph.nodes();
    const queries = [
      {},
      { mode: 'k-shortest' as const, k: 4 },
      { mode: 'all-shortest' as const },
      { directed: true },
      { excludeRelations: ['related-to' as const], statedOnly: true },
      { excludeNodes: [ids[5]!] },
    ];
    for (const options of queries)
      for (let i = 0; i < 10; i++) {
        const from = ids[(i * 37) % ids.length]!;
        const to = ids[(i * 91 + 11) % ids.length]!;
        expect(findIndexPaths(index, from, to, options)).toEqual(findPaths(graph, from, to, options));
      }
  });

  it('resolves names, aliases and near misses as resolveNode does on the graph', async () => {
    const dataset = await bundled();
    const { graph } = load(dataset);
    if (!graph) throw new Error('no graph');
    const index = datasetPathIndex(dataset);
    for (const name of [
      'Home Office',
      'home-office',
      'rishi sunak',
      'Essex Polise',
      'police',
      'nobody at all',
    ])
      expect(resolveIndexNode(index, name)).toEqual(resolveNode(graph, name));
  });
});
