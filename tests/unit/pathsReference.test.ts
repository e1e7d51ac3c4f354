import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path';
import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra';
import { allSimpleEdgeGroupPaths, allSimplePaths } from 'graphology-simple-path';
import { describe, expect, it } from 'vitest';
import { buildGraph, type StakeholderGraph, seededRandom, syntheticDataset } from '../../src/graph/index.ts';
import { findPaths, type PathOptions } from '../../src/query/index.ts';
import type { NodeKind, RelationKind } from '../../src/schema/index.ts';

// graphology's own algorithms are the reference: same path lengths on random graphs.

interface Plain {
  directed: MultiDirectedGraph;
  undirected: MultiUndirectedGraph;
}

/** Plain graphology copies (weights as an attribute), keeping only what passes `keep`. */
function copies(g: StakeholderGraph, keepNode: (id: string) => boolean = () => true): Plain {
  const directed = new MultiDirectedGraph();
  const undirected = new MultiUndirectedGraph();
  g.forEachNode((id) => {
    directed.addNode(id);
    undirected.addNode(id);
  });
  g.forEachEdge((id, a, s, t) => {
    if (!keepNode(s) || !keepNode(t)) return;
    directed.addDirectedEdgeWithKey(id, s, t, { weight: a.record.weight ?? 1 });
    undirected.addUndirectedEdgeWithKey(id, s, t, { weight: a.record.weight ?? 1 });
  });
  return { directed, undirected };
}

function pairs(g: StakeholderGraph, n: number, seed: number): [string, string][] {
  const random = seededRandom(seed);
  const nodes = g.nodes();
  return Array.from({ length: n }, () => [
    nodes[Math.floor(random() * nodes.length)]!,
    nodes[Math.floor(random() * nodes.length)]!,
  ]);
}

/** Every edge sequence of a multigraph (graphology groups parallel edges per hop). */
function edgePaths(
  graph: MultiDirectedGraph | MultiUndirectedGraph,
  s: string,
  t: string,
  o: { maxDepth: number },
): string[][] {
  const expand = (groups: string[][]): string[][] =>
    groups.reduce<string[][]>((acc, group) => acc.flatMap((p) => group.map((e) => [...p, e])), [[]]);
  return allSimpleEdgeGroupPaths(graph, s, t, o).flatMap(expand);
}

const hops = (g: StakeholderGraph, s: string, t: string, o: Partial<PathOptions>): number | null =>
  findPaths(g, s, t, o).paths[0]?.length ?? null;
const refHops = (path: string[] | null): number | null => (path === null ? null : path.length - 1);

describe('path lengths agree with graphology on random graphs', () => {
  for (const seed of [1, 2, 3]) {
    const g = buildGraph(syntheticDataset({ nodes: 300, edgesPerNode: 1, seed }));
    const plain = copies(g);

    it(`shortest paths, directed and not (seed ${seed})`, () => {
      let connected = 0;
      for (const [s, t] of pairs(g, 150, seed)) {
        expect(hops(g, s, t, { directed: true }), `${s} -> ${t}`).toBe(
          refHops(bidirectional(plain.directed, s, t)),
        );
        const undirected = refHops(bidirectional(plain.undirected, s, t));
        expect(hops(g, s, t, {}), `${s} - ${t}`).toBe(undirected);
        if (undirected !== null) connected++;
      }
      expect(connected).toBeGreaterThan(50);
    });

    it(`weighted shortest paths cost what graphology's Dijkstra costs (seed ${seed})`, () => {
      const cost = (
        graph: MultiUndirectedGraph | MultiDirectedGraph,
        path: string[] | null,
      ): number | null => {
        if (path === null || path.length === 0) return null;
        let total = 0;
        for (let i = 1; i < path.length; i++) {
          let best = Number.POSITIVE_INFINITY;
          graph.forEachEdge(path[i - 1]!, path[i]!, (_e, a) => {
            best = Math.min(best, a.weight as number);
          });
          total += best;
        }
        return total;
      };
      for (const [s, t] of pairs(g, 100, seed + 10)) {
        if (s === t) continue;
        for (const directed of [false, true]) {
          const ref = directed ? plain.directed : plain.undirected;
          const ours = findPaths(g, s, t, { directed, weight: true }).paths[0]?.cost ?? null;
          expect(ours, `${s} -> ${t} directed=${directed}`).toBe(cost(ref, dijkstra(ref, s, t, 'weight')));
        }
      }
    });

    it(`filters give the lengths of the filtered graph (seed ${seed})`, () => {
      const excluded: NodeKind[] = ['person', 'group', 'place'];
      const keep = (id: string): boolean => !excluded.includes(g.getNodeAttribute(id, 'kind'));
      const filtered = copies(g, keep);
      for (const [s, t] of pairs(g, 150, seed + 20)) {
        if (!keep(s) || !keep(t)) continue;
        expect(hops(g, s, t, { excludeNodeKinds: excluded })).toBe(
          refHops(bidirectional(filtered.undirected, s, t)),
        );
      }
    });
  }

  it('all simple paths up to a length match graphology’s allSimplePaths', () => {
    const g = buildGraph(syntheticDataset({ nodes: 60, edgesPerNode: 2, seed: 4 }));
    const plain = copies(g);
    let compared = 0;
    for (const [s, t] of pairs(g, 40, 4)) {
      if (s === t) continue;
      for (const directed of [true, false]) {
        const ref = (
          directed
            ? edgePaths(plain.directed, s, t, { maxDepth: 4 })
            : edgePaths(plain.undirected, s, t, { maxDepth: 4 })
        ).map((p) => p.join(','));
        const ours = findPaths(g, s, t, { mode: 'all-simple', maxLength: 4, limit: 100_000, directed });
        expect(ours.paths.map((p) => p.edges.map((e) => e.id).join(',')).sort()).toEqual(ref.sort());
        compared += ref.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
    // Node sequences too, against allSimplePaths.
    const [s, t] = ['government-body-0', 'role-1'];
    const nodePaths = new Set(allSimplePaths(plain.directed, s, t, { maxDepth: 5 }).map((p) => p.join(',')));
    const ours = findPaths(g, s, t, { mode: 'all-simple', maxLength: 5, limit: 100_000, directed: true });
    expect(new Set(ours.paths.map((p) => p.nodes.join(',')))).toEqual(nodePaths);
  });

  it('k shortest paths (Yen) have the k smallest lengths of all simple paths', () => {
    const g = buildGraph(syntheticDataset({ nodes: 40, edgesPerNode: 2, seed: 5 }));
    const plain = copies(g);
    let full = 0;
    let short = 0;
    for (const [s, t] of pairs(g, 30, 5)) {
      if (s === t) continue;
      for (const directed of [true, false]) {
        const ref = (
          directed
            ? edgePaths(plain.directed, s, t, { maxDepth: 7 })
            : edgePaths(plain.undirected, s, t, { maxDepth: 7 })
        )
          .map((p) => p.length)
          .sort((a, b) => a - b);
        const ours = findPaths(g, s, t, { mode: 'k-shortest', k: 6, directed }).paths;
        const lengths = ours.map((p) => p.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
        expect(new Set(ours.map((p) => p.edges.map((e) => e.id).join(','))).size).toBe(ours.length);
        // Compare where the reference enumeration is complete for the lengths involved.
        if (lengths.length === 6 && lengths[5]! <= 7) {
          expect(lengths).toEqual(ref.slice(0, 6));
          full++;
        } else if (lengths.length < 6 && ref.every((l) => l < 7)) {
          expect(lengths).toEqual(ref);
          short++;
        }
      }
    }
    expect(full).toBeGreaterThan(10);
    expect(short).toBeGreaterThan(0);
  });
});

describe('path answers at scale (10k nodes, 40k edges) agree with graphology', () => {
  const g = buildGraph(syntheticDataset({ nodes: 10_000, seed: 11 }));
  const excluded: RelationKind[] = ['collaborates-with', 'related-to', 'praised', 'funds', 'part-of'];

  it('gives graphology’s hop counts on 300 random pairs, undirected, directed and with a relation filter', () => {
    const plain = copies(g);
    const filtered = new MultiUndirectedGraph();
    g.forEachNode((id) => {
      filtered.addNode(id);
    });
    g.forEachEdge((id, a, s, t) => {
      if (!excluded.includes(a.kind)) filtered.addUndirectedEdgeWithKey(id, s, t);
    });
    let longer = 0;
    for (const [s, t] of pairs(g, 300, 11)) {
      const undirected = refHops(bidirectional(plain.undirected, s, t));
      expect(hops(g, s, t, {}), `${s} - ${t}`).toBe(undirected);
      expect(hops(g, s, t, { directed: true }), `${s} -> ${t}`).toBe(
        refHops(bidirectional(plain.directed, s, t)),
      );
      const withFilter = refHops(bidirectional(filtered, s, t));
      expect(hops(g, s, t, { excludeRelations: excluded }), `${s} - ${t} filtered`).toBe(withFilter);
      if (withFilter !== null && undirected !== null && withFilter > undirected) longer++;
    }
    // The filter matters: some answers get longer.
    expect(longer).toBeGreaterThan(10);
  });

  it('returns real paths: consecutive hops share an end and each hop reads its own edge', () => {
    for (const [s, t] of pairs(g, 100, 12)) {
      const path = findPaths(g, s, t).paths[0];
      if (!path) continue;
      path.edges.forEach((e, i) => {
        expect(g.extremities(e.id).sort()).toEqual([path.nodes[i]!, path.nodes[i + 1]!].sort());
        expect(e.type).toBe(g.getEdgeAttribute(e.id, 'kind'));
        expect(path.hops[i]!.evidence).toEqual(g.getEdgeAttribute(e.id, 'record').evidence);
      });
    }
  });
});
