import { describe, expect, it } from 'vitest';
import { writeGexf, writeGraphml } from '../../src/export/index.ts';
import { bundledGraph, hostileGraph } from '../exchangeHelpers.ts';
import { python, withTempFiles } from './run.ts';

const SCRIPT = `
import json, sys, os
import networkx as nx
d = sys.argv[1]
out = {}
for name, read in [('gexf', nx.read_gexf), ('graphml', nx.read_graphml)]:
    g = read(os.path.join(d, 'g.' + name))
    out[name] = {
        'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
        'directed': g.is_directed(),
        'node': {k: v for k, v in g.nodes[sys.argv[2]].items()} if len(sys.argv) > 2 else None,
        'labels': sorted(str(v.get('label', '')) for _, v in g.nodes(data=True)),
        'types': sorted(set(str(v.get('type')) for _, v in g.nodes(data=True))),
        'edgeTypes': sorted(set(str(v.get('type')) for _, _, v in g.edges(data=True))),
    }
print(json.dumps(out))
`;

function readWithNetworkx(graph: ReturnType<typeof hostileGraph>, nodeId: string) {
  return withTempFiles({ 'g.gexf': writeGexf(graph), 'g.graphml': writeGraphml(graph) }, (dir) =>
    python(SCRIPT.replace('sys.argv[2]', JSON.stringify(nodeId)).replace('len(sys.argv) > 2', 'True'), dir),
  ) as Record<
    string,
    {
      nodes: number;
      edges: number;
      directed: boolean;
      node: Record<string, unknown>;
      labels: string[];
      types: string[];
      edgeTypes: string[];
    }
  >;
}

describe('NetworkX (python3-networkx) reads our files', () => {
  it('reads the bundled dataset from GEXF and GraphML with the right counts and attributes', () => {
    const graph = bundledGraph();
    const nodeId = graph.nodes()[0]!;
    const out = readWithNetworkx(graph, nodeId);
    const kinds = [...new Set(graph.mapNodes((_id, a) => a.kind))].sort();
    const relations = [...new Set(graph.mapEdges((_id, a) => a.kind))].sort();
    for (const format of ['gexf', 'graphml']) {
      const r = out[format]!;
      expect(r.nodes).toBe(graph.order);
      expect(r.edges).toBe(graph.size);
      expect(r.directed).toBe(true);
      expect(r.types).toEqual(kinds);
      expect(r.edgeTypes).toEqual(relations);
      expect(r.node.label).toBe(graph.getNodeAttribute(nodeId, 'label'));
      expect(JSON.parse(String(r.node.evidence))).toEqual(graph.getNodeAttribute(nodeId, 'record').evidence);
    }
  });

  it('reads hostile strings back exactly from GEXF and GraphML', () => {
    const graph = hostileGraph();
    const out = readWithNetworkx(graph, 'script-node');
    const labels = graph.mapNodes((_id, a) => a.label).sort();
    for (const format of ['gexf', 'graphml']) {
      expect(out[format]!.labels).toEqual(labels);
      expect(out[format]!.edges).toBe(4);
      expect(out[format]!.node.description).toBe('=SUM(A1:A2) +1 -2 @cmd');
      expect(JSON.parse(String(out[format]!.node.aliases))).toEqual([
        'a,b',
        '"quoted"',
        'semi;colon',
        'new\nline',
      ]);
    }
  });
});
