// The current view as a PNG, from the canvases sigma draws on.
//
// Written by hand rather than with @sigma/export-image: that library draws the graph again in a
// second, temporary sigma, which processes the whole graph in one task and freezes the page on big
// graphs. Here frames are drawn now and their layers copied in the same task (a WebGL canvas's
// drawing buffer is only kept until the frame is shown). Copying a WebGL layer waits for the GPU
// to finish drawing it, which with software WebGL is most of the cost: the labels and highlights
// are copied from a frame without nodes and edges, then the nodes and the edges are drawn in
// slices of their programs' items (programSlices.ts), one slice per task, each copied over the
// last, so the page waits for one slice at a time (figures: `pngLongestTaskMs` in
// docs/benchmark.md). The library stays the reference: tests/e2e/steppedSigma.test.ts compares the
// two images.
import { nextTask } from '../tasks.ts';
import { layerSlices, type SlicedLayer, withoutNodes } from './programSlices.ts';

/** What is needed of a sigma (any sigma 3; the explorer's SteppedSigma included). */
export interface DrawnView {
  refresh(opts: { partialGraph: Record<string, never>; skipIndexation: true }): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
  getCamera(): { getState(): object };
  getMouseCaptor(): object;
}

/** The parts of sigma 3.0 that a frame without nodes and edges needs (pinned; see package.json). */
interface Internals {
  settings?: { hideEdgesOnMove?: unknown; hideLabelsOnMove?: unknown };
}
interface CaptorInternals {
  draggedEvents?: unknown;
}

/** A frame drawn now: an empty partial refresh without indexation renders, reprocessing nothing. */
const drawFrame = (sigma: DrawnView): unknown => sigma.refresh({ partialGraph: {}, skipIndexation: true });

/**
 * Draws a frame without nodes and edges (labels, highlights), as sigma draws one while the camera
 * moves, its node programs drawing nothing: for one synchronous render, sigma is told that a drag
 * goes on, that edges hide and labels show on move; all is put back before any event can run.
 * False (nothing drawn) when sigma's fields are not where sigma 3.0 keeps them.
 */
function drawWithoutItems(sigma: DrawnView): boolean {
  const settings = (sigma as unknown as Internals).settings;
  const captor = sigma.getMouseCaptor() as CaptorInternals;
  if (
    !settings ||
    typeof settings.hideEdgesOnMove !== 'boolean' ||
    typeof settings.hideLabelsOnMove !== 'boolean' ||
    typeof captor.draggedEvents !== 'number'
  )
    return false;
  const saved = { edges: settings.hideEdgesOnMove, labels: settings.hideLabelsOnMove };
  const dragged = captor.draggedEvents;
  settings.hideEdgesOnMove = true;
  settings.hideLabelsOnMove = false;
  captor.draggedEvents = Math.max(1, dragged);
  try {
    return withoutNodes(sigma, () => drawFrame(sigma));
  } finally {
    settings.hideEdgesOnMove = saved.edges;
    settings.hideLabelsOnMove = saved.labels;
    captor.draggedEvents = dragged;
  }
}

/**
 * A 2D copy of a layer (for a WebGL layer, this waits for its drawing and reads it back); with
 * `content` false, a blank canvas of its size.
 */
function copyOf(layer: HTMLCanvasElement, content = true): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = layer.width;
  copy.height = layer.height;
  if (content && layer.width > 0 && layer.height > 0) copy.getContext('2d')?.drawImage(layer, 0, 0);
  return copy;
}

/** How nodes and edges are cut into slices: `items` in the first, then sized to take about `ms` each. */
export interface ItemSlicing {
  readonly items: number;
  /** Without it, every slice has `items` items. */
  readonly ms?: number;
}

/** About 50 ms of waiting per slice; the first small enough to be quick on any graph. */
const DEFAULT_SLICING: ItemSlicing = { items: 2_000, ms: 50 };

/** The next slice's size: scaled to the time one took, by at most four times either way. */
function nextSize(items: number, tookMs: number, slicing: ItemSlicing): number {
  if (slicing.ms === undefined) return items;
  const scaled = Math.round((items * slicing.ms) / Math.max(tookMs, 1));
  return Math.min(items * 4, Math.max(Math.ceil(items / 4), scaled));
}

/**
 * A layer's items copied slice by slice (layerSlices) onto one 2D canvas, one slice per task.
 * Undefined when the view changed in between or sigma's fields are not where expected.
 */
async function layerInSlices(
  sigma: DrawnView,
  name: SlicedLayer,
  unchanged: () => boolean,
  pause: () => Promise<void>,
  slicing: ItemSlicing,
): Promise<HTMLCanvasElement | undefined> {
  const layer = sigma.getCanvases()[name];
  if (!layer) return undefined;
  const out = copyOf(layer, false);
  const context = out.getContext('2d');
  let next: ((count: number) => boolean) | undefined;
  for (let items = slicing.items; ; ) {
    await pause();
    if (!unchanged() || !context) return undefined;
    next ??= layerSlices(sigma, name);
    if (!next) return undefined;
    const start = performance.now();
    if (!next(items)) return out;
    // Copying a WebGL layer waits for its drawing: this slice's.
    if (layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0);
    items = nextSize(items, performance.now() - start, slicing);
  }
}

const SLICED: readonly SlicedLayer[] = ['nodes', 'edges'];

/**
 * Copies of every layer, in the order sigma stacks them (getCanvases() lists them in the order it
 * created them, bottom layer first): all but the nodes and edges from a frame without them, then
 * those two in slices (layerInSlices), hidden on screen meanwhile (the view shows labels only);
 * then a frame draws the view whole again. If the view changed in between (a pan, a resize), or
 * sigma's fields are not where this expects them, every layer is copied from one whole frame.
 */
async function layerCopies(
  sigma: DrawnView,
  pause: () => Promise<void>,
  slicing: ItemSlicing,
): Promise<HTMLCanvasElement[]> {
  const viewOf = (): string => {
    const layers = Object.values(sigma.getCanvases());
    return JSON.stringify([sigma.getCamera().getState(), layers.map((c) => [c.width, c.height])]);
  };
  const before = viewOf();
  const canvases = sigma.getCanvases();
  const hidden = SLICED.map((name) => canvases[name]);
  if (hidden.every((c) => c !== undefined) && drawWithoutItems(sigma)) {
    const copies = Object.entries(canvases).map(([name, c]) =>
      SLICED.includes(name as SlicedLayer) ? undefined : copyOf(c),
    );
    const unchanged = (): boolean => viewOf() === before;
    const visibility = hidden.map((c) => c.style.visibility);
    for (const c of hidden) c.style.visibility = 'hidden';
    const sliced = new Map<string, HTMLCanvasElement | undefined>();
    try {
      for (const name of SLICED) {
        sliced.set(name, await layerInSlices(sigma, name, unchanged, pause, slicing));
        if (sliced.get(name) === undefined) break;
      }
    } finally {
      hidden.forEach((c, i) => {
        c.style.visibility = visibility[i]!;
      });
    }
    drawFrame(sigma);
    if (SLICED.every((name) => sliced.get(name) !== undefined))
      return Object.keys(canvases).map((name, i) => sliced.get(name) ?? copies[i]!);
    return Object.values(sigma.getCanvases()).map((c) => copyOf(c));
  }
  drawFrame(sigma);
  return Object.values(sigma.getCanvases()).map((c) => copyOf(c));
}

/** The layers over `background`, at the canvases' own pixel size. */
function composed(layers: readonly HTMLCanvasElement[], background: string): HTMLCanvasElement {
  const width = Math.max(0, ...layers.map((c) => c.width));
  const height = Math.max(0, ...layers.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const context = out.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the image on');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  for (const layer of layers) if (layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0);
  return out;
}

/**
 * The current view as PNG bytes. `pause` yields to the browser between slices; `slicing` sizes
 * the slices of edges. The PNG is encoded off the page's task (toBlob).
 */
export async function viewPng(
  sigma: DrawnView,
  background: string,
  options: { pause?: () => Promise<void>; slicing?: ItemSlicing } = {},
): Promise<Blob> {
  const { pause = nextTask, slicing = DEFAULT_SLICING } = options;
  const canvas = composed(await layerCopies(sigma, pause, slicing), background);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    );
  });
}
