// measureEdit(): runs in the explorer page once it is usable. Presses "Edit" (timing how long the
// editor takes to start and its longest main-thread task meanwhile), then times three edits (a node
// added, a relation added, evidence added), each applied, checked and drawn.
//
// What an edit costs the main thread is its own task (applied, checked, the graph updated, the views
// told) plus sigma's render call that draws it (timed from sigma's beforeRender to its afterRender,
// which sigma emits synchronously around its draw calls, after the explorer's label pass). The wall
// time until that frame is kept apart: in headless Chromium's software WebGL it is mostly the
// renderer's frame pacing (the GPU process drawing the previous frame), not the page's main thread.
import type { Page } from 'playwright-core';
import { launchChromium } from './launch.ts';
import { observeLongTasks } from './measure.ts';

export interface EditFigures {
  /** The median of the three edits: their own task plus the main-thread time of the render that draws them. */
  readonly editMs: number;
  /** The same edits' own task (applied, checked, the graph updated, the views told), before sigma draws. */
  readonly editApplyMs: number;
  /** The main-thread time of sigma's render call that draws the edit (beforeRender to afterRender). */
  readonly editRenderMs: number;
  /** The main-thread time of the views' updates an edit leaves until after its frame (user timing). */
  readonly editFollowMs: number;
  /** Wall time from the edit until a timer runs after the frame sigma drew (frame pacing included). */
  readonly editFrameMs: number;
  /** The longest main-thread task from the first edit until a second after the last. */
  readonly editLongestTaskMs: number;
  /** "Edit" pressed until the session is ready. */
  readonly editStartMs: number;
  /** The longest main-thread task meanwhile. */
  readonly editStartLongestTaskMs: number;
}

/** 'start': only start the editor; 'edits': only time the edits (of an editor started before). */
export type EditPhase = 'all' | 'start' | 'edits';

/**
 * Runs in the page (sent by page.evaluate: everything it needs is inside it). `phase`: 'start' only
 * starts the editor, 'edits' only times the edits of an editor started before (a trace can then
 * cover the edits alone); the figures not taken are NaN.
 */
export async function measureEdit(phase: EditPhase): Promise<EditFigures> {
  interface Session {
    dataset: { nodes: { id: string }[]; edges: unknown[]; sources: { id: string }[] };
    apply(op: unknown): void;
  }
  interface SigmaEvents {
    on(event: 'beforeRender' | 'afterRender', listener: () => void): void;
  }
  const w = window as unknown as {
    __editor?: Session;
    __explorer: { sigma: SigmaEvents };
    __longTasks?: { start: number; duration: number }[];
  };
  // The explorer's measure of the views' updates after an edit's frame (EDIT_FOLLOW_MEASURE in
  // src/app/afterFrame.ts; written out here, as page.evaluate sends only this function's text).
  const followMeasure = 'sg:edit-follow';
  const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const longest = async (from: number): Promise<number> => {
    // Long tasks are reported once they end: a timer first.
    await tick(100);
    return Math.max(0, ...(w.__longTasks ?? []).filter((t) => t.start >= from).map((t) => t.duration));
  };
  let editStartMs = Number.NaN;
  let editStartLongestTaskMs = Number.NaN;
  if (phase !== 'edits') {
    const edit = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Edit')!;
    const started = performance.now();
    edit.click();
    while (w.__editor === undefined) {
      if (performance.now() - started > 300_000) throw new Error('the editor did not start');
      await tick(20);
    }
    editStartMs = performance.now() - started;
    // Work the session defers (a draft written at idle time) counts against the start.
    await tick(1000);
    editStartLongestTaskMs = await longest(started);
  }
  const session = w.__editor;
  if (session === undefined) throw new Error('the editor has not started');
  if (phase === 'start') {
    const none = Number.NaN;
    return {
      editMs: none,
      editApplyMs: none,
      editRenderMs: none,
      editFollowMs: none,
      editFrameMs: none,
      editLongestTaskMs: none,
      editStartMs,
      editStartLongestTaskMs,
    };
  }
  const { sigma } = w.__explorer;
  // Every render from now on: its start and its main-thread time. These listeners come after the
  // explorer's own (its label pass runs in afterRender), so the time includes that pass.
  const renders: { start: number; ms: number }[] = [];
  const waiting: (() => void)[] = [];
  let renderStart = 0;
  sigma.on('beforeRender', () => {
    renderStart = performance.now();
  });
  sigma.on('afterRender', () => {
    renders.push({ start: renderStart, ms: performance.now() - renderStart });
    for (const resolve of waiting.splice(0)) setTimeout(resolve, 0);
  });
  interface EditTimes {
    apply: number;
    render: number;
    frame: number;
    follow: number;
  }
  const followed = (from: number): number =>
    performance
      .getEntriesByName(followMeasure)
      .filter((e) => e.startTime >= from)
      .reduce((sum, e) => sum + e.duration, 0);
  const drawn = async (action: () => void): Promise<EditTimes> => {
    const from = renders.length;
    const start = performance.now();
    const frame = new Promise<void>((resolve) => waiting.push(resolve));
    action();
    const applyEnd = performance.now();
    await frame;
    const frameMs = performance.now() - start;
    // The first render since the edit draws it; one that ran inside the edit's task is in its time.
    const render = renders[from]!;
    // The views' deferred updates run at idle time after the frame: wait for them, then read them.
    await tick(500);
    return {
      apply: applyEnd - start,
      render: render.start >= applyEnd ? render.ms : 0,
      frame: frameMs,
      follow: followed(start),
    };
  };
  const first = session.dataset.nodes[0]!.id;
  const record = {
    id: 'bench-edit-node',
    label: 'Bench edit node',
    type: 'organisation',
    position: { x: 0, y: 0 },
  };
  const source = session.dataset.sources[0]?.id ?? 'bench-source';
  const evidence = { source, note: 'bench', basis: 'inferred' };
  const editsStart = performance.now();
  const times = [
    await drawn(() =>
      session.apply({ type: 'insert', list: 'nodes', index: session.dataset.nodes.length, record }),
    ),
    await drawn(() =>
      session.apply({
        type: 'insert',
        list: 'edges',
        index: session.dataset.edges.length,
        record: { id: 'bench-edit-edge', source: first, target: record.id, type: 'funds' },
      }),
    ),
    await drawn(() => {
      const index = session.dataset.nodes.length - 1;
      session.apply({ type: 'replace', list: 'nodes', index, record: { ...record, evidence: [evidence] } });
    }),
  ];
  await tick(1000);
  const editLongestTaskMs = await longest(editsStart);
  // Each edit's figures, for the developer's tools (traceEdit.ts prints them).
  (window as unknown as { __editTimes: EditTimes[] }).__editTimes = times;
  const median = (pick: (t: EditTimes) => number): number => times.map(pick).sort((a, b) => a - b)[1]!;
  return {
    editMs: median((t) => t.apply + t.render),
    editApplyMs: median((t) => t.apply),
    editRenderMs: median((t) => t.render),
    editFollowMs: median((t) => t.follow),
    editFrameMs: median((t) => t.frame),
    editLongestTaskMs,
    editStartMs,
    editStartLongestTaskMs,
  };
}

/** Opens `url` in a fresh Chromium, waits for `ready`, and measures the editor alone. */
export async function measureEditor(url: string, ready: string): Promise<EditFigures> {
  const session = await launchChromium();
  const page: Page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(observeLongTasks);
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 300_000, polling: 100 });
    if (errors.length > 0) throw new Error(errors.join('\n'));
    await page.waitForTimeout(1000);
    return await page.evaluate(measureEdit, 'all' as const);
  } finally {
    await page.close();
    await session.close();
  }
}
