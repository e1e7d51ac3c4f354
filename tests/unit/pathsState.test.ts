// The explorer's path state: the store derives the core's answer for a query, and clamps the chosen path.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATH_QUERY, withPathResult } from '../../src/app/state/paths.ts';
import { createStore, INITIAL_STATE } from '../../src/app/state/store.ts';
import { paramsToState } from '../../src/app/state/url.ts';
import { load, type StakeholderGraph } from '../../src/graph/index.ts';
import { smallRaw } from '../helpers.ts';

function small(): StakeholderGraph {
  const { graph, issues } = load(smallRaw());
  if (!graph) throw new Error(JSON.stringify(issues));
  return graph;
}

describe('the store with path results', () => {
  it('answers a path question, opens the Paths tab and draws the shortest path', () => {
    const store = createStore(INITIAL_STATE, withPathResult(small()));
    store.dispatch({ type: 'findPaths', query: { ...DEFAULT_PATH_QUERY, from: 'ministry', to: 'police' } });
    const { paths, tab } = store.getState();
    expect(tab).toBe('paths');
    expect(paths.chosen).toBe(0);
    expect(paths.result?.paths.map((p) => p.nodes)).toEqual([['ministry', 'unit', 'police']]);
    expect(paths.result?.paths[0]?.hops[0]?.sentence).toBe('The Ministry funds The Unit');
  });

  it('answers a query read from a permalink, keeping the path it names', () => {
    const graph = small();
    const initial = paramsToState(
      new URLSearchParams('from=The Ministry&to=police&pmode=k-shortest&k=2&path=1'),
    );
    const store = createStore(initial, withPathResult(graph));
    const { result, chosen } = store.getState().paths;
    expect(result?.paths).toHaveLength(2);
    expect(chosen).toBe(1);
  });

  it('says "no path" with the filter to blame, and draws nothing', () => {
    const store = createStore(INITIAL_STATE, withPathResult(small()));
    store.dispatch({
      type: 'findPaths',
      query: { ...DEFAULT_PATH_QUERY, from: 'ministry', to: 'police', onlyRelations: ['funds'] },
    });
    const { result, chosen } = store.getState().paths;
    expect(result?.paths).toEqual([]);
    expect(result?.message).toMatch(/only funds relations/);
    expect(chosen).toBeUndefined();
  });

  it('turns an unknown name into an error message instead of throwing', () => {
    const store = createStore(INITIAL_STATE, withPathResult(small()));
    store.dispatch({ type: 'findPaths', query: { ...DEFAULT_PATH_QUERY, from: 'Ministy', to: 'police' } });
    expect(store.getState().paths.error).toMatch(/no node called "Ministy"; did you mean The Ministry/);
    expect(store.getState().paths.result).toBeUndefined();
  });

  it('ignores a chosen index beyond the paths found', () => {
    const store = createStore(INITIAL_STATE, withPathResult(small()));
    store.dispatch({ type: 'findPaths', query: { ...DEFAULT_PATH_QUERY, from: 'ministry', to: 'police' } });
    store.dispatch({ type: 'choosePath', index: 5 });
    expect(store.getState().paths.chosen).toBeUndefined();
    store.dispatch({ type: 'choosePath', index: 0 });
    expect(store.getState().paths.chosen).toBe(0);
    store.dispatch({ type: 'clearPaths' });
    expect(store.getState().paths.result).toBeUndefined();
  });
});
