// A first-time user's pass, in real Chromium: notices never hide controls, keyboard conventions hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURES } from '../helpers.ts';
import { browserPerFile, openExplorer } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function activeId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

describe('a first-time user', () => {
  it('sees an import error without it covering the toolbar or the side panel tabs', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.setInputFiles('#open-file', join(FIXTURES, 'exchange', 'broken.gexf'));
    const notice = page.getByRole('alert');
    await notice.waitFor();
    const box = (await notice.boundingBox())!;
    for (const selector of ['#tab-details', '#tab-table', '#tab-sources', '#export-button', '#search-input'])
      expect(overlaps(box, (await page.locator(selector).boundingBox())!), selector).toBe(false);
    await page.close();
  });

  it('can save all the errors of a file with many of them, while the notice lists the first 200', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    const nodes = Array.from({ length: 230 }, (_, i) => ({ id: `n-${i}`, label: `N ${i}`, type: 'persn' }));
    const broken = { schemaVersion: 1, id: 'broken', title: 'Broken', sources: [], nodes, edges: [] };
    const file = {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    };
    await page.setInputFiles('#open-file', file);
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    expect(await notice.locator('li').count()).toBe(200);
    await expect(notice.textContent()).resolves.toContain('…and 30 more');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Save the list as text' }).click(),
    ]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved.match(/unknown node type "persn"/g)).toHaveLength(230);
    // The graph shown before is still there.
    expect(await page.evaluate(() => document.getElementById('app')?.dataset.state)).toBe('loaded');
    await page.close();
  });

  it('closes the search list with Escape before clearing, and moves between tabs with arrows, Home and End', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.focus('#search-input');
    await page.keyboard.type('clev');
    await page.locator('.search-results li').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#search-input')).toBe('clev');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-input')).toBe('');

    await page.focus('#tab-details');
    await page.keyboard.press('End');
    expect(await activeId(page)).toBe('tab-analysis');
    expect(await page.getAttribute('#tab-analysis', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe('tab-details');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await activeId(page)).toBe('tab-details');
    expect(await page.isHidden('#panel-analysis')).toBe(true);
    await page.close();
  });
});
