// Brandes' walks shared among Node worker threads: each thread walks whole pivot groups of the plan and
// the groups' sums are merged in group order, so the figures equal the one-thread ones to the last bit.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Csr } from '../../query/analysis/csr.ts';
import {
  type AnalysisGraph,
  type AnalysisOptions,
  analyseGraphSteps,
  type BrandesCentrality,
  brandesPlan,
  brandesResult,
  brandesSources,
  brandesSteps,
  type GroupSums,
  groupSums,
  type NodeAnalysis,
  PIVOT_GROUPS,
} from '../../query/index.ts';

/** What a thread is sent: the relabelled graph and its groups' sources. */
interface ThreadTask {
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
  readonly groups: Int32Array[];
  readonly dependency: 'brandes' | 'linear';
}

// Below this many adjacency reads (sources times stored links) a thread's start-up costs more than it saves.
const THREADED_WORK = 5e7;

/** Threads worth starting: one per core, at most one per group, one (no thread) for small work. */
export function brandesThreadCount(csr: Csr, pivots: number, cores = availableParallelism()): number {
  const work = Math.min(pivots, csr.starts.length - 1) * csr.neighbours.length;
  return work < THREADED_WORK ? 1 : Math.max(1, Math.min(cores, PIVOT_GROUPS));
}

/** A started worker thread: send it a task once the plan is made, and its groups' sums come back. */
interface Walker {
  walk(task: ThreadTask): Promise<GroupSums[]>;
}

// A worker is started before the plan is made: its start-up (tsx registered, the kernel compiled) then
// overlaps the plan on this thread instead of delaying the worker's walks behind it.
function startThread(): Walker {
  // No inherited flags: under `tsx` they would load its ESM hooks in the worker too, which it does not need.
  const worker = new Worker(new URL('./brandesThread.mjs', import.meta.url), { execArgv: [] });
  const done = new Promise<GroupSums[]>((resolve, reject) => {
    worker.once('message', (sums: GroupSums[]) => {
      resolve(sums);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`betweenness worker thread stopped with code ${code}`));
    });
  });
  return {
    walk(task) {
      worker.postMessage(task);
      return done;
    },
  };
}

/**
 * betweenness and closeness from `pivots` sources (every node when at least the order) on `threads`
 * threads (thread t walks groups t, t + threads, ...): this one and `threads - 1` workers.
 */
export async function brandesInThreads(
  graph: Csr,
  pivots: number,
  seed: number,
  threads = brandesThreadCount(graph, pivots),
): Promise<BrandesCentrality> {
  if (threads <= 1) {
    const steps = brandesSteps(graph, pivots, seed);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }
  // Threads 1.. are workers, started first; this thread makes the plan and then walks thread 0's
  // groups meanwhile (one worker's start-up fewer, and no core left waiting).
  const walkers = Array.from({ length: threads - 1 }, startThread);
  const plan = brandesPlan(graph, pivots, seed);
  const mine = (t: number): number[] => plan.groups.map((_, g) => g).filter((g) => g % threads === t);
  const workers = walkers.map((walker, t) =>
    walker.walk({
      starts: plan.csr.starts,
      neighbours: plan.csr.neighbours,
      groups: mine(t + 1).map((g) => plan.groups[g]!),
      dependency: plan.dependency,
    }),
  );
  const here = mine(0).map((g) => groupSums(plan.csr, plan.groups[g]!, plan.dependency));
  const parts = [here, ...(await Promise.all(workers))];
  const sums: GroupSums[] = new Array(plan.groups.length);
  for (let t = 0; t < threads; t++) {
    for (const [i, g] of mine(t).entries()) sums[g] = parts[t]![i]!;
  }
  return brandesResult(plan, sums);
}

/** Every metric and the communities (as analyse()), with Brandes' walks on worker threads. */
export async function analyseInThreads(g: AnalysisGraph, options: AnalysisOptions): Promise<NodeAnalysis> {
  const walks =
    g.nodes.length === 0
      ? undefined
      : await brandesInThreads(g.undirected, brandesSources(g, options), options.seed);
  const steps = analyseGraphSteps(g, options, walks);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
