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
  const ready = building.then((built) => {
    index = built;
  });
  return {
    ready,
    isReady: () => index !== undefined,
    refresh(id: string): void {
      index?.refresh(id);
    },
    search(query: string, options?: Partial<SearchOptions>): SearchHit[] {
      return index?.search(query, options) ?? [];
    },
  };
}
