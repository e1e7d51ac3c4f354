// measureEdit(): runs in the explorer page once it is usable. Presses "Edit" (timing how long the
// editor takes to start and its longest main-thread task meanwhile), then times seventeen edits, each
// applied, checked and drawn: five nodes added, five relations (two at the dataset's biggest hub),
// five pieces of evidence (on new and existing nodes, on relations), a label changed and a node
// deleted with its relation. It reports the worst edit, overall and of each kind.
//
// What an edit costs the main thread is its own task (applied, checked, the graph updated, the views
// told) plus sigma's render calls in the next animation frame, which draw it (each timed from sigma's
// beforeRender to its afterRender, which sigma emits synchronously around its draw calls, after the
// explorer's label pass). The edits' ops are built by installEditPlan, run in the page first. The wall
// time until that frame is kept apart: in headless Chromium's software WebGL it is mostly the
// renderer's frame pacing (the GPU process drawing the previous frame), not the page's main thread.
import type { Page } from 'playwright-core';
import { launchChromium } from './launch.ts';
import { observedPage } from './measure.ts';

/** What each timed edit does. */
type EditKind = 'node' | 'relation' | 'evidence' | 'label' | 'delete';

interface NodeRecord {
  id: string;
  label: string;
  type: string;
  position?: { x: number; y: number };
}
interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface EditFigures {
  /** The worst edit: its own task plus the main-thread time of the render that draws it. */
  readonly editMs: number;
  /** The worst edit of each kind, timed as editMs. */
  readonly editNodeMs: number;
  readonly editRelationMs: number;
  readonly editEvidenceMs: number;
  readonly editLabelMs: number;
  readonly editDeleteMs: number;
  /** The worst edit's own task (applied, checked, the graph updated, the views told), before sigma draws. */
  readonly editApplyMs: number;
  /** The worst edit's render call (beforeRender to afterRender; 0 when it ran inside the edit's task). */
  readonly editRenderMs: number;
  /** The most main-thread time the views' updates of one edit took after its frame (user timing). */
  readonly editFollowMs: number;
  /** The longest wall time from an edit until a timer runs after the frame sigma drew (frame pacing included). */
  readonly editFrameMs: number;
  /** The longest main-thread task from the first edit until a second after the last. */
  readonly editLongestTaskMs: number;
  /** "Edit" pressed until the session is ready. */
  readonly editStartMs: number;
  /** The longest main-thread task meanwhile. */
  readonly editStartLongestTaskMs: number;
}

/** A timed edit: its kind, and its op, built just before it is applied (indices change). */
interface PlannedEdit {
  kind: EditKind;
  op: () => unknown;
}

interface BenchSession {
  dataset: { nodes: NodeRecord[]; edges: EdgeRecord[]; sources: { id: string }[] };
  apply(op: unknown): void;
}

/**
 * Runs in the page before measureEdit (page.evaluate sends one function's text, so this one puts
 * the edits in `window.__benchEdits`): five nodes added, five relations added (two at the biggest
 * hub, one between existing nodes), five pieces of evidence (new and existing nodes, relations), a
 * label changed, and a new node deleted with its relation.
 */
function installEditPlan(): void {
  const plan = (session: BenchSession): PlannedEdit[] => {
    const { edges } = session.dataset;
    const degree = new Map<string, number>();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    // The two biggest hubs, and a relation of each, copied as a parallel relation (a valid kind).
    const hubs = [...degree]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([id]) => id);
    const edgeOf = (node: string): EdgeRecord => edges.find((e) => e.source === node || e.target === node)!;
    const middle = edges[Math.floor(edges.length / 2)]!;
    const last = edges[edges.length - 1]!;
    const source = session.dataset.sources[0]?.id ?? 'bench-source';
    const evidence = (note: string) => ({ source, note, basis: 'inferred' });
    const newNode = (i: number): NodeRecord => ({
      id: `bench-edit-node-${i}`,
      label: `Bench edit node ${i}`,
      type: 'organisation',
      position: { x: 0, y: 0 },
    });
    const nodeIndex = (id: string): number => session.dataset.nodes.findIndex((n) => n.id === id);
    const edgeIndex = (id: string): number => session.dataset.edges.findIndex((e) => e.id === id);
    const insert = (list: 'nodes' | 'edges', record: object) => ({
      type: 'insert',
      list,
      index: session.dataset[list].length,
      record,
    });
    const relation = (i: number, from: string, to: string, type = 'funds') =>
      insert('edges', { id: `bench-edit-edge-${i}`, source: from, target: to, type });
    const parallel = (i: number, e: EdgeRecord) => relation(i, e.source, e.target, e.type);
    // Ops are built before the clock starts (an index lookup in the page, not the editor's own).
    const withEvidence = (list: 'nodes' | 'edges', index: number, note: string) => {
      const record = session.dataset[list][index] as { evidence?: unknown[] };
      const record2 = { ...record, evidence: [...(record.evidence ?? []), evidence(note)] };
      return { type: 'replace', list, index, record: record2 };
    };
    return [
      ...[0, 1, 2, 3, 4].map((i): PlannedEdit => ({ kind: 'node', op: () => insert('nodes', newNode(i)) })),
      { kind: 'relation', op: () => relation(0, hubs[0]!, newNode(0).id) },
      { kind: 'relation', op: () => relation(1, newNode(1).id, hubs[0]!) },
      { kind: 'relation', op: () => parallel(2, edgeOf(hubs[1]!)) },
      { kind: 'relation', op: () => parallel(3, middle) },
      { kind: 'relation', op: () => relation(4, last.source, newNode(4).id) },
      { kind: 'evidence', op: () => withEvidence('nodes', nodeIndex(newNode(0).id), 'a') },
      { kind: 'evidence', op: () => withEvidence('nodes', nodeIndex(newNode(2).id), 'b') },
      { kind: 'evidence', op: () => withEvidence('nodes', nodeIndex(hubs[0]!), 'c') },
      { kind: 'evidence', op: () => withEvidence('edges', edgeIndex('bench-edit-edge-0'), 'd') },
      { kind: 'evidence', op: () => withEvidence('edges', edgeIndex(middle.id), 'e') },
      {
        kind: 'label',
        op: () => {
          const index = nodeIndex(hubs[1]!);
          const record = session.dataset.nodes[index]!;
          return {
            type: 'replace',
            list: 'nodes',
            index,
            record: { ...record, label: `${record.label} (edited)` },
          };
        },
      },
      {
        // A new node with one relation, both last in their lists, as the editor's delete makes it.
        kind: 'delete',
        op: () => ({
          type: 'batch',
          label: 'Delete',
          ops: [
            { type: 'remove', list: 'edges', index: edgeIndex('bench-edit-edge-4') },
            { type: 'remove', list: 'nodes', index: nodeIndex(newNode(4).id) },
          ],
        }),
      },
    ];
  };
  (window as unknown as { __benchEdits: typeof plan }).__benchEdits = plan;
}

/** 'start': only start the editor; 'edits': only time the edits (of an editor started before). */
export type EditPhase = 'all' | 'start' | 'edits';

/**
 * Runs in the page (sent by page.evaluate: everything it needs is inside it). `phase`: 'start' only
 * starts the editor, 'edits' only times the edits of an editor started before (a trace can then
 * cover the edits alone); the figures not taken are NaN.
 */
async function measureEdit(phase: EditPhase): Promise<EditFigures> {
  interface Session {
    dataset: { nodes: NodeRecord[]; edges: EdgeRecord[]; sources: { id: string }[] };
    apply(op: unknown): void;
  }
  interface SigmaEvents {
    on(event: 'beforeRender' | 'afterRender', listener: () => void): void;
    getCamera(): { isAnimated(): boolean };
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
      editNodeMs: none,
      editRelationMs: none,
      editEvidenceMs: none,
      editLabelMs: none,
      editDeleteMs: none,
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
  let renderStart = 0;
  sigma.on('beforeRender', () => {
    renderStart = performance.now();
  });
  sigma.on('afterRender', () => {
    renders.push({ start: renderStart, ms: performance.now() - renderStart });
  });
  interface EditTimes {
    kind?: EditKind;
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
    action();
    const applyEnd = performance.now();
    // sigma renders in an animation frame: the next frame's callbacks run every render the edit
    // asked for (also from its microtasks), then a timer comes after them.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const frameMs = performance.now() - start;
    // The renders of that frame draw it; one that ran inside the edit's task is in its time.
    const render = renders
      .slice(from)
      .filter((r) => r.start >= applyEnd)
      .reduce((sum, r) => sum + r.ms, 0);
    // The views' deferred updates run at idle time after the frame: wait for them, then read them.
    await tick(500);
    // A new stakeholder is selected and the camera glides to it: the next edit starts once that
    // move is drawn (the software renderer's frames come seconds apart), not in its last frames.
    const camera = sigma.getCamera();
    if (camera.isAnimated()) {
      while (camera.isAnimated()) await tick(50);
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return {
      apply: applyEnd - start,
      render,
      frame: frameMs,
      follow: followed(start),
    };
  };
  // The edits (installEditPlan), each kind several times, the worst of each reported: a median
  // would hide the one edit that pays for something (a program's array grown, a hub redrawn).
  const plan = (
    window as unknown as { __benchEdits?: (s: Session) => { kind: EditKind; op: () => unknown }[] }
  ).__benchEdits;
  if (plan === undefined) throw new Error('installEditPlan has not run in the page');
  const edits = plan(session);
  const editsStart = performance.now();
  const times: EditTimes[] = [];
  for (const edit of edits) {
    const op = edit.op();
    times.push({ kind: edit.kind, ...(await drawn(() => session.apply(op))) });
  }
  await tick(1000);
  const editLongestTaskMs = await longest(editsStart);
  // Each edit's figures, for the developer's tools (traceEdit.ts prints them).
  (window as unknown as { __editTimes: EditTimes[] }).__editTimes = times;
  const total = (t: EditTimes): number => t.apply + t.render;
  const worstOf = (kind?: EditKind): EditTimes =>
    times.filter((t) => kind === undefined || t.kind === kind).sort((a, b) => total(b) - total(a))[0]!;
  const worst = worstOf();
  return {
    editMs: total(worst),
    editNodeMs: total(worstOf('node')),
    editRelationMs: total(worstOf('relation')),
    editEvidenceMs: total(worstOf('evidence')),
    editLabelMs: total(worstOf('label')),
    editDeleteMs: total(worstOf('delete')),
    editApplyMs: worst.apply,
    editRenderMs: worst.render,
    editFollowMs: Math.max(...times.map((t) => t.follow)),
    editFrameMs: Math.max(...times.map((t) => t.frame)),
    editLongestTaskMs,
    editStartMs,
    editStartLongestTaskMs,
  };
}

/** measureEdit in `page`, its plan of edits installed first. */
export async function measureEditIn(page: Page, phase: EditPhase): Promise<EditFigures> {
  await page.evaluate(installEditPlan);
  return page.evaluate(measureEdit, phase);
}

/** One timed edit, as the page keeps it (window.__editTimes). */
export interface EditTimes {
  readonly kind: EditKind;
  readonly apply: number;
  readonly render: number;
  readonly frame: number;
  readonly follow: number;
}

/**
 * Opens `url` in a fresh Chromium, waits for `ready`, and measures the editor alone: the figures,
 * and each edit's own.
 */
export async function measureEditor(
  url: string,
  ready: string,
): Promise<{ figures: EditFigures; each: EditTimes[] }> {
  const session = await launchChromium();
  const page: Page = await observedPage(session.context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 300_000, polling: 100 });
    if (errors.length > 0) throw new Error(errors.join('\n'));
    await page.waitForTimeout(1000);
    const figures = await measureEditIn(page, 'all');
    const each = await page.evaluate(() => (window as unknown as { __editTimes: EditTimes[] }).__editTimes);
    return { figures, each };
  } finally {
    await page.close();
    await session.close();
  }
}
