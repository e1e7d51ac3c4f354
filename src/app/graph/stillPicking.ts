// Picking and redraws while the camera moves: what sigma 3.0 does on each mouse event of a drag-pan
// or wheel zoom that the moving view does not need.

import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/** The parts of sigma 3.0.3 this module reaches (pinned; see package.json). */
interface SigmaInternals {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  getEdgeAtPoint(x: number, y: number): string | null;
}

interface CaptorInternals {
  isMouseDown: boolean;
  draggedEvents: number;
  currentWheelDirection: number;
  renderer: unknown;
}

/**
 * Makes a sigma renderer pick only while the view holds still, and redraw (not reprocess) when a
 * drag ends:
 * - sigma finds the node (and edge) under the mouse on every mouse event by reading a pixel back
 *   from its picking buffers, which waits for the GPU to finish the frame in flight: with
 *   software WebGL, every move of a drag-pan and every wheel notch stalls the page for a whole
 *   frame. While the mouse is down, a drag goes on or the camera animates, the hovered node and
 *   edge are kept as they are instead (clicks come after a still mouse-up and still pick).
 * - after a drag, sigma's mouse captor calls `refresh()` so that edges hidden while moving come
 *   back (`hideEdgesOnMove`); a refresh reprocesses every node and edge (seconds at 100k nodes)
 *   where a render is enough, since nothing but the camera changed.
 * Returns false (and changes nothing) if sigma's internals are not where sigma 3.0 keeps them.
 */
export function pickOnlyWhenStill<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): boolean {
  const internals = sigma as unknown as SigmaInternals;
  const captor = sigma.getMouseCaptor() as unknown as CaptorInternals;
  const camera = sigma.getCamera();
  if (
    typeof internals.getNodeAtPosition !== 'function' ||
    typeof internals.getEdgeAtPoint !== 'function' ||
    typeof captor.draggedEvents !== 'number' ||
    captor.renderer !== sigma
  )
    return false;
  const moving = (): boolean =>
    captor.isMouseDown ||
    captor.draggedEvents > 0 ||
    captor.currentWheelDirection !== 0 ||
    camera.isAnimated();
  const pickNode = internals.getNodeAtPosition.bind(sigma);
  const pickEdge = internals.getEdgeAtPoint.bind(sigma);
  internals.getNodeAtPosition = (position) => (moving() ? internals.hoveredNode : pickNode(position));
  internals.getEdgeAtPoint = (x, y) => (moving() ? internals.hoveredEdge : pickEdge(x, y));
  // The captor sees sigma through this stand-in, whose refresh() only schedules a render.
  captor.renderer = new Proxy(sigma, {
    get(target, key) {
      if (key === 'refresh') return () => target.scheduleRender();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return true;
}
