// The Brandes kernel's cost per pivot in one thread (issue 18): CPU and wall milliseconds per
// sampled source on the seeded synthetic dataset, the figure the 100k target (1,000 pivots over two
// cores in under 10 s) rests on. Each run walks the same sources; the best and the median are printed.
// Run: npx tsx tests/bench/brandesPivot.ts [--sizes 10000,100000] [--pivots 20] [--runs 3]

import { load, syntheticDataset } from '../../src/graph/index.ts';
import { analysisGraph, brandesPlan, groupSums, NO_FILTER } from '../../src/query/index.ts';
import { cliArg, cpuMs } from './timing.ts';

const pivots = Number(cliArg('--pivots', '20'));
const runs = Number(cliArg('--runs', '3'));
for (const nodes of cliArg('--sizes', '10000,100000').split(',').map(Number)) {
  const graph = load(syntheticDataset({ nodes, edgesPerNode: 4, seed: 42 })).graph!;
  const plan = brandesPlan(analysisGraph(graph, NO_FILTER).undirected, 1000, 1);
  const sources = plan.groups[0]!.slice(0, pivots);
  groupSums(plan.csr, sources.slice(0, 2), 'linear');
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c = cpuMs();
    const w = performance.now();
    groupSums(plan.csr, sources, 'linear');
    cpu.push((cpuMs() - c) / sources.length);
    wall.push((performance.now() - w) / sources.length);
  }
  const best = (xs: number[]): string => Math.min(...xs).toFixed(1);
  const median = (xs: number[]): string => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1);
  console.log(
    nodes,
    JSON.stringify({
      arcs: plan.csr.neighbours.length,
      pivots: sources.length,
      pivotCpuMsBest: Number(best(cpu)),
      pivotCpuMsMedian: Number(median(cpu)),
      pivotWallMsMedian: Number(median(wall)),
    }),
  );
}
