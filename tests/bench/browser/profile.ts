// A developer's tool, not a test: profiles the explorer opening a synthetic dataset by ?file= in headless
// Chromium and prints the long tasks and the functions with the most self and total time.
// Run: npx tsx tests/bench/browser/profile.ts [nodes=10000] [json|gexf|wide] (wide: the wide file of
// tests/bench/shapes.ts, its own size unless nodes is given)
// HEAP=1 also samples allocations (freed ones included) and prints the sites that allocate most.
// EDIT=1 profiles the editor instead of the load: "Edit", then the edits of measureEdit.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { writeGexf } from '../../../src/export/index.ts';
import { buildGraph, syntheticDataset } from '../../../src/graph/index.ts';
import { WIDE_NODES, wideDataset } from '../shapes.ts';
import { launchChromium } from './launch.ts';
import { observedPage, observeStalls } from './measure.ts';
import { measureEditIn } from './measureEdit.ts';
import { EXPLORER_READY } from './run.ts';
import { buildAndServe } from './serve.ts';
import { type Profile, type ProfileNode, profileName, profileTimes, topTimes } from './trace.ts';

const wide = process.argv[3] === 'wide';
const nodes = Number(process.argv[2] ?? (wide ? WIDE_NODES : 10_000));
const format = process.argv[3] === 'gexf' ? 'gexf' : 'json';
const work = mkdtempSync(join(tmpdir(), 'browser-profile-'));
const data = join(work, 'data');
mkdirSync(data);
const dataset = wide ? wideDataset(nodes) : syntheticDataset({ nodes, seed: 42 });
writeFileSync(
  join(data, `d.${format}`),
  format === 'json' ? JSON.stringify(dataset) : writeGexf(buildGraph(dataset)),
);
// Not minified, so the profile names functions as the source does.
const bare = process.env.BARE === '1';
const app = await buildAndServe(
  bare ? join(PACKAGE_ROOT, 'tests', 'bench', 'browser') : PACKAGE_ROOT,
  join(work, 'app'),
  data,
  { minify: process.env.MINIFY === '1' },
);
const session = await launchChromium();
try {
  // The benchmark's own observers (measure.ts): long tasks, and stalls of a 20 ms timer.
  const page = await observedPage(session.context);
  page.on('console', (message) => console.log(`[page] ${message.text()}`));
  await page.addInitScript(observeStalls);
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: string[] };
    w.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        renderStart: number;
        blockingDuration: number;
        scripts: { invoker: string; duration: number; sourceFunctionName: string }[];
      })[])
        w.__frames.push(
          `${e.startTime.toFixed(0).padStart(7)} ${e.duration.toFixed(0).padStart(6)} (render ${(e.startTime + e.duration - e.renderStart).toFixed(0)}) ${e.scripts
            .filter((x) => x.duration > 20)
            .map((x) => `${x.invoker}/${x.sourceFunctionName} ${x.duration.toFixed(0)}`)
            .join('; ')}`,
        );
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __marks: string[] };
    w.__marks = [];
    let last = '';
    new MutationObserver(() => {
      const st = `${document.getElementById('app')?.dataset.state} ${document.querySelector('.load-progress')?.getAttribute('data-phase')}`;
      if (st === last) return;
      last = st;
      w.__marks.push(`${performance.now().toFixed(0)} ${st}`);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.addInitScript(() => {
    const w = window as unknown as {
      __renders: string[];
      __explorer?: { sigma?: { on(e: string, f: () => void): void } };
    };
    w.__renders = [];
    let value: unknown;
    Object.defineProperty(window, '__explorer', {
      configurable: true,
      get: () => value,
      set(v: { sigma?: { on(e: string, f: () => void): void } }) {
        value = v;
        let start = 0;
        v.sigma?.on('beforeRender', () => {
          start = performance.now();
        });
        v.sigma?.on('afterRender', () => {
          w.__renders.push(`${start.toFixed(0)}+${(performance.now() - start).toFixed(0)}`);
        });
      },
    });
  });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const heap = process.env.HEAP === '1';
  if (heap)
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 1 << 16,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  await page.goto(
    bare
      ? `${app.url}?data=${encodeURIComponent(`${app.url}bench-data/d.json`)}`
      : `${app.url}?file=${encodeURIComponent(`bench-data/d.${format}`)}`,
  );
  await page.waitForFunction(bare ? 'window.__firstRender !== undefined' : EXPLORER_READY, null, {
    timeout: 300_000,
    polling: 50,
  });
  const usable = await page.evaluate(() => performance.now());
  await page.waitForTimeout(3000);
  if (process.env.EDIT === '1') {
    // EDIT=1: the profile of the editor alone (Edit, then the edits of measureEdit.ts).
    await cdp.send('Profiler.stop');
    await cdp.send('Profiler.start');
    console.log('editor:', await measureEditIn(page, 'all'));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (heap) {
    interface HeapNode {
      callFrame: ProfileNode['callFrame'];
      selfSize: number;
      children: HeapNode[];
    }
    const sampled = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: HeapNode };
    };
    const bySite = new Map<string, number>();
    const walk = (n: HeapNode, path: string): void => {
      const here = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      const site = `${here} < ${path}`;
      if (n.selfSize > 0) bySite.set(site, (bySite.get(site) ?? 0) + n.selfSize);
      for (const c of n.children) walk(c, here);
    };
    walk(sampled.profile.head, '');
    console.log('allocated (MB, sampled, freed included) by function < caller:');
    for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${(bytes / 2 ** 20).toFixed(1).padStart(8)}  ${site}`);
  }
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  );
  console.log(`usable at ${usable.toFixed(0)} ms; long tasks (start, duration):`);
  for (const t of tasks)
    console.log(`  ${t.start.toFixed(0).padStart(7)} ${t.duration.toFixed(0).padStart(6)}`);
  console.log(await page.evaluate(() => (window as unknown as { __marks: string[] }).__marks.join('\n')));
  const stalls = await page.evaluate(
    () => (window as unknown as { __stalls: { at: number; ms: number }[] }).__stalls,
  );
  console.log('timer stalls (at+ms):', stalls.map((t) => `${t.at.toFixed(0)}+${t.ms.toFixed(0)}`).join(' '));
  console.log(
    'renders:',
    await page.evaluate(() => (window as unknown as { __renders: string[] }).__renders.join(' ')),
  );
  const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
  console.log(
    `long animation frames (start, duration, rendering, scripts over 20 ms):\n${frames.join('\n')}`,
  );
  const { self, total } = profileTimes(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  console.log(`\nself time:\n${topTimes(self, 25)}\n\ntotal time:\n${topTimes(total, 45)}`);
  // Stretches of script between idle samples: the long tasks, with the functions they spent time in.
  const runs: { at: number; ms: number; fns: Map<string, number> }[] = [];
  let at = 0;
  let run: (typeof runs)[number] | undefined;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    at += dt;
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') {
      run = undefined;
      return;
    }
    if (!run) {
      run = { at, ms: 0, fns: new Map() };
      runs.push(run);
    }
    run.ms += dt;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = profileName(byId.get(cur)!);
      if (seen.has(k) || k.startsWith('(root)')) continue;
      seen.add(k);
      run.fns.set(k, (run.fns.get(k) ?? 0) + dt);
    }
  });
  console.log('\nbusy stretches over 60 ms (ms from the profile start, length, functions by total time):');
  for (const r of runs.filter((x) => x.ms > 60))
    console.log(
      `  ${r.at.toFixed(0).padStart(7)} ${r.ms.toFixed(0).padStart(6)}  ${[...r.fns]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([f, ms]) => `${f.split(' ')[0]} ${ms.toFixed(0)}`)
        .join(', ')}`,
    );
} finally {
  await session.close();
  await app.close();
  rmSync(work, { recursive: true, force: true });
}
