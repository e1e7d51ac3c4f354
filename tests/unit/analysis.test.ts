import { DirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { DERIVED_COLUMNS, load } from '../../src/graph/index.ts';
import {
  analyse,
  analysisGraph,
  communities,
  dateDiff,
  metricValues,
  NO_FILTER,
  NODE_METRIC_KEYS,
  ranking,
  rankingOf,
  routesThrough,
  undirectedGraph,
} from '../../src/query/index.ts';
import { bundledGraph, smallGraph } from '../exchangeHelpers.ts';
import { smallRaw } from '../helpers.ts';
import { generatedGraph } from '../reference/generatedGraph.ts';

const maxDiff = (a: Record<string, number>, b: Record<string, number>): number =>
  Math.max(...Object.keys(b).map((k) => Math.abs((a[k] ?? Number.NaN) - b[k]!)));

describe('analysis graph', () => {
  it('merges parallel relations, drops self-loops and keeps direction only in the directed graph', () => {
    const raw = smallRaw();
    raw.edges.push(
      { id: 'unit-funds-ministry', source: 'unit', target: 'ministry', type: 'funds' },
      { id: 'ministry-backs-unit', source: 'ministry', target: 'unit', type: 'backs' },
      { id: 'unit-related-to-unit', source: 'unit', target: 'unit', type: 'related-to' },
    );
    const g = analysisGraph(load(raw).graph!, NO_FILTER);
    expect(g.relations).toBe(7);
    expect(g.links).toBe(4);
    expect(g.directedLinks).toBe(5);
    expect(undirectedGraph(g).size).toBe(4);
    expect(undirectedGraph(g).hasEdge('unit', 'unit')).toBe(false);
  });

  it('applies the view filter: as of, stated links only and kinds switched off', () => {
    const graph = smallGraph();
    expect(
      undirectedGraph(analysisGraph(graph, { ...NO_FILTER, statedOnly: true })).hasEdge(
        'minister',
        'ministry',
      ),
    ).toBe(false);
    const before = undirectedGraph(analysisGraph(graph, { ...NO_FILTER, asOf: '2024-01-01' }));
    expect(before.hasEdge('minister', 'unit')).toBe(false);
    expect(before.hasEdge('minister', 'ministry')).toBe(true);
    const noPolice = undirectedGraph(
      analysisGraph(graph, { ...NO_FILTER, hiddenNodeKinds: ['police-force'] }),
    );
    expect(noPolice.hasNode('police')).toBe(false);
    expect(noPolice.order).toBe(3);
    const degree = metricValues(
      analysisGraph(graph, { ...NO_FILTER, hiddenRelationKinds: ['funds'] }),
      'degree',
    );
    expect(degree.values.ministry).toBe(1);
  });
});

describe('metrics', () => {
  it('computes exact betweenness and closeness equal to graphology-metrics on a generated 400-node graph', () => {
    const g = analysisGraph(generatedGraph(400), NO_FILTER);
    const reference = betweennessCentrality(undirectedGraph(g), { getEdgeWeight: null, normalized: true });
    const closeness = closenessCentrality(undirectedGraph(g), { wassermanFaust: true });
    expect(maxDiff(metricValues(g, 'betweenness').values, reference)).toBeLessThan(1e-12);
    expect(maxDiff(metricValues(g, 'closeness').values, closeness)).toBeLessThan(1e-12);
  });

  it('computes PageRank and eigenvector centrality equal to graphology-metrics on a generated 400-node graph', () => {
    const g = analysisGraph(generatedGraph(400), NO_FILTER);
    const directed = new DirectedGraph();
    for (const node of g.nodes) directed.addNode(node);
    const { starts, neighbours } = g.directed;
    g.nodes.forEach((node, i) => {
      for (let j = starts[i]!; j < starts[i + 1]!; j++) directed.addEdge(node, g.nodes[neighbours[j]!]!);
    });
    expect(directed.size).toBe(g.directedLinks);
    const pr = pagerank(directed, { alpha: 0.85, getEdgeWeight: null, maxIterations: 1000 });
    const ev = eigenvectorCentrality(undirectedGraph(g), { getEdgeWeight: null, maxIterations: 1000 });
    expect(maxDiff(metricValues(g, 'pagerank').values, pr)).toBeLessThan(1e-12);
    expect(maxDiff(metricValues(g, 'eigenvector').values, ev)).toBeLessThan(1e-12);
  });

  it('estimates betweenness from pivots past exactUpTo, says so, and is exact when every node is a pivot', () => {
    const g = analysisGraph(generatedGraph(300), NO_FILTER);
    const exact = metricValues(g, 'betweenness').values;
    const sampled = metricValues(g, 'betweenness', { exactUpTo: 100, pivots: 50, seed: 1 });
    expect(sampled.pivots).toBe(50);
    expect(maxDiff(sampled.values, exact)).toBeGreaterThan(0);
    const all = metricValues(g, 'betweenness', { exactUpTo: 100, pivots: 300, seed: 1 });
    expect(maxDiff(all.values, exact)).toBeLessThan(1e-12);
    expect(metricValues(g, 'betweenness').pivots).toBeUndefined();
  });

  it('ranks the hub of a star first by every centrality', () => {
    const raw = smallRaw();
    raw.edges = raw.edges.filter((e) => e.id !== 'minister-heads-ministry');
    const graph = load(raw).graph!;
    const g = analysisGraph(graph, NO_FILTER);
    for (const metric of ['degree', 'betweenness', 'closeness', 'eigenvector'] as const) {
      expect(ranking(graph, metricValues(g, metric).values)[0]!.id, metric).toBe('unit');
    }
    expect(metricValues(g, 'betweenness').values.unit).toBeCloseTo(1, 12);
  });

  it('gives equal values the same rank, highest first', () => {
    const ranked = ranking(smallGraph(), { unit: 3, police: 1, ministry: 1, minister: 0.5 });
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['unit', 1],
      ['ministry', 2],
      ['police', 2],
      ['minister', 4],
    ]);
    expect(ranked[0]!.label).toBe('The Unit');
  });

  it('keeps the first N of the full ranking when asked for the top N, ties in label order', () => {
    const graph = generatedGraph(400);
    const ids = graph.nodes();
    // Few distinct values, so the cut falls inside ties that labels (several the same) must settle.
    const values = Float64Array.from(ids, (_, i) => (i * 7919) % 5);
    const all = rankingOf(graph, ids, values);
    expect(all.map((r) => r.id)).toEqual(
      ranking(graph, Object.fromEntries(ids.map((id, i) => [id, values[i]!]))).map((r) => r.id),
    );
    for (const top of [0, 1, 10, 79, 80, 81, 399])
      expect(rankingOf(graph, ids, values, top), `top ${top}`).toEqual(all.slice(0, top));
    const labels = all.map((r) => r.label);
    expect(labels.slice(0, 79)).toEqual([...labels.slice(0, 79)].sort((a, b) => a.localeCompare(b)));
  });
});

describe('figures in files', () => {
  it('skips every figure export --metrics writes when a file is imported back (DERIVED_COLUMNS)', () => {
    for (const key of [...NODE_METRIC_KEYS, 'community']) expect(DERIVED_COLUMNS.has(key), key).toBe(true);
  });
});

describe('routes through a node', () => {
  it("lists pairs of the hub's unlinked neighbours whose only shortest route runs through it", () => {
    const raw = smallRaw();
    raw.edges = raw.edges.filter((e) => e.id !== 'minister-heads-ministry');
    const graph = load(raw).graph!;
    const routes = routesThrough(graph, 'unit');
    expect(routes.length).toBe(3);
    for (const r of routes) {
      expect(r.routes).toBe(1);
      expect(graph.areNeighbors(r.from, 'unit') && graph.areNeighbors(r.to, 'unit')).toBe(true);
      expect(graph.areNeighbors(r.from, r.to)).toBe(false);
    }
  });

  it('counts the other shortest routes and leaves out linked pairs, on the bundled dataset', () => {
    const graph = bundledGraph();
    const node = 'grooming-gangs-taskforce';
    const all = routesThrough(graph, node, NO_FILTER, { limit: 1000, maxNeighbours: 1000 });
    expect(all.length).toBeGreaterThan(3);
    for (const r of all) {
      expect(graph.areNeighbors(r.from, r.to)).toBe(false);
      const common = graph.neighbors(r.from).filter((n) => n !== r.from && graph.areNeighbors(n, r.to));
      expect(r.routes).toBe(new Set(common).size);
    }
  });
});

describe('communities', () => {
  it('gives the same groups on every run with the same seed and puts every node in one group', () => {
    const g = analysisGraph(generatedGraph(500), NO_FILTER);
    const a = communities(g, 7);
    const b = communities(analysisGraph(generatedGraph(500), NO_FILTER), 7);
    expect(b).toEqual(a);
    expect(a.communities.flatMap((c) => c.nodes).sort()).toEqual([...g.nodes].sort());
    expect(a.modularity).toBeGreaterThan(0.2);
    expect(a.communities.map((c) => c.id)).toEqual(a.communities.map((_c, i) => i));
  });

  it('analyses the bundled dataset: every metric for every node, communities and their modularity', () => {
    const graph = bundledGraph();
    const a = analyse(graph);
    expect(a.nodes).toBe(graph.order);
    for (const values of Object.values(a.values)) expect(Object.keys(values).length).toBe(graph.order);
    expect(Object.keys(a.communities.membership).length).toBe(graph.order);
    expect(a.pivots).toBeUndefined();
  });
});

describe('date diff', () => {
  it('lists what appeared and the roles that changed hands between two dates in the bundled dataset', () => {
    const d = dateDiff(bundledGraph(), '2022-01-01', '2025-06-01');
    expect(d.nodes.appeared.map((n) => n.id)).toContain('grooming-gangs-taskforce');
    expect(d.nodes.ended).toEqual([]);
    expect(d.roles.find((r) => r.role === 'home-secretary')).toMatchObject({
      before: ['suella-braverman'],
      after: ['yvette-cooper'],
    });
    expect(d.relations.appeared.some((r) => r.target === 'grooming-gangs-taskforce')).toBe(true);
  });

  it('lists relations that ended, on the small fixture', () => {
    const d = dateDiff(smallGraph(), '2024-01-01', '2024-08-01');
    expect(d.relations.ended.map((r) => r.id)).toEqual(['minister-heads-ministry']);
    expect(d.relations.appeared.map((r) => r.id)).toEqual(['minister-praised-unit']);
  });
});
