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

  it("adds the figures to the Table as numeric columns: sorted by betweenness, the first row is the Analysis tab's top broker", async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.click('#tab-analysis');
    await analysed(page);
    expect(await page.textContent('.analysis-panel h4')).toContain('(betweenness)');
    const topId = await page.getAttribute('.analysis-top li:first-child .why-central', 'data-node');
    expect(topId).toBe('police-forces-of-england-and-wales');
    await page.click('#tab-table');
    const header = page.locator('#data-table thead button', { hasText: 'Betweenness' });
    await header.click();
    expect(await page.getAttribute('#data-table thead th:has(button:text("Betweenness"))', 'aria-sort')).toBe(
      'descending',
    );
    expect(await page.getAttribute('#data-table tbody tr:first-child', 'data-id')).toBe(topId);
    // Numbers sort as numbers (0.0123 below 0.2 whatever its digits): the column reads highest first.
    const column = await page.evaluate(() => {
      const heads = Array.from(document.querySelectorAll('#data-table thead th'));
      const at = heads.findIndex((th) => th.textContent?.startsWith('Betweenness'));
      return Array.from(document.querySelectorAll('#data-table tbody tr')).map((tr) =>
        Number(tr.children[at]!.textContent),
      );
    });
    expect(column.length).toBeGreaterThan(20);
    expect(column).toEqual([...column].sort((a, b) => b - a));
    expect(await page.locator('#data-table thead button', { hasText: 'Community' }).count()).toBe(1);
    await screenshot(page, 'analysis-table-columns');
    await page.close();
  });

  it('offers the analysis columns from the Table itself and computes them there', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, `${base}?tab=table`);
    await page.click('#table-figures');
    await page.locator('#data-table thead button', { hasText: 'PageRank' }).waitFor({ timeout: 60_000 });
    expect(await page.isHidden('.table-figures')).toBe(true);
    await page.close();
  });

  it('explains a top broker from the keyboard: routes between its neighbours through it, and the Paths tab shows them', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.click('#tab-analysis');
    await analysed(page);
    const why = page.locator('.analysis-top li:first-child .why-central');
    expect(await why.getAttribute('aria-label')).toBe(
      'Why central: The 43 police forces of England and Wales',
    );
    await why.focus();
    await page.keyboard.press('Enter');
    await page.locator('.analysis-why li').first().waitFor();
    const top = 'police-forces-of-england-and-wales';
    await page.waitForFunction((id) => {
      const p = new URL(window.location.href).searchParams;
      return p.get('node') === id && p.get('hood') === '1';
    }, top);
    const lines = await page.locator('.analysis-why li').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('The 43 police forces of England and Wales');
    await screenshot(page, 'analysis-why-central');
    await page.click('.analysis-why li:first-child button');
    await page.waitForFunction(() => window.__explorer!.store.getState().paths.result !== undefined);
    const paths = await page.evaluate(() => window.__explorer!.store.getState().paths.result!.paths);
    expect(paths.length).toBeGreaterThan(0);
    // Every shortest route between the pair runs through the broker (the line said it was the only one or one of them).
    expect(paths.some((p) => p.nodes.length === 3 && p.nodes[1] === top)).toBe(true);
    expect(await page.getAttribute('#tab-paths', 'aria-selected')).toBe('true');
    await page.close();
  });

  it('explains a top PageRank node by its neighbours, faded in on the graph', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, `${base}?tab=analysis&size=pagerank`);
    await analysed(page);
    const id = (await page.getAttribute('.analysis-top li:first-child .why-central', 'data-node'))!;
    await page.click('.analysis-top li:first-child .why-central');
    const text = (await page.textContent('.analysis-why'))!;
    const degree = await page.evaluate((n) => window.__explorer!.graph.neighbors(n).length, id);
    expect(text).toContain(`Its ${degree} neighbours`);
    const drawn = await drawnNodes(page);
    const neighbours = await page.evaluate((n) => window.__explorer!.graph.neighbors(n), id);
    const faded = Object.keys(drawn).filter((n) => n !== id && !neighbours.includes(n));
    expect(new Set(faded.map((n) => drawn[n]!.color)).size).toBe(1);
    await page.close();
  });
});
