// The browser benchmark: the explorer (?file=) against a bare sigma page on the same synthetic datasets,
// and the explorer on GEXF files. Run: npx tsx tests/bench/browser/run.ts [10000 50000 ...]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { writeGexf } from '../../../src/export/index.ts';
import { buildGraph, syntheticDataset } from '../../../src/graph/index.ts';
import { type Results, table, writeResults } from '../timing.ts';
import { type BrowserFigures, measureBrowser } from './measure.ts';
import { buildAndServe } from './serve.ts';

const SEED = 42;
/** The explorer is usable when the dataset is loaded, sigma has drawn and search answers (index built). */
export const EXPLORER_READY =
  "document.getElementById('app')?.dataset.state === 'loaded' && window.__explorer?.sigma !== undefined && !!document.querySelector('#search-input[role=combobox]:not([disabled]):not([aria-busy])')";

const label = (n: number): string => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Writes the datasets: synthetic JSON at each size, and GEXF at each size up to 50k. */
function writeData(dir: string, sizes: readonly number[]): void {
  for (const nodes of sizes) {
    const dataset = syntheticDataset({ nodes, seed: SEED });
    writeFileSync(join(dir, `synthetic-${label(nodes)}.json`), JSON.stringify(dataset));
    if (nodes <= 50_000)
      writeFileSync(join(dir, `synthetic-${label(nodes)}.gexf`), writeGexf(buildGraph(dataset)));
  }
}

/** Measures each size on the bare page and the explorer; figures that could not be taken are left out. */
export async function browserBench(
  sizes: readonly number[] = [10_000, 50_000],
  options: { explorer?: boolean } = {},
): Promise<Results> {
  const work = mkdtempSync(join(tmpdir(), 'browser-bench-'));
  const data = join(work, 'data');
  mkdirSync(data);
  console.log(`\nbrowser: writing datasets (${sizes.map(label).join(', ')}) to ${data}...`);
  writeData(data, sizes);
  const bare = await buildAndServe(join(PACKAGE_ROOT, 'tests', 'bench', 'browser'), join(work, 'bare'), data);
  const app = await buildAndServe(PACKAGE_ROOT, join(work, 'app'), data);
  // Each page gets a browser of its own: a closed page's GPU work (seconds of software-GL frames
  // after the bare sigma page) otherwise blocks the next page's WebGL setup, a long task that is
  // not the next page's own (seen: 1.8 s at 50k).
  const results: Results = {};
  const show = (size: string, key: string, ms: number): void => {
    console.log(`  ${size.padEnd(6)} ${key.padEnd(28)} ${ms.toFixed(1).padStart(10)} ms`);
  };
  const attempt = async (
    what: string,
    run: () => Promise<BrowserFigures>,
  ): Promise<BrowserFigures | undefined> => {
    try {
      return await run();
    } catch (error) {
      console.log(`  ${what}: not measured (${String(error).split('\n')[0]})`);
      return undefined;
    }
  };
  try {
    for (const nodes of sizes) {
      const size = label(nodes);
      const out: Record<string, number> = {};
      const json = `bench-data/synthetic-${size}.json`;
      const b = await attempt(`bare sigma ${size}`, () =>
        measureBrowser(`${bare.url}?data=${encodeURIComponent(`${bare.url}${json}`)}`),
      );
      if (b) {
        out.bareSigmaFirstRenderMs = round(b.firstRenderMs);
        out.bareSigmaLongestTaskMs = round(b.longestTaskMs);
        out.bareSigmaLongestStallMs = round(b.longestStallMs);
        out.bareSigmaUsableMs = round(b.usableMs);
        out.bareSigmaFrameMs = round(b.frameMs);
      }
      if (options.explorer === false) {
        results[String(nodes)] = out;
        for (const [k, v] of Object.entries(out)) show(size, k, v);
        continue;
      }
      const e = await attempt(`explorer ${size}`, () =>
        measureBrowser(`${app.url}?file=${encodeURIComponent(json)}`, {
          ready: EXPLORER_READY,
          interactions: true,
        }),
      );
      if (e) {
        out.firstRenderMs = round(e.firstRenderMs);
        out.usableMs = round(e.usableMs);
        out.longestTaskMs = round(e.longestTaskMs);
        out.longestStallMs = round(e.longestStallMs);
        out.frameMs = round(e.frameMs);
        for (const [key, ms] of Object.entries(e.interactions ?? {}))
          if (Number.isFinite(ms)) out[key] = round(ms);
      }
      if (nodes <= 50_000) {
        const g = await attempt(`explorer GEXF ${size}`, () =>
          measureBrowser(`${app.url}?file=${encodeURIComponent(`bench-data/synthetic-${size}.gexf`)}`, {
            ready: EXPLORER_READY,
            moveMs: 1000,
          }),
        );
        if (g) {
          out.gexfUsableMs = round(g.usableMs);
          out.gexfLongestTaskMs = round(g.longestTaskMs);
          out.gexfLongestStallMs = round(g.longestStallMs);
        }
      }
      for (const [k, v] of Object.entries(out)) show(size, k, v);
      results[String(nodes)] = out;
    }
  } finally {
    await bare.close();
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((n) => Number.isFinite(n) && n > 0);
  const results = await browserBench(sizes.length > 0 ? sizes : undefined, {
    explorer: !args.includes('--bare-only'),
  });
  console.log(`\n${table(results)}`);
  const file = join(PACKAGE_ROOT, 'bench-results.json');
  writeResults(file, results);
  console.log(`\nwrote ${file}`);
}
