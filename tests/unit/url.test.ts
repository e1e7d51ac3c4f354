// The explorer's state in the URL: round trips, tolerance of bad values, and history entries.
import { describe, expect, it } from 'vitest';
import { type ExplorerState, INITIAL_STATE } from '../../src/app/state/store.ts';
import { historyMode, paramsToState, stateToParams } from '../../src/app/state/url.ts';

const full: ExplorerState = {
  dataset: 'grooming-gangs-taskforce',
  file: 'https://example.org/big.gexf',
  selection: { kind: 'node', id: 'james-cleverly' },
  hiddenNodeKinds: ['place', 'police-force'],
  hiddenRelationKinds: ['located-in'],
  statedOnly: true,
  query: 'Clever & co',
  camera: { x: 0.5, y: 0.25, ratio: 0.8 },
  tab: 'table',
  tableMode: 'relations',
  tableFilter: 'funds',
  asOf: '2024-05-20',
  source: 'article',
};

describe('stateToParams and paramsToState', () => {
  it('give back the same state after a round trip', () => {
    expect(paramsToState(new URLSearchParams(stateToParams(full).toString()))).toEqual(full);
  });

  it('write nothing for the initial state and read an empty query as the initial state', () => {
    expect(stateToParams(INITIAL_STATE).toString()).toBe('');
    expect(paramsToState(new URLSearchParams(''))).toEqual(INITIAL_STATE);
  });

  it('keep an edge selection apart from a node selection', () => {
    const state = { ...INITIAL_STATE, selection: { kind: 'edge', id: 'e1' } } as const;
    expect(stateToParams(state).get('edge')).toBe('e1');
    expect(paramsToState(stateToParams(state)).selection).toEqual({ kind: 'edge', id: 'e1' });
  });

  it('round the camera to four decimals so URLs stay short', () => {
    const state = { ...INITIAL_STATE, camera: { x: 0.123456789, y: -2, ratio: 1 / 3 } };
    expect(stateToParams(state).get('cam')).toBe('0.1235,-2,0.3333');
  });

  it('drop unknown kinds, bad cameras and unknown tabs instead of failing', () => {
    const state = paramsToState(
      new URLSearchParams(
        'hide=person,nonsense,person&hideRel=funds,zzz&cam=1,2&tab=evil&table=x&stated=yes',
      ),
    );
    expect(state.hiddenNodeKinds).toEqual(['person']);
    expect(state.hiddenRelationKinds).toEqual(['funds']);
    expect(state.camera).toBeUndefined();
    expect(state.tab).toBe('details');
    expect(state.tableMode).toBe('nodes');
    expect(state.statedOnly).toBe(false);
    expect(paramsToState(new URLSearchParams('cam=0,0,-1')).camera).toBeUndefined();
    expect(paramsToState(new URLSearchParams('cam=0,NaN,1')).camera).toBeUndefined();
  });

  it('keep an "as of" day only when it is a real full date', () => {
    expect(stateToParams({ ...INITIAL_STATE, asOf: '2023-06-01' }).toString()).toBe('asof=2023-06-01');
    expect(paramsToState(new URLSearchParams('asof=2023-06-01')).asOf).toBe('2023-06-01');
    for (const bad of ['2023-02-30', '2023-06', '2023', 'yesterday', '', '2023-06-01T00:00'])
      expect(paramsToState(new URLSearchParams({ asof: bad })).asOf).toBeUndefined();
  });
});

describe('historyMode', () => {
  it('pushes a new entry when the selection or a filter changes', () => {
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE, selection: { kind: 'node', id: 'a' } })).toBe(
      'push',
    );
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE, hiddenNodeKinds: ['place'] })).toBe('push');
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE, statedOnly: true })).toBe('push');
  });

  it('pushes a new entry when the "as of" day or the open source changes, so back returns to it', () => {
    const asOf = { ...INITIAL_STATE, asOf: '2023-06-01' };
    expect(historyMode(INITIAL_STATE, asOf)).toBe('push');
    expect(historyMode(asOf, { ...asOf, asOf: '2024-05-20' })).toBe('push');
    expect(historyMode(asOf, INITIAL_STATE)).toBe('push');
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE, source: 'article' })).toBe('push');
  });

  it('replaces the entry when only the camera or the search text changes', () => {
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE, camera: { x: 1, y: 1, ratio: 1 } })).toBe(
      'replace',
    );
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE, query: 'home' })).toBe('replace');
  });

  it('does nothing when the URL would not change', () => {
    expect(historyMode(INITIAL_STATE, { ...INITIAL_STATE })).toBe('none');
  });
});
