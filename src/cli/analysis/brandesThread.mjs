// A worker thread of brandesThreads.ts: walks the pivot groups it is sent and posts back their sums.
// Plain JavaScript that registers tsx first, as bin.mjs does, since the kernel is TypeScript. It starts
// before the plan is made and waits for its task as a message.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { groupSums } = await import('../../query/analysis/brandesWalk.ts');
parentPort.once('message', ({ starts, neighbours, groups, dependency }) => {
  const sums = groups.map((sources) => groupSums({ starts, neighbours }, sources, dependency));
  parentPort.postMessage(
    sums,
    sums.map((s) => s.buffer),
  );
});
