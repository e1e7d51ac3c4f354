// Node labels on the canvas, in real Chromium: the hub and the most connected nodes always named
// on the first desktop and phone views, every label of a small imported graph drawn, none outside
// the canvas, hover naming the neighbours, the SVG export showing the same labels uncut, and an
// imported file's own colours and edge labels kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { DrawnLabel } from '../../src/app/hook.ts';
import { FIXTURES } from '../helpers.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();
const FIVE = join(FIXTURES, 'exchange', 'five-nodes.gexf');

async function pageOfSize(width: number, height: number, url = base): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await openExplorer(page, url);
  await page.waitForFunction(() => window.__explorer!.drawnLabels().length > 0);
  return page;
}

const drawnLabels = (page: Page): Promise<DrawnLabel[]> =>
  page.evaluate(() => window.__explorer!.drawnLabels());

/** The canvas size in CSS pixels (the frame labels are drawn in). */
const canvasSize = (page: Page): Promise<{ width: number; height: number }> =>
  page.evaluate(() => window.__explorer!.sigma!.getDimensions());

/** The n nodes of highest degree (ties by id). */
const mostConnected = (page: Page, n: number): Promise<string[]> =>
  page.evaluate((count) => {
    const g = window.__explorer!.graph;
    return g
      .nodes()
      .sort((a, b) => g.degree(b) - g.degree(a) || (a < b ? -1 : 1))
      .slice(0, count);
  }, n);

function outside(labels: DrawnLabel[], size: { width: number; height: number }): DrawnLabel[] {
  return labels.filter(
    (l) => l.x < 0 || l.y < 0 || l.x + l.width > size.width || l.y + l.height > size.height,
  );
}

/** Moves the mouse onto a node, as a reader pointing at it. */
async function hover(page: Page, node: string): Promise<void> {
  const at = await page.evaluate((id) => {
    const sigma = window.__explorer!.sigma!;
    const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)!);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
  await page.mouse.move(at.x, at.y);
}

describe('node labels', () => {
  for (const [name, width, height] of [
    ['desktop', 1440, 900],
    ['phone', 390, 844],
  ] as const) {
    it(`names the hub and the five most connected nodes, inside the canvas, on the first ${name} view`, async () => {
      const page = await pageOfSize(width, height);
      const labels = await drawnLabels(page);
      const ids = labels.map((l) => l.id);
      expect(ids).toContain('grooming-gangs-taskforce');
      for (const id of await mostConnected(page, 5)) expect(ids).toContain(id);
      expect(outside(labels, await canvasSize(page))).toEqual([]);
      await screenshot(page, `labels-${name}`);
      await page.close();
    });
  }

  it('names the neighbours of a hovered node (Home Secretary: the Home Office)', async () => {
    const page = await pageOfSize(1440, 900);
    await hover(page, 'home-secretary');
    await page.waitForFunction(() => window.__explorer!.drawnLabels().some((l) => l.id === 'home-office'));
    const labels = await drawnLabels(page);
    const neighbours = await page.evaluate(() => window.__explorer!.graph.neighbors('home-secretary'));
    expect(neighbours).toContain('home-office');
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(neighbours));
    expect(outside(labels, await canvasSize(page))).toEqual([]);
    await screenshot(page, 'labels-hover');
    await page.close();
  });

  it('exports an SVG with the labels the canvas draws, each inside its viewBox', async () => {
    const page = await pageOfSize(390, 844);
    const done = page.waitForEvent('download');
    await page.click('#export-button');
    await page.click('#export-image-svg');
    const svg = readFileSync((await (await done).path())!, 'utf8');
    const labels = await drawnLabels(page);
    const [vx, vy, vw, vh] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const texts = [
      ...svg.matchAll(/<text data-node="([^"]+)" x="([^"]+)" y="([^"]+)" textLength="([^"]+)"/g),
    ].map((m) => ({ id: m[1]!, x: Number(m[2]), y: Number(m[3]), length: Number(m[4]) }));
    expect(texts.map((t) => t.id).sort()).toEqual(labels.map((l) => l.id).sort());
    for (const t of texts) {
      expect(t.x).toBeGreaterThanOrEqual(vx);
      expect(t.x + t.length).toBeLessThanOrEqual(vx + vw);
      // The text's top (cap height about 0.75 em of 13 px) and baseline.
      expect(t.y - 10).toBeGreaterThanOrEqual(vy);
      expect(t.y).toBeLessThanOrEqual(vy + vh);
    }
    await page.setContent(
      `<body style="margin:0;background:#888"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await screenshot(page, 'labels-svg-phone');
    await page.close();
  });
});

describe('a small imported graph', () => {
  it("draws all five labels, the file's own colours and sizes, and the edge's own words", async () => {
    const page = await pageOfSize(1440, 900);
    await page.setInputFiles('#open-file', FIVE);
    await page.waitForFunction(() => window.__explorer?.graph.order === 5, null, { timeout: 30_000 });
    await page.waitForFunction(() => window.__explorer!.drawnLabels().length === 5, null, {
      timeout: 10_000,
    });
    const drawn = await page.evaluate(() => {
      const e = window.__explorer!;
      return e.graph.nodes().map((n) => {
        const d = e.sigma!.getNodeDisplayData(n)!;
        return { id: n, color: d.color, size: d.size };
      });
    });
    const byId = new Map(drawn.map((d) => [d.id, d]));
    expect(byId.get('a')?.color).toBe('#e63946');
    expect(byId.get('c')?.color).toBe('#264653');
    // Sizes keep the file's order: a (40) > c (20) > e (15) > b = d (10).
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((id) => byId.get(id)!.size);
    expect(a).toBeGreaterThan(c!);
    expect(c).toBeGreaterThan(e!);
    expect(e).toBeGreaterThan(b!);
    expect(b).toBe(d);
    // The colour really is on screen: Alice's red disc.
    const png = await page.locator('#graph').screenshot();
    const red = await page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const px = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4)
        if (Math.abs(px[i]! - 230) + Math.abs(px[i + 1]! - 57) + Math.abs(px[i + 2]! - 70) < 30) n++;
      return n;
    }, png.toString('base64'));
    expect(red).toBeGreaterThan(100);
    // The legend says the colours and sizes are the file's, and shows no kind swatches that would not match.
    const legend = await page.locator('.legend-body').first();
    expect(await legend.textContent()).toContain('Node colours: the file’s own.');
    expect(await legend.textContent()).toContain('Node size: the file’s own sizes.');
    expect(await legend.locator('.kinds .swatch').count()).toBe(0);
    expect(outside(await drawnLabels(page), await canvasSize(page))).toEqual([]);
    // "works with" (mapped to related-to): on the canvas and in the relation's sentence.
    const edge = await page.evaluate(() => {
      const e = window.__explorer!;
      const key = e.graph.edges().find((k) => e.graph.source(k) === 'a' && e.graph.target(k) === 'b')!;
      e.store.dispatch({ type: 'select', selection: { kind: 'edge', id: key }, showDetails: true });
      return { key, label: e.sigma!.getEdgeDisplayData(key)!.label };
    });
    expect(edge.label).toBe('works with');
    await page.waitForFunction(() =>
      document.querySelector('#panel-details')?.textContent?.includes('works with'),
    );
    await screenshot(page, 'labels-five-nodes');
    await page.close();
  });
});
