// The sigma setup in one place: programs, theme, reducers for filters and highlighting, events, camera, layout.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from '../../graph/index.ts';
import { RELATION_KINDS } from '../../schema/index.ts';
import { flaggedStatus, markText } from '../claimMarks.ts';
import { chosenPath } from '../state/paths.ts';
import { type CameraState, type ExplorerState, type Store, sameSelection } from '../state/store.ts';
import { filtersChanged, isEdgeShown, isNodeShown } from '../state/visibility.ts';
import { runSteps } from '../tasks.ts';
import { type CanvasTheme, currentTheme, onThemeChange } from '../theme.ts';
import {
  type Curves,
  curves as curvesOf,
  type DisplayEdge,
  type DisplayNode,
  displayEdge,
  displayNode,
} from './displayData.ts';
import { drawThemedHover } from './drawHover.ts';
import { createLabelDrawer } from './labels.ts';
import { levelOfDetail } from './lod.ts';
import { SteppedSigma } from './steppedSigma.ts';
import { pickOnlyWhenStill } from './stillPicking.ts';

/** sigma on the domain graph itself; what it draws comes from displayData.ts through the reducers. */
export type ExplorerSigma = SteppedSigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface Renderer {
  readonly sigma: ExplorerSigma;
  /**
   * Sigma's first processing and frame, in slices (steppedSigma.ts): run it with runSteps. It
   * yields the count of items handled, up to 2 × (nodes + edges). Nothing is drawn before.
   */
  firstDraw(): Generator<number, void>;
  /** Moves the camera onto a node (animated). */
  focusNode(node: string): void;
  /** Frames these nodes (animated): the camera shows their bounding box with a margin. */
  frameNodes(nodes: readonly string[]): void;
  zoom(factor: number): void;
  fit(): void;
  startLayout(): void;
  stopLayout(): void;
  isLayoutRunning(): boolean;
  resetLayout(): void;
  /** Calls back when the layout starts or stops. */
  onLayoutChange(callback: (running: boolean) => void): void;
  /** Stops the layout worker, timers and theme listener and frees the WebGL canvas (before a new graph). */
  kill(): void;
}

const DEFAULT_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1 };
const CAMERA_EPSILON = 1e-4;

function sameCamera(a: CameraState, b: CameraState): boolean {
  return (
    Math.abs(a.x - b.x) < CAMERA_EPSILON &&
    Math.abs(a.y - b.y) < CAMERA_EPSILON &&
    Math.abs(a.ratio - b.ratio) < CAMERA_EPSILON
  );
}

export function createRenderer(
  container: HTMLElement,
  graph: StakeholderGraph,
  store: Store,
  tooltip: HTMLElement,
  /** The curves of parallel edges, when the caller worked them out already (in steps, see curvesSteps). */
  curves: Curves = curvesOf(graph),
): Renderer {
  let theme: CanvasTheme = currentTheme();
  // Big graphs: fewer labels, edges and labels hidden while the camera moves (lod.ts), and
  // highlights redraw only what they change (the rest is not faded; see redrawHighlights).
  const lod = levelOfDetail(graph.order, graph.size);
  const fadeNode = (data: DisplayNode): Partial<NodeDisplayData> =>
    lod.partialHighlight ? data : { ...data, color: theme.faded, label: '', zIndex: 0 };
  const fadeEdge = (base: DisplayEdge & Partial<EdgeDisplayData>): Partial<EdgeDisplayData> =>
    lod.partialHighlight ? base : { ...base, color: theme.faded, zIndex: 0 };
  let hoveredNode: string | undefined;
  let hoveredEdge: string | undefined;
  let neighbours = new Set<string>();
  let focus: string | undefined;
  // The chosen path of the Paths tab: its nodes and edges stand out, the rest fades.
  let pathNodes = new Set<string>();
  let pathEdges = new Set<string>();
  let pathEnds = new Set<string>();
  const updatePath = (): void => {
    const path = chosenPath(store.getState().paths);
    pathNodes = new Set(path?.nodes ?? []);
    pathEdges = new Set(path?.edges.map((e) => e.id) ?? []);
    pathEnds = new Set(path ? [path.nodes[0]!, path.nodes[path.nodes.length - 1]!] : []);
  };

  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  const updateFocus = (): void => {
    const selection = store.getState().selection;
    const selected = selection?.kind === 'node' && graph.hasNode(selection.id) ? selection.id : undefined;
    focus = hoveredNode ?? selected;
    neighbours = new Set(focus === undefined ? [] : graph.neighbors(focus));
  };

  const selectedEdge = (): string | undefined => {
    const s = store.getState().selection;
    return s?.kind === 'edge' && graph.hasEdge(s.id) ? s.id : undefined;
  };

  const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
    const state = store.getState();
    if (!isNodeShown(graph, node, state)) return { ...data, hidden: true };
    const edge = selectedEdge();
    const selected = state.selection?.kind === 'node' && state.selection.id === node;
    if (pathNodes.size > 0 && hoveredNode === undefined) {
      // Path nodes get the boxed hover label, drawn above the thick path edges so they stay readable.
      if (pathNodes.has(node))
        return {
          ...data,
          forceLabel: true,
          highlighted: true,
          zIndex: 2,
          size: data.size * (pathEnds.has(node) ? 1.5 : 1.25),
        };
      return selected ? { ...data, forceLabel: true, zIndex: 1, size: data.size * 1.4 } : fadeNode(data);
    }
    if (edge !== undefined && hoveredNode === undefined) {
      const end = graph.source(edge) === node || graph.target(edge) === node;
      return end ? { ...data, forceLabel: true, zIndex: 2, size: data.size * 1.3 } : fadeNode(data);
    }
    // Only the hovered node gets sigma's boxed "highlighted" label (drawn above the others); the
    // selection is marked by size and a forced label so it takes part in the overlap check.
    // (sigma hands reducers a copy of the attributes: the common case returns it as it is.)
    if (focus === undefined && !selected) return data;
    const emphasis = selected ? { forceLabel: true, zIndex: 2, size: data.size * 1.4 } : {};
    if (focus === undefined) return { ...data, ...emphasis };
    if (node === hoveredNode) return { ...data, ...emphasis, highlighted: true, forceLabel: true, zIndex: 3 };
    if (node === focus || selected) return { ...data, forceLabel: true, zIndex: 2, size: data.size * 1.4 };
    if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
    return fadeNode(data);
  };

  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
    const state = store.getState();
    if (!isEdgeShown(graph, edge, state)) return { ...data, hidden: true };
    // sigma hands reducers a copy of the attributes: colour it in place (no allocation per edge).
    const base: DisplayEdge & Partial<EdgeDisplayData> = data;
    base.color = data.stated ? theme.edge : theme.inferredEdge;
    const selected = selectedEdge();
    if (edge === hoveredEdge || edge === selected) {
      return { ...base, color: theme.highlightEdge, size: 3, zIndex: 2 };
    }
    if (pathEdges.size > 0 && hoveredNode === undefined)
      return pathEdges.has(edge)
        ? { ...base, color: theme.highlightEdge, size: 3.5, zIndex: 2 }
        : fadeEdge(base);
    if (selected !== undefined && hoveredNode === undefined) return fadeEdge(base);
    if (focus === undefined) return base;
    const incident = graph.source(edge) === focus || graph.target(edge) === focus;
    return incident ? { ...base, color: theme.highlightEdge, size: 2, zIndex: 1 } : fadeEdge(base);
  };

  /** The nodes and edges a highlight draws differently from the rest (selection, focus, path). */
  const marked = (): { nodes: Set<string>; edges: Set<string> } => {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const s = store.getState().selection;
    if (s?.kind === 'node' && graph.hasNode(s.id)) nodes.add(s.id);
    const edge = selectedEdge();
    if (edge !== undefined) {
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
    if (hoveredEdge !== undefined) edges.add(hoveredEdge);
    if (focus !== undefined) {
      nodes.add(focus);
      for (const n of neighbours) nodes.add(n);
      graph.forEachEdge(focus, (e) => {
        edges.add(e);
      });
    }
    for (const n of pathNodes) nodes.add(n);
    for (const e of pathEdges) edges.add(e);
    return { nodes, edges };
  };
  let lastMarked = { nodes: new Set<string>(), edges: new Set<string>() };

  /**
   * The items whose visibility a filter change can alter, when only node kinds or only relation
   * kinds were switched (the nodes of those kinds with their edges, or the edges of those kinds);
   * undefined for other changes (dates, stated only), which redraw everything.
   */
  const filterChanges = (
    state: ExplorerState,
    previous: ExplorerState,
  ): { nodes: Set<string>; edges: Set<string> } | undefined => {
    const same = state.asOf === previous.asOf && state.statedOnly === previous.statedOnly;
    if (!same) return undefined;
    const toggled = <K>(a: readonly K[], b: readonly K[]): Set<K> =>
      new Set([...a.filter((k) => !b.includes(k)), ...b.filter((k) => !a.includes(k))]);
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (state.hiddenRelationKinds === previous.hiddenRelationKinds) {
      const kinds = toggled(state.hiddenNodeKinds, previous.hiddenNodeKinds);
      graph.forEachNode((node, a) => {
        if (!kinds.has(a.kind)) return;
        nodes.add(node);
        graph.forEachEdge(node, (edge) => {
          edges.add(edge);
        });
      });
      return { nodes, edges };
    }
    if (state.hiddenNodeKinds === previous.hiddenNodeKinds) {
      const kinds = toggled(state.hiddenRelationKinds, previous.hiddenRelationKinds);
      graph.forEachEdge((edge, a) => {
        if (kinds.has(a.kind)) edges.add(edge);
      });
      return { nodes, edges };
    }
    return undefined;
  };

  // The highlight the store asks for at the start (a permalink's selection or path), before sigma's
  // first processing applies the reducers: no second pass over the whole graph.
  updateFocus();
  updatePath();
  lastMarked = marked();

  const labels = createLabelDrawer();
  const sigma: ExplorerSigma = SteppedSigma.create<NodeAttributes, EdgeAttributes, GraphAttributes>(
    graph,
    container,
    {
      defaultEdgeType: 'straight',
      // Big graphs: one-pixel lines (no arrowheads, no curves) cost a fraction of the fill work.
      edgeProgramClasses: lod.lineEdges
        ? { straight: EdgeLineProgram, curved: EdgeLineProgram }
        : { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
      enableEdgeEvents: lod.enableEdgeEvents,
      hideEdgesOnMove: lod.hideEdgesOnMove,
      hideLabelsOnMove: lod.hideLabelsOnMove,
      // Only relations with a flagged claim carry a label ("⚠ disputed", see displayData.ts).
      renderEdgeLabels: true,
      edgeLabelColor: { color: theme.label },
      edgeLabelSize: 12,
      labelColor: { color: theme.label },
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      // Labels on a grid, a few per cell, and never over another (labels.ts); more appear as one zooms in.
      labelDensity: lod.labelDensity,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: lod.labelRenderedSizeThreshold,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      defaultDrawNodeLabel: labels.draw,
      defaultDrawNodeHover: (context, data, settings) => drawThemedHover(context, data, settings, theme),
    },
    // sigma draws the domain graph: each item's display data is made from its attributes and then
    // reduced, one new object per item (no drawn copy of the graph; see displayData.ts).
    {
      node: (node, a) => nodeReducer(node, displayNode(graph, node, a)),
      edge: (edge, a) => edgeReducer(edge, displayEdge(edge, a, curves)),
    },
  );
  // No picking pass per mouse event while the camera moves; a render, not a refresh, after a drag.
  pickOnlyWhenStill(sigma);

  // Before each frame, reserve the selected node's label so the overlap check gives way to it.
  // (Its cached display data is not yet normalised here, so positions come from the graph.)
  sigma.on('beforeRender', () => {
    const s = store.getState().selection;
    const data = s?.kind === 'node' && graph.hasNode(s.id) ? sigma.getNodeDisplayData(s.id) : undefined;
    if (!s || !data || data.hidden) {
      labels.reset();
      return;
    }
    const at = sigma.graphToViewport(graph.getNodeAttributes(s.id));
    labels.reset({
      key: s.id,
      x: at.x,
      y: at.y,
      size: sigma.scaleSize(data.size),
      label: data.label ?? '',
      labelSize: sigma.getSetting('labelSize'),
    });
  });

  /**
   * Every item through the reducers again (a date or "stated only" filter, a theme switch). On big
   * graphs in slices (SteppedSigma.refreshSteps: the current frame stays, and the graph area says
   * it is updating, until the new one is drawn); at once on small ones, and while the layout runs
   * (it moves every node each frame, which would restart the slices forever).
   */
  const refreshAll = (): void => {
    if (!lod.partialHighlight || layout?.isRunning() || !sigma.isDrawn()) {
      sigma.refresh();
      return;
    }
    container.setAttribute('aria-busy', 'true');
    runSteps(sigma.refreshSteps())
      .catch(() => sigma.refresh())
      .finally(() => {
        if (sigma.isDrawn()) container.removeAttribute('aria-busy');
      });
  };

  const stopTheme = onThemeChange((next) => {
    theme = next;
    // Label colours are read when labels are drawn, edge colours come from the reducers: one full
    // refresh (in slices on big graphs), not the one-task refresh sigma's setSetting would schedule.
    sigma.setDrawingSettings({ labelColor: { color: theme.label }, edgeLabelColor: { color: theme.label } });
    refreshAll();
  });

  /**
   * Redraws after a hover, selection or path change. Small graphs are redrawn whole (the rest
   * fades); big ones only where the highlight was or now is: sigma's partial refresh, a few
   * hundred items instead of every node and edge.
   */
  const redrawHighlights = (): void => {
    if (!lod.partialHighlight) {
      sigma.refresh({ skipIndexation: true });
      return;
    }
    const next = marked();
    const nodes = new Set([...lastMarked.nodes, ...next.nodes]);
    const edges = new Set([...lastMarked.edges, ...next.edges]);
    lastMarked = next;
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  };

  // Hover: highlight, and for edges a tooltip with the relation as a sentence.
  sigma.on('enterNode', ({ node }) => {
    hoveredNode = node;
    updateFocus();
    container.style.cursor = 'pointer';
    redrawHighlights();
  });
  sigma.on('leaveNode', () => {
    hoveredNode = undefined;
    updateFocus();
    container.style.cursor = '';
    redrawHighlights();
  });
  sigma.on('enterEdge', ({ edge, event }) => {
    hoveredEdge = edge;
    tooltip.textContent = edgeTooltip(graph, edge);
    tooltip.hidden = false;
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    container.style.cursor = 'pointer';
    redrawHighlights();
  });
  sigma.on('leaveEdge', () => {
    hoveredEdge = undefined;
    tooltip.hidden = true;
    container.style.cursor = '';
    redrawHighlights();
  });
  sigma.on('clickNode', ({ node }) =>
    store.dispatch({ type: 'select', selection: { kind: 'node', id: node }, showDetails: true }),
  );
  sigma.on('clickEdge', ({ edge }) =>
    store.dispatch({ type: 'select', selection: { kind: 'edge', id: edge }, showDetails: true }),
  );
  sigma.on('clickStage', () => store.dispatch({ type: 'select', selection: undefined }));

  // Camera -> store (debounced; the URL is replaced, not pushed).
  const camera = sigma.getCamera();
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', (c) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const next = { x: c.x, y: c.y, ratio: c.ratio };
      store.dispatch({ type: 'setCamera', camera: sameCamera(next, DEFAULT_CAMERA) ? undefined : next });
    }, 250);
  });

  // Store -> camera (permalinks, back and forward) and reducers.
  const applyCamera = (wanted: CameraState | undefined, animate: boolean): void => {
    const target = wanted ?? DEFAULT_CAMERA;
    const now = camera.getState();
    if (sameCamera(target, now)) return;
    if (animate) void camera.animate(target, { duration: 300 });
    else camera.setState(target);
  };
  /**
   * The camera state that shows these nodes and their labels (sigma's framed coordinates, where at
   * ratio 1 the graph fills the viewport's smaller side and one unit spans `side / ratio` pixels).
   */
  const frameOf = (nodes: readonly string[]): CameraState | undefined => {
    const points = nodes.flatMap((n) => {
      const d = sigma.getNodeDisplayData(n);
      // Labels stick out to the right of their node: about 8.5 px per character (boxed, 13 px), plus the box.
      // (The drawn label, claim mark included.)
      return d ? [{ x: d.x, y: d.y, labelPx: 24 + 8.5 * (d.label ?? '').length }] : [];
    });
    if (points.length === 0) return undefined;
    const { width, height } = sigma.getDimensions();
    const side = Math.min(width, height);
    const x0 = Math.min(...points.map((p) => p.x));
    const y0 = Math.min(...points.map((p) => p.y));
    const y1 = Math.max(...points.map((p) => p.y));
    let ratio = 0.2;
    let x1 = Math.max(...points.map((p) => p.x));
    // Two rounds: the labels' width in graph units depends on the ratio they help to choose.
    for (let round = 0; round < 2; round++) {
      x1 = Math.max(...points.map((p) => p.x + (p.labelPx * ratio) / side));
      const needed = Math.max(((x1 - x0) * side) / width, ((y1 - y0) * side) / height) * 1.25;
      ratio = Math.min(Math.max(needed, 0.2), 1.2);
    }
    return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio };
  };
  const frameNodes = (nodes: readonly string[]): void => {
    const target = frameOf(nodes);
    if (target) void camera.animate(target, { duration: 500 });
  };

  applyCamera(store.getState().camera, false);

  store.subscribe((state: ExplorerState, previous: ExplorerState, action) => {
    if (state.camera !== previous.camera && action.type !== 'setCamera') applyCamera(state.camera, true);
    else if (action.type === 'restore') applyCamera(state.camera, true);
    const filters = filtersChanged(state, previous);
    const pathChanged = chosenPath(state.paths) !== chosenPath(previous.paths);
    if (pathChanged) updatePath();
    if (filters) {
      updateFocus();
      const before = lastMarked;
      lastMarked = marked();
      const changed = lod.partialHighlight ? filterChanges(state, previous) : undefined;
      if (changed) {
        // Only kinds were switched: redraw their items (and the highlight), not the whole graph.
        for (const n of [...before.nodes, ...lastMarked.nodes]) changed.nodes.add(n);
        for (const e of [...before.edges, ...lastMarked.edges]) changed.edges.add(e);
        sigma.refresh({
          partialGraph: { nodes: [...changed.nodes], edges: [...changed.edges] },
          skipIndexation: true,
        });
      } else refreshAll();
    } else if (pathChanged || !sameSelection(state.selection, previous.selection)) {
      updateFocus();
      redrawHighlights();
    }
    // A path chosen in the panel is framed; back/forward keep the camera of their URL.
    const path = chosenPath(state.paths);
    if (pathChanged && path && (action.type === 'findPaths' || action.type === 'choosePath'))
      frameNodes(path.nodes);
  });

  let layout: FA2Layout | undefined;
  /** The positions before the live layout first ran (node order), until "Reset layout". */
  let stored: Float64Array | undefined;
  const layoutListeners: ((running: boolean) => void)[] = [];
  const notifyLayout = (): void => {
    for (const l of layoutListeners) l(layout?.isRunning() ?? false);
  };

  return {
    sigma,
    *firstDraw() {
      yield* sigma.firstDrawSteps();
      // A permalink with a chosen path and no camera opens framed on the path (drawn positions needed).
      const initialPath = chosenPath(store.getState().paths);
      if (sigma.isDrawn() && initialPath && store.getState().camera === undefined)
        frameNodes(initialPath.nodes);
    },
    frameNodes,
    focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 500 });
    },
    zoom(factor) {
      void (factor > 1
        ? camera.animatedZoom({ duration: 250, factor })
        : camera.animatedUnzoom({ duration: 250, factor: 1 / factor }));
    },
    fit() {
      void camera.animatedReset({ duration: 300 });
    },
    startLayout() {
      // A reprocessing in slices would restart at every layout frame: finish it now.
      sigma.settle();
      // The layout moves the graph's own positions (what is drawn, and what exports write); the
      // stored ones are kept for "Reset layout".
      stored ??= positionsOf(graph);
      // The ForceAtlas2 iterations run in a web worker: the page never freezes.
      layout ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
      layout.start();
      notifyLayout();
    },
    stopLayout() {
      layout?.stop();
      notifyLayout();
    },
    isLayoutRunning: () => layout?.isRunning() ?? false,
    resetLayout() {
      layout?.kill();
      layout = undefined;
      if (stored) setPositions(graph, stored);
      stored = undefined;
      notifyLayout();
    },
    onLayoutChange(callback) {
      layoutListeners.push(callback);
    },
    kill() {
      layout?.kill();
      layout = undefined;
      clearTimeout(cameraTimer);
      stopTheme();
      sigma.kill();
    },
  };
}

/** Every node's position, x then y, in the graph's node order. */
function positionsOf(graph: StakeholderGraph): Float64Array {
  const positions = new Float64Array(2 * graph.order);
  let i = 0;
  graph.forEachNode((_node, a) => {
    positions[i++] = a.x;
    positions[i++] = a.y;
  });
  return positions;
}

/** Puts positions from positionsOf back (one graph event: sigma redraws once). */
function setPositions(graph: StakeholderGraph, positions: Float64Array): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, a) => {
      a.x = positions[i++]!;
      a.y = positions[i++]!;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/** "Home Office — funds → Grooming Gangs Taskforce", marked when the link is only inferred. */
export function edgeTooltip(graph: StakeholderGraph, edge: string): string {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.getNodeAttribute(graph.source(edge), 'label');
  const target = graph.getNodeAttribute(graph.target(edge), 'label');
  const detail = a.record.detail === undefined ? '' : ` ${a.record.detail}`;
  const flag = flaggedStatus(a.record.claim);
  const mark = flag === undefined ? '' : ` [${markText(flag)} claim]`;
  return `${source} — ${RELATION_KINDS[a.kind].phrase} → ${target}${detail}${a.stated ? '' : ' (inferred)'}${mark}`;
}
