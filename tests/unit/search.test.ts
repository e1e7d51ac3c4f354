// The type-ahead search index: labels and aliases, prefixes and typos, on the bundled dataset.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { load, type StakeholderGraph } from '../../src/graph/index.ts';
import { buildSearchIndex, type SearchIndex, searchIndexSteps } from '../../src/query/index.ts';
import { BUNDLED_DIR, smallRaw } from '../helpers.ts';

let graph: StakeholderGraph;
let index: SearchIndex;

beforeAll(async () => {
  const result = await readDataset(BUNDLED_DIR);
  if (!result.graph) throw new Error('bundled dataset failed to load');
  graph = result.graph;
  index = buildSearchIndex(graph);
});

describe('buildSearchIndex', () => {
  it('finds James Cleverly from a misspelt "Cleverley"', () => {
    expect(index.search('Cleverley')[0]?.id).toBe('james-cleverly');
  });

  it('finds a node by the prefix of its label while typing', () => {
    expect(index.search('Grooming Gan').map((h) => h.id)).toContain('grooming-gangs-taskforce');
    expect(index.search('Hydr')[0]?.id).toBe('hydrant-programme');
  });

  it('finds a node by an alias and says which alias matched', () => {
    const hit = index.search('NCA')[0];
    expect(hit?.id).toBe('national-crime-agency');
    expect(hit?.alias).toBe('NCA');
  });

  it('ignores case and curly apostrophes', () => {
    expect(index.search('childrens society')[0]?.id).toBe('the-childrens-society');
    expect(index.search('CHILDREN’S SOCIETY', { fuzzy: 0 })[0]?.id).toBe('the-childrens-society');
  });

  it('ignores accents both ways, with no typo tolerance to hide a miss', () => {
    // The bundled labels are plain ASCII, so accents are tested on the small fixture with accented names.
    const raw = smallRaw();
    raw.nodes[0]!.label = 'Société Générale';
    raw.nodes[1]!.label = 'Plain Cafe';
    raw.nodes[1]!.aliases = ['Zürich Büro'];
    const small = buildSearchIndex(load(raw).graph!);
    const exact = { fuzzy: 0 };
    expect(small.search('societe generale', exact)[0]?.id).toBe('ministry');
    expect(small.search('Soci', exact)[0]?.id).toBe('ministry');
    expect(small.search('café', exact)[0]?.id).toBe(raw.nodes[1]!.id);
    const alias = small.search('zurich buro', exact)[0];
    expect(alias?.id).toBe(raw.nodes[1]!.id);
    expect(alias?.alias).toBe('Zürich Büro');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('police', { limit: 3 })).toHaveLength(3);
  });

  it('returns label and kind with each hit', () => {
    const hit = index.search('Essex Police')[0];
    expect(hit).toMatchObject({ id: 'essex-police', label: 'Essex Police', kind: 'police-force' });
  });
});

describe('searchIndexSteps', () => {
  it('builds, a chunk per step, an index that answers exactly as the one built at once', () => {
    const steps = searchIndexSteps(graph, { chunkSize: 7 });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(Math.ceil(graph.order / 7));
    const chunked = step.value;
    for (const query of ['Cleverley', 'Essex Police', 'home off', 'Childrens', 'taskforce', 'zzzz'])
      expect(chunked.search(query)).toEqual(index.search(query));
    expect(chunked.search('Essex Police')[0]?.id).toBe('essex-police');
  });
});
