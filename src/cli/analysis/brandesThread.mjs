// A worker thread of brandesThreads.ts: walks the pivot groups it is sent and posts back their sums.
// Plain JavaScript, since the kernel is TypeScript: it loads the kernel through tsx's require hook,
// which starts in a fifth of the time of the ESM hooks bin.mjs registers (those start a loader thread
// of their own and compile more), and the kernel imports nothing but types. It starts before the plan
// is made and waits for its task as a message.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
require('tsx/cjs/api').register();
const { groupSums } = require('../../query/analysis/brandesWalk.ts');
parentPort.once('message', ({ starts, neighbours, groups, dependency }) => {
  const sums = groups.map((sources) => groupSums({ starts, neighbours }, sources, dependency));
  parentPort.postMessage(
    sums,
    sums.map((s) => s.buffer),
  );
});
