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
function viewCanvas(sigma: DrawnView, background: string): HTMLCanvasElement {
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

/** The current view as PNG bytes. */
export function viewPng(sigma: DrawnView, background: string): Promise<Blob> {
  const canvas = viewCanvas(sigma, background);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    );
  });
}
