// The Paths tab in real Chromium: ask, read the hops with their quotes, see the path on the graph, share it.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();

interface Drawn {
  readonly pathNodes: string[];
  /** Node colours sigma draws, from the reducers' display data. */
  readonly colors: Record<string, string>;
  readonly labelled: string[];
  readonly pathEdgeSizes: number[];
  readonly otherEdgeColors: string[];
}

/** What sigma draws for the chosen path and for the rest. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const e = window.__explorer!;
    const { paths } = e.store.getState();
    const path = paths.result!.paths[paths.chosen!]!;
    const colors: Record<string, string> = {};
    const labelled: string[] = [];
    for (const n of e.graph.nodes()) {
      const d = e.sigma!.getNodeDisplayData(n)!;
      colors[n] = d.color;
      if (d.label) labelled.push(n);
    }
    const pathEdges = new Set(path.edges.map((x) => x.id));
    return {
      pathNodes: path.nodes,
      colors,
      labelled,
      pathEdgeSizes: path.edges.map((x) => e.sigma!.getEdgeDisplayData(x.id)!.size),
      otherEdgeColors: e.graph
        .edges()
        .filter((x) => !pathEdges.has(x))
        .map((x) => e.sigma!.getEdgeDisplayData(x)!.color),
    };
  });
}

async function pick(page: Page, field: 'from' | 'to', text: string): Promise<void> {
  await page.fill(`#path-${field}-input`, text);
  await page.waitForSelector(`#path-${field}-listbox [role=option]`);
  await page.press(`#path-${field}-input`, 'Enter');
}

describe('the Paths tab', () => {
  it('connects Home Office to Essex Police with quotes, draws and frames the path, and the link reproduces it', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.click('#tab-paths');
    await pick(page, 'from', 'Home Office');
    // Choosing "from" moves on to "to"; choosing "to" asks the question (Enter does it all).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('path-to-input');
    await pick(page, 'to', 'Essex Police');
    await page.waitForSelector('#path-list');

    const first = page.locator('#path-list > li.path').first();
    expect(await first.locator('.path-choose').textContent()).toBe(
      '1. Home Office → Grooming Gangs Taskforce → Essex Police (2 hops)',
    );
    expect(await first.locator('.path-choose').getAttribute('aria-pressed')).toBe('true');
    const hops = await first.locator('.hop .sentence').allTextContents();
    expect(hops).toEqual([
      'Home Office funds Grooming Gangs Taskforce as an operational police unit',
      'Grooming Gangs Taskforce collaborates with Essex Police',
    ]);
    // Quotes are shown inside their source sentence, the quoted words marked.
    const quotes = await first.locator('.hop blockquote mark').allTextContents();
    expect(quotes).toContain('a permanent, operational police unit funded by the Home Office');
    expect(quotes).toContain('visited Essex Police’s headquarters on Monday');
    expect(await first.locator('.hop cite').count()).toBeGreaterThanOrEqual(2);

    // On the canvas: the path's three nodes keep their colours and labels, everything else fades.
    const d = await drawn(page);
    expect(d.pathNodes).toEqual(['home-office', 'grooming-gangs-taskforce', 'essex-police']);
    const faded = new Set(
      Object.entries(d.colors)
        .filter(([n]) => !d.pathNodes.includes(n))
        .map(([, c]) => c),
    );
    expect(faded.size).toBe(1);
    for (const n of d.pathNodes) expect(faded.has(d.colors[n]!)).toBe(false);
    expect(d.labelled.sort()).toEqual([...d.pathNodes].sort());
    expect(d.pathEdgeSizes.every((s) => s > 3)).toBe(true);
    expect(new Set(d.otherEdgeColors)).toEqual(faded);

    // Framed: after the animation every path node is inside the canvas, and the path fills a good part of it.
    await page.waitForTimeout(900);
    const frame = await page.evaluate(() => {
      const e = window.__explorer!;
      const { width, height } = e.sigma!.getDimensions();
      const points = ['home-office', 'grooming-gangs-taskforce', 'essex-police'].map((n) =>
        e.sigma!.graphToViewport(e.graph.getNodeAttributes(n)),
      );
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return {
        inside: points.every((p) => p.x > 0 && p.x < width && p.y > 0 && p.y < height),
        span: Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)),
        side: Math.min(width, height),
      };
    });
    expect(frame.inside).toBe(true);
    expect(frame.span).toBeGreaterThan(frame.side * 0.3);
    await screenshot(page, 'paths');

    // The permalink reopens the same question, answer and drawn path.
    const link = page.url();
    expect(link).toContain('from=home-office');
    expect(link).toContain('to=essex-police');
    expect(link).toContain('tab=paths');
    expect(link).toContain('path=0');
    const other = await session.context.newPage();
    await openExplorer(other, link);
    await other.waitForSelector('#path-list');
    expect(await other.inputValue('#path-from-input')).toBe('Home Office');
    expect(await other.inputValue('#path-to-input')).toBe('Essex Police');
    expect(await other.textContent('#path-list')).toBe(await page.textContent('#path-list'));
    expect((await drawn(other)).labelled.sort()).toEqual([...d.pathNodes].sort());
    await other.close();
    await page.close();
  });

  it('starts from a node\'s details, explains "no path" under a filter, and goes back to the answer', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await page.evaluate(() =>
      window.__explorer!.store.dispatch({
        type: 'select',
        selection: { kind: 'node', id: 'home-office' },
        showDetails: true,
      }),
    );
    await page.click('#find-paths-from');
    expect(await page.isVisible('#panel-paths')).toBe(true);
    expect(await page.inputValue('#path-from-input')).toBe('Home Office');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('path-to-input');
    await pick(page, 'to', 'Essex Police');
    await page.waitForSelector('#path-list');

    await page.click('.path-filter summary >> text=Relation types');
    await page.selectOption('#path-rel-funds', 'only');
    await page.click('.path-filter summary >> text=Avoid passing through');
    await page.check('#path-xkind-person');
    await page.check('#path-xkind-role');
    await page.click('#path-find');
    await page.waitForSelector('#path-message');
    expect(await page.textContent('#path-message')).toBe(
      'No path from Home Office to Essex Police when only funds relations are followed and people and roles are excluded; there is one (2 hops) following every relation type.',
    );
    expect(await page.textContent('#path-status')).toContain('No path');
    expect(await page.locator('#path-list').count()).toBe(0);
    await screenshot(page, 'paths-no-path');
    expect(page.url()).toContain('only=funds');
    expect(page.url()).toContain('xkinds=person%2Crole');
    // No path drawn: the canvas is back to the selection's highlight (Home Office and its neighbours).
    const unexpected = await page.evaluate(() => {
      const e = window.__explorer!;
      const near = new Set(['home-office', ...e.graph.neighbors('home-office')]);
      return e.graph.nodes().filter((n) => (e.sigma!.getNodeDisplayData(n)!.label === '') === near.has(n));
    });
    expect(unexpected).toEqual([]);

    await page.goBack();
    await page.waitForSelector('#path-list');
    expect(await page.inputValue('#path-rel-funds')).toBe('any');
    expect(await page.isChecked('#path-xkind-person')).toBe(false);
    expect(await page.locator('#path-list > li.path').count()).toBe(1);
    await page.close();
  });
});
