// measureBrowser(): opens a page in headless Chromium and measures first render, the longest main-thread
// task while loading, the median frame time while the camera pans and zooms (with the page's level
// of detail, and with edges and labels drawn while moving), and the longest gap between frames
// during a drag-pan and a wheel zoom made with the mouse.
import type { BrowserContext, Page } from 'playwright-core';
import { DEFAULT_PATH_QUERY, type PathQuery } from '../../../src/app/state/paths.ts';
import { median } from '../timing.ts';
import { type Gesture, gestureStart, playGesture } from './gesture.ts';
import { launchChromium } from './launch.ts';
import { measureEditIn } from './measureEdit.ts';

export interface BrowserFigures {
  /** Navigation start to the first frame sigma drew (its first afterRender). */
  readonly firstRenderMs: number;
  /** Navigation start until `ready` held (the graph drawn and, for the explorer, the search box usable). */
  readonly usableMs: number;
  /** The longest main-thread task (longtask entries) from navigation until usable plus a second. */
  readonly longestTaskMs: number;
  /** The longest task that started before the first frame was drawn: loading, without the renderer's wait. */
  readonly loadingLongestTaskMs: number;
  /**
   * The longest time the page could not run a timer, from navigation until usable plus a second:
   * long tasks and also waits the longtask API does not report (software WebGL finishing a frame).
   */
  readonly longestStallMs: number;
  /** Median time between animation frames while the camera moves (about 3 s). */
  readonly frameMs: number;
  /** The same with edges and labels drawn while moving (hideEdgesOnMove and hideLabelsOnMove off). */
  readonly frameEdgesDrawnMs: number;
  /** A drag-pan with the mouse (down, 30 moves, up): the longest gap between frames, until 1 s after. */
  readonly dragFrameGapMs: number;
  /** The longest main-thread task in the same time. */
  readonly dragLongestTaskMs: number;
  /** A wheel zoom (in three notches, out three): the longest gap between frames, until 1 s after. */
  readonly wheelFrameGapMs: number;
  readonly wheelLongestTaskMs: number;
  readonly interactions?: InteractionFigures | undefined;
}

/** How long the explorer takes to answer, each until a timer can run again after the frame it drew. */
interface InteractionFigures {
  /** Select a node (store action): highlight drawn. */
  readonly selectMs: number;
  /** Move the mouse onto a node: sigma's picking and the hover highlight drawn. */
  readonly hoverMs: number;
  /** Switch a node kind off in the filters: the canvas redrawn without it. */
  readonly filterMs: number;
  /** Type a name in the search box: suggestions listed. */
  readonly searchMs: number;
  /** Ask for the shortest paths between two nodes (the Paths tab's question): listed and drawn. */
  readonly pathMs: number;
  /** Export menu, "PNG image": until the image is handed to the download. */
  readonly pngExportMs: number;
  /** The longest main-thread task while the PNG is made. */
  readonly pngLongestTaskMs: number;
  /**
   * In the editor ("Edit"): the worst of seventeen edits (nodes, relations and evidence added, a
   * label changed, a node deleted) applied, checked and drawn: its own task plus sigma's render call
   * that draws it (tests/bench/browser/measureEdit.ts).
   */
  readonly editMs?: number;
  /** The worst edit of each kind, timed as editMs. */
  readonly editNodeMs?: number;
  readonly editRelationMs?: number;
  readonly editEvidenceMs?: number;
  readonly editLabelMs?: number;
  readonly editDeleteMs?: number;
  /** The worst edit's own main-thread time (applied, checked, the graph updated), before sigma draws. */
  readonly editApplyMs?: number;
  /** The main-thread time of sigma's render call that draws the worst edit. */
  readonly editRenderMs?: number;
  /** The most the views' updates of one edit took after its frame (main-thread time). */
  readonly editFollowMs?: number;
  /** The longest wall time from an edit until a timer runs after its frame (the renderer's pacing included). */
  readonly editFrameMs?: number;
  /** "Edit" pressed until the session is ready (tests/bench/browser/measureEdit.ts). */
  readonly editStartMs?: number;
  /** The longest main-thread task from "Edit" pressed until a second after the session is ready. */
  readonly editStartLongestTaskMs?: number;
}

export interface MeasureOptions {
  /** A browser context to open the page in (a fresh Chromium is launched and closed otherwise). */
  readonly context?: BrowserContext;
  /**
   * A JavaScript expression, true once the page is usable. Default: sigma has drawn
   * (`window.__firstRender` set). The page must expose its sigma as `window.__sigma` or `window.__explorer.sigma`.
   */
  readonly ready?: string;
  /** Milliseconds to wait for the page to be ready. */
  readonly timeout?: number;
  /** Milliseconds of camera movement for the frame time. */
  readonly moveMs?: number;
  /** Also time select, hover, filter and search (the explorer only). */
  readonly interactions?: boolean;
}

interface PageWindow {
  __firstRender?: number;
  __longTasks?: { start: number; duration: number }[];
  __stalls?: { at: number; ms: number }[];
}

// Runs in the page before its scripts: a 20 ms interval timer; a late tick means the page was stalled.
export function observeStalls(): void {
  const w = window as unknown as PageWindow;
  w.__stalls = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 70) w.__stalls!.push({ at: last, ms: now - last - 20 });
    last = now;
  }, 20);
}

// Runs in the page before its scripts: records every long task from the start of navigation.
function observeLongTasks(): void {
  const w = window as unknown as PageWindow;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks!.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * A new page that records its long tasks from the start of navigation. tsx (esbuild, keepNames)
 * wraps functions in __name(); the functions sent to the page need it there.
 */
export async function observedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(observeLongTasks);
  return page;
}

export async function measureBrowser(url: string, options: MeasureOptions = {}): Promise<BrowserFigures> {
  const session = options.context ? undefined : await launchChromium();
  const context = options.context ?? session!.context;
  const page = await observedPage(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.addInitScript(observeStalls);
    await page.goto(url);
    const ready = options.ready ?? 'window.__firstRender !== undefined';
    try {
      // An error on the page, or an explorer showing a problem, ends the wait early.
      await page.waitForFunction(
        `(${ready}) && window.__firstRender !== undefined || document.getElementById('app')?.dataset.state === 'error'`,
        null,
        { timeout: options.timeout ?? 120_000, polling: 50 },
      );
      if (errors.length > 0) throw new Error(errors.join('\n'));
      if (await page.evaluate(() => document.getElementById('app')?.dataset.state === 'error'))
        throw new Error(`the page shows a problem: ${await page.textContent('#app')}`);
    } catch (error) {
      throw new Error(`${url} did not become ready (${ready}): ${String(error)} ${errors.join('\n')}`);
    }
    const usableMs = await page.evaluate(() => performance.now());
    const firstRenderMs = await page.evaluate(() => (window as unknown as PageWindow).__firstRender!);
    // Long tasks are reported after they end, and work may follow "usable": wait a second.
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => (window as unknown as PageWindow).__longTasks ?? []);
    // BENCH_TASKS=1: every long task (start+duration, ms), to see which ones a figure comes from.
    if (process.env.BENCH_TASKS === '1') {
      const list = tasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(' ');
      console.log(`  long tasks of ${url} (usable at ${Math.round(usableMs)} ms): ${list}`);
    }
    const longestTaskMs = Math.max(
      0,
      ...tasks.filter((t) => t.start <= usableMs + 1000).map((t) => t.duration),
    );
    const loading = tasks.filter((t) => t.start < firstRenderMs);
    const loadingLongestTaskMs = Math.max(0, ...loading.map((t) => t.duration));
    const stalls = await page.evaluate(() => (window as unknown as PageWindow).__stalls ?? []);
    const longestStallMs = Math.max(0, ...stalls.filter((t) => t.at <= usableMs + 1000).map((t) => t.ms));
    const deltas = await page.evaluate(moveCamera, { duration: options.moveMs ?? 3000, drawAll: false });
    const drag = await mouseGesture(page, 'drag');
    const wheel = await mouseGesture(page, 'wheel');
    // Last among the camera figures: it changes the page's settings.
    const drawn = await page.evaluate(moveCamera, { duration: options.moveMs ?? 3000, drawAll: true });
    const interacted = options.interactions ? await page.evaluate(interact, DEFAULT_PATH_QUERY) : undefined;
    const edit = interacted && (await measureEditIn(page, 'all').catch(() => undefined));
    const interactions = interacted && {
      ...interacted,
      editMs: edit === undefined ? Number.NaN : edit.editMs,
      editNodeMs: edit === undefined ? Number.NaN : edit.editNodeMs,
      editRelationMs: edit === undefined ? Number.NaN : edit.editRelationMs,
      editEvidenceMs: edit === undefined ? Number.NaN : edit.editEvidenceMs,
      editLabelMs: edit === undefined ? Number.NaN : edit.editLabelMs,
      editDeleteMs: edit === undefined ? Number.NaN : edit.editDeleteMs,
      editApplyMs: edit === undefined ? Number.NaN : edit.editApplyMs,
      editRenderMs: edit === undefined ? Number.NaN : edit.editRenderMs,
      editFollowMs: edit === undefined ? Number.NaN : edit.editFollowMs,
      editFrameMs: edit === undefined ? Number.NaN : edit.editFrameMs,
      editStartMs: edit === undefined ? Number.NaN : edit.editStartMs,
      editStartLongestTaskMs: edit === undefined ? Number.NaN : edit.editStartLongestTaskMs,
    };
    return {
      firstRenderMs,
      usableMs,
      longestTaskMs,
      loadingLongestTaskMs,
      longestStallMs,
      frameMs: median(deltas),
      frameEdgesDrawnMs: median(drawn),
      dragFrameGapMs: drag.gapMs,
      dragLongestTaskMs: drag.longestTaskMs,
      wheelFrameGapMs: wheel.gapMs,
      wheelLongestTaskMs: wheel.longestTaskMs,
      interactions,
    };
  } finally {
    await page.close();
    await session?.close();
  }
}

/**
 * A drag-pan or a wheel zoom (gesture.ts): the longest gap between animation frames and the
 * longest task, from the first event until a second after the last.
 */
async function mouseGesture(page: Page, kind: Gesture): Promise<{ gapMs: number; longestTaskMs: number }> {
  // Off any node first (a hover highlight is not what is measured), then the gap recorder.
  const from = await gestureStart(page);
  await page.mouse.move(from.x, from.y);
  await page.waitForTimeout(300);
  const start = await page.evaluate(() => {
    const w = window as unknown as { __gap?: { max: number; last: number; on: boolean } };
    const gap = { max: 0, last: performance.now(), on: true };
    w.__gap = gap;
    const tick = (t: number): void => {
      gap.max = Math.max(gap.max, t - gap.last);
      gap.last = t;
      if (gap.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  });
  await playGesture(page, kind, from);
  await page.waitForTimeout(1000);
  return page.evaluate((from) => {
    const w = window as unknown as PageWindow & { __gap: { max: number; last: number; on: boolean } };
    w.__gap.on = false;
    const gapMs = Math.max(w.__gap.max, performance.now() - w.__gap.last);
    const tasks = (w.__longTasks ?? []).filter((t) => t.start >= from);
    return { gapMs, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
  }, start);
}

/**
 * In the page: pans and zooms with camera animations for `duration` ms, returning the frame
 * intervals. With `drawAll`, edges and labels are drawn while moving (the page's own
 * hideEdgesOnMove and hideLabelsOnMove switched off first, in sigma's settings object, which only
 * its render reads: no reprocessing).
 */
async function moveCamera({ duration, drawAll }: { duration: number; drawAll: boolean }): Promise<number[]> {
  interface CameraLike {
    animate(state: { x: number; y: number; ratio: number }, opts: { duration: number }): Promise<void>;
  }
  interface SigmaLike {
    getCamera(): CameraLike;
    settings?: Record<string, unknown>;
  }
  const w = window as unknown as { __sigma?: SigmaLike; __explorer?: { sigma?: SigmaLike } };
  const sigma = w.__sigma ?? w.__explorer?.sigma;
  if (!sigma) throw new Error('no sigma on the page (window.__sigma or window.__explorer.sigma)');
  if (drawAll) {
    if (!sigma.settings) throw new Error("sigma's settings object is not where sigma 3.0 keeps it");
    Object.assign(sigma.settings, { hideEdgesOnMove: false, hideLabelsOnMove: false });
  }
  const camera = sigma.getCamera();
  const deltas: number[] = [];
  let running = true;
  let last = performance.now();
  const tick = (t: number): void => {
    deltas.push(t - last);
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(tick);
  });
  const steps = Math.max(1, Math.round(duration / 500));
  for (let i = 0; i < steps; i++) {
    const ratio = i % 2 === 0 ? 0.4 : 1.2;
    await camera.animate(
      { x: 0.5 + 0.2 * Math.sin(i), y: 0.5 + 0.2 * Math.cos(i), ratio },
      { duration: 500 },
    );
  }
  running = false;
  return deltas;
}

/** In the explorer's page: times a select, a hover, a filter and a search (see InteractionFigures). */
async function interact(pathQuery: PathQuery): Promise<InteractionFigures> {
  interface SigmaLike {
    once(event: 'afterRender', listener: () => void): void;
    graphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getNodeDisplayData(node: string): { x: number; y: number } | undefined;
    getContainer(): HTMLElement;
    refresh(): void;
  }
  interface Explorer {
    sigma: SigmaLike;
    graph: { nodes(): string[]; getNodeAttribute(n: string, a: string): string; degree(n: string): number };
    store: { dispatch(action: unknown): void; getState(): { paths: { result?: { paths: unknown[] } } } };
  }
  const { sigma, graph, store } = (window as unknown as { __explorer: Explorer }).__explorer;
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  /** From the action to the end of the next frame sigma draws, and until a timer runs after it. */
  const drawn = (action: () => void): Promise<number> =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const timer = setTimeout(() => reject(new Error('no frame drawn within 120 s')), 120_000);
      sigma.once('afterRender', () => {
        setTimeout(() => {
          clearTimeout(timer);
          resolve(performance.now() - start);
        }, 0);
      });
      action();
    });
  const nodes = graph.nodes();
  const node = nodes.find((n) => graph.degree(n) >= 5) ?? nodes[0]!;
  const selectMs = await drawn(() =>
    store.dispatch({ type: 'select', selection: { kind: 'node', id: node }, showDetails: true }),
  );
  await drawn(() => store.dispatch({ type: 'select', selection: undefined }));
  await settle();
  // Hover: a mouse move over a node, as sigma's mouse captor receives it.
  const data = sigma.getNodeDisplayData(node)!;
  const at = sigma.graphToViewport(data);
  const rect = sigma.getContainer().getBoundingClientRect();
  const mouseLayer = sigma.getContainer().querySelector('.sigma-mouse') ?? sigma.getContainer();
  const hoverMs = await drawn(() =>
    mouseLayer.dispatchEvent(
      new MouseEvent('mousemove', { clientX: rect.left + at.x, clientY: rect.top + at.y, bubbles: true }),
    ),
  ).catch(() => Number.NaN);
  mouseLayer.dispatchEvent(
    new MouseEvent('mousemove', { clientX: rect.left + 1, clientY: rect.top + 1, bubbles: true }),
  );
  await settle();
  const kind = graph.getNodeAttribute(node, 'kind');
  const filterMs = await drawn(() => store.dispatch({ type: 'setNodeKindShown', kind, shown: false }));
  await drawn(() => store.dispatch({ type: 'setNodeKindShown', kind, shown: true }));
  await settle();
  const input = document.querySelector<HTMLInputElement>('#search-input')!;
  const label = graph.getNodeAttribute(node, 'label');
  const searchStart = performance.now();
  input.value = label;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const found = document.querySelectorAll('#search-listbox [role=option]').length;
  const searchMs = performance.now() - searchStart;
  if (found === 0) throw new Error(`searching "${label}" listed nothing`);
  // A path question between the node and the last one, as the Paths tab asks it: the answer listed
  // with its evidence and the first path drawn on the graph.
  await settle();
  const to = nodes[nodes.length - 1]!;
  const pathMs = await drawn(() =>
    store.dispatch({ type: 'findPaths', query: { ...pathQuery, from: node, to } }),
  );
  if ((store.getState().paths.result?.paths.length ?? 0) === 0)
    throw new Error(`no path from ${node} to ${to}`);
  await drawn(() => store.dispatch({ type: 'clearPaths' }));
  // The PNG image of the view, from the Export menu's item, until its blob goes to the download.
  await settle();
  const createObjectURL = URL.createObjectURL.bind(URL);
  const pngStart = performance.now();
  let pngClickMs = 0;
  const pngExportMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no PNG within 120 s')), 120_000);
    URL.createObjectURL = (blob: Blob | MediaSource): string => {
      if (blob instanceof Blob && blob.type === 'image/png') {
        clearTimeout(timer);
        resolve(performance.now() - pngStart);
      }
      return createObjectURL(blob);
    };
    const clickStart = performance.now();
    document.querySelector<HTMLElement>('#export-image-png')!.click();
    pngClickMs = performance.now() - clickStart;
  }).finally(() => {
    URL.createObjectURL = createObjectURL;
  });
  // (Long tasks are reported once they end: a timer first.)
  await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = (window as unknown as PageWindow).__longTasks ?? [];
  const pngLongestTaskMs = Math.max(
    pngClickMs,
    ...tasks.filter((t) => t.start >= pngStart).map((t) => t.duration),
  );
  return { selectMs, hoverMs, filterMs, searchMs, pathMs, pngExportMs, pngLongestTaskMs };
}
