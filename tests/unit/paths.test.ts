import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { load, type StakeholderGraph } from '../../src/graph/index.ts';
import { findPaths, PathQueryError, pathIndex, resolveNode } from '../../src/query/index.ts';
import { BUNDLED_DIR, smallRaw } from '../helpers.ts';

function small(change?: (raw: ReturnType<typeof smallRaw>) => void): StakeholderGraph {
  const raw = smallRaw();
  change?.(raw);
  const { graph, issues } = load(raw);
  if (!graph) throw new Error(JSON.stringify(issues));
  return graph;
}

const route = (r: ReturnType<typeof findPaths>): string[][] => r.paths.map((p) => p.nodes);
const types = (r: ReturnType<typeof findPaths>): string[][] => r.paths.map((p) => p.edges.map((e) => e.type));

describe('findPaths on the small fixture', () => {
  it('finds the shortest path hop by hop, with sentences and their evidence', () => {
    const r = findPaths(small(), 'The Ministry', 'The Police');
    expect(r.from).toBe('ministry');
    expect(r.to).toBe('police');
    expect(route(r)).toEqual([['ministry', 'unit', 'police']]);
    expect(r.paths[0]!.edges).toEqual([
      { id: 'ministry-funds-unit', type: 'funds', source: 'ministry', target: 'unit' },
      { id: 'unit-collaborates-with-police', type: 'collaborates-with', source: 'unit', target: 'police' },
    ]);
    expect(r.paths[0]!.length).toBe(2);
    expect(r.paths[0]!.hops[0]).toEqual({
      sentence: 'The Ministry funds The Unit',
      evidence: [{ source: 'doc', quote: 'The Ministry funds the Unit.', basis: 'stated' }],
    });
    expect(r.message).toBeUndefined();
  });

  it('reads a hop walked against its direction from the true source', () => {
    const r = findPaths(small(), 'police', 'ministry');
    expect(route(r)).toEqual([['police', 'unit', 'ministry']]);
    expect(r.paths[0]!.hops.map((h) => h.sentence)).toEqual([
      'The Unit collaborates with The Police',
      'The Ministry funds The Unit',
    ]);
  });

  it('returns plain JSON that survives a round trip unchanged', () => {
    const r = findPaths(small(), 'minister', 'police', { mode: 'k-shortest', k: 2 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('follows edge direction only when asked, and says that direction is what cuts the path', () => {
    const g = small();
    expect(route(findPaths(g, 'ministry', 'police', { directed: true }))).toEqual([
      ['ministry', 'unit', 'police'],
    ]);
    const r = findPaths(g, 'police', 'ministry', { directed: true });
    expect(r.paths).toEqual([]);
    expect(r.message).toBe(
      'No path from The Police to The Ministry when relations are followed only in their direction; there is one (2 hops) without that filter.',
    );
  });

  it('applies relation-type filters (only and exclude)', () => {
    const g = small();
    expect(types(findPaths(g, 'minister', 'police'))).toEqual([['praised', 'collaborates-with']]);
    const excluded = findPaths(g, 'minister', 'police', { excludeRelations: ['praised'] });
    expect(route(excluded)).toEqual([['minister', 'ministry', 'unit', 'police']]);
    expect(types(excluded)).toEqual([['heads', 'funds', 'collaborates-with']]);
    const only = findPaths(g, 'minister', 'police', { onlyRelations: ['funds', 'collaborates-with'] });
    expect(only.paths).toEqual([]);
    expect(only.message).toBe(
      'No path from The Minister to The Police when only funds and collaborates-with relations are followed; there is one (2 hops) without that filter.',
    );
  });

  it('skips relations with only inferred evidence when statedOnly is set', () => {
    const g = small();
    const r = findPaths(g, 'minister', 'police', { excludeRelations: ['praised'], statedOnly: true });
    expect(r.paths).toEqual([]);
    expect(r.message).toBe(
      'No path from The Minister to The Police when praised relations are excluded and only stated relations are followed; there is one (2 hops) with praised relations; there is one (3 hops) counting inferred relations too.',
    );
    expect(route(findPaths(g, 'minister', 'ministry', { statedOnly: true }))).toEqual([
      ['minister', 'unit', 'ministry'],
    ]);
  });

  it('avoids excluded nodes and node kinds, but never the two ends', () => {
    const g = small();
    const noUnit = findPaths(g, 'ministry', 'police', { excludeNodes: ['unit'] });
    expect(noUnit.paths).toEqual([]);
    expect(noUnit.message).toBe(
      'No path from The Ministry to The Police when The Unit is excluded; there is one (2 hops) without that filter.',
    );
    const noTaskforce = findPaths(g, 'ministry', 'police', { excludeNodeKinds: ['taskforce'] });
    expect(noTaskforce.message).toMatch(/when taskforces and units are excluded; there is one \(2 hops\)/);
    const noPeople = findPaths(g, 'minister', 'unit', { excludeNodeKinds: ['person'] });
    expect(route(noPeople)).toEqual([['minister', 'unit']]);
    expect(route(findPaths(g, 'minister', 'police', { excludeNodes: ['unit'] }))).toEqual([]);
  });

  it('uses edge weights with Dijkstra when weight is set', () => {
    const g = small((raw) => {
      raw.edges.find((e) => e.id === 'minister-praised-unit')!.weight = 5;
    });
    expect(route(findPaths(g, 'minister', 'police'))).toEqual([['minister', 'unit', 'police']]);
    const r = findPaths(g, 'minister', 'police', { weight: true });
    expect(route(r)).toEqual([['minister', 'ministry', 'unit', 'police']]);
    expect(r.paths[0]!.cost).toBe(3);
    const k = findPaths(g, 'minister', 'police', { weight: true, mode: 'k-shortest', k: 2 });
    expect(k.paths.map((p) => p.cost)).toEqual([3, 6]);
  });

  it('lists k shortest paths and says when fewer exist', () => {
    const r = findPaths(small(), 'minister', 'police', { mode: 'k-shortest', k: 5 });
    expect(route(r)).toEqual([
      ['minister', 'unit', 'police'],
      ['minister', 'ministry', 'unit', 'police'],
    ]);
    expect(r.message).toBe(
      'Only 2 paths exist between The Minister and The Police with these options (5 asked for).',
    );
  });

  it('lists all shortest paths, and all simple paths up to a length with a cap', () => {
    const g = small();
    expect(route(findPaths(g, 'minister', 'unit', { mode: 'all-shortest' }))).toEqual([['minister', 'unit']]);
    const all = findPaths(g, 'minister', 'police', { mode: 'all-simple', maxLength: 3 });
    expect(route(all)).toEqual([
      ['minister', 'unit', 'police'],
      ['minister', 'ministry', 'unit', 'police'],
    ]);
    expect(all.capped).toBeUndefined();
    const capped = findPaths(g, 'minister', 'police', { mode: 'all-simple', maxLength: 3, limit: 1 });
    expect(route(capped)).toEqual([['minister', 'unit', 'police']]);
    expect(capped.capped).toBe(true);
    expect(capped.message).toMatch(/More paths of at most 3 hops exist; showing the first 1/);
    const short = findPaths(g, 'minister', 'police', { mode: 'all-simple', maxLength: 1 });
    expect(short.paths).toEqual([]);
    expect(short.message).toBe(
      'No path of at most 1 hops from The Minister to The Police; the shortest has 2 hops.',
    );
  });

  it('sees changes to the graph (the cached index is rebuilt)', () => {
    const g = small();
    expect(findPaths(g, 'ministry', 'police').paths[0]!.length).toBe(2);
    const record = {
      id: 'ministry-funds-police',
      source: 'ministry',
      target: 'police',
      type: 'funds' as const,
    };
    g.addDirectedEdgeWithKey(record.id, 'ministry', 'police', { kind: 'funds', stated: false, record });
    expect(route(findPaths(g, 'ministry', 'police'))).toEqual([['ministry', 'police']]);
    g.dropEdge(record.id);
    expect(findPaths(g, 'ministry', 'police').paths[0]!.length).toBe(2);
  });

  it('keeps its index when nodes move, and follows relabelling', () => {
    const g = small();
    const before = pathIndex(g);
    g.setNodeAttribute('unit', 'x', 42);
    g.updateEachNodeAttributes((_id, a) => ({ ...a, y: a.y + 1 }), { attributes: ['y'] });
    expect(pathIndex(g)).toBe(before);
    g.setNodeAttribute('unit', 'label', 'The Renamed Unit');
    expect(pathIndex(g)).not.toBe(before);
    expect(findPaths(g, 'ministry', 'police').paths[0]!.hops[0]!.sentence).toBe(
      'The Ministry funds The Renamed Unit',
    );
  });

  it('lists every tied shortest path, weighted or not', () => {
    const g = small((raw) => {
      raw.edges.find((e) => e.id === 'minister-praised-unit')!.weight = 2;
      raw.edges.push({
        id: 'minister-backs-police',
        source: 'minister',
        target: 'police',
        type: 'backs',
        weight: 3,
        evidence: [{ source: 'ref', note: 'backs', basis: 'stated' }],
      });
    });
    expect(route(findPaths(g, 'minister', 'police', { mode: 'all-shortest' }))).toEqual([
      ['minister', 'police'],
    ]);
    const weighted = findPaths(g, 'minister', 'police', { mode: 'all-shortest', weight: true });
    expect(route(weighted).sort()).toEqual(
      [
        ['minister', 'ministry', 'unit', 'police'],
        ['minister', 'police'],
        ['minister', 'unit', 'police'],
      ].sort(),
    );
    expect(weighted.paths.map((p) => p.cost)).toEqual([3, 3, 3]);
  });

  it('takes excluded nodes by name, and rejects unknown ones', () => {
    const g = small();
    expect(
      findPaths(g, 'ministry', 'police', { excludeNodes: ['Special Unit'] }).options.excludeNodes,
    ).toEqual(['unit']);
    expect(() => findPaths(g, 'ministry', 'police', { excludeNodes: ['Speshal Unit'] })).toThrow(
      /no node called "Speshal Unit"; did you mean The Unit \(unit\)\?/,
    );
  });

  it('answers a path from a node to itself with no hops', () => {
    const r = findPaths(small(), 'unit', 'unit', { mode: 'k-shortest', k: 3 });
    expect(r.paths.map((p) => [p.nodes, p.length])).toEqual([[['unit'], 0]]);
  });

  it('rejects bad options with readable errors', () => {
    const g = small();
    expect(() => findPaths(g, 'ministry', 'police', { mode: 'k-shortest', k: 0 })).toThrow(
      /k must be a whole number/,
    );
    expect(() => findPaths(g, 'ministry', 'police', { excludeRelations: ['fund' as 'funds'] })).toThrow(
      /unknown type "fund"; did you mean "funds"/,
    );
  });
});

describe('resolveNode', () => {
  it('finds nodes by id, label or alias, ignoring case', () => {
    const g = small();
    expect(resolveNode(g, 'unit')).toEqual({ ok: true, id: 'unit' });
    expect(resolveNode(g, 'THE UNIT')).toEqual({ ok: true, id: 'unit' });
    expect(resolveNode(g, 'special unit')).toEqual({ ok: true, id: 'unit' });
  });

  it('treats typographic and straight apostrophes alike', () => {
    const g = small((raw) => {
      raw.nodes[2]!.label = 'The Police’s Unit';
    });
    expect(resolveNode(g, "the police's unit")).toEqual({ ok: true, id: 'police' });
  });

  it('treats accented and plain letters alike', () => {
    const g = small((raw) => {
      raw.nodes[2]!.label = 'La Sûreté';
    });
    expect(resolveNode(g, 'la surete')).toEqual({ ok: true, id: 'police' });
  });

  it('lists the candidates of an ambiguous name', () => {
    const g = small((raw) => {
      raw.nodes[2]!.aliases = ['Special Unit'];
    });
    const r = resolveNode(g, 'Special Unit');
    expect(r).toMatchObject({
      ok: false,
      reason: 'ambiguous',
      candidates: ['The Police (police)', 'The Unit (unit)'],
    });
    expect(() => findPaths(g, 'Special Unit', 'ministry')).toThrow(PathQueryError);
  });

  it('suggests close names for an unknown one', () => {
    const r = resolveNode(small(), 'The Polise');
    expect(r).toMatchObject({ ok: false, reason: 'unknown' });
    expect(!r.ok && r.message).toBe('no node called "The Polise"; did you mean The Police (police)?');
    const two = resolveNode(small(), 'The Minstry');
    expect(!two.ok && two.candidates).toEqual(['The Ministry (ministry)', 'The Minister (minister)']);
  });
});

describe('findPaths on the bundled dataset', async () => {
  const { graph } = await readDataset(BUNDLED_DIR);
  const g = graph!;

  it('connects the Home Office to Essex Police through the taskforce it funds', () => {
    const r = findPaths(g, 'Home Office', 'Essex Police');
    expect(route(r)).toEqual([['home-office', 'grooming-gangs-taskforce', 'essex-police']]);
    expect(types(r)).toEqual([['funds', 'collaborates-with']]);
    const [funds, works] = r.paths[0]!.hops;
    expect(funds!.sentence).toBe('Home Office funds Grooming Gangs Taskforce as an operational police unit');
    expect(funds!.evidence.some((e) => e.quote?.includes('funded by the Home Office'))).toBe(true);
    expect(works!.sentence).toBe('Grooming Gangs Taskforce collaborates with Essex Police');
  });

  it('connects Rishi Sunak to The Children’s Society through the children the taskforce safeguards', () => {
    const r = findPaths(g, 'Rishi Sunak', "The Children's Society");
    expect(route(r)).toEqual([
      ['rishi-sunak', 'grooming-gangs-taskforce', 'children', 'the-childrens-society'],
    ]);
    expect(types(r)).toEqual([['established', 'safeguards', 'advocates-for']]);
    expect(r.paths[0]!.hops[2]!.sentence).toBe('The Children’s Society advocates for Children');
    const all = findPaths(g, 'rishi-sunak', 'the-childrens-society', { mode: 'all-shortest' });
    expect(route(all)).toEqual(route(r));
  });

  it('reads the taskforce-to-Home-Office hop from the Home Office', () => {
    const r = findPaths(g, 'Grooming Gangs Taskforce', 'Home Office');
    expect(r.paths[0]!.hops[0]!.sentence).toMatch(/^Home Office funds Grooming Gangs Taskforce/);
  });

  it('finds another route when the taskforce is excluded', () => {
    const r = findPaths(g, 'home-office', 'essex-police', { excludeNodes: ['grooming-gangs-taskforce'] });
    expect(r.paths[0]!.nodes).not.toContain('grooming-gangs-taskforce');
    expect(r.paths[0]!.length).toBeGreaterThan(2);
  });
});
