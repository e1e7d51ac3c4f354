// The current view as a PNG, from the canvases sigma draws on.
//
// Written by hand rather than with @sigma/export-image: that library draws the graph again in a
// second, temporary sigma, which processes the whole graph in one task and freezes the page on big
// graphs. Here a frame is drawn now and its layers are copied in the same task (a WebGL canvas's
// drawing buffer is only kept until the frame is shown), so the cost is one frame (figures:
// `pngExportMs` in docs/benchmark.md). The library stays the reference: tests/e2e/steppedSigma.test.ts
// compares the two images.

/** What is needed of a sigma (any sigma 3; the explorer's SteppedSigma included). */
export interface DrawnView {
  refresh(opts: { partialGraph: Record<string, never>; skipIndexation: true }): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
}

/** The layers as sigma stacks them, over `background`, at the canvases' own pixel size. */
export function viewCanvas(sigma: DrawnView, background: string): HTMLCanvasElement {
  // An empty partial refresh without indexation draws a frame at once, reprocessing nothing.
  sigma.refresh({ partialGraph: {}, skipIndexation: true });
  const layers = Object.values(sigma.getCanvases());
  const width = Math.max(0, ...layers.map((c) => c.width));
  const height = Math.max(0, ...layers.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const context = out.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the image on');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  // getCanvases() lists them in the order sigma created them, bottom layer first.
  for (const layer of layers) if (layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0);
  return out;
}

/**
 * The current view as PNG bytes. The layers are taken as ImageBitmaps in the task that draws the
 * frame (a WebGL canvas keeps its drawing buffer only until the frame is shown): drawing a WebGL
 * canvas onto a 2D one reads its pixels back at once, which waits for the GPU to finish the frame
 * (with software WebGL, seconds on a big graph, the page frozen), while createImageBitmap lets the
 * page go on and resolves once the copy is done. Without createImageBitmap, the same in one task.
 */
export async function viewPng(sigma: DrawnView, background: string): Promise<Blob> {
  const canvas =
    typeof createImageBitmap === 'function'
      ? await composeLayers(sigma, background)
      : viewCanvas(sigma, background);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    );
  });
}

/** viewCanvas's image, from bitmaps of the layers snapshotted with the frame. */
async function composeLayers(sigma: DrawnView, background: string): Promise<HTMLCanvasElement> {
  sigma.refresh({ partialGraph: {}, skipIndexation: true });
  const layers = Object.values(sigma.getCanvases()).filter((c) => c.width > 0 && c.height > 0);
  // Every snapshot is asked for now, in this task, before the frame is shown.
  const bitmaps = await Promise.all(layers.map((layer) => createImageBitmap(layer)));
  const width = Math.max(0, ...layers.map((c) => c.width));
  const height = Math.max(0, ...layers.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const context = out.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the image on');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  for (const bitmap of bitmaps) {
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
  }
  return out;
}
