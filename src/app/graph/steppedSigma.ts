// Sigma's processing of a whole graph, in steps: the first draw, and full refreshes after that.
//
// sigma 3 processes a whole graph in one synchronous call when it is created: every node and edge
// goes through the reducers, then its position is normalised, its label put on the label grid and
// its vertices written into the WebGL programs' arrays. On a big graph that is one main-thread task
// of seconds (the page is frozen: no input, no progress bar). No sigma
// setting or package splits it, so this does the same work as sigma's constructor refresh and its
// `process()` (sigma 3.0.3, pinned in package.json), in slices a generator yields between, and
// then lets sigma draw; a full refresh (a filter change) is done the same way while the frame on
// screen stays, with the state sigma reads between frames swapped in during pauses. It calls
// sigma's private methods (addNodeToProgram, clearNodeIndices...) through the `SigmaInternals`
// view below; if one is missing (another sigma version), the steps fall back to sigma's own
// one-task refresh. Its own addNode and addEdge stand in for sigma's on the instance, so every
// path (sigma's partial refreshes too) makes display data the same way, from an `ItemDisplay` when
// one is given. tests/e2e/steppedSigma.test.ts checks, in Chromium, that the programs' arrays,
// indices and label grid come out equal to sigma's own.
import type { Attributes, default as Graph } from 'graphology-types';
import Sigma, { Camera } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Coordinates, Dimensions, EdgeDisplayData, Extent, NodeDisplayData } from 'sigma/types';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';

type RefreshOptions = Parameters<Sigma['refresh']>[0];

interface ProgramInternals {
  reallocate(capacity: number): void;
}

/** The private parts of sigma 3.0.3 that `process()` uses (see the file comment). */
interface SigmaInternals {
  settings: Settings;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  edgesWithForcedLabels: Set<string>;
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeProgramIndex: Record<string, number>;
  nodeExtent: { x: Extent; y: Extent };
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  customBBox: { x: Extent; y: Extent } | null;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: {
    resizeAndClear(dimensions: Dimensions, cellSize: number): void;
    add(key: string, size: number, position: Coordinates): void;
    organize(): void;
  };
  nodePrograms: Record<string, ProgramInternals>;
  edgePrograms: Record<string, ProgramInternals>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  needToProcess: boolean;
  clearNodeIndices(): void;
  clearEdgeIndices(): void;
  addNode(key: string): void;
  addEdge(key: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

const REQUIRED_METHODS = [
  'clearNodeIndices',
  'clearEdgeIndices',
  'addNode',
  'addEdge',
  'addNodeToProgram',
  'addEdgeToProgram',
] as const;

/** Items handled between two yields (a yield costs a generator resume and a clock read). */
const SLICE = 256;

/**
 * The items in sigma's zIndexOrdering order, in slices: that is a stable sort on `zIndex || 0`
 * (one comparator sort, hundreds of ms for 400k edges); here, a bucket per distinct zIndex.
 */
function* zOrderSteps(
  items: string[],
  zIndex: (item: string) => number,
  pause: () => Generator<number, void>,
): Generator<number, string[]> {
  const buckets = new Map<number, string[]>();
  for (let i = 0; i < items.length; i++) {
    const z = zIndex(items[i]!) || 0;
    const bucket = buckets.get(z);
    if (bucket === undefined) buckets.set(z, [items[i]!]);
    else bucket.push(items[i]!);
    if (i % SLICE === SLICE - 1) yield* pause();
  }
  const ordered: string[] = [];
  for (const z of [...buckets.keys()].sort((a, b) => a - b))
    for (const item of buckets.get(z)!) ordered.push(item);
  return ordered;
}

/**
 * How items become display data, given to SteppedSigma.create: a function per item kind that
 * returns a new object (never the attributes themselves) with what sigma draws, reducers applied.
 * It takes the place of sigma's copy of the attributes and of its reducer settings, so a graph
 * whose attributes are not display data (a domain graph) is drawn without a drawn copy of it.
 */
export interface ItemDisplay<N extends Attributes, E extends Attributes> {
  node(key: string, attributes: N): Partial<NodeDisplayData>;
  edge(key: string, attributes: E): Partial<EdgeDisplayData>;
}

type Make<D> = (key: string, attributes: Attributes) => Partial<D>;

/** An item's data before sigma's defaults: `make`'s when given, else a spread copy through `reduce`. */
function itemData<D>(
  key: string,
  attributes: Attributes,
  make: Make<D> | undefined,
  reduce: Make<D> | null,
): Partial<D> {
  if (make) return make(key, attributes);
  const copy = { ...attributes };
  return reduce ? reduce(key, copy) : (copy as Partial<D>);
}

/** Widens a [min, max] extent to take `z` in. */
function widen(extent: [number, number], z: number): void {
  if (z < extent[0]) extent[0] = z;
  if (z > extent[1]) extent[1] = z;
}

/**
 * sigma's private addNode (sigma 3.0.3), with the display data from `display` when given, else
 * from a spread copy of the attributes through the nodeReducer setting, as sigma does.
 */
function addNodeData(
  internals: SigmaInternals,
  graph: Graph,
  key: string,
  display: ItemDisplay<Attributes, Attributes> | undefined,
): void {
  const settings = internals.settings;
  const data = itemData(key, graph.getNodeAttributes(key), display?.node, settings.nodeReducer);
  // sigma's applyNodeDefaults:
  const d = data as NodeDisplayData;
  if (!Object.hasOwn(d, 'x') || !Object.hasOwn(d, 'y'))
    throw new Error(`Sigma: could not find a valid position (x, y) for node "${key}".`);
  if (!d.color) d.color = settings.defaultNodeColor;
  if (!d.label && d.label !== '') d.label = null;
  if (d.label !== undefined && d.label !== null) d.label = `${d.label}`;
  else d.label = null;
  if (!d.size) d.size = 2;
  if (!Object.hasOwn(d, 'hidden')) d.hidden = false;
  if (!Object.hasOwn(d, 'highlighted')) d.highlighted = false;
  if (!Object.hasOwn(d, 'forceLabel')) d.forceLabel = false;
  if (!d.type) d.type = settings.defaultNodeType;
  if (!d.zIndex) d.zIndex = 0;
  internals.nodeDataCache[key] = d;
  internals.nodesWithForcedLabels.delete(key);
  if (d.forceLabel && !d.hidden) internals.nodesWithForcedLabels.add(key);
  internals.highlightedNodes.delete(key);
  if (d.highlighted && !d.hidden) internals.highlightedNodes.add(key);
  if (settings.zIndex) widen(internals.nodeZExtent, d.zIndex);
}

/**
 * sigma's private addEdge (sigma 3.0.3), with the display data from `display` when given, else
 * copying the attributes with a spread rather than Object.assign: in Chromium the latter allocated
 * far more than the object's size per edge, and the garbage meant long GC pauses on big graphs.
 * The same data results (tests/e2e/steppedSigma.test.ts compares the caches).
 */
function addEdgeData(
  internals: SigmaInternals,
  graph: Graph,
  key: string,
  display: ItemDisplay<Attributes, Attributes> | undefined,
): void {
  const settings = internals.settings;
  const data = itemData(key, graph.getEdgeAttributes(key), display?.edge, settings.edgeReducer);
  // sigma's applyEdgeDefaults:
  const d = data as EdgeDisplayData;
  if (!d.color) d.color = settings.defaultEdgeColor;
  if (!d.label) d.label = '';
  if (!d.size) d.size = 0.5;
  if (!Object.hasOwn(d, 'hidden')) d.hidden = false;
  if (!Object.hasOwn(d, 'forceLabel')) d.forceLabel = false;
  if (!d.type) d.type = settings.defaultEdgeType;
  if (!d.zIndex) d.zIndex = 0;
  internals.edgeDataCache[key] = d;
  internals.edgesWithForcedLabels.delete(key);
  if (d.forceLabel && !d.hidden) internals.edgesWithForcedLabels.add(key);
  if (settings.zIndex) widen(internals.edgeZExtent, d.zIndex);
}

/**
 * What sigma's processing writes and its hover, labels and getters read between frames. While a
 * graph is reprocessed in steps (refreshSteps), the state being built and the state on screen
 * trade places at every pause, so between slices sigma sees the frame it shows, whole.
 */
const PROCESSED_STATE = [
  'nodeDataCache',
  'edgeDataCache',
  'nodeProgramIndex',
  'edgesWithForcedLabels',
  'nodesWithForcedLabels',
  'highlightedNodes',
  'nodeZExtent',
  'edgeZExtent',
  'labelGrid',
  'nodeExtent',
  'normalizationFunction',
  'itemIDsIndex',
  'nodeIndices',
  'edgeIndices',
] as const;
type ProcessedState = Record<(typeof PROCESSED_STATE)[number], unknown>;

function takeState(internals: SigmaInternals): ProcessedState {
  const fields = internals as unknown as ProcessedState;
  const state = {} as ProcessedState;
  for (const key of PROCESSED_STATE) state[key] = fields[key];
  return state;
}

function putState(internals: SigmaInternals, state: ProcessedState): void {
  const fields = internals as unknown as ProcessedState;
  for (const key of PROCESSED_STATE) fields[key] = state[key];
}

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
    const internals = sigma as unknown as SigmaInternals;
    const drawn = (): Graph => sigma.getGraph() as unknown as Graph;
    if (typeof internals.addNode === 'function' && typeof internals.addEdge === 'function') {
      internals.addNode = (key) => addNodeData(internals, drawn(), key, sigma.itemDisplay);
      internals.addEdge = (key) => addEdgeData(internals, drawn(), key, sigma.itemDisplay);
    }
    return sigma;
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
      // Empty caches, so public getters answer "no data" instead of throwing until the steps run.
      const internals = this as unknown as SigmaInternals;
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
    const internals = this as unknown as SigmaInternals;
    if (!REQUIRED_METHODS.every((m) => typeof internals[m] === 'function')) {
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
          // sigma's clearNodeIndices keeps this one; the frame on screen needs its own.
          internals.nodeProgramIndex = {};
        }
        try {
          yield* this.processSteps(internals, run);
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

  /**
   * sigma's process() loop that numbers the items of one kind and writes them into their
   * program's arrays, in slices. `count` carries the next item id and the items handled.
   */
  private *programSteps(
    internals: SigmaInternals,
    run: number,
    count: { id: number; done: number; itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }> },
    kind: 'node' | 'edge',
    items: readonly string[],
    indices: Record<string, number>,
    perProgram: Record<string, number>,
  ): Generator<number, void> {
    const cache = kind === 'node' ? internals.nodeDataCache : internals.edgeDataCache;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const id = count.id++;
      indices[item] = id;
      count.itemIDsIndex[id] = { type: kind, id: item };
      const type = cache[item]!.type;
      const position = perProgram[type];
      if (position === undefined)
        throw new Error(`Sigma: could not find a suitable program for ${kind} type "${type}"!`);
      perProgram[type] = position + 1;
      if (kind === 'node') internals.addNodeToProgram(item, id, position);
      else internals.addEdgeToProgram(item, id, position);
      if (++count.done % SLICE === 0) {
        yield* this.pause(count.done, run);
        if (this.halted(run)) return;
      }
    }
  }

  private *processSteps(internals: SigmaInternals, run: number): Generator<number, void> {
    const graph = this.getGraph();
    const settings = internals.settings;
    let done = 0;

    // 1. Reducers and defaults (sigma's refresh(): clear the indices, addNode/addEdge each item).
    internals.clearEdgeIndices();
    internals.clearNodeIndices();
    let nodes = graph.nodes();
    for (let i = 0; i < nodes.length; i++) {
      internals.addNode(nodes[i]!);
      if (++done % SLICE === 0) {
        yield* this.pause(done, run);
        if (this.halted(run)) return;
      }
    }
    let edges = graph.edges();
    for (let i = 0; i < edges.length; i++) {
      internals.addEdge(edges[i]!);
      if (++done % SLICE === 0) {
        yield* this.pause(done, run);
        if (this.halted(run)) return;
      }
    }

    // 2. sigma's process(), the same statements in the same order, sliced.
    this.emit('beforeProcess');
    const dimensions = this.getDimensions();
    internals.nodeExtent = graphExtent(graph);
    if (!settings.autoRescale) {
      const { x, y } = internals.nodeExtent;
      internals.nodeExtent = {
        x: [(x[0] + x[1]) / 2 - dimensions.width / 2, (x[0] + x[1]) / 2 + dimensions.width / 2],
        y: [(y[0] + y[1]) / 2 - dimensions.height / 2, (y[0] + y[1]) / 2 + dimensions.height / 2],
      };
    }
    internals.normalizationFunction = createNormalizationFunction(
      internals.customBBox ?? internals.nodeExtent,
    );
    const nullCameraMatrix = matrixFromCamera(
      new Camera().getState(),
      dimensions,
      this.getGraphDimensions(),
      this.getStagePadding(),
    );
    internals.labelGrid.resizeAndClear(dimensions, settings.labelGridCellSize);
    const nodesPerProgram: Record<string, number> = {};
    const nodeIndices: Record<string, number> = {};
    const edgeIndices: Record<string, number> = {};
    const itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }> = {};
    for (let i = 0; i < nodes.length; i++) {
      // (Positions, label grid, counts: not counted in the progress, but sliced all the same.)
      if (i % SLICE === SLICE - 1) {
        yield* this.pause(done, run);
        if (this.halted(run)) return;
      }
      const node = nodes[i]!;
      const data = internals.nodeDataCache[node]!;
      const attributes = graph.getNodeAttributes(node) as unknown as Coordinates;
      data.x = attributes.x;
      data.y = attributes.y;
      internals.normalizationFunction.applyTo(data);
      if (typeof data.label === 'string' && !data.hidden)
        internals.labelGrid.add(
          node,
          data.size,
          this.framedGraphToViewport(data, { matrix: nullCameraMatrix }),
        );
      nodesPerProgram[data.type] = (nodesPerProgram[data.type] ?? 0) + 1;
    }
    internals.labelGrid.organize();
    for (const type of Object.keys(internals.nodePrograms)) {
      internals.nodePrograms[type]!.reallocate(nodesPerProgram[type] ?? 0);
      nodesPerProgram[type] = 0;
    }
    if (settings.zIndex && internals.nodeZExtent[0] !== internals.nodeZExtent[1])
      nodes = yield* zOrderSteps(
        nodes,
        (n) => internals.nodeDataCache[n]!.zIndex,
        () => this.pause(done, run),
      );
    if (this.halted(run)) return;
    const count = { id: 1, done, itemIDsIndex };
    yield* this.programSteps(internals, run, count, 'node', nodes, nodeIndices, nodesPerProgram);
    if (this.halted(run)) return;
    done = count.done;

    const edgesPerProgram: Record<string, number> = {};
    for (let i = 0; i < edges.length; i++) {
      const type = internals.edgeDataCache[edges[i]!]!.type;
      edgesPerProgram[type] = (edgesPerProgram[type] ?? 0) + 1;
    }
    if (settings.zIndex && internals.edgeZExtent[0] !== internals.edgeZExtent[1])
      edges = yield* zOrderSteps(
        edges,
        (e) => internals.edgeDataCache[e]!.zIndex,
        () => this.pause(done, run),
      );
    if (this.halted(run)) return;
    for (const type of Object.keys(internals.edgePrograms)) {
      internals.edgePrograms[type]!.reallocate(edgesPerProgram[type] ?? 0);
      edgesPerProgram[type] = 0;
    }
    yield* this.pause(done, run);
    if (this.halted(run)) return;
    yield* this.programSteps(internals, run, count, 'edge', edges, edgeIndices, edgesPerProgram);
    if (this.halted(run)) return;
    internals.itemIDsIndex = itemIDsIndex;
    internals.nodeIndices = nodeIndices;
    internals.edgeIndices = edgeIndices;
    this.emit('afterProcess');
  }
}
