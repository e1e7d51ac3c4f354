import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../src/export/index.ts';
import { bundledGraph } from '../exchangeHelpers.ts';
import { python, withTempFiles } from './run.ts';

const SCRIPT = `
import json, sys, os, igraph
g = igraph.Graph.Read_GraphML(os.path.join(sys.argv[1], 'g.graphml'))
print(json.dumps({
  'nodes': g.vcount(), 'edges': g.ecount(), 'directed': g.is_directed(),
  'ids': sorted(g.vs['id']), 'types': sorted(set(g.vs['type'])), 'edgeTypes': sorted(set(g.es['type'])),
  'x': g.vs[0]['x'],
}))
`;

describe('igraph (python3-igraph) reads our GraphML', () => {
  it('with the right counts, ids, types and typed numbers', () => {
    const graph = bundledGraph();
    const out = withTempFiles({ 'g.graphml': writeGraphml(graph) }, (dir) => python(SCRIPT, dir));
    expect(out.nodes).toBe(graph.order);
    expect(out.edges).toBe(graph.size);
    expect(out.directed).toBe(true);
    expect(out.ids).toEqual(graph.nodes().sort());
    expect(out.types).toEqual([...new Set(graph.mapNodes((_id, a) => a.kind))].sort());
    expect(out.edgeTypes).toEqual([...new Set(graph.mapEdges((_id, a) => a.kind))].sort());
    expect(typeof out.x).toBe('number');
  });
});
