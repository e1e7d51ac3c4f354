// Graph files in and out of the explorer, in real Chromium: Export menu downloads that import back,
// broken files reported without losing the graph, the mapping report, drop zone, PNG and SVG images.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURES } from '../helpers.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const EXCHANGE = join(FIXTURES, 'exchange');
const session = browserPerFile();

async function newPage(): Promise<Page> {
  const page = await session.context.newPage();
  await openExplorer(page, base);
  return page;
}

const order = (page: Page): Promise<number> => page.evaluate(() => window.__explorer!.graph.order);

/** Clicks a menu item and collects the `count` downloads it starts. */
async function downloadsOf(page: Page, itemSelector: string, count = 1): Promise<Download[]> {
  const downloads: Download[] = [];
  const done = new Promise<void>((resolve) => {
    page.on('download', (d) => {
      downloads.push(d);
      if (downloads.length === count) resolve();
    });
  });
  await page.click('#export-button');
  await page.click(itemSelector);
  await done;
  return downloads;
}

/** Pixels of the graph area that differ from its background (as in explorer.test.ts). */
async function paintedPixels(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let painted = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const d =
        Math.abs(pixels[i]! - pixels[0]!) +
        Math.abs(pixels[i + 1]! - pixels[1]!) +
        Math.abs(pixels[i + 2]! - pixels[2]!);
      if (d > 60) painted++;
    }
    return painted;
  }, png);
}

/** Pixels of a PNG within a small distance of a colour ("#rrggbb"). */
async function pixelsOfColour(page: Page, png: Buffer, colour: string): Promise<number> {
  return page.evaluate(
    async ({ data, hex }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i]! - r!) + Math.abs(pixels[i + 1]! - g!) + Math.abs(pixels[i + 2]! - b!) < 12)
          count++;
      }
      return count;
    },
    { data: png.toString('base64'), hex: colour },
  );
}

describe('graph files in and out', () => {
  it('opens the Export menu from the keyboard, and a GEXF and a CSV set it downloads import back with every node', async () => {
    const page = await newPage();
    const before = await order(page);
    // Menu button pattern: ArrowDown opens on the first item, arrows move, Escape closes back to the button.
    await page.focus('#export-button');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#export-button', 'aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-scope-graph');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-scope-view');
    expect(await page.getAttribute('#export-scope-path', 'aria-disabled')).toBe('true');
    await screenshot(page, 'export-menu');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#export-menu')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-button');

    const [gexf] = await downloadsOf(page, '[id="export-gexf-1.3"]');
    expect(gexf!.suggestedFilename()).toMatch(/\.gexf$/);
    await page.setInputFiles('#open-file', (await gexf!.path())!);
    await page.waitForSelector('.notice[role=status]');
    expect(await order(page)).toBe(before);
    expect(await page.textContent('.notice')).toContain(`${before} nodes`);

    // The CSV set comes as one zip named after the dataset and the format, holding the three files;
    // opened together they are the graph again.
    const [zip] = await downloadsOf(page, '#export-csv');
    expect(zip!.suggestedFilename()).toBe('grooming-gangs-taskforce-csv.zip');
    const files = unzipSync(new Uint8Array(readFileSync((await zip!.path())!)));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv', 'sources.csv']);
    const dir = mkdtempSync(join(tmpdir(), 'csv-zip-'));
    const paths = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    expect(strFromU8(files['nodes.csv']!).split('\n')[0]).toMatch(/^id,/);
    await page.setInputFiles('#open-file', paths);
    await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('nodes.csv'));
    expect(await order(page)).toBe(before);
    await screenshot(page, 'export-reimported');
    await page.close();
  });

  it('downloads the Neo4j import files as one zip of its own, not a nodes.csv that clashes with the CSV set', async () => {
    const page = await newPage();
    const [zip] = await downloadsOf(page, '#export-neo4j-admin');
    expect(zip!.suggestedFilename()).toBe('grooming-gangs-taskforce-neo4j-admin.zip');
    const files = unzipSync(new Uint8Array(readFileSync((await zip!.path())!)));
    expect(Object.keys(files).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    await page.close();
  });

  it('downloads Turtle and JSON-LD from the Export menu, and each opens back with every node and relation', async () => {
    const page = await newPage();
    const before = await order(page);
    const size = await page.evaluate(() => window.__explorer!.graph.size);
    for (const [id, ext] of [
      ['turtle', 'ttl'],
      ['jsonld', 'jsonld'],
    ] as const) {
      const [file] = await downloadsOf(page, `#export-${id}`);
      expect(file!.suggestedFilename()).toBe(`grooming-gangs-taskforce.${ext}`);
      const target = join(await file!.path().then((p) => join(p!, '..')), file!.suggestedFilename());
      await file!.saveAs(target);
      await page.setInputFiles('#open-file', target);
      await page.waitForFunction(
        (name) => document.querySelector('.notice')?.textContent?.includes(name),
        file!.suggestedFilename(),
      );
      expect(await order(page)).toBe(before);
      expect(await page.evaluate(() => window.__explorer!.graph.size)).toBe(size);
    }
    await page.close();
  });

  it('exports just the path chosen in the Paths tab', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, `${base}?tab=paths&from=home-office&to=essex-police&path=0`);
    await page.waitForFunction(() => window.__explorer!.store.getState().paths.result !== undefined);
    await page.click('#export-button');
    expect(await page.getAttribute('#export-scope-path', 'aria-disabled')).not.toBe('true');
    await page.click('#export-scope-path');
    await page.keyboard.press('Escape');
    const [json] = await downloadsOf(page, '#export-json');
    const exported = JSON.parse(readFileSync((await json!.path())!, 'utf8'));
    expect(exported.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'essex-police',
      'grooming-gangs-taskforce',
      'home-office',
    ]);
    expect(exported.edges).toHaveLength(2);
    await page.close();
  });

  it('reports a broken file with its location and keeps the current graph drawn and usable', async () => {
    const page = await newPage();
    const before = await order(page);
    await page.setInputFiles('#open-file', join(EXCHANGE, 'broken.gexf'));
    const alert = page.locator('.notice.error[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.gexf is not well-formed XML at line 6, column 5/);
    expect(await alert.textContent()).toContain('The current graph is unchanged');
    expect(await order(page)).toBe(before);
    expect(await paintedPixels(page)).toBeGreaterThan(2000);
    await screenshot(page, 'export-error');
    // Still usable: search and select work.
    await page.click('.notice-close');
    expect(await page.locator('.notice').count()).toBe(0);
    await page.fill('#search-input', 'Home Office');
    await page.click('#search-option-0');
    expect(await page.evaluate(() => window.__explorer!.store.getState().selection?.kind)).toBe('node');
    await page.close();
  });

  it('shows the mapping report for a GEXF with unknown node types dropped on the page', async () => {
    const page = await newPage();
    const text = readFileSync(join(EXCHANGE, 'unknown-type.gexf'), 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'unknown-type.gexf', { type: 'application/gexf+xml' }));
      return data;
    }, text);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    expect(await page.isVisible('#drop-zone')).toBe(true);
    await screenshot(page, 'export-dropzone');
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => window.__explorer!.graph.order === 3);
    expect(await page.isHidden('#drop-zone')).toBe(true);
    const report = await page.textContent('.notice[role=status]');
    expect(report).toContain("2 nodes of type 'Person ' mapped to 'person'");
    expect(report).toContain("1 node of type 'Wizard guild' mapped to 'other'");
    await expect(page.textContent('#counts')).resolves.toContain('3 of 3 nodes');
    await page.waitForTimeout(300);
    expect(await paintedPixels(page)).toBeGreaterThan(200);
    await screenshot(page, 'export-mapping');
    await page.close();
  });

  it('says it is exporting a picture while the PNG is made, and leaves the canvas as it was drawn', async () => {
    const page = await newPage();
    await page.waitForTimeout(300);
    const before = await paintedPixels(page);
    // Every state of the Export button and its status line while the PNG is made.
    await page.evaluate(() => {
      const w = window as unknown as { __exportStates: string[] };
      w.__exportStates = [];
      const button = document.querySelector('#export-button')!;
      const status = document.querySelector('#export-status')!;
      new MutationObserver(() =>
        w.__exportStates.push(`${button.getAttribute('aria-busy')}|${status.textContent}`),
      ).observe(button.parentElement!, {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
    await downloadsOf(page, '#export-image-png');
    const states = await page.evaluate(
      () => (window as unknown as { __exportStates: string[] }).__exportStates,
    );
    expect(states).toContain('true|Exporting picture…');
    expect(await page.getAttribute('#export-status', 'aria-live')).toBe('polite');
    await page.waitForFunction(() => !document.querySelector('#export-button')!.hasAttribute('aria-busy'));
    expect(await page.textContent('#export-status')).toBe('');
    // The layers were drawn apart for the copy: the canvas shows the whole view again (edges too).
    await page.waitForTimeout(300);
    expect(Math.abs((await paintedPixels(page)) - before)).toBeLessThan(before / 50);
    await page.close();
  });

  it('exports the current view as a non-empty PNG and as an SVG with a circle per drawn node', async () => {
    const page = await newPage();
    const [png] = await downloadsOf(page, '#export-image-png');
    const bytes = readFileSync((await png!.path())!);
    expect(png!.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(10_000);
    // Drawn as the canvas draws it: the 43 police forces in their kind's colour.
    const police = await page.evaluate(
      () => window.__explorer!.sigma!.getNodeDisplayData('essex-police')!.color,
    );
    expect(await pixelsOfColour(page, bytes, police)).toBeGreaterThan(500);
    const [svg] = await downloadsOf(page, '#export-image-svg');
    const text = readFileSync((await svg!.path())!, 'utf8');
    expect(text.match(/<circle /g)).toHaveLength(await order(page));
    expect(text).toContain('marker-end="url(#arrow-0)"');
    // Show both images side by side to look at them.
    await page.setContent(
      `<body style="margin:0;display:flex;background:#888"><img style="width:50%" src="data:image/png;base64,${bytes.toString('base64')}"><img style="width:50%" src="data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}"></body>`,
    );
    await screenshot(page, 'export-images');
    await page.close();
  });
});
