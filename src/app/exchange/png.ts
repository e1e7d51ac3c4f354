// The current view as a PNG, from the canvases sigma draws on.
//
// Written by hand rather than with @sigma/export-image: that library draws the graph again in a
// second, temporary sigma, which processes the whole graph in one task and freezes the page on big
// graphs. Here frames are drawn now and their layers copied in the same task (a WebGL canvas's
// drawing buffer is only kept until the frame is shown). Copying a WebGL layer waits for the GPU
// to finish drawing it, which with software WebGL is most of the cost: the nodes and the edges are
// drawn and copied in two tasks, so the page waits for one of them at a time, not both (figures:
// `pngLongestTaskMs` in docs/benchmark.md). The library stays the reference:
// tests/e2e/steppedSigma.test.ts compares the two images.
import { nextTask } from '../tasks.ts';

/** What is needed of a sigma (any sigma 3; the explorer's SteppedSigma included). */
export interface DrawnView {
  refresh(opts: { partialGraph: Record<string, never>; skipIndexation: true }): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
  getCamera(): { getState(): object };
  getMouseCaptor(): object;
}

/** The parts of sigma 3.0 that drawing some layers alone needs (pinned; see package.json). */
interface Internals {
  settings?: { hideEdgesOnMove?: unknown; hideLabelsOnMove?: unknown };
  webGLContexts?: { edges?: WebGLRenderingContext };
  edgePrograms?: Record<string, { render(params: unknown): void }>;
  pickingLayers?: Set<string>;
  resetWebGLTexture?: (layer: string) => unknown;
  getRenderParams?: () => unknown;
}
interface CaptorInternals {
  draggedEvents?: unknown;
}

/** A frame drawn now: an empty partial refresh without indexation renders, reprocessing nothing. */
const drawFrame = (sigma: DrawnView): unknown => sigma.refresh({ partialGraph: {}, skipIndexation: true });

/**
 * Draws a frame without edges (nodes, labels, highlights), as sigma draws one while the camera
 * moves: for one synchronous render, sigma is told that a drag goes on, that edges hide and labels
 * show on move; all is put back before any event can run. False (nothing drawn) when sigma's
 * fields are not where sigma 3.0 keeps them.
 */
function drawWithoutEdges(sigma: DrawnView): boolean {
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
    drawFrame(sigma);
  } finally {
    settings.hideEdgesOnMove = saved.edges;
    settings.hideLabelsOnMove = saved.labels;
    captor.draggedEvents = dragged;
  }
  return true;
}

/**
 * Draws the edges alone into their layer, as sigma's render does (clear, picking texture, each
 * edge program with the render parameters of the frame just drawn), touching no other layer: the
 * frame on screen keeps its nodes and labels. False (nothing drawn) when sigma's fields are not
 * where sigma 3.0 keeps them.
 */
function drawEdgesAlone(sigma: DrawnView): boolean {
  const internals = sigma as unknown as Internals;
  const gl = internals.webGLContexts?.edges;
  const programs = internals.edgePrograms;
  const { pickingLayers, resetWebGLTexture, getRenderParams } = internals;
  if (!gl || !programs || !(pickingLayers instanceof Set) || !resetWebGLTexture || !getRenderParams)
    return false;
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.clear(gl.COLOR_BUFFER_BIT);
  if (pickingLayers.has('edges')) resetWebGLTexture.call(sigma, 'edges');
  const params = getRenderParams.call(sigma);
  for (const program of Object.values(programs)) program.render(params);
  return true;
}

/** A 2D copy of a layer (for a WebGL layer, this waits for its drawing and reads it back). */
function copyOf(layer: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = layer.width;
  copy.height = layer.height;
  if (layer.width > 0 && layer.height > 0) copy.getContext('2d')?.drawImage(layer, 0, 0);
  return copy;
}

/**
 * Copies of every layer, in the order sigma stacks them (getCanvases() lists them in the order it
 * created them, bottom layer first): all but the edges from a frame without edges, then, a task
 * later, the edges drawn alone into their layer, which also completes the frame on screen again
 * (between the two, it shows no edges, as while the camera moves on a big graph). If the view
 * changed in between (a pan, a resize), or sigma's fields are not where this expects them, every
 * layer is copied from one whole frame instead.
 */
async function layerCopies(sigma: DrawnView, pause: () => Promise<void>): Promise<HTMLCanvasElement[]> {
  const viewOf = (): string => {
    const layers = Object.values(sigma.getCanvases());
    return JSON.stringify([sigma.getCamera().getState(), layers.map((c) => [c.width, c.height])]);
  };
  const before = viewOf();
  if (sigma.getCanvases().edges !== undefined && drawWithoutEdges(sigma)) {
    const copies = Object.entries(sigma.getCanvases()).map(([name, c]) =>
      name === 'edges' ? undefined : copyOf(c),
    );
    await pause();
    if (viewOf() === before && drawEdgesAlone(sigma))
      return Object.entries(sigma.getCanvases()).map(([name, c], i) =>
        name === 'edges' ? copyOf(c) : copies[i]!,
      );
  }
  drawFrame(sigma);
  return Object.values(sigma.getCanvases()).map(copyOf);
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
 * The current view as PNG bytes. `pause` yields to the browser between the two frames (tests may
 * pass one that does not, to copy in one task). The PNG is encoded off the page's task (toBlob).
 */
export async function viewPng(
  sigma: DrawnView,
  background: string,
  pause: () => Promise<void> = nextTask,
): Promise<Blob> {
  const canvas = composed(await layerCopies(sigma, pause), background);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    );
  });
}
