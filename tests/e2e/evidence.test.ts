// Evidence you can audit, in real Chromium: the "as of" control, the Sources tab with the marked article,
// and claim marks on a disputed relation.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();

function isDrawn(page: Page, node: string): Promise<boolean> {
  return page.evaluate((n) => window.__explorer!.sigma?.getNodeDisplayData(n)?.hidden === false, node);
}

async function setAsOf(page: Page, day: string): Promise<void> {
  await page.fill('#asof-date', day);
  await page.dispatchEvent('#asof-date', 'change');
}

describe('evidence in the explorer', () => {
  it('shows the network as of a date: nodes hide, role holders change, the URL keeps the date', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    expect(await isDrawn(page, 'crime-and-policing-act-2026')).toBe(true);

    await setAsOf(page, '2023-06-01');
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2023-06-01');
    expect(await isDrawn(page, 'crime-and-policing-act-2026')).toBe(false);
    expect(await isDrawn(page, 'criminal-justice-bill')).toBe(false);
    expect(await page.textContent('#role-holders [data-role=home-secretary]')).toContain('Suella Braverman');
    const order = await page.evaluate(() => window.__explorer!.graph.order);
    const counts = (await page.textContent('#counts')) ?? '';
    expect(counts).not.toContain(`${order} of ${order} nodes`);

    await setAsOf(page, '2024-05-20');
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2024-05-20');
    expect(await isDrawn(page, 'criminal-justice-bill')).toBe(true);
    expect(await isDrawn(page, 'crime-and-policing-act-2026')).toBe(false);
    const holder = await page.textContent('#role-holders [data-role=home-secretary]');
    expect(holder).toContain('James Cleverly');
    expect(holder).not.toContain('Braverman');
    await screenshot(page, 'evidence-asof');

    await page.goBack();
    await page.waitForFunction(() => window.__explorer!.store.getState().asOf === '2023-06-01');
    expect(await page.inputValue('#asof-date')).toBe('2023-06-01');
    await page.click('#asof-reset');
    expect(new URL(page.url()).searchParams.has('asof')).toBe(false);
    expect(await isDrawn(page, 'crime-and-policing-act-2026')).toBe(true);
    await page.close();
  });

  it('reads the article with its quotes marked, and a click on a mark selects what it supports', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.click('#tab-sources');
    await page.click('#source-list [data-source=article] button');
    expect(new URL(page.url()).searchParams.get('source')).toBe('article');
    const marks = page.locator('#source-text mark');
    expect(await marks.count()).toBeGreaterThan(5);
    await page.locator('#source-text').scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-article');
    // A mark that supports a single relation selects it straight away.
    const single = page.locator('#source-text mark[data-targets^="edge:"]:not([data-targets*=" "])').first();
    const target = (await single.getAttribute('data-targets'))!.slice('edge:'.length);
    await single.click();
    const selection = await page.evaluate(() => window.__explorer!.store.getState().selection);
    expect(selection).toEqual({ kind: 'edge', id: target });
    expect(await page.getAttribute('#tab-details', 'aria-selected')).toBe('true');
    expect(await page.locator('#panel-details blockquote.in-context mark').count()).toBeGreaterThan(0);

    // A mark over several quotes offers a short list of what it supports.
    await page.click('#tab-sources');
    const shared = page.locator('#source-text mark[data-targets*=" "]').first();
    const targets = (await shared.getAttribute('data-targets'))!.split(' ');
    await shared.click();
    const choices = page.locator('#source-text .mark-choices button[data-target]');
    expect(await choices.count()).toBe(targets.length);
    await screenshot(page, 'evidence-mark-choices');
    const [kind, id] = (await choices.nth(1).getAttribute('data-target'))!.split(':');
    await choices.nth(1).click();
    expect(await page.evaluate(() => window.__explorer!.store.getState().selection)).toEqual({ kind, id });
    await page.close();
  });

  it("marks the disputed claim on James Cleverly's praise, with both sides, in the panel and on the graph", async () => {
    const page = await session.context.newPage();
    const edge = 'james-cleverly-praised-grooming-gangs-taskforce';
    await openExplorer(page, `${base}?edge=${edge}`);
    const mark = page.locator('#panel-details .meta .claim-mark.disputed');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toBe('⚠ disputed');
    const claim = page.locator('#panel-details .claim.disputed');
    expect(await claim.locator('h4').allTextContents()).toEqual(['The claim', 'What other sources say']);
    expect(await claim.locator('.evidence li').count()).toBeGreaterThanOrEqual(2);
    const label = await page.evaluate((e) => window.__explorer!.sigma?.getEdgeDisplayData(e)?.label, edge);
    expect(label).toBe('⚠ disputed');
    // Drawn on the canvas: the edge-label pass (edgeLabelPass.ts) draws it and passes over every
    // relation without a label.
    await page.waitForTimeout(300);
    const drawn = await page.evaluate(() => {
      const sigma = window.__explorer!.sigma!;
      return [...sigma.getEdgeDisplayedLabels()].map((e) => [e, sigma.getEdgeDisplayData(e)?.label]);
    });
    expect(drawn).toContainEqual([edge, '⚠ disputed']);
    expect(drawn.filter(([, text]) => !text)).toEqual([]);
    await screenshot(page, 'evidence-disputed');
    await page.close();
  });
});
