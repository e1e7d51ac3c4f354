// The kernel of Brandes' betweenness: one breadth-first walk from a source and one backward sweep,
// summed over a group of sources. Pure typed-array code with its scratch allocated once, so it runs the
// same in the page, a web worker and a Node worker thread (each worker walks its own groups).
import type { Csr } from './csr.ts';

/** How a source's dependencies count: Brandes' exact sums, or Geisberger-Sanders-Schultes' linear scaling. */
export type Dependency = 'brandes' | 'linear';

/** A group's sums per node, interleaved (stride 3: dependency, sum of distances, sources reaching it). */
export type GroupSums = Float64Array;

/** The tag of a node no walk has reached yet. */
const UNREACHED = 3;
/** The tag of a node found in the distance being walked, until the walk moves on. */
const FOUND = 4;

/**
 * Per-walk scratch, one array per field. The test a pushed step makes on every neighbour read
 * ("reached yet?") reads only `tag`, a node's distance modulo 3: one byte a node, so it stays in the
 * core's own cache on large graphs. Modulo 3 is enough because in an undirected graph a neighbour of a
 * node at distance d lies at d - 1, d or d + 1. Pulled steps and the backward sweep make no test: they
 * add every neighbour's count or coefficient, which is zero wherever it must not count. Path counts
 * and coefficients are zero outside a walk; the other fields are written once a node.
 */
export class WalkState {
  /** Distance from the source modulo 3, UNREACHED when not reached. */
  readonly tag: Uint8Array;
  readonly distance: Int32Array;
  /** Shortest paths from the source; zero for nodes not reached (and cleared after each walk). */
  readonly count: Float64Array;
  /** What a node passes to its parents in the backward sweep; zero until then, cleared after each walk. */
  readonly coefficient: Float64Array;
  /** The walk's dependency of each reached node, added to the sums in one pass in node order. */
  readonly dependency: Float64Array;
  /** Reached nodes in breadth-first order, and where each distance's nodes start in it. */
  readonly order: Int32Array;
  readonly levels: Int32Array;
  constructor(n: number) {
    this.tag = new Uint8Array(n).fill(UNREACHED);
    this.distance = new Int32Array(n);
    this.count = new Float64Array(n);
    this.coefficient = new Float64Array(n);
    this.dependency = new Float64Array(n);
    this.order = new Int32Array(n);
    this.levels = new Int32Array(n + 1);
  }
}

/**
 * Breadth-first from s, a distance at a time: distances and shortest-path counts. Returns the
 * greatest distance reached; levels[d] .. levels[d + 1] - 1 are the places in `order` of distance d,
 * in node order (see nodeOrder). Each step pushes from the nodes just reached, or, once their links
 * outnumber those of the nodes not reached yet, pulls into the latter from their parents (Beamer's
 * direction-optimising search: the late steps read few links, in node order).
 */
function forward(s: number, csr: Csr, state: WalkState): number {
  const { starts, neighbours } = csr;
  const { tag, distance, count, order, levels } = state;
  tag[s] = 0;
  distance[s] = 0;
  count[s] = 1;
  order[0] = s;
  let d = 0;
  let tail = 1;
  let unreachedLinks = neighbours.length - (starts[s + 1]! - starts[s]!);
  let frontierLinks = starts[s + 1]! - starts[s]!;
  for (let from = 0, to = 1; from < to; from = to, to = tail) {
    levels[d++] = from;
    if (frontierLinks > unreachedLinks) tail = pullStep(csr, state, tail);
    else tail = pushStep(csr, state, from, to, tail);
    frontierLinks = nodeOrder(csr, state, to, tail, d);
    unreachedLinks -= frontierLinks;
  }
  levels[d] = tail;
  return d - 1;
}

/** The nodes at distance d found from their parents (order[from] .. order[to - 1]); returns the new tail. */
function pushStep(csr: Csr, state: WalkState, from: number, to: number, tail: number): number {
  const { starts, neighbours } = csr;
  const { tag, count, order } = state;
  for (let h = from; h < to; h++) {
    const v = order[h]!;
    const sv = count[v]!;
    for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
      const u = neighbours[j]!;
      const t = tag[u]!;
      if (t === UNREACHED) {
        tag[u] = FOUND;
        count[u] = sv;
        order[tail++] = u;
      } else if (t === FOUND) count[u]! += sv;
    }
  }
  return tail;
}

/**
 * The nodes at distance d found by each node not reached summing its parents' counts, in node order.
 * A node not reached has no neighbours but parents and nodes not reached (or else it would have been
 * reached sooner), and the latter count zero until the step ends, so it adds every neighbour's count
 * with no test per link (adding zeros leaves the sum unchanged).
 */
function pullStep(csr: Csr, state: WalkState, tail: number): number {
  const { starts, neighbours } = csr;
  const { tag, count, dependency, order } = state;
  const found = tail;
  for (let u = 0, n = tag.length; u < n; u++) {
    if (tag[u] !== UNREACHED) continue;
    let paths = 0;
    for (let j = starts[u]!, end = starts[u + 1]!; j < end; j++) paths += count[neighbours[j]!]!;
    if (paths > 0) {
      tag[u] = FOUND;
      dependency[u] = paths;
      order[tail++] = u;
    }
  }
  for (let i = found; i < tail; i++) count[order[i]!] = dependency[order[i]!]!;
  return tail;
}

/**
 * Puts the nodes just found (order[from] .. order[to - 1], tagged FOUND) in node order, tags them with
 * their distance d, and returns their links. Walking a distance's nodes in node order reads the
 * adjacency arrays forward (and backward in the sweep back), which the CPU prefetches, instead of one
 * cache miss per node on graphs larger than the cache. A large set is collected by one pass over the
 * tags, a small one sorted (a pulled step finds them in node order already).
 */
function nodeOrder(csr: Csr, state: WalkState, from: number, to: number, d: number): number {
  const { starts } = csr;
  const { tag, distance, order } = state;
  const n = tag.length;
  const child = d % 3;
  if ((to - from) * 16 < n) order.subarray(from, to).sort();
  else if (order[to - 1]! < order[from]! || !sorted(order, from, to))
    for (let u = 0, at = from; u < n; u++) {
      if (tag[u] === FOUND) order[at++] = u;
    }
  let links = 0;
  for (let i = from; i < to; i++) {
    const u = order[i]!;
    tag[u] = child;
    distance[u] = d;
    links += starts[u + 1]! - starts[u]!;
  }
  return links;
}

/** Whether order[from] .. order[to - 1] ascend. */
function sorted(order: Int32Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (order[i]! < order[i - 1]!) return false;
  return true;
}

/**
 * The backward sweep, pulled rather than pushed: a node sums its children's coefficients (reads only,
 * no scattered writes), its dependency is its path count times that sum, and it leaves its own
 * coefficient for its parents. Brandes: coefficient (1 + dependency) / count. Linear scaling: the
 * share of each path up to the node, d(s,v)/d(s,t), is carried as gamma = dependency / distance, with
 * coefficient (1 / distance + gamma) / count (a child's distance is its parent's plus one).
 * Only children have a coefficient yet when a distance is swept (its own nodes get theirs after it,
 * its parents later), so a node adds every neighbour's coefficient with no test: a branch the CPU
 * could not predict, on every link read, traded for adding zeros, which leaves the sums unchanged.
 */
function backward(depth: number, csr: Csr, state: WalkState, linear: boolean): void {
  const { starts, neighbours } = csr;
  const { count, coefficient, dependency, order, levels } = state;
  for (let d = depth; d > 0; d--) {
    const own = linear ? 1 / d : 1;
    const first = levels[d]!;
    const last = levels[d + 1]!;
    // The deepest nodes have no children.
    if (d < depth)
      for (let i = first; i < last; i++) {
        const u = order[i]!;
        let pull = 0;
        for (let j = starts[u]!, end = starts[u + 1]!; j < end; j++) pull += coefficient[neighbours[j]!]!;
        dependency[u] = pull;
      }
    for (let i = first; i < last; i++) {
      const u = order[i]!;
      const paths = count[u]!;
      const gamma = d < depth ? paths * dependency[u]! : 0;
      coefficient[u] = (own + gamma) / paths;
      dependency[u] = linear ? d * gamma : gamma;
    }
  }
}

/**
 * Adds the walk's figures to `sums` and clears the tags for the next walk. A walk that reached most
 * nodes is added in one pass in node order (sequential writes instead of one cache miss per node); a
 * small one node by node. Either way each node gets the same one addition per walk.
 */
function accumulate(reached: number, state: WalkState, sums: GroupSums): void {
  const { tag, distance, count, dependency, coefficient, order } = state;
  const n = tag.length;
  if (reached * 8 < n) {
    for (let i = 1; i < reached; i++) {
      const u = order[i]!;
      sums[3 * u]! += dependency[u]!;
      sums[3 * u + 1]! += distance[u]!;
      sums[3 * u + 2]!++;
    }
    for (let i = 0; i < reached; i++) {
      const u = order[i]!;
      tag[u] = UNREACHED;
      count[u] = 0;
      coefficient[u] = 0;
    }
    return;
  }
  for (let u = 0; u < n; u++) {
    if (tag[u] === UNREACHED) continue;
    const d = distance[u]!;
    if (d > 0) {
      sums[3 * u]! += dependency[u]!;
      sums[3 * u + 1]! += d;
      sums[3 * u + 2]!++;
    }
  }
  tag.fill(UNREACHED);
  count.fill(0);
  coefficient.fill(0);
}

/** Adds one source's walk to `sums` (the state comes back clean for the next source). */
function walkFrom(s: number, csr: Csr, state: WalkState, sums: GroupSums, dependency: Dependency): void {
  const depth = forward(s, csr, state);
  backward(depth, csr, state, dependency === 'linear');
  accumulate(state.levels[depth + 1]!, state, sums);
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
