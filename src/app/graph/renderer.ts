// The sigma setup in one place: programs, theme and settings, wired to the highlight (highlight.ts),
// pointer events, camera, layout and label modules.
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StakeholderGraph } from '../../graph/index.ts';
import { chosenPath } from '../state/paths.ts';
import { type Store, sameSelection } from '../state/store.ts';
import { filtersChanged } from '../state/visibility.ts';
import { type CanvasTheme, currentTheme, onThemeChange } from '../theme.ts';
import { createCameraControl } from './cameraControl.ts';
import { type Curves, curves as curvesOf, displayEdge, displayNode } from './displayData.ts';
import { drawLabelledEdgesOnly } from './edgeLabelPass.ts';
import { createHighlight } from './highlight.ts';
import { createLabelLayer } from './labelLayer.ts';
import { createLayoutControl } from './layoutControl.ts';
import { levelOfDetail } from './lod.ts';
import { nodeLook } from './nodeLook.ts';
import type { DisplayOverlay } from './overlay.ts';
import type { PlacedLabel } from './placeLabels.ts';
import { bindPointerEvents } from './pointerEvents.ts';
import { createRedraws } from './redraws.ts';
import { sigmaSettings } from './sigmaSettings.ts';
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
  /** The node labels drawn in the last frame, in viewport pixels (for tests and the SVG export). */
  drawnLabels(): readonly PlacedLabel[];
  /** Stops the layout worker, timers and theme listener and frees the WebGL canvas (before a new graph). */
  kill(): void;
  /** Changes panels make to what is drawn (overlay.ts); call `redraw` after changing it. */
  readonly overlay: DisplayOverlay;
  /** Every item through the overlay and reducers again. */
  redraw(): void;
}

/** Graphs up to this many nodes offer every label to the placement (not only the grid's picks). */
const ALL_LABELS_UP_TO = 1000;
/** Graphs up to this many nodes show every label where space allows (shifted, shortened). */
const FIT_ALL_UP_TO = 60;

export function createRenderer(
  container: HTMLElement,
  graph: StakeholderGraph,
  store: Store,
  tooltip: HTMLElement,
  /** The curves of parallel edges, when the caller worked them out already (in steps, see curvesSteps). */
  curves: Curves = curvesOf(graph),
  /** Told of a failure the renderer recovered from (shown as a notice). */
  onError: (message: string) => void = () => undefined,
): Renderer {
  let theme: CanvasTheme = currentTheme();
  const overlay: DisplayOverlay = {};
  // Big graphs: fewer labels, edges and labels hidden while the camera moves (lod.ts), and
  // highlights redraw only what they change (the rest is not faded; see redraws.ts).
  const lod = levelOfDetail(graph.order, graph.size);
  const look = nodeLook(graph);
  const highlight = createHighlight(graph, store, lod, () => theme);
  // The highlight the store asks for at the start (a permalink's selection or path), before sigma's
  // first processing applies the reducers: no second pass over the whole graph.
  highlight.updateFocus();
  highlight.updatePath();

  const labels = createLabelLayer({
    rank: highlight.labelRank,
    fitAll: graph.order <= FIT_ALL_UP_TO,
    halo: () => theme.labelBackground,
  });
  const sigma: ExplorerSigma = SteppedSigma.create<NodeAttributes, EdgeAttributes, GraphAttributes>(
    graph,
    container,
    sigmaSettings({
      lod,
      theme: () => theme,
      allLabels: graph.order <= ALL_LABELS_UP_TO,
      sizeScale: look.scale,
      drawLabel: labels.collect,
    }),
    // sigma draws the domain graph: each item's display data is made from its attributes and then
    // reduced, one new object per item (no drawn copy of the graph; see displayData.ts).
    {
      node: (node, a) => {
        const data = displayNode(graph, node, a, look);
        overlay.node?.(node, data);
        return highlight.nodeReducer(node, data);
      },
      edge: (edge, a) => {
        const data = displayEdge(edge, a, curves);
        overlay.edge?.(edge, data);
        return highlight.edgeReducer(edge, data);
      },
    },
  );
  // No picking pass per mouse event while the camera moves; a render, not a refresh, after a drag.
  pickOnlyWhenStill(sigma);
  // No three objects per unlabelled relation in every frame's edge-label pass.
  drawLabelledEdgesOnly(sigma);
  labels.attach(sigma);
  // A reprocessing in slices would restart at every layout frame: finish it before the layout runs.
  const layout = createLayoutControl(graph, () => sigma.settle());

  const redraw = createRedraws({ sigma, container, graph, lod, highlight, onError }, () =>
    layout.isRunning(),
  );

  const stopTheme = onThemeChange((next) => {
    theme = next;
    // Label colours are read when labels are drawn, edge colours come from the reducers: one full
    // refresh (in slices on big graphs), not the one-task refresh sigma's setSetting would schedule.
    sigma.setDrawingSettings({ labelColor: { color: theme.label }, edgeLabelColor: { color: theme.label } });
    redraw.all();
  });
  bindPointerEvents(sigma, { container, tooltip, graph, store, highlight, redraw: redraw.highlights });

  const camera = createCameraControl(sigma, store);
  camera.apply(store.getState().camera, false);

  // Store -> camera (permalinks, back and forward) and reducers.
  store.subscribe((state, previous, action) => {
    if (state.camera !== previous.camera && action.type !== 'setCamera') camera.apply(state.camera, true);
    else if (action.type === 'restore') camera.apply(state.camera, true);
    const pathChanged = chosenPath(state.paths) !== chosenPath(previous.paths);
    if (pathChanged) highlight.updatePath();
    if (filtersChanged(state, previous)) redraw.filters(state, previous);
    else if (pathChanged || !sameSelection(state.selection, previous.selection)) {
      highlight.updateFocus();
      redraw.highlights();
    }
    // A path chosen in the panel is framed; back/forward keep the camera of their URL.
    const path = chosenPath(state.paths);
    if (pathChanged && path && (action.type === 'findPaths' || action.type === 'choosePath'))
      camera.frameNodes(path.nodes);
  });

  return {
    sigma,
    *firstDraw() {
      yield* sigma.firstDrawSteps();
      // A permalink with a chosen path and no camera opens framed on the path (drawn positions needed).
      const initialPath = chosenPath(store.getState().paths);
      if (sigma.isDrawn() && initialPath && store.getState().camera === undefined)
        camera.frameNodes(initialPath.nodes);
    },
    frameNodes: camera.frameNodes,
    focusNode: camera.focusNode,
    zoom: camera.zoom,
    fit: camera.fit,
    startLayout: layout.start,
    stopLayout: layout.stop,
    isLayoutRunning: layout.isRunning,
    resetLayout: layout.reset,
    onLayoutChange: layout.onChange,
    drawnLabels: labels.drawn,
    kill() {
      layout.kill();
      camera.kill();
      stopTheme();
      sigma.kill();
    },
    overlay,
    redraw: () => redraw.all(),
  };
}
