// The explorer's state in the URL: round trips, tolerance of bad values, and history entries.
import { describe, expect, it } from 'vitest';
import { INITIAL_PATHS } from '../../src/app/state/paths.ts';
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
  paths: {
    ...INITIAL_PATHS,
    query: {
      from: 'home-office',
      to: 'essex-police',
      mode: 'k-shortest',
      k: 5,
      maxLength: 6,
      directed: true,
      onlyRelations: ['collaborates-with', 'funds'],
      excludeRelations: ['located-in'],
      excludeNodeKinds: ['person', 'role'],
      statedOnly: true,
      weight: true,
    },
    chosen: 2,
  },
  sizeBy: 'betweenness',
  colourBy: 'community',
  hops: 2,
};

describe('stateToParams and paramsToState', () => {
  it('ignores a neighbourhood past 3 hops and an unknown metric to size by', () => {
    const s = paramsToState(new URLSearchParams('node=x&hood=9&size=fame&colour=rainbow'));
    expect([s.hops, s.sizeBy, s.colourBy]).toEqual([0, undefined, 'kind']);
    expect(paramsToState(new URLSearchParams('hood=3')).hops).toBe(3);
  });

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

describe('the path query in the URL', () => {
  it('is written with short names and nothing for defaults', () => {
    const state: ExplorerState = {
      ...INITIAL_STATE,
      paths: {
        ...INITIAL_PATHS,
        query: { ...full.paths.query!, mode: 'shortest', k: 3, maxLength: 4, onlyRelations: [] },
        chosen: 0,
      },
    };
    expect(stateToParams(state).toString()).toBe(
      'from=home-office&to=essex-police&dir=1&excl=located-in&xkinds=person%2Crole&pstated=1&pw=1&path=0',
    );
    expect(stateToParams(full).get('pmode')).toBe('k-shortest');
    expect(stateToParams(full).get('k')).toBe('5');
    expect(stateToParams(full).get('maxlen')).toBe('6');
    expect(stateToParams(full).get('only')).toBe('collaborates-with,funds');
  });

  it('is read with defaults, unknown kinds dropped and bad numbers ignored', () => {
    const { query, chosen } = paramsToState(
      new URLSearchParams('from=a&to=b&pmode=zigzag&k=0&maxlen=99&only=funds,nope&xkinds=person,x&path=-1'),
    ).paths;
    expect(query).toEqual({
      from: 'a',
      to: 'b',
      mode: 'shortest',
      k: 3,
      maxLength: 4,
      directed: false,
      onlyRelations: ['funds'],
      excludeRelations: [],
      excludeNodeKinds: ['person'],
      statedOnly: false,
      weight: false,
    });
    expect(chosen).toBeUndefined();
  });

  it('needs both ends: with one of them there is no query at all', () => {
    expect(paramsToState(new URLSearchParams('from=a&pmode=k-shortest')).paths).toEqual(INITIAL_PATHS);
  });

  it('never carries the result, which is derived from the query', () => {
    const withResult = { ...full, paths: { ...full.paths, error: 'no node called "x"' } };
    expect(stateToParams(withResult).toString()).toBe(stateToParams(full).toString());
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

  it('pushes a new entry for a new path question and for another path chosen', () => {
    expect(historyMode(INITIAL_STATE, full)).toBe('push');
    expect(historyMode(full, { ...full, paths: { ...full.paths, chosen: 0 } })).toBe('push');
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
