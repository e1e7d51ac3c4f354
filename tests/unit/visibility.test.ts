// The filter rule shared by canvas, counts and table: kinds, stated-only, "as of" a day, and edges whose ends are hidden.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  filtersChanged,
  isEdgeShown,
  isNodeShown,
  shownCounts,
  shownCountsSteps,
} from '../../src/app/state/visibility.ts';
import { readDataset } from '../../src/cli/io.ts';
import type { StakeholderGraph } from '../../src/graph/index.ts';
import { BUNDLED_DIR } from '../helpers.ts';

let graph: StakeholderGraph;
const none = { hiddenNodeKinds: [], hiddenRelationKinds: [], statedOnly: false } as const;

beforeAll(async () => {
  graph = (await readDataset(BUNDLED_DIR)).graph!;
});

describe('visibility', () => {
  it('shows everything when no filter is set', () => {
    expect(shownCounts(graph, none)).toEqual({ nodes: graph.order, edges: graph.size });
  });

  it('hides the nodes of a hidden kind and every edge that touches them', () => {
    const state = { ...none, hiddenNodeKinds: ['police-force'] as const };
    expect(isNodeShown(graph, 'essex-police', state)).toBe(false);
    for (const edge of graph.edges('essex-police')) expect(isEdgeShown(graph, edge, state)).toBe(false);
    expect(shownCounts(graph, state).nodes).toBe(graph.order - 43);
  });

  it('hides inferred links when only stated links are wanted', () => {
    const inferred = graph.filterEdges((_e, a) => !a.stated);
    expect(inferred.length).toBeGreaterThan(0);
    const state = { ...none, statedOnly: true };
    expect(inferred.every((e) => !isEdgeShown(graph, e, state))).toBe(true);
    expect(shownCounts(graph, state).edges).toBe(graph.size - inferred.length);
  });

  it('hides a relation kind without hiding any node', () => {
    const state = { ...none, hiddenRelationKinds: ['member-of'] as const };
    const counts = shownCounts(graph, state);
    expect(counts.nodes).toBe(graph.order);
    expect(counts.edges).toBe(graph.size - graph.filterEdges((_e, a) => a.kind === 'member-of').length);
  });

  it('hides, as of a day, the nodes and relations that did not hold then', () => {
    const before = { ...none, asOf: '2023-06-01' };
    expect(isNodeShown(graph, 'criminal-justice-bill', before)).toBe(false);
    expect(isNodeShown(graph, 'crime-and-policing-act-2026', before)).toBe(false);
    expect(isEdgeShown(graph, 'suella-braverman-holds-role-home-secretary', before)).toBe(true);
    expect(isEdgeShown(graph, 'james-cleverly-holds-role-home-secretary', before)).toBe(false);
    const during = { ...none, asOf: '2024-05-20' };
    expect(isNodeShown(graph, 'criminal-justice-bill', during)).toBe(true);
    expect(isEdgeShown(graph, 'suella-braverman-holds-role-home-secretary', during)).toBe(false);
    expect(isEdgeShown(graph, 'james-cleverly-holds-role-home-secretary', during)).toBe(true);
    for (const edge of graph.edges('criminal-justice-bill'))
      expect(isEdgeShown(graph, edge, before)).toBe(false);
    const counts = shownCounts(graph, before);
    expect(counts.nodes).toBeLessThan(graph.order);
    expect(counts.edges).toBeLessThan(graph.size);
  });

  it('counts in slices what a plain pass over the graph counts', () => {
    const state = {
      ...none,
      statedOnly: true,
      hiddenNodeKinds: ['police-force'] as const,
      asOf: '2024-05-20',
    };
    const steps = shownCountsSteps(graph, state, 10);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(Math.floor((graph.order + graph.size) / 10));
    expect(step.value).toEqual({
      nodes: graph.filterNodes((n) => isNodeShown(graph, n, state)).length,
      edges: graph.filterEdges((e) => isEdgeShown(graph, e, state)).length,
    });
  });

  it('count a change of day as a change of filters (views re-render), and not a change of selection', () => {
    expect(filtersChanged(none, { ...none, asOf: '2024-05-20' })).toBe(true);
    expect(filtersChanged(none, { ...none })).toBe(false);
  });
});
