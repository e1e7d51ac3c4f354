// The explorer's analysis: runs it in a worker when the filters change (and it is wanted), and lays
// its figures over the drawing: node sizes by a metric, colours by community, a neighbourhood, a diff.
import type { StakeholderGraph } from '../../graph/index.ts';
import { type AnalysisProgress, type DateDiff, filtersChanged, neighbourhood } from '../../query/index.ts';
import { CATEGORY_PALETTE } from '../../schema/index.ts';
import type { Renderer } from '../graph/renderer.ts';
import type { ExplorerState, Store } from '../state/store.ts';
import { currentTheme } from '../theme.ts';
import type { AnalysisResult } from './messages.ts';
import { type AnalysisRun, runAnalysis } from './runAnalysis.ts';

function communityColour(community: number): string {
  return CATEGORY_PALETTE[community % CATEGORY_PALETTE.length]!;
}

export type AnalysisStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: AnalysisProgress | undefined }
  | { readonly kind: 'done'; readonly result: AnalysisResult; readonly index: ReadonlyMap<string, number> }
  | { readonly kind: 'error'; readonly message: string };

export interface AnalysisController {
  status(): AnalysisStatus;
  /** Calls back on every status change; returns the function that unsubscribes. */
  onStatus(listener: (status: AnalysisStatus) => void): () => void;
  /** Starts the analysis of the graph as shown, unless it is done or running for these filters. */
  ensure(): void;
  /** Marks a date comparison on the graph (undefined: none). */
  showDiff(diff: DateDiff | undefined): void;
  attach(renderer: Renderer): void;
  dispose(): void;
}

/** Whether the state asks for the figures (the tab open, or the drawing sized or coloured by them). */
const wanted = (s: ExplorerState): boolean =>
  s.tab === 'analysis' || s.sizeBy !== undefined || s.colourBy === 'community';

export function createAnalysisController(graph: StakeholderGraph, store: Store): AnalysisController {
  let status: AnalysisStatus = { kind: 'idle' };
  let run: AnalysisRun | undefined;
  let renderer: Renderer | undefined;
  let hood = new Map<string, number>();
  let diff: { appeared: Set<string>; ended: Set<string> } | undefined;
  /** Whether the overlay drawn now changes anything: with none before and none now, no redraw. */
  let overlaid = false;
  const listeners = new Set<(s: AnalysisStatus) => void>();
  const setStatus = (next: AnalysisStatus): void => {
    status = next;
    for (const l of [...listeners]) l(next);
    applyOverlay();
  };

  const start = (): void => {
    run?.cancel();
    const state = store.getState();
    const current = runAnalysis(graph, state, (progress) => setStatus({ kind: 'running', progress }));
    run = current;
    setStatus({ kind: 'running', progress: undefined });
    current.done.then(
      (result) => {
        if (run !== current) return;
        const index = new Map(result.nodes.map((n, i) => [n, i] as const));
        setStatus({ kind: 'done', result, index });
      },
      (error: Error) => {
        if (run === current && error.name !== 'AbortError')
          setStatus({ kind: 'error', message: error.message });
      },
    );
  };

  const updateHood = (state: ExplorerState): void => {
    const s = state.selection;
    hood = s?.kind === 'node' && state.hops > 0 ? neighbourhood(graph, s.id, state.hops, state) : new Map();
  };

  /** Sizes from 3 to 18 by the square root of the value's share of the largest (areas follow values). */
  function applyOverlay(): void {
    if (!renderer) return;
    const state = store.getState();
    const done = status.kind === 'done' ? status : undefined;
    const values = done && state.sizeBy ? done.result.values[state.sizeBy] : undefined;
    let max = 0;
    if (values) for (const v of values) if (v > max) max = v;
    const community = done && state.colourBy === 'community' ? done.result.community : undefined;
    const marks = diff;
    const active = values !== undefined || community !== undefined || hood.size > 0 || marks !== undefined;
    // Nothing laid over the drawing before or now (the usual case when a graph opens, and each
    // progress message of an analysis nobody shows yet): a full redraw would change no item.
    if (!active && !overlaid) return;
    overlaid = active;
    // Read after the early return: the theme asks the browser's storage and media queries.
    const faded = currentTheme().faded;
    renderer.overlay.node = active
      ? (node, data) => {
          const i = done?.index.get(node);
          if (values && i !== undefined) data.size = 3 + 15 * Math.sqrt(max > 0 ? values[i]! / max : 0);
          if (community && i !== undefined) data.color = communityColour(community[i]!);
          if (marks?.appeared.has(node)) {
            data.color = '#2e7d32';
            data.forceLabel = true;
          } else if (marks?.ended.has(node)) {
            data.color = '#c62828';
            data.forceLabel = true;
          }
          if (hood.size > 0 && !hood.has(node)) {
            data.color = faded;
            data.label = '';
          } else if (hood.size > 0) data.forceLabel = true;
        }
      : undefined;
    renderer.overlay.edge =
      hood.size > 0
        ? (edge, data) => {
            if (!hood.has(graph.source(edge)) || !hood.has(graph.target(edge))) data.hidden = true;
          }
        : undefined;
    renderer.redraw();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    const filters = filtersChanged(state, previous);
    if (filters && status.kind !== 'idle') {
      run?.cancel();
      run = undefined;
      status = { kind: 'idle' };
    }
    if (wanted(state) && status.kind === 'idle') start();
    const hoodChanged = filters || state.hops !== previous.hops || state.selection !== previous.selection;
    if (hoodChanged) updateHood(state);
    if (hoodChanged || state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy)
      applyOverlay();
  });
  updateHood(store.getState());

  return {
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ensure() {
      if (status.kind === 'idle') start();
    },
    showDiff(next) {
      diff =
        next === undefined
          ? undefined
          : {
              appeared: new Set([
                ...next.nodes.appeared.map((n) => n.id),
                ...next.relations.appeared.flatMap((r) => [r.source, r.target]),
              ]),
              ended: new Set([
                ...next.nodes.ended.map((n) => n.id),
                ...next.relations.ended.flatMap((r) => [r.source, r.target]),
              ]),
            };
      applyOverlay();
    },
    attach(r) {
      renderer = r;
      if (wanted(store.getState())) this.ensure();
      applyOverlay();
    },
    dispose() {
      unsubscribe();
      run?.cancel();
      listeners.clear();
    },
  };
}
