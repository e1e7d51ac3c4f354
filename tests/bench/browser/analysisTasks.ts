// The explorer's Analysis tab on a seeded synthetic dataset (issue 18's target: exact metrics at 10k in
// a worker without a main-thread task over 100 ms): from the tab's click until the status says the
// figures are measured, the wall time and the longest main-thread long task.
// Run: npx tsx tests/bench/browser/analysisTasks.ts [10000] (on an unminified build, TRACE=1: what each
// main-thread task over 50 ms holds, from a Chromium trace; PROFILE=1: the page's hottest functions)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { syntheticDataset } from '../../../src/graph/index.ts';
import { launchChromium } from './launch.ts';
import { observedPage } from './measure.ts';
import { EXPLORER_READY } from './run.ts';
import { buildAndServe } from './serve.ts';
import { type Profile, startTracing, TIMELINE_CATEGORIES, type TraceEvent } from './trace.ts';

interface TaskWindow {
  __longTasks?: { start: number; duration: number }[];
}

function printHotFunctions(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [key, ms] of top) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

/** The renderer's main thread (`pid:tid`), named CrRendererMain in the trace's metadata. */
function mainThread(events: readonly TraceEvent[]): string | undefined {
  const named = events.find(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  return named && `${named.pid}:${named.tid}`;
}

/** Each main-thread task over 50 ms: when it started, and the longest events inside it. */
function printLongTasks(events: readonly TraceEvent[], clickTs: number): void {
  const thread = mainThread(events);
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur);
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur! > 50_000)) {
    const end = task.ts + task.dur!;
    console.log(
      `task at ${((task.ts - clickTs) / 1000).toFixed(0)} ms after the click: ${(task.dur! / 1000).toFixed(1)} ms`,
    );
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    for (const e of inside.sort((a, b) => b.dur! - a.dur!).slice(0, 20)) {
      const d = e.args?.data;
      const where =
        d?.functionName || d?.url ? ` ${d.functionName ?? ''} ${(d.url ?? '').split('/').pop()}` : '';
      console.log(
        `  ${(e.dur! / 1000).toFixed(1).padStart(7)} ms at +${((e.ts - task.ts) / 1000).toFixed(1)}  ${e.name}${where}`,
      );
    }
  }
}

/** `analysisMs` (click to "measured") and `analysisLongestTaskMs` (the page's longest task meanwhile). */
export async function measureAnalysisTab(nodes: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'analysis-bench-'));
  const data = join(work, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'synthetic.json'), JSON.stringify(syntheticDataset({ nodes, seed: 42 })));
  const trace = process.env.TRACE === '1';
  const app = await buildAndServe(PACKAGE_ROOT, join(work, 'app'), data, {
    minify: !trace && process.env.PROFILE !== '1',
  });
  const session = await launchChromium();
  try {
    const page = await observedPage(session.context);
    await page.goto(`${app.url}?file=${encodeURIComponent('bench-data/synthetic.json')}`);
    await page.waitForFunction(EXPLORER_READY, null, { timeout: 300_000, polling: 100 });
    // Long tasks of the opening are reported after they end: let them land before the clock starts.
    await page.waitForTimeout(2000);
    const cdp = process.env.PROFILE === '1' ? await session.context.newCDPSession(page) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.start');
    const stopTracing = trace
      ? await startTracing(await session.context.newCDPSession(page), TIMELINE_CATEGORIES)
      : undefined;
    const start = await page.evaluate(() => performance.now());
    await page.evaluate(() => console.timeStamp('analysis-click'));
    await page.click('#tab-analysis');
    await page.waitForFunction(
      () => /measured/.test(document.querySelector('.analysis-status')?.textContent ?? ''),
      null,
      { timeout: 1_800_000, polling: 100 },
    );
    const end = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1000);
    // PROFILE=1: the page's functions with the most self time from the click to a second after the end.
    if (cdp)
      printHotFunctions(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
    if (stopTracing) {
      const events = await stopTracing();
      const click = events.find(
        (e) => e.name === 'TimeStamp' && JSON.stringify(e.args).includes('analysis-click'),
      );
      printLongTasks(events, click?.ts ?? 0);
    }
    const tasks = await page.evaluate(() => (window as unknown as TaskWindow).__longTasks ?? []);
    const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= end + 500);
    if (process.env.BENCH_TASKS === '1')
      console.log(during.map((t) => `${Math.round(t.start - start)}+${Math.round(t.duration)}`).join(' '));
    return {
      analysisMs: Math.round(end - start),
      analysisLongestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    };
  } finally {
    await session.close();
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const isEntry = process.argv[1]?.endsWith('tests/bench/browser/analysisTasks.ts') === true;
if (isEntry) {
  for (const nodes of (process.argv[2] ?? '10000').split(',').map(Number))
    console.log(nodes, JSON.stringify(await measureAnalysisTab(nodes)));
}
