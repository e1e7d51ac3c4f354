// Loading big datasets in real Chromium: a generated 10k-node file by ?file= and by the file picker,
// with the progress bar, then search and select; Cancel leaves the graph that was shown.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticDataset } from '../../src/graph/index.ts';
import { browserPerFile, openExplorer } from './browser.ts';

const base = inject('baseUrl');
const NODES = 10_000;
const dataset = syntheticDataset({ nodes: NODES, seed: 7 });
// One dated record, so the time control (and its list of role holders) shows: a graph without any
// date gets a sentence saying so instead.
dataset.nodes[0]!.start = '2020-01-01';
const text = JSON.stringify(dataset);
// Records that pass the schema but not the checks, and that graphology itself refuses (a repeated
// node id): the worker sends them to the page before its checks end, and the page must drop them.
const small = syntheticDataset({ nodes: 50, seed: 3 });
small.nodes.push({ ...small.nodes[3]! });
small.edges.push({ ...small.edges[0]!, id: 'to-nowhere', target: 'nowhere' });
const brokenText = JSON.stringify(small);
const target = dataset.nodes[1234]!;
const session = browserPerFile();
let server: Server;
let fileUrl: string;

beforeAll(async () => {
  // Another origin, as a ?file= link would be: served with CORS and a Content-Length.
  server = createServer((req, res) => {
    const body = req.url?.includes('broken') ? brokenText : text;
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'access-control-allow-origin': '*',
    });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fileUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/synthetic-10k.json`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

/** Records each phase the progress bar shows, from before the page's own scripts run. */
async function recordPhases(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __phases: string[] }).__phases = seen;
    new MutationObserver(() => {
      const phase = document.querySelector<HTMLElement>('.load-progress')?.dataset.phase;
      if (phase && seen.at(-1) !== phase) seen.push(phase);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

describe('loading a large dataset', () => {
  it('opens a 10k-node file from ?file= with a progress bar, then search and select work', async () => {
    const page = await session.context.newPage();
    await recordPhases(page);
    await openExplorer(page, `${base}?file=${encodeURIComponent(fileUrl)}`);
    const phases = await page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
    expect(phases).toContain('read');
    expect(phases).toContain('build');
    expect(phases).toContain('draw');
    expect(await page.evaluate(() => window.__explorer!.graph.order)).toBe(NODES);
    await page.fill('#search-input', target.label);
    await page.waitForSelector('#search-listbox [role=option]');
    expect(await page.textContent('#search-option-0')).toContain(target.label);
    await page.click('#search-option-0');
    await page.waitForFunction(() => window.__explorer!.store.getState().selection?.kind === 'node');
    const selected = await page.evaluate(() => window.__explorer!.store.getState().selection);
    expect(selected).toEqual({ kind: 'node', id: target.id });

    // Filters on a big graph redraw only the items of the kind switched (sigma's partial refresh):
    // every charity and each of its relations is hidden, the rest stays drawn, and all come back.
    const drawnState = () =>
      page.evaluate(() => {
        const { sigma, graph } = window.__explorer!;
        const hidden = (id: string, edge: boolean) =>
          (edge ? sigma!.getEdgeDisplayData(id) : sigma!.getNodeDisplayData(id))?.hidden === true;
        let charities = 0;
        let hiddenCharities = 0;
        let hiddenOthers = 0;
        graph.forEachNode((n, a) => {
          if (a.kind === 'charity') {
            charities++;
            if (hidden(n, false)) hiddenCharities++;
          } else if (hidden(n, false)) hiddenOthers++;
        });
        let charityEdges = 0;
        let hiddenCharityEdges = 0;
        let hiddenOtherEdges = 0;
        graph.forEachEdge((e, _a, s, t) => {
          const touches =
            graph.getNodeAttribute(s, 'kind') === 'charity' ||
            graph.getNodeAttribute(t, 'kind') === 'charity';
          if (touches) {
            charityEdges++;
            if (hidden(e, true)) hiddenCharityEdges++;
          } else if (hidden(e, true)) hiddenOtherEdges++;
        });
        return {
          charities,
          hiddenCharities,
          hiddenOthers,
          charityEdges,
          hiddenCharityEdges,
          hiddenOtherEdges,
        };
      });
    await page.click('#show-kind-charity');
    await page.waitForFunction(() => window.__explorer!.store.getState().hiddenNodeKinds.includes('charity'));
    const off = await drawnState();
    expect(off.charities).toBeGreaterThan(0);
    expect(off).toMatchObject({ hiddenCharities: off.charities, hiddenOthers: 0, hiddenOtherEdges: 0 });
    expect(off.hiddenCharityEdges).toBe(off.charityEdges);
    await page.click('#show-kind-charity');
    await page.waitForFunction(() => window.__explorer!.store.getState().hiddenNodeKinds.length === 0);
    expect(await drawnState()).toMatchObject({ hiddenCharities: 0, hiddenCharityEdges: 0 });

    // "Stated links only" reprocesses every item: on a graph this size in slices, the graph area
    // busy meanwhile, then every inferred relation hidden and every stated one shown.
    await page.evaluate(() => {
      const w = window as unknown as { __busySeen: boolean };
      w.__busySeen = false;
      new MutationObserver(() => {
        if (document.getElementById('graph')?.getAttribute('aria-busy') === 'true') w.__busySeen = true;
      }).observe(document.getElementById('graph')!, { attributes: true });
    });
    await page.click('#stated-only');
    await page.waitForFunction(
      () => window.__explorer!.store.getState().statedOnly && window.__explorer!.sigma!.isDrawn(),
    );
    const stated = await page.evaluate(() => {
      const { sigma, graph } = window.__explorer!;
      let wrong = 0;
      let inferred = 0;
      graph.forEachEdge((e, a) => {
        if (!a.stated) inferred++;
        if (sigma!.getEdgeDisplayData(e)!.hidden === a.stated) wrong++;
      });
      return {
        wrong,
        inferred,
        busySeen: (window as unknown as { __busySeen: boolean }).__busySeen,
        busyNow: document.getElementById('graph')!.hasAttribute('aria-busy'),
      };
    });
    expect(stated.inferred).toBeGreaterThan(0);
    expect(stated).toMatchObject({ wrong: 0, busySeen: true, busyNow: false });
    await page.click('#stated-only');
    await page.waitForFunction(
      () => !window.__explorer!.store.getState().statedOnly && window.__explorer!.sigma!.isDrawn(),
    );

    // A switch to the dark theme recolours every edge the same way (in slices, the area busy), and
    // the labels; sigma's setSetting would have refreshed all at once.
    await page.evaluate(() => {
      (window as unknown as { __busySeen: boolean }).__busySeen = false;
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(
      () =>
        window.__explorer!.sigma!.getSetting('labelColor')?.color === '#e8ecf0' &&
        window.__explorer!.sigma!.isDrawn() &&
        !document.getElementById('graph')!.hasAttribute('aria-busy'),
    );
    const dark = await page.evaluate(() => {
      const { sigma, graph } = window.__explorer!;
      const colours = new Set<string>();
      graph.forEachEdge((e, a) => {
        colours.add(`${a.stated}:${sigma!.getEdgeDisplayData(e)!.color}`);
      });
      return {
        colours: [...colours].sort(),
        busySeen: (window as unknown as { __busySeen: boolean }).__busySeen,
      };
    });
    expect(dark.busySeen).toBe(true);
    expect(dark.colours).toEqual(expect.arrayContaining(['false:#3f4750', 'true:#66717d']));
    // (The selected node's edges carry the dark highlight; no light colour is left anywhere.)
    const darkColours = ['#3f4750', '#66717d', '#f5f7fa', '#2f353c'];
    expect(dark.colours.filter((c) => !darkColours.includes(c.split(':')[1]!))).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(
      () =>
        window.__explorer!.sigma!.getSetting('labelColor')?.color === '#1b1f24' &&
        window.__explorer!.sigma!.isDrawn(),
    );

    // Thousands of roles: the time panel lists a few until asked for all.
    const roles = dataset.nodes.filter((n) => n.type === 'role').length;
    expect(roles).toBeGreaterThan(12);
    expect(await page.locator('#role-holders li').count()).toBe(12);
    await page.click(`button:has-text("Show all ${roles} roles")`);
    expect(await page.locator('#role-holders li').count()).toBe(roles);

    // The table lists a page of rows at a time, not 10,000 at once.
    await page.click('#tab-table');
    await page.waitForSelector('#data-table');
    expect(await page.locator('#data-table tbody tr').count()).toBe(500);
    expect(await page.textContent('.table-count')).toContain(`${NODES} of ${NODES} nodes match`);
    await page.click('.table-scroll > button:has-text("Show 500 more")');
    expect(await page.locator('#data-table tbody tr').count()).toBe(1000);
    await page.fill('#table-filter', target.label);
    await page.waitForFunction(() => document.querySelectorAll('#data-table tbody tr').length < 500);
    expect(await page.locator(`#data-table tr[data-id="${target.id}"]`).count()).toBe(1);
    await page.close();
  });

  it('shows every error of a ?file= whose records fail the checks, and no graph', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const broken = fileUrl.replace('synthetic-10k', 'broken');
    await page.goto(`${base}?file=${encodeURIComponent(broken)}`);
    await page.waitForSelector('#app[data-state=error]', { timeout: 30_000 });
    const shown = await page.textContent('#app');
    expect(shown).toContain('The dataset has 2 errors');
    expect(shown).toMatch(/duplicate node id "[^"]+"/);
    expect(shown).toContain('nowhere');
    expect(await page.evaluate(() => window.__explorer)).toBeUndefined();
    expect(await page.locator('canvas').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the graph shown when a file being opened is cancelled, and swaps it in when not', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    const before = await page.evaluate(() => ({
      order: window.__explorer!.graph.order,
      title: window.__explorer!.graph.getAttribute('title'),
    }));
    const file = { name: 'synthetic-10k.json', mimeType: 'application/json', buffer: Buffer.from(text) };
    // Cancel as soon as the bar shows (a 10k file may load before a normal click lands).
    await page.evaluate(() => {
      new MutationObserver((_records, observer) => {
        const cancel = document.querySelector<HTMLButtonElement>('.load-progress.overlay button');
        if (!cancel) return;
        observer.disconnect();
        cancel.click();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.setInputFiles('#open-file', file);
    await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('cancelled'));
    await page.waitForSelector('.load-progress', { state: 'detached' });
    const after = await page.evaluate(() => ({
      order: window.__explorer!.graph.order,
      title: window.__explorer!.graph.getAttribute('title'),
      drawn: window.__explorer!.sigma !== undefined,
    }));
    expect(after).toEqual({ ...before, drawn: true });
    expect(await page.getAttribute('#app', 'data-state')).toBe('loaded');

    await page.setInputFiles('#open-file', file);
    await page.waitForFunction((n) => window.__explorer?.graph.order === n, NODES, { timeout: 60_000 });
    expect(await page.locator('h1').first().textContent()).toContain(`${NODES} nodes`);
    await page.close();
  });
});
