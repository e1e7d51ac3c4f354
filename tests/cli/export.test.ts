import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/export/index.ts';
import { FIXTURES, ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'src', 'cli', 'bin.mjs');
const SMALL = join(FIXTURES, 'small');
const tmp = mkdtempSync(join(tmpdir(), 'sg-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('stakeholder-graph export', () => {
  it('lists every format', () => {
    const r = cli('export', '--list');
    expect(r.code).toBe(0);
    for (const e of EXPORTERS) expect(r.stdout).toContain(e.id);
  });

  it.each(EXPORTERS.map((e) => e.id))('writes %s to stdout', (id) => {
    const r = cli('export', '--format', id, SMALL);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = EXPORTERS.find((e) => e.id === id)!;
    expect(r.stdout.length).toBeGreaterThan(100);
    if (expected.id === 'csv') {
      expect(r.stdout).toMatch(/^==> nodes\.csv <==\nid,label,type/);
      expect(r.stdout).toContain('==> edges.csv <==\nid,source,target');
    }
    if (expected.id === 'gexf') expect(r.stdout).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
  });

  it('writes GEXF 1.3 with --version and refuses an unknown version', () => {
    expect(cli('export', '--format', 'gexf', '--version', '1.3', SMALL).stdout).toContain(
      'http://gexf.net/1.3',
    );
    const bad = cli('export', '--format', 'gexf', '--version', '7', SMALL);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown version "7"');
  });

  it('writes nodes.csv, edges.csv and sources.csv into the --out folder', () => {
    const dir = join(tmp, 'csv');
    expect(cli('export', '--format', 'csv', '--out', dir, SMALL).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'nodes.csv', 'sources.csv']);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8').split('\r\n')).toHaveLength(4 + 2);
  });

  it('refuses an unknown format, naming the formats', () => {
    const r = cli('export', '--format', 'xls', SMALL);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "xls"');
    expect(r.stderr).toContain('graphml');
  });
});

describe('stakeholder-graph convert', () => {
  it('converts JSON -> GEXF -> CSV folder -> GraphML -> JSON and keeps every record', () => {
    const gexf = join(tmp, 'g.gexf');
    const folder = join(tmp, 'conv');
    const graphml = join(tmp, 'g.graphml');
    const json = join(tmp, 'back.json');
    expect(cli('convert', SMALL, gexf).code).toBe(0);
    const toCsv = cli('convert', gexf, folder);
    expect(toCsv.code).toBe(0);
    expect(toCsv.stderr).toContain('GEXF, 4 nodes and 4 edges read');
    expect(cli('convert', join(folder, 'nodes.csv'), graphml).code).toBe(0);
    expect(cli('convert', graphml, json).code).toBe(0);
    const back = JSON.parse(readFileSync(json, 'utf8'));
    const original = JSON.parse(readFileSync(join(SMALL, 'dataset.json'), 'utf8'));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const strip = (n: Record<string, unknown>) => {
      const { position: _p, ...rest } = n;
      return rest;
    };
    expect(back.nodes.map(strip).sort(byId)).toEqual(original.nodes.sort(byId));
    expect(back.edges.sort(byId)).toEqual(original.edges.sort(byId));
    expect(cli('validate', json).code).toBe(0);
  });

  it('prints the mapping report for a foreign file to stderr', () => {
    const input = join(tmp, 'links.csv');
    writeFileSync(input, 'From,To,Type\r\nHome Office,Essex Police,funds\r\n');
    const r = cli('convert', input, join(tmp, 'links.graphml'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("2 nodes of type (none) mapped to 'other'");
  });

  it('fails with a located error for bad input, and a usage error for an unknown output', () => {
    const bad = join(tmp, 'bad.gexf');
    writeFileSync(bad, '<gexf><graph>');
    const r = cli('convert', bad, join(tmp, 'x.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.gexf is not well-formed XML at line 1/);
    const u = cli('convert', SMALL, join(tmp, 'x.xlsx'));
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('cannot tell the output format');
    expect(cli('convert', join(tmp, 'missing.gexf'), join(tmp, 'x.json')).stderr).toContain('no such file');
  });
});
