// The canvas in real Chromium: hover highlighting, edge tooltips, camera buttons and the ForceAtlas2 worker.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPerFile, openExplorer } from './browser.ts';

const base = inject('baseUrl');
const session = browserPerFile();
let page: Page;

beforeAll(async () => {
  page = await session.context.newPage();
  // Records each Worker the page creates (the real Worker is still built): proof of where work runs.
  await page.addInitScript(() => {
    const RealWorker = window.Worker;
    const created: string[] = [];
    (window as unknown as { __workers: string[] }).__workers = created;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        created.push(String(url));
      }
    };
  });
});

const workers = (): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { __workers: string[] }).__workers]);

/** Where a node is drawn, in page coordinates. */
async function nodeOnPage(node: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate((id) => {
    const s = window.__explorer!.sigma!;
    const a = s.getGraph().getNodeAttributes(id);
    return s.graphToViewport({ x: a.x, y: a.y });
  }, node);
  return { x: box.x + p.x, y: box.y + p.y };
}

describe('the canvas', () => {
  it('brings out a hovered node and its neighbours and fades the rest', async () => {
    await openExplorer(page, base);
    const { x, y } = await nodeOnPage('home-office');
    await page.mouse.move(x, y);
    await page.waitForFunction(
      () => window.__explorer!.sigma!.getNodeDisplayData('chelmsford')?.label === '',
    );
    const looks = await page.evaluate(() => {
      const e = window.__explorer!;
      const data = (n: string) => e.sigma!.getNodeDisplayData(n)!;
      const neighbour = e.graph.neighbors('home-office')[0]!;
      return {
        hovered: data('home-office').highlighted,
        neighbourLabel: data(neighbour).label,
        neighbourForced: data(neighbour).forceLabel,
        far: data('chelmsford').label,
        selection: e.store.getState().selection,
      };
    });
    expect(looks.hovered).toBe(true);
    expect(looks.neighbourLabel).not.toBe('');
    expect(looks.neighbourForced).toBe(true);
    expect(looks.selection).toBeUndefined();
    // sigma draws the domain graph itself, and highlighting leaves it untouched: colours and sizes
    // live in the display data only.
    expect(
      await page.evaluate(() => {
        const e = window.__explorer!;
        return {
          same: e.sigma!.getGraph() === e.graph,
          keys: Object.keys(e.graph.getNodeAttributes('chelmsford')).sort(),
        };
      }),
    ).toEqual({ same: true, keys: ['kind', 'label', 'record', 'x', 'y'] });
    await page.mouse.move(2, 2);
  });

  it('shows the relation phrase when an edge is hovered, and its details when clicked', async () => {
    // The longest straight edge is easy to point at in its middle.
    const edge = await page.evaluate(() => {
      const s = window.__explorer!.sigma!;
      const g = s.getGraph();
      let best = { id: '', length: 0 };
      g.forEachEdge((id, _a, source, target) => {
        if (s.getEdgeDisplayData(id)?.type !== 'straight') return;
        const p = s.graphToViewport(g.getNodeAttributes(source));
        const q = s.graphToViewport(g.getNodeAttributes(target));
        const length = Math.hypot(p.x - q.x, p.y - q.y);
        if (length > best.length) best = { id, length };
      });
      return { source: g.source(best.id), target: g.target(best.id) };
    });
    const p = await nodeOnPage(edge.source);
    const q = await nodeOnPage(edge.target);
    // Walk along the edge until sigma reports an edge under the pointer (edges are thin).
    let at: { x: number; y: number } | undefined;
    for (let t = 0.3; t <= 0.7 && at === undefined; t += 0.02) {
      const point = { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
      await page.mouse.move(point.x, point.y, { steps: 2 });
      if (await page.isVisible('#edge-tooltip')) at = point;
    }
    expect(at).toBeDefined();
    const text = await page.textContent('#edge-tooltip');
    await page.mouse.click(at!.x, at!.y);
    const selection = await page.evaluate(() => window.__explorer!.store.getState().selection);
    expect(selection?.kind).toBe('edge');
    const expected = await page.evaluate((id) => {
      const g = window.__explorer!.graph;
      const kind = g.getEdgeAttribute(id, 'kind');
      return {
        source: g.getNodeAttribute(g.source(id), 'label'),
        target: g.getNodeAttribute(g.target(id), 'label'),
        kind,
      };
    }, selection!.id);
    expect(text).toContain(`${expected.source} — `);
    expect(text).toContain(` → ${expected.target}`);
    await expect(page.textContent('#details-title')).resolves.toBe('Relation');
    expect(await page.locator('#panel-details .evidence li').count()).toBeGreaterThan(0);
  });

  it('pans by dragging without reading picking pixels back while the mouse is down, and picks again once still', async () => {
    const box = (await page.locator('#graph').boundingBox())!;
    // Each readPixels (sigma's picking of the node under the mouse) waits for the frame in flight.
    await page.evaluate(() => {
      const w = window as unknown as { __readPixels: number };
      w.__readPixels = 0;
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        const read = proto.readPixels as (...args: unknown[]) => void;
        proto.readPixels = function (this: unknown, ...args: unknown[]) {
          w.__readPixels++;
          return read.apply(this, args);
        } as typeof proto.readPixels;
      }
    });
    const reads = () => page.evaluate(() => (window as unknown as { __readPixels: number }).__readPixels);
    const cameraX = () => page.evaluate(() => window.__explorer!.sigma!.getCamera().x);
    const before = await cameraX();
    await page.mouse.move(box.x + 12, box.y + 12);
    await page.mouse.down();
    const readsAtDown = await reads();
    const urlAtDown = page.url();
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(box.x + 12 + 15 * i, box.y + 12 + 6 * i);
      // Slower than the camera's debounce: the URL still waits for the mouse to come up.
      if (i % 4 === 0) await page.waitForTimeout(300);
    }
    const readsWhileDragging = (await reads()) - readsAtDown;
    const urlWhileDragging = page.url();
    await page.mouse.up();
    expect(await cameraX()).not.toBeCloseTo(before, 5);
    expect(readsWhileDragging).toBe(0);
    expect(urlWhileDragging).toBe(urlAtDown);
    // Written once the drag ends (the camera in the URL for permalinks).
    await page.waitForFunction((at) => window.location.href !== at, urlAtDown);
    expect(new URL(page.url()).searchParams.get('cam')).not.toBeNull();
    // Still again: hovering a node picks it (a read-back) and highlights it.
    await page.waitForTimeout(700);
    const readsAfter = await reads();
    // A node the drag left well inside the canvas (the pan may have moved any given one out of it).
    const target = await page.evaluate(() => {
      const s = window.__explorer!.sigma!;
      const { width, height } = s.getDimensions();
      return s
        .getGraph()
        .nodes()
        .find((id) => {
          const p = s.graphToViewport(s.getGraph().getNodeAttributes(id));
          return p.x > 60 && p.x < width - 60 && p.y > 60 && p.y < height - 60;
        })!;
    });
    const { x, y } = await nodeOnPage(target);
    await page.mouse.move(x, y, { steps: 2 });
    await page.waitForFunction((id) => window.__explorer!.sigma!.getNodeDisplayData(id)?.highlighted, target);
    expect(await reads()).toBeGreaterThan(readsAfter);
    await page.mouse.move(2, 2);
    await page.click('button:text-is("Fit")');
    await page.waitForTimeout(500);
  });

  it('zooms with the buttons and fits the graph again', async () => {
    const ratio = () => page.evaluate(() => window.__explorer!.sigma!.getCamera().ratio);
    await page.click('button[aria-label="Zoom in"]');
    await page.waitForTimeout(400);
    expect(await ratio()).toBeLessThan(0.8);
    await page.click('button:text-is("Fit")');
    await page.waitForTimeout(500);
    expect(await ratio()).toBeCloseTo(1, 3);
  });

  it('runs ForceAtlas2 in a worker without blocking the page, and resets to the stored layout', async () => {
    // The layout moves the graph's positions (drawn and exported); reset puts the stored ones back.
    const positions = () =>
      page.evaluate(() => {
        const e = window.__explorer!;
        const a = e.graph.getNodeAttributes('home-office');
        const drawn = e.sigma!.getNodeDisplayData('home-office')!;
        return { graph: [a.x, a.y], drawn: [drawn.x, drawn.y] };
      });
    const before = await positions();
    const workersBefore = await workers();
    await page.click('button:text-is("Run layout")');
    // The button says "Stop layout" at once, while ForceAtlas2's code (a chunk of its own) loads.
    expect(await page.getAttribute('button:text-is("Stop layout")', 'aria-pressed')).toBe('true');
    // ForceAtlas2's supervisor starts its worker (from a blob: URL) once its code has loaded.
    await page.waitForFunction(
      (n) => (window as unknown as { __workers: string[] }).__workers.length > n,
      workersBefore.length,
    );
    const layoutWorkers = await workers();
    expect(layoutWorkers.length).toBe(workersBefore.length + 1);
    expect(layoutWorkers.at(-1)).toMatch(/^blob:/);
    expect(await page.getAttribute('button:text-is("Stop layout")', 'aria-pressed')).toBe('true');
    // The main thread stays responsive while the worker iterates.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(Date.now() - started).toBeLessThan(1000);
    await page.waitForFunction(
      (b) => window.__explorer!.graph.getNodeAttribute('home-office', 'x') !== b,
      before.graph[0],
      { timeout: 10_000 },
    );
    await page.click('button:text-is("Stop layout")');
    const during = await positions();
    expect(during.graph).not.toEqual(before.graph);
    expect(during.drawn).not.toEqual(before.drawn);
    await page.click('button:text-is("Reset layout")');
    // sigma redraws on the graph's event, in slices on a busy page: wait for its display data to
    // come back (up to 10 s), then compare, so a miss shows the difference.
    await page
      .waitForFunction(
        (b) => {
          const e = window.__explorer!;
          const a = e.graph.getNodeAttributes('home-office');
          const d = e.sigma!.getNodeDisplayData('home-office')!;
          return a.x === b.graph[0] && a.y === b.graph[1] && d.x === b.drawn[0] && d.y === b.drawn[1];
        },
        before,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    expect(await positions()).toEqual(before);
  });

  it('draws from the new extent when every node moves inside the old one in one graph event', async () => {
    // A layout's reset moves every node at once; positions drawn must be normalised afresh.
    const drawnExtent = () =>
      page.evaluate(() => {
        const s = window.__explorer!.sigma!;
        let [x0, x1] = [Infinity, -Infinity];
        for (const n of s.getGraph().nodes()) {
          const x = s.getNodeDisplayData(n)!.x;
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
        }
        return { x0, x1 };
      });
    // sigma normalises the graph's extent to [0, 1] across its wider side, centred on the other.
    const before = await drawnExtent();
    await page.evaluate(() => {
      window.__explorer!.graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x / 2, y: a.y / 2 }), {
        attributes: ['x', 'y'],
      });
    });
    await page.waitForTimeout(300);
    const after = await drawnExtent();
    expect(after.x1 - after.x0).toBeCloseTo(before.x1 - before.x0, 6);
    await page.evaluate(() => {
      window.__explorer!.graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x * 2, y: a.y * 2 }), {
        attributes: ['x', 'y'],
      });
    });
  });
});
