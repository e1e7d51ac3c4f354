// The explorer in real Chromium on the bundled dataset: drawing, search, filters, permalinks, keyboard, table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { BUNDLED_DIR, smallRaw } from '../helpers.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();

async function newPage(): Promise<Page> {
  return session.context.newPage();
}

/** Nodes sigma draws (not hidden by the reducers). */
function renderedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const e = window.__explorer!;
    return e.graph.nodes().filter((n) => e.sigma?.getNodeDisplayData(n)?.hidden === false);
  });
}

/** Pixels of the graph area that differ from its background, counted in the page from a real screenshot. */
async function paintedPixels(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const [r0, g0, b0] = [pixels[0]!, pixels[1]!, pixels[2]!];
    let painted = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i]! - r0) + Math.abs(pixels[i + 1]! - g0) + Math.abs(pixels[i + 2]! - b0) > 60)
        painted++;
    }
    return painted;
  }, png);
}

describe('the explorer', () => {
  it('loads the bundled dataset and draws every node on the canvas', async () => {
    const page = await newPage();
    await openExplorer(page, base);
    const order = await page.evaluate(() => window.__explorer!.graph.order);
    expect(order).toBeGreaterThan(50);
    expect(await renderedNodes(page)).toHaveLength(order);
    await page.waitForTimeout(300);
    expect(await paintedPixels(page)).toBeGreaterThan(2000);
    await expect(page.textContent('#counts')).resolves.toContain(`${order} of ${order} nodes`);
    await screenshot(page, 'overview');
    await page.close();
  });

  it('finds James Cleverly from "Cleverley", selects and centres him, and shows his relations with quotes', async () => {
    const page = await newPage();
    await openExplorer(page, base);
    await page.fill('#search-input', 'Cleverley');
    await page.waitForSelector('#search-listbox [role=option]');
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    expect(await page.textContent('#search-option-0')).toContain('James Cleverly');
    await screenshot(page, 'search-open');
    await page.click('#search-option-0');
    const selection = await page.evaluate(() => window.__explorer!.store.getState().selection);
    expect(selection).toEqual({ kind: 'node', id: 'james-cleverly' });
    await expect(page.textContent('#details-title')).resolves.toBe('James Cleverly');
    const relations = page.locator('#panel-details .relation');
    expect(await relations.count()).toBeGreaterThan(0);
    expect(await page.locator('#panel-details .relation blockquote').count()).toBeGreaterThan(0);
    expect(await page.textContent('#panel-details')).toMatch(
      /James Cleverly holds the role of Home Secretary/,
    );
    // Centred: after the animation the camera looks at the node.
    await page.waitForTimeout(900);
    const offset = await page.evaluate(() => {
      const e = window.__explorer!;
      const d = e.sigma!.getNodeDisplayData('james-cleverly')!;
      const c = e.sigma!.getCamera().getState();
      return Math.hypot(c.x - d.x, c.y - d.y);
    });
    expect(offset).toBeLessThan(0.01);
    await screenshot(page, 'node-selected');
    // A neighbour in the panel moves the selection there.
    await page.locator('#panel-details .relation button.link', { hasText: 'Home Secretary' }).first().click();
    await expect(page.textContent('#details-title')).resolves.toBe('Home Secretary');
    await page.close();
  });

  it('hides a node kind from the canvas and from the table', async () => {
    const page = await newPage();
    await openExplorer(page, base);
    const forces = await page.evaluate(
      () => window.__explorer!.graph.filterNodes((_n, a) => a.kind === 'police-force').length,
    );
    expect(forces).toBe(43);
    const before = await renderedNodes(page);
    await page.uncheck('#show-kind-police-force');
    const after = await renderedNodes(page);
    expect(after).toHaveLength(before.length - forces);
    expect(after).not.toContain('essex-police');
    await expect(page.textContent('#counts')).resolves.toContain(`${after.length} of ${before.length} nodes`);
    await page.click('#tab-table');
    expect(await page.locator('#data-table tbody tr').count()).toBe(after.length);
    expect(await page.locator('#data-table tr[data-id="essex-police"]').count()).toBe(0);
    await page.check('#show-kind-police-force');
    expect(await page.locator('#data-table tr[data-id="essex-police"]').count()).toBe(1);
    await page.close();
  });

  it('reopens the same selection and filters from a permalink, and goes back and forward', async () => {
    const page = await newPage();
    await openExplorer(page, base);
    await page.uncheck('#show-kind-place');
    await page.check('#stated-only');
    await page.evaluate(() =>
      window.__explorer!.store.dispatch({
        type: 'select',
        selection: { kind: 'node', id: 'home-office' },
        showDetails: true,
      }),
    );
    await page.evaluate(() =>
      window.__explorer!.store.dispatch({
        type: 'select',
        selection: { kind: 'node', id: 'essex-police' },
        showDetails: true,
      }),
    );
    const link = page.url();
    expect(link).toContain('node=essex-police');
    const other = await newPage();
    await openExplorer(other, link);
    const restored = await other.evaluate(() => window.__explorer!.store.getState());
    expect(restored.selection).toEqual({ kind: 'node', id: 'essex-police' });
    expect(restored.hiddenNodeKinds).toEqual(['place']);
    expect(restored.statedOnly).toBe(true);
    await expect(other.textContent('#details-title')).resolves.toBe('Essex Police');
    expect(await other.isChecked('#show-kind-place')).toBe(false);
    await other.close();

    await page.goBack();
    await page.waitForFunction(() => window.__explorer!.store.getState().selection?.id === 'home-office');
    await expect(page.textContent('#details-title')).resolves.toBe('Home Office');
    await page.goForward();
    await page.waitForFunction(() => window.__explorer!.store.getState().selection?.id === 'essex-police');
    await expect(page.textContent('#details-title')).resolves.toBe('Essex Police');
    await page.close();
  });

  it('can be used with the keyboard only: search, choose, and open the table', async () => {
    const page = await newPage();
    await openExplorer(page, base);
    for (
      let i = 0;
      i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-input';
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('gavin');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#search-input', 'aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__explorer!.store.getState().selection?.id)).toBe(
      'gavin-stephens',
    );
    for (
      let i = 0;
      i < 80 && (await page.evaluate(() => document.activeElement?.id)) !== 'tab-details';
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-details');
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('#data-table')).toBe(true);
    // Sort by the Relations column with the keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.locator('#data-table [data-sort-column="2"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#data-table thead th:nth-child(3)', 'aria-sort')).toBe('descending');
    const hub = await page.evaluate(() => {
      const g = window.__explorer!.graph;
      return Math.max(...g.nodes().map((n) => g.degree(n)));
    });
    expect(await page.textContent('#data-table tbody tr:first-child td:nth-child(3)')).toBe(String(hub));
    await screenshot(page, 'table-view');
    await page.close();
  });

  it('shows a hostile label as text, never as HTML', async () => {
    const page = await newPage();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const dataset = JSON.parse(readFileSync(join(BUNDLED_DIR, 'dataset.json'), 'utf8'));
    dataset.nodes[0].label = hostile;
    await page.route('**/dataset-*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    await openExplorer(page, `${base}?node=${dataset.nodes[0].id}`);
    await expect(page.textContent('#details-title')).resolves.toBe(hostile);
    await page.fill('#search-input', 'img');
    await page.waitForSelector('#search-listbox [role=option]');
    expect(await page.locator('#app img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('shows located errors instead of a blank page when the dataset is broken', async () => {
    const page = await newPage();
    await page.route('**/dataset-*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{\n  "schemaVersion": 1,\n  "id": oops\n}' }),
    );
    await page.goto(base);
    await page.waitForSelector('[role=alert]');
    const text = await page.textContent('[role=alert]');
    expect(text).toContain('not valid JSON');
    expect(text).toMatch(/line 3, column \d+/);
    // A way on from the problem page: a picked file opens in its place.
    const file = {
      name: 'small.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(smallRaw())),
    };
    await page.locator('.problem input[type=file]').setInputFiles(file);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.state === 'loaded');
    expect(await page.locator('.problem').count()).toBe(0);
    expect(await page.evaluate(() => window.__explorer?.graph.order)).toBe(smallRaw().nodes.length);
    await page.close();
  });

  it('lists the first 200 of many errors, saves them all as text, and links the bundled dataset', async () => {
    const page = await newPage();
    const nodes = Array.from({ length: 250 }, (_, i) => ({ id: `n-${i}`, label: `N ${i}`, type: 'persn' }));
    const broken = { schemaVersion: 1, id: 'broken', title: 'Broken', sources: [], nodes, edges: [] };
    await page.route('**/broken.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto(`${base}?file=broken.json`);
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[role=alert] li').count()).toBe(200);
    await expect(page.textContent('[role=alert]')).resolves.toContain('…and 50 more');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#problem-save')]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved.match(/unknown node type "persn"/g)).toHaveLength(250);
    await page.click('text=Open the bundled dataset');
    await page.waitForFunction(() => document.getElementById('app')?.dataset.state === 'loaded');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('the explorer on other screens', () => {
  it('follows a dark colour scheme, labels included', async () => {
    const page = await newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await openExplorer(page, base);
    const label = await page.evaluate(() => window.__explorer!.sigma!.getSetting('labelColor'));
    expect(label).toEqual({ color: '#e8ecf0' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 25, 29)');
    await page.waitForTimeout(300);
    await screenshot(page, 'dark-theme');
    await page.close();
  });

  it('stacks the panels on a phone-sized window', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, `${base}?node=home-office`);
    const graphBox = await page.locator('#graph').boundingBox();
    const side = await page.locator('.side').boundingBox();
    expect(graphBox!.width).toBeGreaterThan(350);
    expect(side!.y).toBeGreaterThan(graphBox!.y + graphBox!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.waitForTimeout(300);
    await screenshot(page, 'phone');
    await page.close();
  });
});
