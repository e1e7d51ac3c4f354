// Betweenness and closeness from Brandes' walks: from every node (exact), or from k sampled sources
// (pivots) for graphs too big for the exact O(nm). Hand-written because graphology-metrics' betweenness
// has no sampling option and no progress, and it allocates a predecessor list per node per source; this
// kernel walks the CSR with typed arrays and finds predecessors by distance, so a source costs one BFS
// and one backward sweep, and closeness comes from the same BFS. graphology-metrics' exact betweenness
// and closeness stay the reference in the tests (and NetworkX in the interop tests).
import { seededRandom } from '../../graph/index.ts';
import { type Csr, localityOrder, relabelled } from './csr.ts';

export interface BrandesCentrality {
  /** Per node index, as the analysis graph's `nodes`. */
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  /** The number of sources actually used (all nodes when `pivots` is at least the order). */
  readonly pivots: number;
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

/** The arrays one walk uses, allocated once and reset after each source (only the nodes it reached). */
interface Walk {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  readonly order: Int32Array;
  readonly between: Float64Array;
  readonly sumDist: Float64Array;
  readonly reached: Int32Array;
}

/**
 * One source's BFS (shortest-path counts) and backward sweep (dependencies), added to `between`,
 * `sumDist` and `reached`. A plain function, not inside the generator, so that V8 optimises the loops.
 */
function walkFrom(s: number, csr: Csr, w: Walk): void {
  const { starts, neighbours } = csr;
  const { dist, sigma, delta, order, between, sumDist, reached } = w;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const dv = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
      const u = neighbours[j]!;
      const du = dist[u]!;
      if (du === -1) {
        dist[u] = dv;
        sigma[u] = sv;
        order[tail++] = u;
      } else if (du === dv) sigma[u]! += sv;
    }
  }
  for (let i = tail - 1; i > 0; i--) {
    const u = order[i]!;
    const du = dist[u]! - 1;
    const coefficient = (1 + delta[u]!) / sigma[u]!;
    for (let j = starts[u]!, end = starts[u + 1]!; j < end; j++) {
      const v = neighbours[j]!;
      if (dist[v] === du) delta[v]! += sigma[v]! * coefficient;
    }
    between[u]! += delta[u]!;
    sumDist[u]! += dist[u]!;
    reached[u]!++;
  }
  for (let i = 0; i < tail; i++) {
    const u = order[i]!;
    dist[u] = -1;
    sigma[u] = 0;
    delta[u] = 0;
  }
}

/**
 * Brandes' accumulation from k random sources (every node when k >= n: the exact figures), scaled by n/k as NetworkX's
 * betweenness_centrality(G, k=k, normalized=True) does; closeness from the same walks: a node's mean
 * distance to the pivots that reach it, and the share of pivots that do, stand in for all nodes.
 * A generator that yields the pivots done (for a worker's progress); its return value is the result.
 */
export function* brandesSteps(graph: Csr, pivots: number, seed = 1): Generator<number, BrandesCentrality> {
  const n = graph.starts.length - 1;
  const k = Math.min(Math.max(1, Math.floor(pivots)), n);
  const sources = samplePivots(n, k, seed);
  // The walks run on a relabelled copy (node order[i] is i there); the sums are mapped back at the end.
  const order = localityOrder(graph);
  const csr = relabelled(graph, order);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  const walk: Walk = {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    between: new Float64Array(n),
    sumDist: new Float64Array(n),
    reached: new Int32Array(n),
  };
  for (let p = 0; p < k; p++) {
    walkFrom(rank[sources[p]!]!, csr, walk);
    yield p + 1;
  }
  const isPivot = new Uint8Array(n);
  for (const s of sources) isPivot[s] = 1;
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const { between, sumDist, reached } = walk;
  for (let i = 0; i < n; i++) {
    const at = rank[i]!;
    betweenness[i] = between[at]! * scale;
    // The pivots other than the node itself: the sample of "everyone else" it is measured against.
    const others = k - isPivot[i]!;
    const r = reached[at]!;
    closeness[i] = r === 0 || others === 0 ? 0 : (r / others) * (r / sumDist[at]!);
  }
  return { betweenness, closeness, pivots: k };
}
