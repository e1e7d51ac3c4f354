// The browser benchmark: the explorer (?file=) against a bare sigma page on the same synthetic datasets,
// the explorer on GEXF files, and on the wide file (tests/bench/shapes.ts).
// Run: npx tsx tests/bench/browser/run.ts [10000 50000 ...] [--wide] [--bare-only] [--edit-only]
// (--edit-only: only the editor on the explorer page, printed and not written to bench-results.json)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/cli/io.ts';
import { writeGexf } from '../../../src/export/index.ts';
import { buildGraph, syntheticDataset } from '../../../src/graph/index.ts';
import { WIDE_NODES, wideDataset } from '../shapes.ts';
import { type Results, table, writeResults } from '../timing.ts';
import { type BrowserFigures, measureBrowser } from './measure.ts';
import { measureEditor } from './measureEdit.ts';
import { buildAndServe } from './serve.ts';

const SEED = 42;
/** The explorer is usable when the dataset is loaded, sigma has drawn and search answers (index built). */
export const EXPLORER_READY =
  "document.getElementById('app')?.dataset.state === 'loaded' && window.__explorer?.sigma !== undefined && !!document.querySelector('#search-input[role=combobox]:not([disabled]):not([aria-busy])')";

const label = (n: number): string => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Writes the datasets: synthetic JSON and GEXF at each size, and the wide file when asked. */
function writeData(dir: string, sizes: readonly number[], wide: boolean): void {
  for (const nodes of sizes) {
    const dataset = syntheticDataset({ nodes, seed: SEED });
    writeFileSync(join(dir, `synthetic-${label(nodes)}.json`), JSON.stringify(dataset));
    writeFileSync(join(dir, `synthetic-${label(nodes)}.gexf`), writeGexf(buildGraph(dataset)));
  }
  if (wide) writeFileSync(join(dir, 'wide.json'), JSON.stringify(wideDataset()));
}

/** The figures of a page as bench keys, each with the page's prefix ('' for the explorer). */
function keys(prefix: string, f: BrowserFigures): Record<string, number> {
  const key = (name: string): string =>
    prefix === '' ? name : `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}`;
  const out: Record<string, number> = {};
  for (const name of [
    'firstRenderMs',
    'usableMs',
    'longestTaskMs',
    'loadingLongestTaskMs',
    'longestStallMs',
    'frameMs',
    'frameEdgesDrawnMs',
    'dragFrameGapMs',
    'dragLongestTaskMs',
    'wheelFrameGapMs',
    'wheelLongestTaskMs',
  ] as const)
    out[key(name)] = round(f[name]);
  return out;
}

/** Gephi Lite's quoted times (docs/benchmark.md; not measured by the bench), in ms, by size. */
const GEPHI_LITE = {
  drawn: { 1000: 3200, 10000: 9200, 50000: 38_600 },
  responsive: { 10000: 18_900, 50000: 75_000 },
  dragFrameGap: { 1000: 660, 10000: 3100, 50000: 15_000 },
} as const satisfies Record<string, Record<number, number>>;

/**
 * The browser targets of docs/benchmark.md, one line each for every row that has the figures: the
 * explorer against the bare sigma page with the same level of detail, the loading tasks against
 * 100 ms, and the GEXF loads and drag-pans against Gephi Lite's quoted times.
 */
export function browserTargets(results: Results): string[] {
  const lines: string[] = [];
  for (const [row, f] of Object.entries(results)) {
    const has = (...names: string[]): boolean => names.every((n) => Number.isFinite(f[n]));
    const ratio = (a: string, b: string): string => (f[a]! / f[b]!).toFixed(2);
    const out = (line: string): void => void lines.push(`${row.padEnd(7)} ${line}`);
    if (has('frameMs', 'bareSigmaFrameMs'))
      out(`frameMs / bareSigmaFrameMs = ${ratio('frameMs', 'bareSigmaFrameMs')} (target <= 1.25)`);
    if (has('frameEdgesDrawnMs', 'bareSigmaFrameEdgesDrawnMs'))
      out(
        `frameEdgesDrawnMs / bareSigmaFrameEdgesDrawnMs = ${ratio('frameEdgesDrawnMs', 'bareSigmaFrameEdgesDrawnMs')} (target <= 1.25)`,
      );
    for (const [mine, bare] of [
      ['dragFrameGapMs', 'bareSigmaDragFrameGapMs'],
      ['wheelFrameGapMs', 'bareSigmaWheelFrameGapMs'],
    ] as const)
      if (has(mine, bare)) out(`${mine} / bare = ${ratio(mine, bare)} (target <= 1)`);
    for (const key of ['loadingLongestTaskMs', 'gexfLoadingLongestTaskMs', 'wideLoadingLongestTaskMs'])
      if (has(key)) out(`${key} = ${f[key]!.toFixed(0)} (target <= 100 ms)`);
    const nodes = Number(row);
    const quoted = (times: Record<number, number>): number | undefined => times[nodes];
    const drawn = quoted(GEPHI_LITE.drawn);
    if (drawn !== undefined && has('gexfFirstRenderMs'))
      out(
        `gexfFirstRenderMs / Gephi Lite's quoted ${drawn} ms = ${(f.gexfFirstRenderMs! / drawn).toFixed(2)} (target <= 0.2)`,
      );
    const responsive = quoted(GEPHI_LITE.responsive);
    if (responsive !== undefined && has('gexfUsableMs'))
      out(
        `gexfUsableMs / Gephi Lite's quoted ${responsive} ms = ${(f.gexfUsableMs! / responsive).toFixed(2)} (target <= 0.2)`,
      );
    const gap = quoted(GEPHI_LITE.dragFrameGap);
    if (gap !== undefined && has('dragFrameGapMs'))
      out(
        `dragFrameGapMs / Gephi Lite's quoted ${gap} ms (a GEXF there, JSON here) = ${(f.dragFrameGapMs! / gap).toFixed(2)} (target <= 1)`,
      );
    if (nodes >= 100_000 && has('editMs')) out(`editMs = ${f.editMs!.toFixed(1)} (target <= 50 ms at 100k)`);
  }
  return lines;
}

/** Measures each size on the bare page and the explorer; figures that could not be taken are left out. */
export async function browserBench(
  sizes: readonly number[] = [10_000, 50_000],
  options: { explorer?: boolean; wide?: boolean } = {},
): Promise<Results> {
  const work = mkdtempSync(join(tmpdir(), 'browser-bench-'));
  const data = join(work, 'data');
  mkdirSync(data);
  const wide = options.wide ?? true;
  console.log(
    `\nbrowser: writing datasets (${sizes.map(label).join(', ')}${wide ? ', the wide file' : ''}) to ${data}...`,
  );
  writeData(data, sizes, wide);
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
      if (b) Object.assign(out, keys('bareSigma', b));
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
        Object.assign(out, keys('', e));
        for (const [key, ms] of Object.entries(e.interactions ?? {}))
          if (Number.isFinite(ms)) out[key] = round(ms);
      }
      const g = await attempt(`explorer GEXF ${size}`, () =>
        measureBrowser(`${app.url}?file=${encodeURIComponent(`bench-data/synthetic-${size}.gexf`)}`, {
          ready: EXPLORER_READY,
          moveMs: 1000,
        }),
      );
      if (g) {
        out.gexfFirstRenderMs = round(g.firstRenderMs);
        out.gexfUsableMs = round(g.usableMs);
        out.gexfLongestTaskMs = round(g.longestTaskMs);
        out.gexfLoadingLongestTaskMs = round(g.loadingLongestTaskMs);
        out.gexfLongestStallMs = round(g.longestStallMs);
      }
      for (const [k, v] of Object.entries(out)) show(size, k, v);
      results[String(nodes)] = out;
    }
    if (wide && options.explorer !== false) {
      // The wide file (issue #19's shape): its row is "wide" in the table and bench-results.json.
      const w = await attempt('explorer wide file', () =>
        measureBrowser(`${app.url}?file=${encodeURIComponent('bench-data/wide.json')}`, {
          ready: EXPLORER_READY,
          moveMs: 1000,
        }),
      );
      if (w) {
        const out = { nodes: WIDE_NODES, ...keys('wide', w) };
        for (const [k, v] of Object.entries(out)) show('wide', k, v);
        results.wide = out;
      }
    }
  } finally {
    await bare.close();
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

/** The editor alone at each size (Edit, then the edits of measureEdit.ts), for iterating on editMs. */
async function editorBench(sizes: readonly number[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'browser-bench-'));
  const data = join(work, 'data');
  mkdirSync(data);
  for (const nodes of sizes)
    writeFileSync(
      join(data, `synthetic-${label(nodes)}.json`),
      JSON.stringify(syntheticDataset({ nodes, seed: SEED })),
    );
  const app = await buildAndServe(PACKAGE_ROOT, join(work, 'app'), data);
  try {
    for (const nodes of sizes) {
      const json = `bench-data/synthetic-${label(nodes)}.json`;
      const { figures, each } = await measureEditor(
        `${app.url}?file=${encodeURIComponent(json)}`,
        EXPLORER_READY,
      );
      console.log(`  ${label(nodes)}: each edit (kind, its task + render = ms, follow, frame)`);
      for (const t of each)
        console.log(
          `    ${t.kind.padEnd(9)} ${t.apply.toFixed(1)} + ${t.render.toFixed(1)} = ${(t.apply + t.render).toFixed(1)}, ${t.follow.toFixed(0)}, ${t.frame.toFixed(0)}`,
        );
      for (const [k, v] of Object.entries(figures))
        console.log(`  ${label(nodes).padEnd(6)} ${k.padEnd(28)} ${v.toFixed(1).padStart(10)} ms`);
    }
  } finally {
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--edit-only')) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  await editorBench(sizes.length > 0 ? sizes : [100_000]);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((n) => Number.isFinite(n) && n > 0);
  const results = await browserBench(sizes.length > 0 ? sizes : undefined, {
    explorer: !args.includes('--bare-only'),
    wide: args.includes('--wide'),
  });
  console.log(`\n${table(results)}`);
  console.log(`\nbrowser targets:\n${browserTargets(results).join('\n')}`);
  const file = join(PACKAGE_ROOT, 'bench-results.json');
  writeResults(file, results);
  console.log(`\nwrote ${file}`);
}
