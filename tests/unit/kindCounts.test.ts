// The legend's counts (graph/kindCounts.ts), taken in slices before the panels are built, against a plain count.
import { describe, expect, it } from 'vitest';
import { kindCounts, kindCountsSteps } from '../../src/app/graph/kindCounts.ts';
import { buildGraph, syntheticDataset } from '../../src/graph/index.ts';

describe('kindCountsSteps', () => {
  it('counts node kinds, relation kinds and inferred relations as a direct count does, pausing per slice', () => {
    const graph = buildGraph(syntheticDataset({ nodes: 1500, seed: 4 }));
    const nodes = new Map<string, number>();
    graph.forEachNode((_n, a) => nodes.set(a.kind, (nodes.get(a.kind) ?? 0) + 1));
    const relations = new Map<string, number>();
    graph.forEachEdge((_e, a) => relations.set(a.kind, (relations.get(a.kind) ?? 0) + 1));
    const inferred = graph.filterEdges((_e, a) => !a.stated).length;
    expect(inferred).toBeGreaterThan(0);
    expect(relations.size).toBeGreaterThan(3);

    const steps = kindCountsSteps(graph, 100);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(Math.floor((graph.order + graph.size) / 100));
    expect(step.value.nodes).toEqual(nodes);
    expect(step.value.relations).toEqual(relations);
    expect(step.value.inferred).toBe(inferred);
    expect(kindCounts(graph)).toEqual(step.value);
  });
});
