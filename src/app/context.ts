// What every panel gets: the loaded graph, the store, and the few view actions the canvas offers.
import type { StakeholderGraph } from '../graph/index.ts';
import type { SearchIndex } from '../query/index.ts';
import type { Store } from './state/store.ts';

export interface AppContext {
  readonly graph: StakeholderGraph;
  readonly store: Store;
  readonly search: SearchIndex;
  /** Selects a node, shows its details and centres the camera on it. */
  selectNode(id: string): void;
  selectEdge(id: string): void;
}
