// SteppedSigma (src/app/graph/steppedSigma.ts) does sigma's first processing in slices by calling
// sigma's private methods; this checks, in Chromium with real WebGL programs, that it leaves sigma
// in the same state as sigma's own constructor: the programs' vertex arrays bit for bit, the
// item indices, the label grid and the display data, also when a refresh is asked for mid-way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, type Served } from '../bench/browser/serve.ts';
import { ROOT } from '../helpers.ts';
import { browserPerFile } from './browser.ts';
import type { SteppedSigmaResult } from './sigma/page.ts';

const session = browserPerFile();
let served: Served;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'stepped-sigma-'));
  served = await buildAndServe(join(ROOT, 'tests', 'e2e', 'sigma'), join(work, 'out'), work, {
    minify: false,
  });
});

afterAll(async () => {
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('SteppedSigma', () => {
  it('ends in the state sigma reaches by itself, in many slices, starts over on a refresh, refreshes in slices, settles at once and draws through ItemDisplay', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(served.url);
    await page.waitForFunction(() => window.__result !== undefined || window.__error !== undefined, null, {
      timeout: 110_000,
    });
    const error = await page.evaluate(() => window.__error);
    expect(error).toBeUndefined();
    expect(errors).toEqual([]);
    const result = (await page.evaluate(() => window.__result)) as SteppedSigmaResult;
    expect(result.drawnBeforeSteps).toBe(false);
    // 12,000 items at a 2 ms budget: the work was really split.
    expect(result.items).toBe(12_000);
    expect(result.pauses).toBeGreaterThan(3);
    expect(result.compared.same).toEqual([]);
    expect(result.restarted).toBe(true);
    expect(result.compared.changed).toEqual([]);
    // The comparison itself notices a real difference.
    expect(result.compared.control).toEqual(expect.arrayContaining(['nodeDataCache', 'edgeDataCache']));
    // refreshSteps: many slices, the frame's state kept between them, a hover-like partial refresh
    // deferred (no restart), and at the end the state sigma reaches for the new reducer output.
    expect(result.refresh.pauses).toBeGreaterThan(3);
    expect(result.refresh.shownKept).toBe(true);
    expect(result.refresh.restarted).toBe(false);
    expect(result.refresh.drawn).toBe(true);
    expect(result.compared.refreshed).toEqual([]);
    // settle() half way: drawn at once, and the abandoned steps left sigma's own result alone.
    expect(result.settle.pauses).toBeGreaterThanOrEqual(3);
    expect(result.settle.drawn).toBe(true);
    expect(result.compared.settled).toEqual([]);
    expect(result.compared.control?.some((d) => d.startsWith('edgePrograms.straight array'))).toBe(true);
    // ItemDisplay: what the functions make is drawn, as sigma draws its reducers' output, also
    // through a partial refresh done by sigma's own code.
    expect(result.displayColour).toBe('#2a9d8f');
    expect(result.compared.display).toEqual([]);
    expect(result.compared.displayPartial).toEqual([]);
    // The view as PNG from the canvases (png.ts) is @sigma/export-image's image, pixel for pixel
    // (0 pixels apart here; a little room is left for antialiasing).
    expect(result.png.ours).toEqual(result.png.library);
    expect(result.png.painted).toBeGreaterThan(10_000);
    expect(result.png.differing).toBeLessThan(result.png.painted / 1000);
    // One task per slice: at least 3 of nodes and 9 of edges, 1,000 items each.
    expect(result.png.pauses).toBeGreaterThanOrEqual(12);
    // Edits drawn in place (a node and a relation added, a node resized, a relation and a node
    // dropped): no full processing, and the picture and labels of a sigma that processed the
    // edited graph anew. Room was kept for edits: the new items took free slots (no array copied).
    const edits = result.localEdits;
    expect(edits.processed).toBe(0);
    expect(edits.roomKept).toBe(true);
    expect(edits.added).toBe(true);
    expect(edits.forgotten).toBe(true);
    expect(edits.labels.local).toEqual(edits.labels.reference);
    expect(edits.labels.local).toContain('added');
    expect(edits.painted).toBeGreaterThan(10_000);
    expect(edits.differing).toBeLessThan(edits.painted / 1000);
    await page.close();
    // Many sigmas over 12,000 items, each processed in slices: about 16 s on a quiet machine, and
    // a minute when the two cores are shared, so more room than the default 60 s.
  }, 180_000);
});
