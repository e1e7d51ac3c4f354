// Export scopes: the whole graph, what the filters show (the visibility rule), and the chosen path.
import { describe, expect, it } from 'vitest';
import { scopeAvailable, scopeGraph } from '../../src/app/exchange/exportScope.ts';
import { shownCounts } from '../../src/app/state/visibility.ts';
import { bundledGraph } from '../exchangeHelpers.ts';

const graph = bundledGraph();
const none = { hiddenNodeKinds: [], hiddenRelationKinds: [], statedOnly: false } as const;

describe('scopeGraph', () => {
  it('gives the whole graph itself for the graph scope', () => {
    expect(scopeGraph(none, graph, 'graph')).toBe(graph);
  });

  it('gives exactly what the filters show for the view scope', () => {
    const state = { ...none, hiddenNodeKinds: ['police-force'] as const, statedOnly: true };
    const view = scopeGraph(state, graph, 'view')!;
    expect({ nodes: view.order, edges: view.size }).toEqual(shownCounts(graph, state));
    expect(view.hasNode('essex-police')).toBe(false);
    expect(view.someEdge((_e, a) => !a.stated)).toBe(false);
    expect(view.getAttribute('sources')).toEqual(graph.getAttribute('sources'));
  });

  it('gives the path nodes and edges for the path scope, and nothing when there is no path', () => {
    expect(scopeAvailable(none, 'path')).toBe(false);
    expect(scopeGraph(none, graph, 'path')).toBeUndefined();
    const edge = graph.edges()[0]!;
    const nodes = [graph.source(edge), graph.target(edge)];
    const state = { ...none, paths: { result: { paths: [{ nodes, edges: [{ id: edge }] }] }, chosen: 0 } };
    expect(scopeAvailable(state, 'path')).toBe(true);
    const path = scopeGraph(state, graph, 'path')!;
    expect(path.nodes().sort()).toEqual([...nodes].sort());
    expect(path.edges()).toEqual([edge]);
  });
});
