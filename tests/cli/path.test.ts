import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.ts';
import { cli } from './run.ts';

describe('stakeholder-graph path', () => {
  it('answers "how is the Home Office connected to Essex Police" in sentences with evidence', async () => {
    const { code, stdout, stderr } = await cli('path', 'Home Office', 'Essex Police');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Home Office → Essex Police: 1 path (shortest)');
    expect(stdout).toContain('1. Home Office → Grooming Gangs Taskforce → Essex Police (2 hops)');
    expect(stdout).toContain('   Home Office funds Grooming Gangs Taskforce as an operational police unit');
    expect(stdout).toMatch(/ {5}“[^”]*funded by the Home Office[^”]*” \(.*; stated\)/);
    expect(stdout).toContain('   Grooming Gangs Taskforce collaborates with Essex Police');
  });

  it('prints the JSON shape, shortest first, with k paths', async () => {
    const { code, stdout } = await cli(
      'path',
      'rishi-sunak',
      "The Children's Society",
      '--k',
      '3',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['from', 'to', 'options', 'paths']);
    expect(result.from).toBe('rishi-sunak');
    expect(result.to).toBe('the-childrens-society');
    expect(result.options).toMatchObject({ mode: 'k-shortest', k: 3, directed: false });
    expect(result.paths).toHaveLength(3);
    expect(result.paths[0].nodes).toEqual([
      'rishi-sunak',
      'grooming-gangs-taskforce',
      'children',
      'the-childrens-society',
    ]);
    expect(result.paths[0].edges.map((e: { type: string }) => e.type)).toEqual([
      'established',
      'safeguards',
      'advocates-for',
    ]);
    expect(Object.keys(result.paths[0].edges[0])).toEqual(['id', 'type', 'source', 'target']);
    expect(Object.keys(result.paths[0].hops[0])).toEqual(['sentence', 'evidence']);
    const lengths = result.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('exits 0 with an empty list and the reason when filters leave no path', async () => {
    const { code, stdout } = await cli(
      'path',
      'ministry',
      'police',
      '--exclude-types',
      'taskforce',
      '--format',
      'json',
      '--dataset',
      join(FIXTURES, 'small'),
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.paths).toEqual([]);
    expect(result.message).toBe(
      'No path from The Ministry to The Police when taskforces and units are excluded; there is one (2 hops) without that filter.',
    );
    const text = await cli('path', 'police', 'ministry', '--directed', '--dataset', join(FIXTURES, 'small'));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('0 paths');
    expect(text.stdout).toContain('when relations are followed only in their direction');
  });

  it('passes every filter flag through', async () => {
    const small = ['--dataset', join(FIXTURES, 'small'), '--format', 'json'];
    const parse = async (...args: string[]) => JSON.parse((await cli('path', ...args, ...small)).stdout);
    expect((await parse('minister', 'police')).paths[0].nodes).toEqual(['minister', 'unit', 'police']);
    expect((await parse('minister', 'police', '--exclude', 'praised')).paths[0].nodes).toEqual([
      'minister',
      'ministry',
      'unit',
      'police',
    ]);
    expect(
      (await parse('minister', 'police', '--only', 'funds,heads,collaborates-with')).paths[0].length,
    ).toBe(3);
    expect((await parse('minister', 'police', '--exclude', 'praised', '--stated-only')).paths).toEqual([]);
    expect((await parse('ministry', 'police', '--exclude-nodes', 'The Unit')).paths).toEqual([]);
    expect((await parse('minister', 'police', '--max-length', '3', '--limit', '1')).capped).toBe(true);
    expect((await parse('minister', 'police', '--all-shortest')).paths).toHaveLength(1);
    expect((await parse('minister', 'police', '--weighted')).paths[0].cost).toBe(2);
  });

  it('exits 2 for unknown or ambiguous names and bad flags, with a readable message', async () => {
    const unknown = await cli('path', 'Home Ofice', 'Essex Police');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'stakeholder-graph path: no node called "Home Ofice"; did you mean Home Office (home-office)?\n',
    );
    expect(unknown.stdout).toBe('');
    const bad = await cli('path', 'Home Office', 'Essex Police', '--exclude', 'fund');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown type "fund"; did you mean "funds"/);
    const both = await cli('path', 'Home Office', 'Essex Police', '--k', '2', '--all-shortest');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/choose one of --k, --all-shortest and --max-length/);
    const dir = mkdtempSync(join(tmpdir(), 'sg-ambiguous-'));
    cpSync(join(FIXTURES, 'small'), dir, { recursive: true });
    const raw = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
    raw.nodes[2].aliases = ['Special Unit'];
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(raw));
    const ambiguous = await cli('path', 'special unit', 'ministry', '--dataset', dir);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(
      /"special unit" could mean The Police \(police\) or The Unit \(unit\); give the id/,
    );
    const one = await cli('path', 'Home Office');
    expect(one.code).toBe(2);
    expect((await cli('path', 'a', 'b', '--k', 'many')).stderr).toMatch(/--k must be a whole number/);
  });
});
