// A developer's tool, not a test: traces the explorer opening a synthetic dataset by ?file= with
// Chromium's tracing (CDP Tracing) until the graph is built, and prints the main thread's long tasks
// with what each held: garbage collection (scavenges, mark-compacts), the worker's messages (their
// copy and the records' insertion), timers and yields; and the module scripts' evaluation.
// Run: npx tsx --max-old-space-size=8192 tests/bench/browser/traceLoad.ts [nodes=100000] [json|gexf]
// (OVER=ms: list tasks longer than this, 90 unless told; TRACE_FILE=path also writes the trace). Each
// task's thread time is given beside its length.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { writeGexf } from '../../../src/export/index.ts';
import { buildGraph, syntheticDataset } from '../../../src/graph/index.ts';
import { launchChromium } from './launch.ts';
import { buildAndServe } from './serve.ts';
import { startTracing } from './trace.ts';

const nodes = Number(process.argv[2] ?? 100_000);
const format = process.argv[3] === 'gexf' ? 'gexf' : 'json';
const over = Number(process.env.OVER ?? 90);
const work = mkdtempSync(join(tmpdir(), 'browser-trace-load-'));
const data = join(work, 'data');
mkdirSync(data);
const dataset = syntheticDataset({ nodes, seed: 42 });
writeFileSync(
  join(data, `d.${format}`),
  format === 'json' ? JSON.stringify(dataset) : writeGexf(buildGraph(dataset)),
);
const app = await buildAndServe(PACKAGE_ROOT, join(work, 'app'), data, { minify: false });
const session = await launchChromium();
/** The load bar's phase, as the page shows it ('draw' once the graph is built). */
const BUILT = `document.querySelector('.load-progress')?.getAttribute('data-phase') === 'draw' || document.getElementById('app')?.dataset.state === 'loaded' || document.getElementById('app')?.dataset.state === 'error'`;
try {
  const page = await session.context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const cdp = await session.context.newCDPSession(page);
  const stopTracing = await startTracing(cdp, [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'toplevel',
    'v8',
  ]);
  await page.goto(`${app.url}?file=${encodeURIComponent(`bench-data/d.${format}`)}`);
  await page.waitForFunction(BUILT, null, { timeout: 300_000, polling: 50 });
  const events = await stopTracing();
  const mains = new Set(
    events
      .filter((m) => m.ph === 'M' && (m.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((m) => `${m.pid}:${m.tid}`),
  );
  // Several renderers may have a main thread: the page's is the one with the most RunTask time.
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask' && e.dur && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (thread === undefined) throw new Error('no renderer main thread in the trace');
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const t0 = tasks[0]!.ts;
  const gcNames = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCCompactor']);
  // The build ends with the last slice handled: the worker's messages, or the tasks in which the
  // page handles them one at a time (messageQueue.ts).
  const messages = onMain.filter(
    (e) =>
      e.name === 'HandlePostMessage' ||
      (e.name === 'FunctionCall' && e.args?.data?.functionName === 'handleQueued'),
  );
  const built = messages.length > 0 ? messages[messages.length - 1]!.ts : Number.POSITIVE_INFINITY;
  const gcTotals = new Map<string, { n: number; ms: number; max: number }>();
  for (const e of onMain)
    if (gcNames.has(e.name) && e.ts <= built) {
      const s = gcTotals.get(e.name) ?? { n: 0, ms: 0, max: 0 };
      s.n++;
      s.ms += e.dur! / 1000;
      s.max = Math.max(s.max, e.dur! / 1000);
      gcTotals.set(e.name, s);
    }
  console.log(
    `${nodes} nodes, ${format}: main thread ${thread}, ${tasks.length} tasks, ${messages.length} worker messages, built at ${((built - t0) / 1000).toFixed(0)} ms; GC on the main thread until then (count, total ms, longest ms):`,
  );
  for (const [name, s] of gcTotals) console.log(`  ${name}: ${s.n}, ${s.ms.toFixed(0)}, ${s.max.toFixed(0)}`);
  // Module scripts evaluated (the entry, then the explorer's main chunk in a task of its own before
  // the first frame): wall time and the thread's CPU time, which a busy machine hardly changes.
  const evaluations = onMain.filter((e) => e.name === 'v8.evaluateModule' && e.dur! > 5000);
  console.log(
    `module evaluations over 5 ms (start ms, wall ms, CPU ms): ${evaluations.map((e) => `${((e.ts - t0) / 1000).toFixed(0)}, ${(e.dur! / 1000).toFixed(0)}, ${((e.tdur ?? 0) / 1000).toFixed(0)}`).join('; ')}`,
  );
  // The worker's messages in tenths of the build: the task's length with and without a collection
  // in it (work that grows with the graph would show in the medians without one).
  const collections = onMain.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC');
  const gcIn = (task: { ts: number; dur?: number }): number =>
    collections
      .filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur!)
      .reduce((ms, e) => ms + e.dur! / 1000, 0);
  // The heap the build left (after the last collection before it ended): what every collection copies grows with it.
  const lastGc = collections.filter((e) => e.ts <= built).pop();
  const heapAfter = (lastGc?.args as { usedHeapSizeAfter?: number } | undefined)?.usedHeapSizeAfter;
  if (heapAfter !== undefined)
    console.log(`JS heap after the last collection of the build: ${(heapAfter / 2 ** 20).toFixed(0)} MB`);
  // What each scavenge of the build kept, from the heap's size around the collections (the same
  // whatever the machine's load): the heap's growth since the last collection, of what was allocated.
  let allocated = 0;
  let kept = 0;
  let previous: number | undefined;
  for (const e of collections.filter((c) => c.ts <= built)) {
    const heap = e.args as { usedHeapSizeBefore?: number; usedHeapSizeAfter?: number } | undefined;
    if (heap?.usedHeapSizeBefore === undefined || heap.usedHeapSizeAfter === undefined) continue;
    if (previous !== undefined && e.name === 'MinorGC') {
      allocated += heap.usedHeapSizeBefore - previous;
      kept += heap.usedHeapSizeAfter - previous;
    }
    previous = heap.usedHeapSizeAfter;
  }
  if (allocated > 0)
    console.log(
      `between scavenges of the build: ${(allocated / 2 ** 20).toFixed(0)} MB allocated, ${(kept / 2 ** 20).toFixed(0)} MB kept (${((100 * kept) / allocated).toFixed(0)}%)`,
    );
  const median = (xs: number[]): string =>
    xs.length === 0 ? '-' : [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1);
  const messageTasks = tasks.filter((t) => messages.some((m) => m.ts >= t.ts && m.ts < t.ts + t.dur!));
  const tenth = Math.ceil(messageTasks.length / 10);
  console.log(
    'message tasks by tenth of the build: count, median ms without GC, with GC (count), longest ms',
  );
  for (let k = 0; k < messageTasks.length; k += tenth) {
    const part = messageTasks.slice(k, k + tenth);
    const clean = part.filter((t) => gcIn(t) === 0).map((t) => t.dur! / 1000);
    const withGc = part.filter((t) => gcIn(t) > 0).map((t) => t.dur! / 1000);
    console.log(
      `  ${part.length} tasks: ${median(clean)} ms; with GC ${median(withGc)} ms (${withGc.length}); longest ${Math.max(...part.map((t) => t.dur! / 1000)).toFixed(0)} ms`,
    );
  }
  // The thread's own time is what a quiet machine would show: on a shared one the task also waits for a core.
  const buildTasks = tasks.filter((t) => t.ts <= built && t.ts >= (messages[0]?.ts ?? 0));
  const longest = (key: 'dur' | 'tdur'): string =>
    buildTasks
      .map((t) => (t[key] ?? 0) / 1000)
      .sort((a, b) => b - a)
      .slice(0, 8)
      .map((ms) => ms.toFixed(0))
      .join(', ');
  console.log(
    `longest tasks from the first message until built: ${longest('dur')} ms; thread time ${longest('tdur')} ms`,
  );
  console.log(`tasks over ${over} ms until built (start ms, length ms: events inside by total ms, count):`);
  let i = 0;
  for (const task of tasks) {
    if (task.dur! / 1000 <= over || task.ts > built) continue;
    const end = task.ts + task.dur!;
    const inside = new Map<string, { ms: number; n: number }>();
    while (i < onMain.length && onMain[i]!.ts < task.ts) i++;
    for (let j = i; j < onMain.length && onMain[j]!.ts < end; j++) {
      const e = onMain[j]!;
      if (e === task || e.name === 'RunTask') continue;
      const name = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName ?? ''}` : e.name;
      const s = inside.get(name) ?? { ms: 0, n: 0 };
      s.ms += e.dur! / 1000;
      s.n++;
      inside.set(name, s);
    }
    console.log(
      `  ${((task.ts - t0) / 1000).toFixed(0).padStart(7)} ${(task.dur! / 1000).toFixed(0).padStart(5)} (thread ${((task.tdur ?? 0) / 1000).toFixed(0)}): ${[
        ...inside,
      ]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 9)
        .map(([name, s]) => `${name} ${s.ms.toFixed(0)}${s.n > 1 ? `x${s.n}` : ''}`)
        .join(', ')}`,
    );
  }
} finally {
  await session.close();
  await app.close();
  rmSync(work, { recursive: true, force: true });
}
