// A worker thread of brandesThreads.ts: walks the pivot groups it is sent and posts back their sums.
// Plain JavaScript that registers tsx first, as bin.mjs does, since the kernel is TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { groupSums } = await import('../../query/analysis/brandesWalk.ts');
const { starts, neighbours, groups, dependency } = workerData;
const sums = groups.map((sources) => groupSums({ starts, neighbours }, sources, dependency));
parentPort.postMessage(
  sums,
  sums.map((s) => s.buffer),
);
