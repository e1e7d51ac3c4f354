import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
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
import { smallRaw } from '../helpers.ts';
import { generatedGraph } from '../reference/generatedGraph.ts';

/**
 * Components of uneven size and depth: a 40-node path (distances far past 3), a 6x6 grid (many
 * shortest paths), a 9-cycle, a 12-leaf star and five pairs. Walks from the small ones reach under an
 * eighth of the nodes, from the large ones most of them; some distances hold many nodes, most few.
 */
function unevenGraph(): ReturnType<typeof analysisGraph> {
  const raw = smallRaw();
  const [nodeType, edgeType] = [raw.nodes[0]!.type, raw.edges[0]!.type];
  const nodes: string[] = [];
  const edges: [string, string][] = [];
  const add = (prefix: string, count: number): string[] => {
    const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    nodes.push(...ids);
    return ids;
  };
  const path = add('path', 40);
  for (let i = 1; i < 40; i++) edges.push([path[i - 1]!, path[i]!]);
  const grid = add('grid', 36);
  for (let i = 0; i < 36; i++) {
    if (i % 6 < 5) edges.push([grid[i]!, grid[i + 1]!]);
    if (i < 30) edges.push([grid[i]!, grid[i + 6]!]);
  }
  const cycle = add('cycle', 9);
  for (let i = 0; i < 9; i++) edges.push([cycle[i]!, cycle[(i + 1) % 9]!]);
  const star = add('star', 13);
  for (let i = 1; i < 13; i++) edges.push([star[0]!, star[i]!]);
  const pairs = add('pair', 10);
  for (let i = 0; i < 10; i += 2) edges.push([pairs[i]!, pairs[i + 1]!]);
  raw.nodes = nodes.map((id) => ({ id, label: id, type: nodeType }));
  raw.edges = edges.map(([source, target], i) => ({ id: `link-${i}`, source, target, type: edgeType }));
  const loaded = load(raw);
  if (!loaded.graph) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  return analysisGraph(loaded.graph, NO_FILTER);
}

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

  // The uneven components take the small-walk paths; the bench's kind of graph (most nodes a few
  // links from any other) takes the pulled steps of the forward search.
  it('gives graphology-metrics exact betweenness and closeness on uneven components and on a 500-node synthetic graph', () => {
    const u = unevenGraph();
    expect(u.nodes.length).toBe(108);
    const small = analysisGraph(
      load(syntheticDataset({ nodes: 500, edgesPerNode: 4, seed: 3 })).graph!,
      NO_FILTER,
    );
    for (const graph of [u, small]) {
      const reference = betweennessCentrality(undirectedGraph(graph), {
        normalized: true,
        getEdgeWeight: null,
      });
      const closeness = closenessCentrality(undirectedGraph(graph), { wassermanFaust: true });
      const r = run(graph, graph.nodes.length, 1);
      graph.nodes.forEach((id, i) => {
        expect(r.betweenness[i]).toBeCloseTo(reference[id]!, 12);
        expect(r.closeness[i]).toBeCloseTo(closeness[id]!, 12);
      });
    }
  });

  it('gives the same figures to the last bit in one thread and split over two threads (this one and a worker thread)', async () => {
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
