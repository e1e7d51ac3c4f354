// The search index of a big graph is built in chunks after the canvas shows (searchIndexSteps);
// until then searches return nothing and the search boxes say they are indexing.
import type { SearchHit, SearchIndex, SearchOptions } from '../query/index.ts';

export interface DeferredSearch extends SearchIndex {
  /** Resolves when the index is built (rejects if building failed). */
  readonly ready: Promise<void>;
  isReady(): boolean;
}

export function deferredSearch(building: Promise<SearchIndex>): DeferredSearch {
  let index: SearchIndex | undefined;
  // Nodes edited while the index is built (from the graph as it was) are indexed again once it is.
  const pending = new Set<string>();
  const ready = building.then((built) => {
    index = built;
    for (const id of pending) built.refresh(id);
    pending.clear();
  });
  return {
    ready,
    isReady: () => index !== undefined,
    refresh(id: string): void {
      if (index) index.refresh(id);
      else pending.add(id);
    },
    search(query: string, options?: Partial<SearchOptions>): SearchHit[] {
      return index?.search(query, options) ?? [];
    },
  };
}
