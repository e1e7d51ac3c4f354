// Betweenness and closeness from Brandes' walks: from every node (exact), or from k sampled sources
// (pivots) for graphs too big for the exact O(nm). Hand-written because graphology-metrics' betweenness
// has no sampling option and no progress, and its routine allocates a predecessor list per node per
// source; this kernel walks a flat adjacency (CSR) and finds predecessors by distance, so a source costs
// one BFS and one backward sweep, and closeness comes from the same BFS. graphology-metrics' exact
// betweenness and closeness stay the reference in the tests (and NetworkX in the interop tests).
import type { UndirectedGraph } from 'graphology';
import { seededRandom } from '../../graph/index.ts';

export interface BrandesCentrality {
  readonly betweenness: Record<string, number>;
  readonly closeness: Record<string, number>;
  /** The number of sources actually used (all nodes when `pivots` is at least the order). */
  readonly pivots: number;
}

interface Csr {
  readonly ids: string[];
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
}

function csr(graph: UndirectedGraph): Csr {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
  const starts = new Int32Array(ids.length + 1);
  const neighbours = new Int32Array(2 * graph.size);
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    starts[i] = at;
    graph.forEachNeighbor(ids[i]!, (n) => {
      neighbours[at++] = index.get(n)!;
    });
  }
  starts[ids.length] = at;
  return { ids, starts, neighbours };
}

/** k distinct node indices drawn uniformly with a seeded generator (a partial Fisher-Yates shuffle). */
function samplePivots(n: number, k: number, seed: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const random = seededRandom(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.subarray(0, k);
}

/**
 * Brandes' accumulation from k random sources (every node when k >= n: the exact figures), scaled by n/k as NetworkX's
 * betweenness_centrality(G, k=k, normalized=True) does; closeness from the same walks: a node's mean
 * distance to the pivots that reach it, and the share of pivots that do, stand in for all nodes.
 * A generator that yields the pivots done (for a worker's progress); its return value is the result.
 */
export function* brandesSteps(
  graph: UndirectedGraph,
  pivots: number,
  seed = 1,
): Generator<number, BrandesCentrality> {
  const { ids, starts, neighbours } = csr(graph);
  const n = ids.length;
  const k = Math.min(Math.max(1, Math.floor(pivots)), n);
  const sources = samplePivots(n, k, seed);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const between = new Float64Array(n);
  const sumDist = new Float64Array(n);
  const reached = new Int32Array(n);
  const isPivot = new Uint8Array(n);
  for (const s of sources) isPivot[s] = 1;
  for (let p = 0; p < k; p++) {
    const s = sources[p]!;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        if (dist[w] === -1) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let j = starts[w]!, end = starts[w + 1]!; j < end; j++) {
        const v = neighbours[j]!;
        if (dist[v] === dw) delta[v]! += sigma[v]! * coefficient;
      }
      between[w]! += delta[w]!;
      sumDist[w]! += dist[w]!;
      reached[w]!++;
    }
    for (let i = 0; i < tail; i++) {
      const w = order[i]!;
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
    yield p + 1;
  }
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  const betweenness: Record<string, number> = {};
  const closeness: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    betweenness[ids[i]!] = between[i]! * scale;
    // The pivots other than the node itself: the sample of "everyone else" it is measured against.
    const others = k - isPivot[i]!;
    const r = reached[i]!;
    closeness[ids[i]!] = r === 0 || others === 0 ? 0 : (r / others) * (r / sumDist[i]!);
  }
  return { betweenness, closeness, pivots: k };
}
