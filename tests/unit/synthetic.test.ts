import { describe, expect, it } from 'vitest';
import { load, syntheticDataset } from '../../src/graph/index.ts';
import { NODE_KIND_IDS } from '../../src/schema/index.ts';

describe('syntheticDataset', () => {
  it('produces a dataset that load() accepts with no errors or warnings, quotes found', () => {
    const dataset = syntheticDataset({ nodes: 2000, seed: 3 });
    const result = load(JSON.stringify(dataset));
    expect(result.issues).toEqual([]);
    expect(result.graph!.order).toBe(2000);
    expect(result.quoteSpans.size).toBeGreaterThan(dataset.edges.length / 3);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(syntheticDataset({ nodes: 500, seed: 9 }))).toBe(
      JSON.stringify(syntheticDataset({ nodes: 500, seed: 9 })),
    );
    expect(JSON.stringify(syntheticDataset({ nodes: 500, seed: 9 }))).not.toBe(
      JSON.stringify(syntheticDataset({ nodes: 500, seed: 10 })),
    );
  });

  it('has every node kind, exactly four edges per node, skewed degrees, positions and weights', () => {
    const d = syntheticDataset({ nodes: 5000, seed: 1 });
    expect(new Set(d.nodes.map((n) => n.type))).toEqual(new Set(NODE_KIND_IDS));
    expect(d.edges.length).toBe(4 * d.nodes.length);
    expect(d.nodes.every((n) => n.position !== undefined)).toBe(true);
    const degree = new Map<string, number>();
    for (const e of d.edges)
      for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    // Preferential attachment: hubs far above the median.
    expect(degrees[0]!).toBeGreaterThan(20 * median);
    expect(d.edges.some((e) => e.weight !== undefined)).toBe(true);
    expect(d.edges.some((e) => e.evidence?.[0]?.basis === 'inferred')).toBe(true);
  });
});

describe('a 100k-node dataset', () => {
  it('loads through load() with 100,000 nodes, 400,000 edges and no issues', () => {
    const dataset = syntheticDataset({ nodes: 100_000, seed: 5 });
    const result = load(dataset);
    expect(result.issues).toEqual([]);
    expect(result.graph!.order).toBe(100_000);
    expect(result.graph!.size).toBe(400_000);
    const last = dataset.nodes[99_999]!;
    expect(result.graph!.getNodeAttribute(last.id, 'kind')).toBe(last.type);
  });
});
