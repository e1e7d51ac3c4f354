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
}

declare global {
  interface Window {
    __explorer?: ExplorerHook;
    /** performance.now() when the first graph was drawn (read by the browser benchmark). */
    __firstRender?: number;
  }
}
