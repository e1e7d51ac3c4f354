// A developer's tool, not a test: traces a drag-pan (or wheel zoom) on the explorer or the bare page
// with Chromium's tracing (CDP Tracing) and prints where the main thread's time went: the longest
// trace events by name (GPU waits such as ReadPixels included) and the JavaScript functions sampled.
// Run: npx tsx tests/bench/browser/traceDrag.ts [nodes=1000] [drag|wheel] (BARE=1: the bare page)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { syntheticDataset } from '../../../src/graph/index.ts';
import { gestureStart, playGesture } from './gesture.ts';
import { launchChromium } from './launch.ts';
import { EXPLORER_READY } from './run.ts';
import { buildAndServe } from './serve.ts';
import { startTracing, TIMELINE_CATEGORIES, threadsByRunTask } from './trace.ts';

const nodes = Number(process.argv[2] ?? 1000);
const gesture = process.argv[3] === 'wheel' ? 'wheel' : 'drag';
const bare = process.env.BARE === '1';
const work = mkdtempSync(join(tmpdir(), 'browser-trace-'));
const data = join(work, 'data');
mkdirSync(data);
writeFileSync(join(data, 'd.json'), JSON.stringify(syntheticDataset({ nodes, seed: 42 })));
const app = await buildAndServe(
  bare ? join(PACKAGE_ROOT, 'tests', 'bench', 'browser') : PACKAGE_ROOT,
  join(work, 'app'),
  data,
  { minify: false },
);
const session = await launchChromium();
try {
  const page = await session.context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(
    bare
      ? `${app.url}?data=${encodeURIComponent(`${app.url}bench-data/d.json`)}`
      : `${app.url}?file=${encodeURIComponent('bench-data/d.json')}`,
  );
  await page.waitForFunction(bare ? 'window.__firstRender !== undefined' : EXPLORER_READY, null, {
    timeout: 300_000,
    polling: 50,
  });
  await page.waitForTimeout(2000);
  const from = await gestureStart(page);
  await page.mouse.move(from.x, from.y);
  await page.waitForTimeout(500);
  const cdp = await session.context.newCDPSession(page);
  const stopTracing = await startTracing(cdp, [
    ...TIMELINE_CATEGORIES,
    'disabled-by-default-v8.cpu_profiler',
  ]);
  const start = Date.now();
  await playGesture(page, gesture, from);
  await page.waitForTimeout(1000);
  console.log(`gesture took ${Date.now() - start} ms (input events wait for the page)`);
  const events = await stopTracing();
  // The renderer's main thread: the thread of the RunTask events with the most total time.
  const threads = threadsByRunTask(events);
  console.log(
    'threads by RunTask time (pid:tid ms):',
    threads
      .slice(0, 4)
      .map(([t, d]) => `${t} ${(d / 1000).toFixed(0)}`)
      .join(', '),
  );
  for (const [thread] of threads.slice(0, 2)) {
    const byName = new Map<string, { total: number; max: number; n: number }>();
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== thread || e.ph !== 'X' || !e.dur) continue;
      const name = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName ?? ''}` : e.name;
      const s = byName.get(name) ?? { total: 0, max: 0, n: 0 };
      s.total += e.dur / 1000;
      s.max = Math.max(s.max, e.dur / 1000);
      s.n++;
      byName.set(name, s);
    }
    console.log(`\nthread ${thread}: events by total time (total ms, longest ms, count)`);
    for (const [name, s] of [...byName].sort((a, b) => b[1].total - a[1].total).slice(0, 30))
      console.log(
        `  ${s.total.toFixed(0).padStart(7)} ${s.max.toFixed(0).padStart(7)} ${String(s.n).padStart(5)}  ${name}`,
      );
  }
} finally {
  await session.close();
  await app.close();
  rmSync(work, { recursive: true, force: true });
}
