// A view of the store whose subscriptions can all be dropped at once: how a graph view is torn down.
import type { Store } from './store.ts';

export interface ScopedStore {
  /** The same store; its subscriptions are remembered. */
  readonly store: Store;
  /** Unsubscribes every listener added through `store`. */
  dispose(): void;
}

export function scopedStore(store: Store): ScopedStore {
  const unsubscribes = new Set<() => void>();
  return {
    store: {
      getState: () => store.getState(),
      dispatch: (action) => store.dispatch(action),
      subscribe(listener) {
        const unsubscribe = store.subscribe(listener);
        const once = (): void => {
          unsubscribe();
          unsubscribes.delete(once);
        };
        unsubscribes.add(once);
        return once;
      },
    },
    dispose() {
      for (const unsubscribe of [...unsubscribes]) unsubscribe();
    },
  };
}
