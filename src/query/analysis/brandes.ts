// Betweenness and closeness from Brandes' walks: from every node (exact), or from k sampled sources
// (pivots) for graphs too big for the exact O(nm). Hand-written because graphology-metrics' betweenness
// has no sampling option and no progress, and it allocates a predecessor list per node per source; the
// kernel (brandesWalk.ts) walks the CSR with typed arrays, and closeness comes from the same walks.
// graphology-metrics' exact betweenness and closeness stay the reference in the tests (and NetworkX in
// the interop tests).
//
// The sources are cut into PIVOT_GROUPS fixed groups whose sums are added in group order, so the
// figures are the same to the last bit whether one thread walks every group or workers share them.
import { seededRandom } from '../../graph/index.ts';
import { type Dependency, type GroupSums, groupSteps, WalkState } from './brandesWalk.ts';
import { type Csr, localityOrder, relabelled } from './csr.ts';

export interface BrandesCentrality {
  /** Per node index, as the analysis graph's `nodes`. */
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  /** The number of sources actually used (all nodes when `pivots` is at least the order). */
  readonly pivots: number;
}

/** Groups the sources are cut into: the most workers that can share one computation. */
export const PIVOT_GROUPS = 4;

/** What every walker needs: the relabelled graph and each group's sources (as relabelled indices). */
export interface BrandesPlan {
  /** The graph with node order[i] renamed i (linked nodes close in memory). */
  readonly csr: Csr;
  readonly order: Int32Array;
  readonly groups: readonly Int32Array[];
  readonly dependency: Dependency;
  /** Sources in all: n for the exact figures. */
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

/**
 * The walks to make: every node when `pivots` is at least the order (Brandes' exact sums), else that
 * many sampled sources with Geisberger-Sanders-Schultes' linear scaling, which overrates nodes near
 * a pivot less than uniform sampling does and so ranks the top nodes better with few pivots (docs/analysis.md).
 */
export function brandesPlan(graph: Csr, pivots: number, seed = 1): BrandesPlan {
  const n = graph.starts.length - 1;
  const k = Math.min(Math.max(1, Math.floor(pivots)), n);
  const order = localityOrder(graph);
  const csr = relabelled(graph, order);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  const sources = samplePivots(n, k, seed).map((s) => rank[s]!);
  const groups: Int32Array[] = [];
  for (let g = 0; g < PIVOT_GROUPS; g++)
    groups.push(sources.slice(Math.floor((g * k) / PIVOT_GROUPS), Math.floor(((g + 1) * k) / PIVOT_GROUPS)));
  return { csr, order, groups, dependency: k === n ? 'brandes' : 'linear', pivots: k };
}

/**
 * The figures from every group's sums (in group order), scaled as NetworkX's
 * betweenness_centrality(G, k=k, normalized=True); with linear scaling each sampled pair counts from
 * both ends, hence twice the scale. Closeness: a node's mean distance to the pivots that reach it, and
 * the share of pivots that do, stand in for all nodes.
 */
export function brandesResult(plan: BrandesPlan, sums: readonly GroupSums[]): BrandesCentrality {
  const { order, pivots: k } = plan;
  const n = order.length;
  const total = new Float64Array(3 * n);
  for (const group of sums) for (let i = 0; i < total.length; i++) total[i]! += group[i]!;
  const isPivot = new Uint8Array(n);
  for (const group of plan.groups) for (const s of group) isPivot[s] = 1;
  const scale = n > 2 ? ((plan.dependency === 'linear' ? 2 : 1) * n) / k / ((n - 1) * (n - 2)) : 0;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  for (let at = 0; at < n; at++) {
    const i = order[at]!;
    betweenness[i] = total[3 * at]! * scale;
    // The pivots other than the node itself: the sample of "everyone else" it is measured against.
    const others = k - isPivot[at]!;
    const r = total[3 * at + 2]!;
    closeness[i] = r === 0 || others === 0 ? 0 : (r / others) * (r / total[3 * at + 1]!);
  }
  return { betweenness, closeness, pivots: k };
}

/**
 * Brandes' accumulation from k random sources (every node when k >= n: the exact figures), in one
 * thread: a generator that yields the pivots done (for a worker's progress); its return value is the result.
 */
export function* brandesSteps(graph: Csr, pivots: number, seed = 1): Generator<number, BrandesCentrality> {
  const plan = brandesPlan(graph, pivots, seed);
  const state = new WalkState(plan.order.length);
  const sums: GroupSums[] = [];
  let done = 0;
  for (const group of plan.groups) {
    const steps = groupSteps(plan.csr, group, plan.dependency, state);
    let r = steps.next();
    for (; !r.done; r = steps.next()) yield done + r.value;
    done += group.length;
    sums.push(r.value);
  }
  return brandesResult(plan, sums);
}
