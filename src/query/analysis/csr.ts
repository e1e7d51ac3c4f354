// Compressed sparse rows: a graph's adjacency as two typed arrays, the form the analysis kernels walk.
// Built straight from index pairs, so the metrics never go through a general graph object's Maps.

/** Node i's neighbours are neighbours[starts[i]] .. neighbours[starts[i + 1] - 1]. */
export interface Csr {
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
}

/** Distinct pairs, in order of first appearance, with self-loops dropped (undirected: either order counts once). */
export function distinctPairs(
  n: number,
  sources: Int32Array,
  targets: Int32Array,
  undirected: boolean,
): { from: Int32Array; to: Int32Array } {
  const seen = new Set<number>();
  const from = new Int32Array(sources.length);
  const to = new Int32Array(sources.length);
  let count = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    const t = targets[i]!;
    if (s === t) continue;
    // n * n stays below 2^53 for any graph that fits in memory, so the key is exact.
    const key = undirected && t < s ? t * n + s : s * n + t;
    if (seen.has(key)) continue;
    seen.add(key);
    from[count] = s;
    to[count++] = t;
  }
  return { from: from.slice(0, count), to: to.slice(0, count) };
}

/** The CSR of n nodes and the given pairs; undirected pairs are stored at both ends. */
export function csrFromPairs(n: number, from: Int32Array, to: Int32Array, undirected: boolean): Csr {
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < from.length; i++) {
    starts[from[i]! + 1]!++;
    if (undirected) starts[to[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, n);
  const neighbours = new Int32Array(starts[n]!);
  for (let i = 0; i < from.length; i++) {
    const s = from[i]!;
    const t = to[i]!;
    neighbours[fill[s]!++] = t;
    if (undirected) neighbours[fill[t]!++] = s;
  }
  return { starts, neighbours };
}

/**
 * A visiting order that keeps linked nodes close in memory: breadth-first from the highest-degree node
 * of each component (Cuthill-McKee without the reversal). Walks over the relabelled CSR miss the cache less.
 */
export function localityOrder(csr: Csr): Int32Array {
  const { starts, neighbours } = csr;
  const n = starts.length - 1;
  // Highest degree first, ties in index order: a counting sort by degree (a comparator sort of n
  // indices cost more than the search itself).
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, starts[i + 1]! - starts[i]!);
  const place = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) place[maxDegree - (starts[i + 1]! - starts[i]!) + 1]!++;
  for (let k = 0; k <= maxDegree; k++) place[k + 1]! += place[k]!;
  const byDegree = new Int32Array(n);
  for (let i = 0; i < n; i++) byDegree[place[maxDegree - (starts[i + 1]! - starts[i]!)]!++] = i;
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  for (const root of byDegree) {
    if (seen[root]) continue;
    seen[root] = 1;
    order[tail++] = root;
    while (head < tail) {
      const v = order[head++]!;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const u = neighbours[j]!;
        if (!seen[u]) {
          seen[u] = 1;
          order[tail++] = u;
        }
      }
    }
  }
  return order;
}

/** The CSR with node order[i] renamed i (neighbour lists sorted, so a row's reads go forward). */
export function relabelled(csr: Csr, order: Int32Array): Csr {
  const { starts, neighbours } = csr;
  const n = order.length;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  const nextStarts = new Int32Array(n + 1);
  const nextNeighbours = new Int32Array(neighbours.length);
  let at = 0;
  for (let i = 0; i < n; i++) {
    nextStarts[i] = at;
    const old = order[i]!;
    const from = at;
    for (let j = starts[old]!, end = starts[old + 1]!; j < end; j++)
      nextNeighbours[at++] = rank[neighbours[j]!]!;
    sortRow(nextNeighbours, from, at);
  }
  nextStarts[n] = at;
  return { starts: nextStarts, neighbours: nextNeighbours };
}

/** Sorts a[from] .. a[to - 1] ascending: insertion sort for the short rows most nodes have (a typed array's sort costs a call each). */
function sortRow(a: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i]!;
    let j = i - 1;
    for (; j >= from && a[j]! > x; j--) a[j + 1] = a[j]!;
    a[j + 1] = x;
  }
}
