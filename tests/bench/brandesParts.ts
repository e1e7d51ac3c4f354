// Where betweennessMs goes at a size (issue 18): the plan (locality order, relabelling, pivots), a
// worker thread's start-up, the walks, merging the groups' sums, the result and the id-keyed record,
// each as CPU and wall milliseconds (CPU counts every thread of this process).
// Run: npx tsx tests/bench/brandesParts.ts [--sizes 100000] [--pivots 1000]

import { Worker } from 'node:worker_threads';
import { load, syntheticDataset } from '../../src/graph/index.ts';
import { localityOrder, relabelled } from '../../src/query/analysis/csr.ts';
import {
  analysisGraph,
  brandesPlan,
  brandesResult,
  brandesValues,
  DEFAULT_ANALYSIS_OPTIONS,
  groupSums,
  NO_FILTER,
} from '../../src/query/index.ts';
import { cliArg, cpuMs } from './timing.ts';

const parts: Record<string, string> = {};
function timed<T>(key: string, fn: () => T): T {
  const c = cpuMs();
  const w = performance.now();
  const out = fn();
  parts[key] = `${(cpuMs() - c).toFixed(0)} cpu / ${(performance.now() - w).toFixed(0)} wall`;
  return out;
}
async function timedAsync<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const c = cpuMs();
  const w = performance.now();
  const out = await fn();
  parts[key] = `${(cpuMs() - c).toFixed(0)} cpu / ${(performance.now() - w).toFixed(0)} wall`;
  return out;
}

const pivots = Number(cliArg('--pivots', '1000'));
for (const nodes of cliArg('--sizes', '100000').split(',').map(Number)) {
  const graph = load(syntheticDataset({ nodes, edgesPerNode: 4, seed: 42 })).graph!;
  const g = analysisGraph(graph, NO_FILTER);
  const options = { ...DEFAULT_ANALYSIS_OPTIONS, exactUpTo: 0, pivots };
  const order = timed('localityOrder', () => localityOrder(g.undirected));
  timed('relabelled', () => relabelled(g.undirected, order));
  const plan = timed('brandesPlan', () => brandesPlan(g.undirected, pivots, 1));
  // A worker that starts (tsx registered, the kernel imported), is sent the graph and walks nothing.
  await timedAsync('workerStart', async () => {
    const worker = new Worker(new URL('../../src/cli/analysis/brandesThread.mjs', import.meta.url), {
      execArgv: [],
    });
    worker.postMessage({
      starts: plan.csr.starts,
      neighbours: plan.csr.neighbours,
      groups: [],
      dependency: 'linear',
    });
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
  });
  // What sending the graph to a worker copies (postMessage clones as structuredClone does).
  timed('graphCopy', () => structuredClone({ starts: plan.csr.starts, neighbours: plan.csr.neighbours }));
  const sums = timed('walks (one thread)', () =>
    plan.groups.map((s) => groupSums(plan.csr, s, plan.dependency)),
  );
  const result = timed('brandesResult', () => brandesResult(plan, sums));
  timed('brandesValues', () => brandesValues(g, 'betweenness', result, options));
  console.log(nodes, pivots, JSON.stringify(parts, null, 1));
}
