// The camera: kept in the store (debounced, for permalinks), set from it (back and forward), and
// moved by the toolbar, the search and the Paths tab.
import type { Sigma } from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/index.ts';
import type { CameraState, Store } from '../state/store.ts';

export interface CameraControl {
  /** Moves the camera to the store's state (the default view when undefined). */
  apply(wanted: CameraState | undefined, animate: boolean): void;
  /** Frames these nodes (animated): the camera shows their bounding box with a margin. */
  frameNodes(nodes: readonly string[]): void;
  /** Moves the camera onto a node (animated). */
  focusNode(node: string): void;
  zoom(factor: number): void;
  fit(): void;
  kill(): void;
}

type AnySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

const DEFAULT_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1 };
const CAMERA_EPSILON = 1e-4;

function sameCamera(a: CameraState, b: CameraState): boolean {
  return (
    Math.abs(a.x - b.x) < CAMERA_EPSILON &&
    Math.abs(a.y - b.y) < CAMERA_EPSILON &&
    Math.abs(a.ratio - b.ratio) < CAMERA_EPSILON
  );
}

/**
 * The camera state that shows these nodes and their labels (sigma's framed coordinates, where at
 * ratio 1 the graph fills the viewport's smaller side and one unit spans `side / ratio` pixels).
 */
function frameOf(sigma: AnySigma, nodes: readonly string[]): CameraState | undefined {
  const points = nodes.flatMap((n) => {
    const d = sigma.getNodeDisplayData(n);
    // Labels stick out to the right of their node: about 8.5 px per character (boxed, 13 px), plus the box.
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
}

export function createCameraControl(sigma: AnySigma, store: Store): CameraControl {
  const camera = sigma.getCamera();
  // Camera -> store (debounced; the URL is replaced, not pushed). Not while the mouse is down or
  // the camera animates: on a slow page each move of a drag comes more than the debounce apart,
  // and the URL was rewritten (and the store's listeners run) once per move.
  const captor = sigma.getMouseCaptor() as unknown as { isMouseDown?: unknown };
  const moving = (): boolean => captor.isMouseDown === true || camera.isAnimated();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    if (moving()) {
      timer = setTimeout(save, 250);
      return;
    }
    const c = camera.getState();
    const next = { x: c.x, y: c.y, ratio: c.ratio };
    store.dispatch({ type: 'setCamera', camera: sameCamera(next, DEFAULT_CAMERA) ? undefined : next });
  };
  camera.on('updated', () => {
    clearTimeout(timer);
    timer = setTimeout(save, 250);
  });
  return {
    apply(wanted, animate) {
      const target = wanted ?? DEFAULT_CAMERA;
      if (sameCamera(target, camera.getState())) return;
      if (animate) void camera.animate(target, { duration: 300 });
      else camera.setState(target);
    },
    frameNodes(nodes) {
      const target = frameOf(sigma, nodes);
      if (target) void camera.animate(target, { duration: 500 });
    },
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
    kill() {
      clearTimeout(timer);
    },
  };
}
