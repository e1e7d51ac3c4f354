// What every panel gets: the loaded graph, the store, and the few view actions the canvas offers.
import type { StakeholderGraph } from '../graph/index.ts';
import type { DeferredSearch } from './deferredSearch.ts';
import type { GraphEdits } from './graphEdits.ts';
import type { Store } from './state/store.ts';

export interface AppContext {
  readonly graph: StakeholderGraph;
  readonly store: Store;
  /** Built in chunks after the graph shows: `ready` tells when searches answer. */
  readonly search: DeferredSearch;
  /** Edits made in the editor to this graph, for the views that follow them in place. */
  readonly edits: GraphEdits;
  /** Selects a node, shows its details and centres the camera on it. */
  selectNode(id: string): void;
  selectEdge(id: string): void;
  /** Opens the Paths tab with this node as the start and the focus in "to". */
  findPathsFrom(id: string): void;
  /** An editor is open: the drawn graph keeps room for items added in place (steppedSigma.ts). */
  prepareForEdits(): void;
}
