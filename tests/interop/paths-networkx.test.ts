import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, seededRandom, syntheticDataset } from '../../src/graph/index.ts';
import { findPaths } from '../../src/query/index.ts';

// NetworkX (Debian's python3-networkx) as an independent implementation: same shortest path
// lengths and weighted costs as ours, on random graphs, following direction and not.
// Always Debian's interpreter: the python3 on PATH has no networkx.
const PYTHON = '/usr/bin/python3';

const SCRIPT = `
import json, sys
import networkx as nx
edges_file, pairs_file = sys.argv[1], sys.argv[2]
di, un = nx.MultiDiGraph(), nx.MultiGraph()
with open(edges_file) as f:
    for line in f:
        s, t, w = line.split()
        di.add_edge(s, t, weight=float(w)); un.add_edge(s, t, weight=float(w))
pairs = json.load(open(pairs_file))
for n in pairs['nodes']:
    di.add_node(n); un.add_node(n)
def length(g, s, t, weight):
    try:
        return nx.shortest_path_length(g, s, t, weight=weight)
    except nx.NetworkXNoPath:
        return None
out = []
for s, t in pairs['pairs']:
    out.append([length(di, s, t, None), length(un, s, t, None), length(di, s, t, 'weight'), length(un, s, t, 'weight')])
print(json.dumps(out))
`;

describe('shortest paths agree with NetworkX', () => {
  it('on random graphs: hop counts and weighted costs, directed and undirected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-nx-'));
    const script = join(dir, 'paths.py');
    writeFileSync(script, SCRIPT);
    for (const seed of [11, 12]) {
      const dataset = syntheticDataset({ nodes: 800, edgesPerNode: 3, seed });
      const graph = buildGraph(dataset);
      const edgesFile = join(dir, `edges-${seed}.txt`);
      writeFileSync(
        edgesFile,
        dataset.edges.map((e) => `${e.source} ${e.target} ${e.weight ?? 1}`).join('\n'),
      );
      const random = seededRandom(seed);
      const ids = dataset.nodes.map((n) => n.id);
      const pairs = Array.from({ length: 300 }, () => [
        ids[Math.floor(random() * ids.length)]!,
        ids[Math.floor(random() * ids.length)]!,
      ]);
      const pairsFile = join(dir, `pairs-${seed}.json`);
      writeFileSync(pairsFile, JSON.stringify({ nodes: ids, pairs }));
      const expected = JSON.parse(
        execFileSync(PYTHON, [script, edgesFile, pairsFile], { encoding: 'utf8' }),
      ) as (number | null)[][];
      let reachable = 0;
      pairs.forEach(([s, t], i) => {
        const ours = [
          findPaths(graph, s!, t!, { directed: true }).paths[0]?.length ?? null,
          findPaths(graph, s!, t!).paths[0]?.length ?? null,
          findPaths(graph, s!, t!, { directed: true, weight: true }).paths[0]?.cost ?? null,
          findPaths(graph, s!, t!, { weight: true }).paths[0]?.cost ?? null,
        ];
        expect(ours, `${s} -> ${t}`).toEqual(expected[i]);
        if (ours[0] !== null) reachable++;
      });
      // Directed reachability is the demanding case; make sure it is exercised.
      expect(reachable).toBeGreaterThan(20);
    }
  });
});
