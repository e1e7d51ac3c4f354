// Re-fits the graph when its box changes size: entering or leaving fullscreen, a window resize, a
// notice opening above it. sigma itself only listens to the window's resize event, which comes
// before a fullscreen element is laid out, so the canvas kept its old size (graph in the left half).
import type { Renderer } from './graph/renderer.ts';

/** Watches `box` (the graph's container); returns the function that stops watching. */
export function refitOnResize(renderer: Renderer, box: HTMLElement): () => void {
  let last = { width: box.clientWidth, height: box.clientHeight };
  let frame = 0;
  const refit = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      renderer.sigma.resize();
      // In slices on a big graph (the editor's column opening resizes the graph at 100k nodes).
      renderer.redraw();
      renderer.fit();
    });
  };
  const observer = new ResizeObserver(() => {
    const now = { width: box.clientWidth, height: box.clientHeight };
    // The first observation reports the size the graph was drawn at: keep a permalink's camera.
    if (now.width === last.width && now.height === last.height) return;
    last = now;
    if (now.width > 0 && now.height > 0) refit();
  });
  observer.observe(box);
  const onFullscreen = (): void => refit();
  document.addEventListener('fullscreenchange', onFullscreen);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    document.removeEventListener('fullscreenchange', onFullscreen);
  };
}
