// PageRank and eigenvector centrality by power iteration on the CSR. The same iterations as
// graphology-metrics' pagerank and eigenvector (NetworkX's defaults: tolerance 1e-6 per node, dangling
// mass spread evenly), hand-written because those start from a graphology graph and build their own
// index of it, which at 100k nodes costs more than the iterations; graphology's stay the test reference.
import type { Csr } from './csr.ts';

const TOLERANCE = 1e-6;

/** PageRank on a directed CSR (successors), unweighted. Throws when it does not converge. */
export function pagerankOf(csr: Csr, alpha: number, maxIterations: number): Float64Array {
  const { starts, neighbours } = csr;
  const n = starts.length - 1;
  const p = 1 / n;
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = starts[i + 1]! - starts[i]!;
    if (d === 0) dangling.push(i);
    else share[i] = alpha / d;
  }
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    const base = alpha * dangleSum * p + (1 - alpha) * p;
    next.fill(base);
    for (let i = 0; i < n; i++) {
      const out = x[i]! * share[i]!;
      for (let j = starts[i]!, end = starts[i + 1]!; j < end; j++) next[neighbours[j]!]! += out;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < n * TOLERANCE) return x;
  }
  throw new Error(`analysis: PageRank did not converge in ${maxIterations} iterations`);
}

/**
 * Eigenvector centrality on an undirected CSR with unit Euclidean norm; each step multiplies by A + I,
 * as NetworkX does, so that bipartite graphs converge. Throws when it does not converge.
 */
export function eigenvectorOf(csr: Csr, maxIterations: number): Float64Array {
  const { starts, neighbours } = csr;
  const n = starts.length - 1;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.set(x);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      for (let j = starts[i]!, end = starts[i + 1]!; j < end; j++) next[neighbours[j]!]! += xi;
    }
    let squares = 0;
    for (let i = 0; i < n; i++) squares += next[i]! * next[i]!;
    const norm = Math.sqrt(squares);
    let error = 0;
    for (let i = 0; i < n; i++) {
      next[i]! /= norm;
      error += Math.abs(next[i]! - x[i]!);
    }
    [x, next] = [next, x];
    if (error < n * TOLERANCE) return x;
  }
  throw new Error(`analysis: eigenvector centrality did not converge in ${maxIterations} iterations`);
}
