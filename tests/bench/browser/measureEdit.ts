// measureEdit(): runs in the explorer page once it is usable. Presses "Edit" (timing how long the
// editor takes to start and its longest main-thread task meanwhile), then times three edits (a node
// added, a relation added, evidence added), each applied, checked and drawn.
import type { Page } from 'playwright-core';
import { launchChromium } from './launch.ts';
import { observeLongTasks } from './measure.ts';

export interface EditFigures {
  /** The median of the three edits, until a timer runs after the frame sigma drew. */
  readonly editMs: number;
  /** The same edits' own main-thread time (applied, checked, the graph updated), before sigma draws. */
  readonly editApplyMs: number;
  /** The longest main-thread task from the first edit until a second after the last. */
  readonly editLongestTaskMs: number;
  /** "Edit" pressed until the session is ready. */
  readonly editStartMs: number;
  /** The longest main-thread task meanwhile. */
  readonly editStartLongestTaskMs: number;
}

/** Runs in the page (sent by page.evaluate: everything it needs is inside it). */
export async function measureEdit(): Promise<EditFigures> {
  interface Session {
    dataset: { nodes: { id: string }[]; edges: unknown[]; sources: { id: string }[] };
    apply(op: unknown): void;
  }
  interface SigmaOnce {
    once(event: 'afterRender', listener: () => void): void;
  }
  const w = window as unknown as {
    __editor?: Session;
    __explorer: { sigma: SigmaOnce };
    __longTasks?: { start: number; duration: number }[];
  };
  const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const longest = async (from: number): Promise<number> => {
    // Long tasks are reported once they end: a timer first.
    await tick(100);
    return Math.max(0, ...(w.__longTasks ?? []).filter((t) => t.start >= from).map((t) => t.duration));
  };
  const edit = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Edit')!;
  const started = performance.now();
  edit.click();
  while (w.__editor === undefined) {
    if (performance.now() - started > 300_000) throw new Error('the editor did not start');
    await tick(20);
  }
  const editStartMs = performance.now() - started;
  // Work the session defers (a draft written at idle time) counts against the start.
  await tick(1000);
  const editStartLongestTaskMs = await longest(started);
  const session = w.__editor;
  const { sigma } = w.__explorer;
  const applied: number[] = [];
  const drawn = (action: () => void): Promise<number> =>
    new Promise((resolve) => {
      const start = performance.now();
      sigma.once('afterRender', () => setTimeout(() => resolve(performance.now() - start), 0));
      action();
      applied.push(performance.now() - start);
    });
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
  const middle = (list: number[]): number => list.sort((a, b) => a - b)[1]!;
  return {
    editMs: middle(times),
    editApplyMs: middle(applied),
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
    return await page.evaluate(measureEdit);
  } finally {
    await page.close();
    await session.close();
  }
}
