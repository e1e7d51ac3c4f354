// Search kernels over the path index: bidirectional BFS, Dijkstra, distances, all shortest paths.
import { isAllPass, type PathIndex } from './pathIndex.ts';

/** Where a search may go: the index, its masks and the reading of direction and weights. */
export interface SearchSpace {
  readonly index: PathIndex;
  readonly nodeOk: Uint8Array;
  readonly edgeOk: Uint8Array;
  readonly directed: boolean;
  readonly weighted: boolean;
}

/** A path as index numbers: nodes in order, the edge taken for each hop, total cost. */
export interface RawPath {
  readonly nodes: number[];
  readonly edges: number[];
  readonly cost: number;
}

type Adjacency = readonly [offsets: Int32Array, targets: Int32Array, edges: Int32Array];

/** The adjacency lists to follow: out-edges forward, in-edges backward, both when undirected. */
export function adjacency(sp: SearchSpace, backward: boolean): Adjacency[] {
  const i = sp.index;
  const out: Adjacency = [i.outOffsets, i.outTargets, i.outEdges];
  const inn: Adjacency = [i.inOffsets, i.inTargets, i.inEdges];
  if (!sp.directed) return [out, inn];
  return backward ? [inn] : [out];
}

/** Scratch arrays reused between searches; a stamp per search saves clearing them. */
interface Workspace {
  stamp: number;
  seenF: Int32Array;
  seenB: Int32Array;
  predF: Int32Array;
  predB: Int32Array;
  q1: Int32Array;
  q2: Int32Array;
  q3: Int32Array;
  q4: Int32Array;
}

const workspaces = new WeakMap<PathIndex, Workspace>();

function workspace(index: PathIndex): Workspace {
  let w = workspaces.get(index);
  const n = index.nodeCount;
  if (w === undefined || w.stamp > 2_000_000_000) {
    w = {
      stamp: 0,
      seenF: new Int32Array(n),
      seenB: new Int32Array(n),
      predF: new Int32Array(n),
      predB: new Int32Array(n),
      q1: new Int32Array(n),
      q2: new Int32Array(n),
      q3: new Int32Array(n),
      q4: new Int32Array(n),
    };
    workspaces.set(index, w);
  }
  w.stamp++;
  return w;
}

/** The end of edge e that is not v (the node a search came from when it reached v by e). */
function otherEnd(index: PathIndex, e: number, v: number): number {
  const a = index.edgeSource[e]!;
  return a === v ? index.edgeTarget[e]! : a;
}

/** The path from `s` to `meet` (forward preds) then on to `t` (backward preds). */
function join(w: Workspace, s: number, meet: number, t: number, sp: SearchSpace): RawPath {
  const nodes: number[] = [meet];
  const edges: number[] = [];
  for (let v = meet; v !== s; ) {
    const e = w.predF[v]!;
    v = otherEnd(sp.index, e, v);
    edges.push(e);
    nodes.push(v);
  }
  nodes.reverse();
  edges.reverse();
  for (let v = meet; v !== t; ) {
    const e = w.predB[v]!;
    v = otherEnd(sp.index, e, v);
    edges.push(e);
    nodes.push(v);
  }
  let cost = 0;
  for (const e of edges) cost += sp.weighted ? sp.index.edgeWeight[e]! : 1;
  return { nodes, edges, cost };
}

/** Fewest hops from s to t: BFS from both ends, a level at a time, smaller frontier first. */
export function bidirectionalBfs(sp: SearchSpace, s: number, t: number): RawPath | undefined {
  if (s === t) return { nodes: [s], edges: [], cost: 0 };
  const w = workspace(sp.index);
  const { nodeOk, edgeOk } = sp;
  const stamp = w.stamp;
  w.seenF[s] = stamp;
  w.seenB[t] = stamp;
  let front = [w.q1, w.q2] as [Int32Array, Int32Array];
  let back = [w.q3, w.q4] as [Int32Array, Int32Array];
  front[0][0] = s;
  back[0][0] = t;
  let frontSize = 1;
  let backSize = 1;
  const { outOffsets, outTargets, outEdges, inOffsets, inTargets, inEdges } = sp.index;
  // Undirected: both lists from both sides. Directed: out-edges forward, in-edges backward.
  const passes = sp.directed ? 1 : 2;
  // No filters (the usual query): skip the mask reads altogether.
  const open = isAllPass(nodeOk) && isAllPass(edgeOk);
  while (frontSize > 0 && backSize > 0) {
    const forward = frontSize <= backSize;
    const [cur, next] = forward ? front : back;
    const size = forward ? frontSize : backSize;
    const seen = forward ? w.seenF : w.seenB;
    const other = forward ? w.seenB : w.seenF;
    const pred = forward ? w.predF : w.predB;
    let nextSize = 0;
    for (let pass = 0; pass < passes; pass++) {
      const useOut = (pass === 0) === forward;
      const offsets = useOut ? outOffsets : inOffsets;
      const targets = useOut ? outTargets : inTargets;
      const edges = useOut ? outEdges : inEdges;
      for (let qi = 0; qi < size; qi++) {
        const u = cur[qi]!;
        const end = offsets[u + 1]!;
        for (let j = offsets[u]!; j < end; j++) {
          if (!open && edgeOk[edges[j]!] === 0) continue;
          const v = targets[j]!;
          if (seen[v] === stamp) continue;
          if (!open && nodeOk[v] === 0 && v !== s && v !== t) continue;
          seen[v] = stamp;
          pred[v] = edges[j]!;
          // The first meeting is a shortest path: every meeting found while expanding this level has
          // the other side's frontier depth (a shallower meeting would have been seen from that side).
          if (other[v] === stamp) return join(w, s, v, t, sp);
          next[nextSize++] = v;
        }
      }
    }
    if (forward) {
      front = [next, cur];
      frontSize = nextSize;
    } else {
      back = [next, cur];
      backSize = nextSize;
    }
  }
  return undefined;
}

/** A binary min-heap of (key, node) with lazy deletion. */
class MinHeap {
  keys = new Float64Array(64);
  vals = new Int32Array(64);
  size = 0;
  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const vals = new Int32Array(this.size * 2);
      vals.set(this.vals);
      this.keys = keys;
      this.vals = vals;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! <= key) break;
      this.keys[i] = this.keys[p]!;
      this.vals[i] = this.vals[p]!;
      i = p;
    }
    this.keys[i] = key;
    this.vals[i] = val;
  }
  /** Removes the smallest entry; read `topKey`/`topVal` before calling. */
  pop(): void {
    const n = --this.size;
    const key = this.keys[n]!;
    const val = this.vals[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.keys[c + 1]! < this.keys[c]!) c++;
      if (this.keys[c]! >= key) break;
      this.keys[i] = this.keys[c]!;
      this.vals[i] = this.vals[c]!;
      i = c;
    }
    this.keys[i] = key;
    this.vals[i] = val;
  }
}

/**
 * Costs from `root` to every node (Infinity when unreachable), by Dijkstra when weighted, BFS
 * otherwise; `backward` follows edges against their direction (distances *to* root). Stops once
 * `stopAt` is settled when given. Intermediate nodes must pass the mask; `ends` always may.
 */
export function distances(
  sp: SearchSpace,
  root: number,
  backward: boolean,
  ends: readonly number[],
  stopAt = -1,
): { dist: Float64Array; pred: Int32Array; predNode: Int32Array } {
  const n = sp.index.nodeCount;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const pred = new Int32Array(n).fill(-1);
  const predNode = new Int32Array(n).fill(-1);
  const lists = adjacency(sp, backward);
  const { nodeOk, edgeOk } = sp;
  const weights = sp.index.edgeWeight;
  dist[root] = 0;
  const allowed = (v: number): boolean => nodeOk[v] !== 0 || ends.includes(v);
  if (!sp.weighted) {
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const u = queue[head++]!;
      if (u === stopAt) break;
      const du = dist[u]! + 1;
      for (const [offsets, targets, edges] of lists) {
        for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
          const e = edges[j]!;
          const v = targets[j]!;
          if (edgeOk[e] === 0 || dist[v] !== Number.POSITIVE_INFINITY || !allowed(v)) continue;
          dist[v] = du;
          pred[v] = e;
          predNode[v] = u;
          queue[tail++] = v;
        }
      }
    }
    return { dist, pred, predNode };
  }
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  heap.push(0, root);
  while (heap.size > 0) {
    const u = heap.vals[0]!;
    heap.pop();
    if (done[u] === 1) continue;
    done[u] = 1;
    if (u === stopAt) break;
    const du = dist[u]!;
    for (const [offsets, targets, edges] of lists) {
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const e = edges[j]!;
        if (edgeOk[e] === 0) continue;
        const v = targets[j]!;
        const dv = du + weights[e]!;
        if (dv < dist[v]! && allowed(v)) {
          dist[v] = dv;
          pred[v] = e;
          predNode[v] = u;
          heap.push(dv, v);
        }
      }
    }
  }
  return { dist, pred, predNode };
}

/** The cheapest path (Dijkstra) when weighted, else the fewest hops (bidirectional BFS). */
export function shortestPath(sp: SearchSpace, s: number, t: number): RawPath | undefined {
  if (!sp.weighted) return bidirectionalBfs(sp, s, t);
  if (s === t) return { nodes: [s], edges: [], cost: 0 };
  const { dist, pred, predNode } = distances(sp, s, false, [s, t], t);
  if (dist[t] === Number.POSITIVE_INFINITY) return undefined;
  const nodes = [t];
  const edges: number[] = [];
  for (let v = t; v !== s; v = predNode[v]!) {
    edges.push(pred[v]!);
    nodes.push(predNode[v]!);
  }
  return { nodes: nodes.reverse(), edges: edges.reverse(), cost: dist[t]! };
}

/** Every shortest path (each distinct chain of edges), at most `limit`; `capped` when more exist. */
export function allShortestPaths(
  sp: SearchSpace,
  s: number,
  t: number,
  limit: number,
): { paths: RawPath[]; capped: boolean } {
  const fromS = distances(sp, s, false, [s, t]).dist;
  const best = fromS[t]!;
  if (best === Number.POSITIVE_INFINITY) return { paths: [], capped: false };
  const toT = distances(sp, t, true, [s, t]).dist;
  const lists = adjacency(sp, false);
  const weights = sp.index.edgeWeight;
  const tolerance = 1e-9 * Math.max(1, best);
  const paths: RawPath[] = [];
  const nodes = [s];
  const edges: number[] = [];
  let capped = false;
  const walk = (u: number): void => {
    if (u === t) {
      if (paths.length === limit) capped = true;
      else paths.push({ nodes: [...nodes], edges: [...edges], cost: best });
      return;
    }
    for (const [offsets, targets, edgeList] of lists) {
      for (let j = offsets[u]!; j < offsets[u + 1]! && !capped; j++) {
        const e = edgeList[j]!;
        if (sp.edgeOk[e] === 0) continue;
        const v = targets[j]!;
        const w = sp.weighted ? weights[e]! : 1;
        if (Math.abs(fromS[u]! + w + toT[v]! - best) > tolerance) continue;
        if (Math.abs(fromS[v]! - fromS[u]! - w) > tolerance) continue;
        nodes.push(v);
        edges.push(e);
        walk(v);
        nodes.pop();
        edges.pop();
      }
    }
  };
  walk(s);
  return { paths, capped };
}
