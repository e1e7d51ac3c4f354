// The kernel of Brandes' betweenness: one breadth-first walk from a source and one backward sweep,
// summed over a group of sources. Pure typed-array code with no allocation per source, so it runs the
// same in the page, a web worker and a Node worker thread (each worker walks its own groups).
import type { Csr } from './csr.ts';

/** How a source's dependencies count: Brandes' exact sums, or Geisberger-Sanders-Schultes' linear scaling. */
export type Dependency = 'brandes' | 'linear';

/**
 * A group's sums per node, interleaved (stride 3: dependency, sum of distances, sources reaching it)
 * so that one cache line serves a node's three updates.
 */
export type GroupSums = Float64Array;

/**
 * Per-walk scratch: per node (stride 2) its distance from the source, then its path count, which the
 * backward sweep replaces by the coefficient its parents pull. Distance and count share a cache line:
 * on graphs larger than the cache each neighbour read costs one miss instead of two or three.
 */
export class WalkState {
  readonly node: Float64Array;
  readonly order: Int32Array;
  constructor(n: number) {
    this.node = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) this.node[2 * i] = -1;
    this.order = new Int32Array(n);
  }
}

/** Breadth-first from s: distances and shortest-path counts; returns how many nodes it reached. */
function forward(s: number, csr: Csr, state: WalkState): number {
  const { starts, neighbours } = csr;
  const { node, order } = state;
  node[2 * s] = 0;
  node[2 * s + 1] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const dv = node[2 * v]! + 1;
    const sv = node[2 * v + 1]!;
    for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
      const u2 = 2 * neighbours[j]!;
      const du = node[u2]!;
      if (du === -1) {
        node[u2] = dv;
        node[u2 + 1] = sv;
        order[tail++] = u2 >> 1;
      } else if (du === dv) node[u2 + 1]! += sv;
    }
  }
  return tail;
}

/**
 * The backward sweep, pulled rather than pushed: a node sums its children's coefficients (reads only,
 * no scattered writes), its dependency is its path count times that sum, and it leaves its own
 * coefficient for its parents. Brandes: coefficient (1 + dependency) / count. Linear scaling: the
 * share of each path up to the node, d(s,v)/d(s,t), is carried as gamma = dependency / distance, with
 * coefficient (1 / distance + gamma) / count (a child's distance is its parent's plus one).
 */
function backward(reached: number, csr: Csr, state: WalkState, sums: GroupSums, linear: boolean): void {
  const { starts, neighbours } = csr;
  const { node, order } = state;
  for (let i = reached - 1; i > 0; i--) {
    const u = order[i]!;
    const d = node[2 * u]!;
    const below = d + 1;
    let pull = 0;
    for (let j = starts[u]!, end = starts[u + 1]!; j < end; j++) {
      const w2 = 2 * neighbours[j]!;
      // A conditional expression rather than a branch: the CPU keeps several cache misses in flight.
      pull += node[w2] === below ? node[w2 + 1]! : 0;
    }
    const count = node[2 * u + 1]!;
    const gamma = count * pull;
    node[2 * u + 1] = ((linear ? 1 / d : 1) + gamma) / count;
    sums[3 * u]! += linear ? d * gamma : gamma;
    sums[3 * u + 1]! += d;
    sums[3 * u + 2]!++;
  }
  for (let i = 0; i < reached; i++) {
    const u = order[i]!;
    node[2 * u] = -1;
    node[2 * u + 1] = 0;
  }
}

/** Adds one source's walk to `sums` (the state comes back clean for the next source). */
function walkFrom(s: number, csr: Csr, state: WalkState, sums: GroupSums, dependency: Dependency): void {
  backward(forward(s, csr, state), csr, state, sums, dependency === 'linear');
}

/** A group's sums from its sources, in their order, in steps (yields after each source). */
export function* groupSteps(
  csr: Csr,
  sources: Int32Array,
  dependency: Dependency,
  state: WalkState = new WalkState(csr.starts.length - 1),
): Generator<number, GroupSums> {
  const sums = new Float64Array(3 * (csr.starts.length - 1));
  for (let p = 0; p < sources.length; p++) {
    walkFrom(sources[p]!, csr, state, sums, dependency);
    yield p + 1;
  }
  return sums;
}

/** groupSteps run to the end (what a worker thread runs). */
export function groupSums(csr: Csr, sources: Int32Array, dependency: Dependency): GroupSums {
  const steps = groupSteps(csr, sources, dependency);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
