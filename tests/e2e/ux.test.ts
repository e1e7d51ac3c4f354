// First impressions in real Chromium (issue #15): search ranking, undated and unsourced imports,
// notices, skip links and Tab order, ISO dates, the theme switch, re-fit on resize, and the phone layout.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURES } from '../helpers.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();
const UNDATED = join(FIXTURES, 'exchange', 'undated.gexf');

async function open(url = base, size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await openExplorer(page, url);
  return page;
}

const activeId = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.className);

describe('search', () => {
  it('lists Essex Police first for "Essex", and "Essex Pol" then Enter in the Paths "To" box picks it', async () => {
    const page = await open();
    await page.focus('#search-input');
    await page.keyboard.type('Essex');
    await page.locator('#search-listbox [role=option]').first().waitFor();
    const listed = await page
      .locator('#search-listbox [role=option]')
      .evaluateAll((o) => o.map((x) => x.getAttribute('data-node')));
    expect(listed.slice(0, 2)).toEqual(['essex-police', 'essex-police-headquarters']);

    await page.click('#tab-paths');
    await page.focus('#path-from-input');
    await page.keyboard.type('Home Office');
    await page.locator('#path-from-listbox [role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('path-to-input');
    await page.keyboard.type('Essex Pol');
    await page.locator('#path-to-listbox [role=option]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__explorer!.store.getState().paths.query !== undefined);
    const query = await page.evaluate(() => window.__explorer!.store.getState().paths.query);
    expect(query).toMatchObject({ from: 'home-office', to: 'essex-police' });
    expect(await page.inputValue('#path-to-input')).toBe('Essex Police');
    await page.close();
  });
});

describe('an imported graph without dates or evidence', () => {
  it('shows no time range, says why, and calls its relations unsourced before "Stated links only" hides them', async () => {
    const page = await open();
    await page.setInputFiles('#open-file', UNDATED);
    await page.waitForFunction(() => window.__explorer?.graph.order === 5);
    expect(await page.locator('#asof-range').count()).toBe(0);
    expect(await page.locator('#asof-date').count()).toBe(0);
    await expect(page.textContent('#asof-none')).resolves.toContain('No record in this graph has a date');
    await expect(page.textContent('label[for=stated-only]')).resolves.toContain('hides all 4 relations');
    await expect(page.textContent('.legend-body')).resolves.toContain('unsourced');
    await page.evaluate(() => {
      const e = window.__explorer!;
      e.store.dispatch({
        type: 'select',
        selection: { kind: 'edge', id: e.graph.edges()[0]! },
        showDetails: true,
      });
    });
    await expect(page.locator('.details .badge.unsourced').first().textContent()).resolves.toBe('unsourced');
    await page.close();
  });

  it('reports the import in a notice that leaves the graph uncovered and closes with Escape or its button', async () => {
    const page = await open();
    await page.setInputFiles('#open-file', UNDATED);
    const notice = page.locator('.notice');
    await notice.waitFor();
    const box = (await notice.boundingBox())!;
    const graph = (await page.locator('#graph').boundingBox())!;
    // The notice sits above the graph, which shrank to make room: not one pixel of it is covered.
    expect(box.y + box.height).toBeLessThanOrEqual(graph.y + 1);
    await screenshot(page, 'ux-import-notice');
    await page.keyboard.press('Escape');
    expect(await notice.count()).toBe(0);
    await page.setInputFiles('#open-file', UNDATED);
    await notice.waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await notice.count()).toBe(0);
    await page.close();
  });
});

describe('keyboard', () => {
  it('offers "Skip to graph" as the first Tab stop, and Enter on it focuses the graph', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to graph');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('graph');
    // Tab goes on to the graph's own controls.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.camera-controls') !== null)).toBe(
      true,
    );
    await page.close();
  });

  it('"Skip to details" opens and focuses the details, whichever tab was shown', async () => {
    const page = await open(`${base}?tab=table`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to details');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('panel-details');
    expect(await page.getAttribute('#tab-details', 'aria-selected')).toBe('true');
    await page.close();
  });

  it('reaches, with Tab, the search, then the graph controls, then the panel tabs, before the legend', async () => {
    const page = await open();
    const visited: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        if (a?.closest('.legend-panel')) return 'legend';
        if (a?.closest('.camera-controls')) return 'controls';
        if (a?.closest('[role=tablist]')) return 'tabs';
        return a?.id ?? '';
      });
      visited.push(where);
      if (where === 'tabs') break;
    }
    expect(visited).toContain('search-input');
    expect(visited).toContain('tabs');
    expect(visited.indexOf('search-input')).toBeLessThan(visited.indexOf('controls'));
    expect(visited.indexOf('controls')).toBeLessThan(visited.indexOf('tabs'));
    expect(visited).not.toContain('legend');
    expect(visited.length).toBeLessThan(20);
    await page.close();
  });
});

describe('dates', () => {
  it('shows dates as YYYY-MM-DD in the field, the slider ends and the status, and refuses other forms', async () => {
    const page = await open(`${base}?asof=2024-05-20`);
    expect(await page.getAttribute('#asof-date', 'type')).toBe('text');
    expect(await page.inputValue('#asof-date')).toBe('2024-05-20');
    const ends = await page.locator('.asof-ends span').allTextContents();
    for (const end of ends) expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.textContent('#asof-status')).resolves.toContain('As of 2024-05-20');
    await page.fill('#asof-date', '20/05/2023');
    await page.dispatchEvent('#asof-date', 'change');
    expect(await page.getAttribute('#asof-date', 'aria-invalid')).toBe('true');
    await expect(page.textContent('#asof-status')).resolves.toContain('YYYY-MM-DD');
    expect(await page.evaluate(() => window.__explorer!.store.getState().asOf)).toBe('2024-05-20');
    await page.close();
  });
});

describe('theme', () => {
  it('switches to dark, keeps it across a reload without putting it in the URL, and goes back to the system', async () => {
    const page = await open();
    const background = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.selectOption('#theme-choice', 'dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    await openExplorer(page, page.url());
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('#theme-choice')).toBe('dark');
    expect(page.url()).not.toContain('dark');
    await screenshot(page, 'ux-dark');
    await page.selectOption('#theme-choice', 'system');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await background()).toBe(light);
    await page.close();
  });

  it('under "system", follows the system setting as it changes, page and canvas alike', async () => {
    const page = await open();
    expect(await page.inputValue('#theme-choice')).toBe('system');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const labelColour = (): Promise<string | undefined> =>
      page.evaluate(() => window.__explorer!.sigma!.getSetting('labelColor').color);
    const lightLabel = await labelColour();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(light);
    expect(await labelColour()).not.toBe(lightLabel);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    await page.close();
  });
});

describe('the graph box', () => {
  it('re-fits the graph when its box changes size', async () => {
    const page = await open();
    await page.evaluate(() => window.__explorer!.sigma!.getCamera().setState({ x: 0.2, y: 0.8, ratio: 0.3 }));
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.waitForFunction(() => {
      const c = window.__explorer!.sigma!.getCamera().getState();
      return Math.abs(c.x - 0.5) < 1e-3 && Math.abs(c.y - 0.5) < 1e-3 && Math.abs(c.ratio - 1) < 1e-3;
    });
    const canvas = await page.evaluate(() => window.__explorer!.sigma!.getDimensions());
    const box = (await page.locator('#graph').boundingBox())!;
    expect(canvas.width).toBeCloseTo(box.width, 0);
    await page.close();
  });
});

describe('the phone (390 x 844)', () => {
  const PHONE = { width: 390, height: 844 };

  it('shows the whole graph in the first screen and every panel one tap away', async () => {
    const page = await open(base, PHONE);
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(graph.y).toBeGreaterThanOrEqual(0);
    expect(graph.y + graph.height).toBeLessThanOrEqual(PHONE.height);
    expect(graph.height).toBeGreaterThan(300);
    await screenshot(page, 'ux-phone');
    const panels: [string, string][] = [
      ['details', '#panel-details'],
      ['legend', '#legend-section .legend-body'],
      ['time', '#time-section .time-control'],
      ['table', '#panel-table table'],
      ['sources', '#panel-sources'],
      ['paths', '#panel-paths form'],
    ];
    for (const [tab, panel] of panels) {
      await page.click(`#phone-tab-${tab}`);
      expect(await page.isVisible(panel), tab).toBe(true);
      expect(await page.getAttribute(`#phone-tab-${tab}`, 'aria-selected')).toBe('true');
    }
    await page.click('#phone-tab-legend');
    await screenshot(page, 'ux-phone-legend');
    // A tap on a node (a selection) brings the details back.
    await page.evaluate(() =>
      window.__explorer!.store.dispatch({
        type: 'select',
        selection: { kind: 'node', id: 'essex-police' },
        showDetails: true,
      }),
    );
    expect(await page.isVisible('#panel-details')).toBe(true);
    // So does the skip link to the details, from another phone tab.
    await page.click('#phone-tab-time');
    await page.locator('.skip-link', { hasText: 'Skip to details' }).focus();
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('panel-details');
    expect(await page.isVisible('#panel-details')).toBe(true);
    await page.close();
  });

  it('scrolls the page on a vertical swipe outside the graph, and pans the graph on one inside it', async () => {
    const page = await open(base, PHONE);
    await page.click('#phone-tab-legend');
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const graph = (await page.locator('#graph').boundingBox())!;
    // A finger put down at (x, y) and moved `distance` px up in 16 steps, then lifted (raw touch
    // events: Chromium turns them into a scroll, or sigma into a pan).
    const swipe = async (x: number, y: number, distance = 250): Promise<void> => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 16; i++) {
        const touchPoints = [{ x, y: y - (i * distance) / 16 }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(700);
    };
    const camera = (): Promise<{ x: number; y: number }> =>
      page.evaluate(() => window.__explorer!.sigma!.getCamera().getState());

    const before = await camera();
    await swipe(graph.x + graph.width / 2, graph.y + graph.height * 0.7, 400);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await camera()).y).not.toBeCloseTo(before.y, 3);
    // A long swipe does not throw the graph off screen: nodes are still drawn inside the box.
    const inside = await page.evaluate(() => {
      const { sigma, graph } = window.__explorer!;
      const { width, height } = sigma!.getDimensions();
      return graph.filterNodes((_n, a) => {
        const p = sigma!.graphToViewport(a);
        return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
      }).length;
    });
    expect(inside).toBeGreaterThan(5);

    await swipe(PHONE.width / 2, graph.y + graph.height + 150);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.close();
  });
});
