// A developer's tool, not a test: two checkouts of the explorer open the same file by ?file=, in
// turn (the order alternating each round), each page in a Chromium of its own; prints the time to
// the first frame (window.__firstRender), to usable and the long tasks of each load.
// Run: ROOTS=/path/to/before,/path/to/after npx tsx tests/bench/browser/compare.ts [nodes=10000] [rounds=3] [gexf|json]
// (a checkout of another commit: `git archive <commit> | tar -x -C <dir>`, with node_modules beside it).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGexf } from '../../../src/export/index.ts';
import { buildGraph, syntheticDataset } from '../../../src/graph/index.ts';
import { launchChromium } from './launch.ts';
import { observedPage } from './measure.ts';
import { EXPLORER_READY } from './run.ts';
import { buildAndServe } from './serve.ts';

const nodes = Number(process.argv[2] ?? 10000);
const rounds = Number(process.argv[3] ?? 3);
const format = process.argv[4] ?? 'gexf';
const roots = (process.env.ROOTS ?? '').split(',').filter((r) => r !== '');
if (roots.length === 0) throw new Error('ROOTS: the checkouts to compare, separated by commas');
const work = mkdtempSync(join(tmpdir(), 'browser-compare-'));
const data = join(work, 'data');
mkdirSync(data, { recursive: true });
const file = join(data, `d${nodes}.${format}`);
if (!existsSync(file)) {
  const ds = syntheticDataset({ nodes, seed: 42 });
  writeFileSync(file, format === 'gexf' ? writeGexf(buildGraph(ds)) : JSON.stringify(ds));
}
const apps = [];
for (const [i, root] of roots.entries()) apps.push(await buildAndServe(root, join(work, `app${i}`), data));
try {
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < apps.length; k++) {
      const i = r % 2 === 0 ? k : apps.length - 1 - k;
      const session = await launchChromium();
      try {
        const page = await observedPage(session.context);
        await page.goto(`${apps[i]!.url}?file=${encodeURIComponent(`bench-data/d${nodes}.${format}`)}`);
        await page.waitForFunction(EXPLORER_READY, null, { timeout: 300_000, polling: 50 });
        const usable = await page.evaluate(() => performance.now());
        const first = await page.evaluate(
          () => (window as unknown as { __firstRender: number }).__firstRender,
        );
        await page.waitForTimeout(1000);
        const tasks = await page.evaluate(
          () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
        );
        const before = tasks.filter((t) => t.start < first);
        const longest = Math.max(0, ...before.map((t) => t.duration));
        const line = `first ${first.toFixed(0)} usable ${usable.toFixed(0)} longest-before-first ${longest.toFixed(0)} tasks ${tasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' ')}`;
        console.log(`${roots[i]}: ${line}`);
      } finally {
        await session.close();
      }
    }
  }
} finally {
  for (const a of apps) await a.close();
  rmSync(work, { recursive: true, force: true });
}
