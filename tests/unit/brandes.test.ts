import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { brandesInThreads } from '../../src/cli/analysis/brandesThreads.ts';
import { load, syntheticDataset } from '../../src/graph/index.ts';
import {
  analysisGraph,
  brandesPlan,
  brandesResult,
  brandesSteps,
  type Dependency,
  groupSums,
  NO_FILTER,
  undirectedGraph,
} from '../../src/query/index.ts';
import { generatedGraph } from '../reference/generatedGraph.ts';

const walk = (g: ReturnType<typeof analysisGraph>, pivots: number, seed: number, dependency?: Dependency) => {
  const plan = brandesPlan(g.undirected, pivots, seed);
  const p = dependency ? { ...plan, dependency } : plan;
  return brandesResult(
    p,
    p.groups.map((sources) => groupSums(p.csr, sources, p.dependency)),
  );
};

const run = (g: ReturnType<typeof analysisGraph>, pivots: number, seed: number) => {
  const steps = brandesSteps(g.undirected, pivots, seed);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
};

describe("Brandes' walks", () => {
  const g = analysisGraph(generatedGraph(300), NO_FILTER);
  const exact = betweennessCentrality(undirectedGraph(g), { normalized: true, getEdgeWeight: null });
  const exactArray = Float64Array.from(g.nodes, (id) => exact[id]!);

  it('gives the exact betweenness with linear scaling when every node is a source', () => {
    const linear = walk(g, g.nodes.length, 1, 'linear');
    for (let i = 0; i < g.nodes.length; i++) expect(linear.betweenness[i]).toBeCloseTo(exactArray[i]!, 12);
  });

  it('estimates betweenness without bias: the mean of 40 samples of 30 pivots is within 8% for the top 10', () => {
    const s = analysisGraph(
      load(syntheticDataset({ nodes: 300, edgesPerNode: 2, seed: 5 })).graph!,
      NO_FILTER,
    );
    const reference = betweennessCentrality(undirectedGraph(s), { normalized: true, getEdgeWeight: null });
    const seeds = 40;
    const mean = new Float64Array(s.nodes.length);
    for (let seed = 1; seed <= seeds; seed++) {
      const r = walk(s, 30, seed);
      expect(r.pivots).toBe(30);
      for (let i = 0; i < mean.length; i++) mean[i]! += r.betweenness[i]! / seeds;
    }
    const ids = [...s.nodes.keys()].sort((a, b) => reference[s.nodes[b]!]! - reference[s.nodes[a]!]!);
    for (const i of ids.slice(0, 10)) {
      const want = reference[s.nodes[i]!]!;
      expect(Math.abs(mean[i]! - want) / want).toBeLessThan(0.08);
    }
  });

  it('gives the same figures to the last bit in one thread and split over two worker threads', async () => {
    const alone = run(g, 120, 7);
    const split = await brandesInThreads(g.undirected, 120, 7, 2);
    expect(split.pivots).toBe(120);
    expect(Array.from(split.betweenness)).toEqual(Array.from(alone.betweenness));
    expect(Array.from(split.closeness)).toEqual(Array.from(alone.closeness));
    const exactSplit = await brandesInThreads(g.undirected, g.nodes.length, 1, 3);
    for (let i = 0; i < g.nodes.length; i++)
      expect(exactSplit.betweenness[i]).toBeCloseTo(exactArray[i]!, 12);
  });
});
