// Keeps the URL and the store in step: push or replace on changes, restore on back/forward.
import type { Store } from './store.ts';
import { historyMode, paramsToState, stateToParams } from './url.ts';

export function syncHistory(store: Store): void {
  let restoring = false;
  store.subscribe((state, previous) => {
    if (restoring) return;
    const mode = historyMode(previous, state);
    if (mode === 'none') return;
    const query = stateToParams(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => {
    restoring = true;
    try {
      store.dispatch({ type: 'restore', state: paramsToState(new URLSearchParams(window.location.search)) });
    } finally {
      restoring = false;
    }
  });
}
