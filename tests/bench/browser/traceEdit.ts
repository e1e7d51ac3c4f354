// A developer's tool, not a test: traces the editor's edits (measureEdit.ts) with Chromium's
// tracing and prints the renderer main thread's tasks from the first edit on (start, duration, the
// longest events inside), then its events by total time: what an edit costs the main thread, GPU
// waits included, beside the figures measureEdit takes in the page.
// Run: npx tsx --max-old-space-size=8192 tests/bench/browser/traceEdit.ts [nodes=10000]
// (TRACE_FILE=x.json also writes the trace, for chrome://tracing or Perfetto)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { syntheticDataset } from '../../../src/graph/index.ts';
import { launchChromium } from './launch.ts';
import { observedPage } from './measure.ts';
import { measureEditIn } from './measureEdit.ts';
import { EXPLORER_READY } from './run.ts';
import { buildAndServe } from './serve.ts';
import {
  type Profile,
  profileTimes,
  startTracing,
  TIMELINE_CATEGORIES,
  type TraceEvent,
  threadsByRunTask,
  topTimes,
} from './trace.ts';

const nodes = Number(process.argv[2] ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'browser-trace-'));
const data = join(work, 'data');
mkdirSync(data);
writeFileSync(join(data, 'd.json'), JSON.stringify(syntheticDataset({ nodes, seed: 42 })));
const app = await buildAndServe(PACKAGE_ROOT, join(work, 'app'), data, { minify: false });
const session = await launchChromium();
try {
  const page = await observedPage(session.context);
  await page.goto(`${app.url}?file=${encodeURIComponent('bench-data/d.json')}`);
  await page.waitForFunction(EXPLORER_READY, null, { timeout: 300_000, polling: 100 });
  await page.waitForTimeout(1000);
  console.log('start:', await measureEditIn(page, 'start'));
  await page.waitForTimeout(2000);
  const cdp = await session.context.newCDPSession(page);
  const stopTracing = await startTracing(cdp, [...TIMELINE_CATEGORIES, 'blink.user_timing']);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  console.log('edits:', await measureEditIn(page, 'edits'));
  console.log(
    'each edit:',
    await page.evaluate(() => (window as unknown as { __editTimes: unknown }).__editTimes),
  );
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const events = await stopTracing();
  // The renderer's main thread: the thread named CrRendererMain with the most RunTask time.
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, (e.args as { name?: string } | undefined)?.name ?? '');
  const threads = threadsByRunTask(events);
  console.log(
    'threads by RunTask time (pid:tid name ms):',
    threads
      .slice(0, 6)
      .map(([t, d]) => `${t} ${names.get(t) ?? '?'} ${(d / 1000).toFixed(0)}`)
      .join(', '),
  );
  const main = threads.find(([t]) => names.get(t) === 'CrRendererMain')?.[0];
  if (main === undefined) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  const label = (e: TraceEvent): string =>
    e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName || '(anon)'}` : e.name;
  console.log(
    '\nmain-thread tasks over 2 ms (start ms from the trace start, duration, longest events inside):',
  );
  for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur! > 2000)) {
    const inside = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 6)
      .map((e) => `${label(e)} ${(e.dur! / 1000).toFixed(1)}`);
    console.log(
      `  ${((task.ts - t0) / 1000).toFixed(0).padStart(7)} ${(task.dur! / 1000).toFixed(1).padStart(8)}  ${inside.join('; ')}`,
    );
  }
  const byName = new Map<string, { total: number; max: number; n: number }>();
  for (const e of onMain) {
    const s = byName.get(label(e)) ?? { total: 0, max: 0, n: 0 };
    s.total += e.dur! / 1000;
    s.max = Math.max(s.max, e.dur! / 1000);
    s.n++;
    byName.set(label(e), s);
  }
  console.log('\nmain-thread events by total time (total ms, longest ms, count):');
  for (const [name, s] of [...byName].sort((a, b) => b[1].total - a[1].total).slice(0, 30))
    console.log(
      `  ${s.total.toFixed(0).padStart(7)} ${s.max.toFixed(0).padStart(7)} ${String(s.n).padStart(5)}  ${name}`,
    );
  console.log(
    `\nfunctions by total time while the edits ran (sampled):\n${topTimes(profileTimes(profile).total, 50)}`,
  );
} finally {
  await session.close();
  await app.close();
  rmSync(work, { recursive: true, force: true });
}
