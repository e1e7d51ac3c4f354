// Sigma's processing of a whole graph, in steps: the first draw, and full refreshes after that.
//
// sigma 3 processes a whole graph in one synchronous call (every item through the reducers, then
// positions normalised, the label grid filled and the WebGL programs' arrays written), which
// freezes the page on a big graph, and no sigma setting or package splits it. SteppedSigma runs
// the same statements (processSteps.ts, after sigma 3.0.3, pinned in package.json) in slices, then
// lets sigma draw; a full refresh (a filter change) runs the same way while the frame on screen
// stays. It drives sigma's private fields and methods, checked one by one (sigmaInternals.ts);
// with another sigma it falls back to sigma's own one-task refresh. Its addNode and addEdge stand
// in for sigma's on the instance, so every path (partial refreshes too) makes display data the
// same way (itemDisplay.ts). tests/e2e/steppedSigma.test.ts checks in Chromium that programs'
// arrays, indices, label grid and display data come out bit for bit as sigma's own. Items added,
// changed or dropped one at a time (an editor's edits) are written in place (localRefresh.ts)
// instead of sigma's full refresh; the same test checks the picture they give.
import type { Attributes, default as Graph } from 'graphology-types';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { addEdgeData, addNodeData, type ItemDisplay } from './itemDisplay.ts';
import { dropEdgeLocally, dropNodeLocally, type ItemIds, makeRoom, refreshLocally } from './localRefresh.ts';
import { processSteps } from './processSteps.ts';
import {
  type ProcessedState,
  putState,
  type SigmaInternals,
  sigmaInternals,
  takeState,
} from './sigmaInternals.ts';

type RefreshOptions = Parameters<Sigma['refresh']>[0];

// Set while a SteppedSigma's constructor runs: sigma's constructor calls refresh() before the
// subclass's own fields exist.
let constructing = false;

/**
 * A sigma that does not process or draw its graph when created: `firstDrawSteps()` does it in
 * slices, and `refreshSteps()` does a full refresh the same way later. While steps run, renders
 * are held; a partial redraw (hover, selection) waits for the end, and any other refresh makes
 * the steps start over, so a frame never shows stale reducer output.
 */
export class SteppedSigma<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends Sigma<N, E, G> {
  private drawn = false;
  private stale = false;
  private killed = false;
  /** Items a partial refresh asked for while the steps ran: refreshed once they end. */
  private pendingNodes = new Set<string>();
  private pendingEdges = new Set<string>();
  /** While refreshSteps runs: the state of the frame on screen (see PROCESSED_STATE). */
  private shown: ProcessedState | undefined;
  /** The steps allowed to go on (each drawSteps call is a run; settle() stops them all). */
  private current = 0;
  private runs = 0;

  /** The next picking id for an item added in place (localRefresh.ts); set once sigma has processed. */
  private itemIds: ItemIds | undefined;

  /** Set once items are to be added in place (an editor): programs keep free slots (keepRoomForEdits). */
  private roomForEdits = false;

  /** Nodes whose degree a relation dropped in place changed: drawn again once the task's drops end. */
  private droppedEnds = new Set<string>();

  /** See ItemDisplay; undefined: sigma's copy of the attributes and its reducer settings. */
  private itemDisplay: ItemDisplay<Attributes, Attributes> | undefined;

  /**
   * A SteppedSigma on `graph`, as `new Sigma(graph, container, settings)` but not processed yet.
   * With `display`, items are drawn from what it returns for their attributes (see ItemDisplay).
   */
  static create<N extends Attributes, E extends Attributes, G extends Attributes>(
    graph: ConstructorParameters<typeof Sigma<N, E, G>>[0],
    container: HTMLElement,
    settings?: ConstructorParameters<typeof Sigma<N, E, G>>[2],
    display?: ItemDisplay<N, E>,
  ): SteppedSigma<N, E, G> {
    constructing = true;
    let sigma: SteppedSigma<N, E, G>;
    try {
      sigma = new SteppedSigma<N, E, G>(graph, container, settings);
    } finally {
      constructing = false;
    }
    sigma.itemDisplay = display as ItemDisplay<Attributes, Attributes> | undefined;
    // sigma's own paths (partial refreshes, graph events, settle) add items with these too: the
    // instance's functions shadow sigma's private methods of the same names.
    const internals = sigmaInternals(sigma);
    const drawn = (): Graph => sigma.getGraph() as unknown as Graph;
    if (internals) {
      internals.addNode = (key) => addNodeData(internals, drawn(), key, sigma.itemDisplay);
      internals.addEdge = (key) => addEdgeData(internals, drawn(), key, sigma.itemDisplay);
      // process() numbers every node, then every edge, from 1: the next picking id is past them.
      sigma.on('afterProcess', () => {
        sigma.itemIds = { next: drawn().order + drawn().size + 1, freeSlots: new Map() };
        if (sigma.roomForEdits) sigma.scheduleRoom();
      });
      sigma.dropInPlace(drawn());
    }
    return sigma;
  }

  /**
   * From now on (an editor is open), every program keeps free slots for items added in place: made
   * now and after each full process (which sizes every program to its items), in a task of their
   * own, so that the first item an edit adds does not copy its program's whole array in the edit.
   */
  keepRoomForEdits(): void {
    if (this.roomForEdits) return;
    this.roomForEdits = true;
    this.scheduleRoom();
  }

  private scheduleRoom(): void {
    setTimeout(() => {
      const internals = !this.killed && this.drawn && this.itemIds && sigmaInternals(this);
      // While steps run (not drawn), their end's afterProcess asks again.
      if (internals && !internals.needToProcess) makeRoom(internals, this.itemIds!);
    }, 0);
  }

  /**
   * sigma answers a dropped node or relation with a full refresh (every item processed again, in
   * one task); here its slot is blanked in place instead when it can be (localRefresh.ts), by
   * standing in for sigma's own graph listeners of those events.
   */
  private dropInPlace(graph: Graph): void {
    type Listener = (payload: { key: string; source?: string; target?: string }) => void;
    const listeners = (this as unknown as { activeListeners?: Record<string, Listener | undefined> })
      .activeListeners;
    const swaps = [
      ['nodeDropped', 'dropNodeGraphUpdate', 'node'],
      ['edgeDropped', 'dropEdgeGraphUpdate', 'edge'],
    ] as const;
    for (const [event, name, kind] of swaps) {
      const own = listeners?.[name];
      if (!listeners || typeof own !== 'function') continue;
      const local: Listener = (payload) => {
        if (!this.dropLocally(kind, payload)) own(payload);
      };
      // sigma's kill() removes the listener it finds under this name: this one.
      graph.removeListener(event, own);
      listeners[name] = local;
      graph.on(event, local);
    }
  }

  private dropLocally(
    kind: 'node' | 'edge',
    payload: { key: string; source?: string; target?: string },
  ): boolean {
    const internals = this.drawn && this.itemIds && sigmaInternals(this);
    if (!internals || internals.needToProcess) return false;
    if (kind === 'node') {
      if (!dropNodeLocally(this as unknown as Sigma, internals, payload.key)) return false;
    } else {
      if (!dropEdgeLocally(internals, payload.key)) return false;
      // Its ends' sizes follow their degree: redrawn once this task's drops end (a node dropped
      // drops its relations one by one first).
      if (this.droppedEnds.size === 0) queueMicrotask(() => this.redrawDroppedEnds());
      for (const end of [payload.source, payload.target]) if (end !== undefined) this.droppedEnds.add(end);
    }
    this.scheduleRender();
    return true;
  }

  private redrawDroppedEnds(): void {
    const graph = this.getGraph();
    const nodes = [...this.droppedEnds].filter((n) => graph.hasNode(n));
    this.droppedEnds.clear();
    // Steps running meanwhile process every item again anyway.
    if (!this.drawn || nodes.length === 0) return;
    this.refresh({ partialGraph: { nodes }, schedule: true });
  }

  /**
   * A copy of the settings, for drawing this graph elsewhere as this sigma does (a second sigma
   * given them draws the same): with an ItemDisplay, its functions stand as the reducers.
   */
  override getSettings(): Settings<N, E, G> {
    const settings = super.getSettings();
    const display = this.itemDisplay as ItemDisplay<N, E> | undefined;
    return display ? { ...settings, nodeReducer: display.node, edgeReducer: display.edge } : settings;
  }

  /**
   * Changes settings that only drawing reads (label colours), without the full refresh sigma's
   * setSetting schedules (one long task on a big graph): the caller redraws as it needs.
   */
  setDrawingSettings(settings: Partial<Settings<N, E, G>>): void {
    // sigma's own setSetting writes into the same object (its captors hold it too).
    Object.assign((this as unknown as SigmaInternals).settings, settings);
  }

  override refresh(opts?: RefreshOptions): this {
    if (constructing) {
      const internals = sigmaInternals(this);
      // Not the sigma this was written against: its own refresh, as a plain sigma would.
      if (!internals) return super.refresh(opts);
      // Empty caches, so public getters answer "no data" instead of throwing until the steps run.
      internals.clearEdgeIndices();
      internals.clearNodeIndices();
      return this;
    }
    if (!this.drawn) {
      // A redraw of some items with unchanged positions (a hover, a selection) waits for the end
      // of the steps; anything else may change what the steps computed: they start over.
      if (opts?.partialGraph && opts.skipIndexation) {
        for (const n of opts.partialGraph.nodes ?? []) this.pendingNodes.add(n);
        for (const e of opts.partialGraph.edges ?? []) this.pendingEdges.add(e);
      } else this.stale = true;
      return this;
    }
    // Items added or changed (graph events, as the editor makes them): written in place if they can be.
    const internals = this.itemIds && opts?.partialGraph && !opts.skipIndexation && sigmaInternals(this);
    if (
      internals &&
      refreshLocally(this as unknown as Sigma, internals, opts!.partialGraph!, this.itemIds!)
    ) {
      if (opts!.schedule) this.scheduleRender();
      else (this as unknown as { render(): void }).render();
      return this;
    }
    return super.refresh(opts);
  }

  override scheduleRender(): this {
    return this.drawn ? super.scheduleRender() : this;
  }

  override kill(): void {
    this.killed = true;
    super.kill();
  }

  /** False while the steps run (before the first frame, or while refreshSteps reprocesses). */
  isDrawn(): boolean {
    return this.drawn;
  }

  /**
   * Ends running steps at once with sigma's own full refresh, in this task: for what cannot wait
   * for them (a live layout moves every node each frame, which would restart them forever). The
   * abandoned steps end at their next resume without touching anything.
   */
  settle(): void {
    if (this.drawn) return;
    const internals = this as unknown as SigmaInternals;
    this.current = 0;
    if (this.shown) {
      putState(internals, this.shown);
      this.shown = undefined;
    }
    this.drawn = true;
    this.pendingNodes.clear();
    this.pendingEdges.clear();
    super.refresh();
  }

  private halted(run: number): boolean {
    return this.killed || this.current !== run;
  }

  /**
   * Processes the graph as sigma's first refresh does, yielding the count of items handled so
   * far (every node and edge is handled twice: reducers, then programs), then draws the first
   * frame. The counts go up to 2 × (nodes + edges).
   */
  *firstDrawSteps(): Generator<number, void> {
    yield* this.drawSteps(false);
  }

  /**
   * sigma's full refresh (every item through the reducers again, after a filter change), in
   * slices. The frame on screen stays, and sigma's hover and getters keep answering from it,
   * until the new one is drawn; the camera moves on when it is. Asked for while steps run, it
   * makes those start over and returns at once.
   */
  *refreshSteps(): Generator<number, void> {
    if (!this.drawn) {
      this.stale = true;
      return;
    }
    this.drawn = false;
    yield* this.drawSteps(true);
  }

  private *drawSteps(keepShown: boolean): Generator<number, void> {
    const internals = sigmaInternals(this);
    if (!internals) {
      // Not the sigma this was written against: its own processing, in one task.
      this.drawn = true;
      super.refresh();
      return;
    }
    // The frame on screen's state, kept across restarts (a restart drops a finished but stale pass).
    let shown = keepShown ? takeState(internals) : undefined;
    const run = ++this.runs;
    this.current = run;
    try {
      do {
        this.stale = false;
        if (shown) {
          this.shown = shown;
          // sigma's clearNodeIndices keeps this one (it clears edgeProgramIndex instead, as
          // clearEdgeIndices does); the frame on screen needs its own.
          internals.nodeProgramIndex = {};
        }
        try {
          yield* processSteps({
            sigma: this as unknown as Sigma,
            internals,
            pause: (done) => this.pause(done, run),
            halted: () => this.halted(run),
          });
        } finally {
          if (this.current === run) {
            shown = this.shown;
            this.shown = undefined;
          }
        }
        if (this.halted(run)) return;
      } while (this.stale);
    } catch (error) {
      // sigma's own refresh works again (the caller may fall back on it).
      this.drawn = true;
      throw error;
    }
    this.drawn = true;
    internals.needToProcess = false;
    // An empty partial refresh with skipIndexation draws at once without reprocessing anything.
    super.refresh({ partialGraph: {}, skipIndexation: true });
    if (this.pendingNodes.size > 0 || this.pendingEdges.size > 0) {
      const nodes = [...this.pendingNodes].filter((n) => this.getGraph().hasNode(n));
      const edges = [...this.pendingEdges].filter((e) => this.getGraph().hasEdge(e));
      this.pendingNodes.clear();
      this.pendingEdges.clear();
      super.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    }
  }

  /** A pause between slices; while reprocessing, sigma sees the shown state during it. */
  private *pause(done: number, run: number): Generator<number, void> {
    const internals = this as unknown as SigmaInternals;
    const shown = this.shown;
    if (shown === undefined) {
      yield done;
      return;
    }
    const building = takeState(internals);
    putState(internals, shown);
    try {
      yield done;
    } finally {
      // (Graph events between slices may have updated the shown state: keep what is there now.
      // Abandoned by settle(), the steps leave sigma's state as settle() made it.)
      if (this.current === run) {
        this.shown = takeState(internals);
        putState(internals, building);
      }
    }
  }
}
