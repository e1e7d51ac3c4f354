import { describe, expect, it } from 'vitest';
import { load, type StakeholderGraph, syntheticDataset } from '../../src/graph/index.ts';
import {
  analyse,
  edgeItselfShown,
  isNodeShown,
  NO_FILTER,
  type NodeAnalysis,
  type ViewFilter,
} from '../../src/query/index.ts';
import { bundledGraph } from '../exchangeHelpers.ts';
import { python, withTempFiles } from './run.ts';

// NetworkX gets the shown relations as they are (parallel edges, self-loops) and builds the simple
// graphs itself, so the test checks our reading of "the undirected simple graph" too.
const SCRIPT = `
import json, sys, os
import networkx as nx
# nx.pagerank needs numpy/scipy, which Debian's python3-networkx does not pull in: its pure-Python
# PageRank is the same power iteration (alpha, tolerance 1e-6, dangling nodes spread evenly).
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
d = json.load(open(os.path.join(sys.argv[1], 'g.json')))
G = nx.Graph(); G.add_nodes_from(d['nodes']); G.add_edges_from(d['edges'])
G.remove_edges_from(list(nx.selfloop_edges(G)))
D = nx.DiGraph(); D.add_nodes_from(d['nodes']); D.add_edges_from(d['edges'])
D.remove_edges_from(list(nx.selfloop_edges(D)))
ours = [set(c) for c in d['communities']]
print(json.dumps({
  'betweenness': nx.betweenness_centrality(G, normalized=True),
  'closeness': nx.closeness_centrality(G),
  'pagerank': _pagerank_python(D, alpha=0.85),
  'eigenvector': nx.eigenvector_centrality(G, max_iter=1000),
  'degree': dict(G.degree()),
  'louvain': nx.community.modularity(G, nx.community.louvain_communities(G, seed=1)),
  'ourModularity': nx.community.modularity(G, ours),
}))
`;

interface Reference {
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  pagerank: Record<string, number>;
  eigenvector: Record<string, number>;
  degree: Record<string, number>;
  louvain: number;
  ourModularity: number;
}

function shownEdges(graph: StakeholderGraph, filter: ViewFilter): { nodes: string[]; edges: string[][] } {
  const nodes = graph.filterNodes((n) => isNodeShown(graph, n, filter));
  const shown = new Set(nodes);
  const edges: string[][] = [];
  graph.forEachEdge((e, a, s, t) => {
    if (shown.has(s) && shown.has(t) && edgeItselfShown(graph, e, a, filter)) edges.push([s, t]);
  });
  return { nodes, edges };
}

function networkx(graph: StakeholderGraph, filter: ViewFilter, ours: NodeAnalysis): Reference {
  const data = {
    ...shownEdges(graph, filter),
    communities: ours.communities.communities.map((c) => c.nodes),
  };
  return withTempFiles({ 'g.json': JSON.stringify(data) }, (dir) =>
    python(SCRIPT, dir),
  ) as unknown as Reference;
}

const maxDiff = (a: Record<string, number>, b: Record<string, number>): number => {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  return Math.max(...Object.keys(b).map((k) => Math.abs(a[k]! - b[k]!)));
};

/** Ranks with ties averaged, as Spearman's rho wants them. */
function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function spearman(a: Record<string, number>, b: Record<string, number>): number {
  const ids = Object.keys(b);
  const ra = ranks(ids.map((id) => a[id]!));
  const rb = ranks(ids.map((id) => b[id]!));
  const mean = (ra.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - mean) * (rb[i]! - mean);
    da += (ra[i]! - mean) ** 2;
    db += (rb[i]! - mean) ** 2;
  }
  return num / Math.sqrt(da * db);
}

function compare(graph: StakeholderGraph, filter: ViewFilter): { ours: NodeAnalysis; ref: Reference } {
  const ours = analyse(graph, filter);
  const ref = networkx(graph, filter, ours);
  expect(maxDiff(ours.values.betweenness, ref.betweenness)).toBeLessThan(1e-6);
  expect(maxDiff(ours.values.closeness, ref.closeness)).toBeLessThan(1e-6);
  expect(maxDiff(ours.values.degree, ref.degree)).toBe(0);
  expect(spearman(ours.values.pagerank, ref.pagerank)).toBeGreaterThanOrEqual(0.99);
  expect(maxDiff(ours.values.eigenvector, ref.eigenvector)).toBeLessThan(1e-3);
  expect(ours.communities.modularity).toBeGreaterThanOrEqual(ref.louvain - 0.02);
  // The modularity we report is the partition's modularity as NetworkX computes it.
  expect(ours.communities.modularity).toBeCloseTo(ref.ourModularity, 6);
  return { ours, ref };
}

describe('analysis matches NetworkX (python3-networkx)', () => {
  it('on the bundled dataset: betweenness and closeness within 1e-6, PageRank ranking, Louvain modularity', () => {
    const { ours } = compare(bundledGraph(), NO_FILTER);
    expect(ours.nodes).toBeGreaterThan(50);
  });

  it('on the bundled dataset as of 2023 with stated links only', () => {
    const graph = bundledGraph();
    const { ours } = compare(graph, { ...NO_FILTER, asOf: '2023-01-01', statedOnly: true });
    expect(ours.nodes).toBeLessThan(graph.order);
  });

  it('on a generated 1k-node dataset (preferential attachment, parallel relations)', () => {
    const graph = load(syntheticDataset({ nodes: 1000, edgesPerNode: 4, seed: 7 })).graph!;
    const { ours } = compare(graph, NO_FILTER);
    expect(ours.nodes).toBe(1000);
  }, 180_000);
});
