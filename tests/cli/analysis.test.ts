import { describe, expect, it } from 'vitest';
import { NODE_METRIC_KEYS } from '../../src/graph/index.ts';
import { cli } from './run.ts';

interface Ranked {
  metric: string;
  definition: string;
  sampled?: { pivots: number; seed: number; estimator: string };
  graph: { nodes: number; links: number };
  nodes: { id: string; label: string; value: number; rank: number }[];
}

describe('rank', () => {
  it('ranks the bundled dataset by betweenness in JSON, highest first, with the definition', async () => {
    const r = await cli('rank', '--metric', 'betweenness', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Ranked;
    expect(out.metric).toBe('betweenness');
    expect(out.definition).toContain('betweenness_centrality(G, normalized=True)');
    expect(out.sampled).toBeUndefined();
    expect(out.nodes.length).toBe(out.graph.nodes);
    expect(out.nodes[0]).toMatchObject({ id: 'police-forces-of-england-and-wales', rank: 1 });
    const values = out.nodes.map((n) => n.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('keeps the top N and measures the graph as of a date', async () => {
    const all = JSON.parse((await cli('rank', '--metric', 'degree', '--format', 'json')).stdout) as Ranked;
    const r = await cli('rank', '--metric', 'degree', '--asof', '2023', '--top', '3', '--format', 'json');
    const asOf = JSON.parse(r.stdout) as Ranked;
    expect(asOf.nodes).toHaveLength(3);
    expect(asOf.graph.nodes).toBeLessThan(all.graph.nodes);
    expect(asOf.nodes.map((n) => n.id)).not.toContain('grooming-gangs-taskforce');
  });

  it('says when betweenness is an estimate from sampled pivots', async () => {
    const r = await cli(
      'rank',
      '--metric',
      'betweenness',
      '--exact-up-to',
      '10',
      '--pivots',
      '20',
      '--format',
      'json',
    );
    const out = JSON.parse(r.stdout) as Ranked;
    expect(out.sampled).toEqual({ pivots: 20, seed: 1, estimator: 'linear-scaling' });
    expect(out.definition).toContain('Estimated from 20 sampled source nodes');
    expect(out.definition).toContain('linear scaling');
  });

  it('refuses an unknown metric or node type with the choices, as a usage error', async () => {
    const r = await cli('rank', '--metric', 'fame');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('degree, betweenness, closeness, pagerank, eigenvector');
    const t = await cli('rank', '--metric', 'degree', '--hide-types', 'persn');
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('"persn"');
    expect(t.stderr).toContain('person');
  });
});

describe('communities', () => {
  it('puts every node in exactly one community and gives the same answer on every run', async () => {
    const a = await cli('communities', '--format', 'json');
    const b = await cli('communities', '--format', 'json');
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const out = JSON.parse(a.stdout) as {
      modularity: number;
      communities: { id: number; nodes: string[] }[];
    };
    const nodes = out.communities.flatMap((c) => c.nodes);
    const stats = JSON.parse((await cli('stats', '--format', 'json')).stdout) as { nodes: number };
    expect(nodes.length).toBe(stats.nodes);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(out.modularity).toBeGreaterThan(0.3);
    expect(out.communities[0]!.id).toBe(0);
  });
});

describe('diff', () => {
  it('lists what appeared and who changed hands between two dates', async () => {
    const r = await cli('diff', '--from', '2022', '--to', '2025-06', '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.from).toBe('2022-01-01');
    expect(d.nodes.appeared.map((n: { id: string }) => n.id)).toContain('grooming-gangs-taskforce');
    expect(d.roles).toContainEqual({
      role: 'home-secretary',
      label: 'Home Secretary',
      before: ['suella-braverman'],
      after: ['yvette-cooper'],
    });
    const text = await cli('diff', '--from', '2022', '--to', '2025-06');
    expect(text.stdout).toContain('Home Secretary: Suella Braverman -> Yvette Cooper');
  });

  it('refuses a date that is not one, naming the flag', async () => {
    const r = await cli('diff', '--from', '2022-13', '--to', '2025');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from: "2022-13" is not a date');
  });
});

describe('export --metrics', () => {
  it('adds each metric and the community as node attributes to GraphML and CSV', async () => {
    const g = await cli('export', '--format', 'graphml', '--metrics');
    expect(g.code).toBe(0);
    for (const key of NODE_METRIC_KEYS) expect(g.stdout).toContain(`attr.name="${key}"`);
    expect(g.stdout).toContain('<key id="n_community" for="node" attr.name="community" attr.type="int"/>');
    const csv = await cli('export', '--format', 'csv', '--metrics');
    const header = csv.stdout.split('\r\n')[0]!.split('\n')[1]!;
    expect(
      header.endsWith(',degree,inDegree,outDegree,betweenness,closeness,pagerank,eigenvector,community'),
    ).toBe(true);
  });

  it('leaves the files as they were without the flag, and refuses formats without node attributes', async () => {
    const plain = await cli('export', '--format', 'gexf');
    expect(plain.stdout).not.toContain('betweenness');
    const dot = await cli('export', '--format', 'dot', '--metrics');
    expect(dot.code).toBe(2);
    expect(dot.stderr).toContain('--metrics works with gexf, graphml, csv');
  });
});
