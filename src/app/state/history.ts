// Keeps the URL and the store in step: push or replace on changes, restore on back/forward.
import type { Store } from './store.ts';
import { historyMode, paramsToState, stateToParams } from './url.ts';

/** Returns the function that stops syncing (when another dataset replaces this store). */
export function syncHistory(store: Store): () => void {
  let restoring = false;
  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const mode = historyMode(previous, state);
    if (mode === 'none') return;
    const query = stateToParams(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = (): void => {
    restoring = true;
    try {
      store.dispatch({ type: 'restore', state: paramsToState(new URLSearchParams(window.location.search)) });
    } finally {
      restoring = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
