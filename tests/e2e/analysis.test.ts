// The Analysis tab in real Chromium: sizes and colours by the figures (computed in a worker), and a
// node's neighbourhood kept in the URL.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();

/** What sigma draws for every node: size, colour and whether it has a label. */
function drawnNodes(page: Page): Promise<Record<string, { size: number; color: string; label: string }>> {
  return page.evaluate(() => {
    const e = window.__explorer!;
    const out: Record<string, { size: number; color: string; label: string }> = {};
    for (const n of e.graph.nodes()) {
      const d = e.sigma!.getNodeDisplayData(n)!;
      out[n] = { size: d.size, color: d.color, label: d.label ?? '' };
    }
    return out;
  });
}

const analysed = (page: Page): Promise<unknown> =>
  page.waitForFunction(
    () => /measured/.test(document.querySelector('.analysis-status')?.textContent ?? ''),
    null,
    {
      timeout: 60_000,
    },
  );

describe('the Analysis tab', () => {
  it('sizes nodes by betweenness and colours them by community once the worker has the figures', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    const before = await drawnNodes(page);
    await page.click('#tab-analysis');
    await analysed(page);
    expect(await page.textContent('.analysis-metrics')).toContain(
      'stakeholders that lie on many of the shortest routes between others',
    );
    await page.selectOption('#analysis-size', 'betweenness');
    await page.waitForFunction(
      () => new URL(window.location.href).searchParams.get('size') === 'betweenness',
    );
    const sized = await drawnNodes(page);
    // The top broker (see the CLI's rank) is drawn largest.
    const sizes = Object.values(sized).map((d) => d.size);
    expect(sized['police-forces-of-england-and-wales']!.size).toBe(Math.max(...sizes));
    expect(sized['police-forces-of-england-and-wales']!.size).toBeGreaterThan(
      before['police-forces-of-england-and-wales']!.size,
    );
    // Leaves (no route through them) get the smallest size.
    expect(Math.min(...sizes)).toBe(3);
    expect(await page.textContent('.analysis-top li:first-child')).toContain('The 43 police forces');

    await page.selectOption('#analysis-colour', 'community');
    await page.waitForFunction(
      () => new URL(window.location.href).searchParams.get('colour') === 'community',
    );
    const coloured = await drawnNodes(page);
    // Kent Police and Essex Police are both police forces (one colour by kind); by community, the
    // police forces' group and the taskforce's differ.
    expect(coloured['kent-police']!.color).toBe(coloured['police-forces-of-england-and-wales']!.color);
    expect(coloured['grooming-gangs-taskforce']!.color).not.toBe(coloured['kent-police']!.color);
    expect(new Set(Object.values(coloured).map((d) => d.color)).size).toBeLessThanOrEqual(12);
    await screenshot(page, 'analysis-tab');
    await page.close();
  });

  it("fades all but a node's neighbourhood from its details, and the URL keeps it across a reload", async () => {
    const page = await session.context.newPage();
    await openExplorer(page, `${base}?node=home-office`);
    await page.click('.neighbourhood button[data-hops="1"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('hood') === '1');
    const check = async (): Promise<void> => {
      const drawn = await drawnNodes(page);
      const neighbours = await page.evaluate(() => window.__explorer!.graph.neighbors('home-office'));
      const faded = Object.keys(drawn).filter((n) => n !== 'home-office' && !neighbours.includes(n));
      expect(faded.length).toBeGreaterThan(0);
      const fadedColours = new Set(faded.map((n) => drawn[n]!.color));
      expect(fadedColours.size).toBe(1);
      for (const n of neighbours) expect(drawn[n]!.color).not.toBe([...fadedColours][0]);
      for (const n of faded) expect(drawn[n]!.label).toBe('');
    };
    await check();
    await page.reload();
    await openExplorer(page, page.url());
    expect(new URL(page.url()).searchParams.get('hood')).toBe('1');
    await check();
    expect(await page.getAttribute('.neighbourhood button[data-hops="1"]', 'aria-pressed')).toBe('true');
    await screenshot(page, 'analysis-neighbourhood');
    await page.close();
  });
});
