// The read-only test hook `window.__explorer`: the live sigma, the domain graph, the store and the renderer.
import type { StakeholderGraph } from '../graph/index.ts';
import type { ExplorerSigma, Renderer } from './graph/renderer.ts';
import type { Store } from './state/store.ts';

interface ExplorerHook {
  /** undefined when WebGL is unavailable (the table still works). */
  readonly sigma: ExplorerSigma | undefined;
  readonly graph: StakeholderGraph;
  readonly store: Store;
  readonly renderer: Renderer | undefined;
  /**
   * The node labels drawn in the last frame: each label's box in viewport pixels (CSS pixels from
   * the graph canvas's top-left corner), most important first.
   */
  drawnLabels(): DrawnLabel[];
}

export interface DrawnLabel {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The hook's drawnLabels() for a renderer (none without one). */
export function drawnLabelsOf(renderer: Renderer | undefined): DrawnLabel[] {
  return (renderer?.drawnLabels() ?? []).map(({ id, x, y, width, height }) => ({ id, x, y, width, height }));
}

declare global {
  interface Window {
    __explorer?: ExplorerHook;
    /** performance.now() when the first graph was drawn (read by the browser benchmark). */
    __firstRender?: number;
  }
}
