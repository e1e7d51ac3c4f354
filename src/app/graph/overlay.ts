// A view layer over what the renderer draws: panels (the Analysis tab) resize, recolour or fade items
// without touching the renderer's own reducers. Applied to each item's display data before them.
import type { DisplayEdge, DisplayNode } from './displayData.ts';

export interface DisplayOverlay {
  /** Changes a node's display data in place (size, colour...) or leaves it; absent: no change. */
  node?: ((node: string, data: DisplayNode) => void) | undefined;
  edge?: ((edge: string, data: DisplayEdge) => void) | undefined;
}
