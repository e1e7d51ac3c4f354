import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DIR } from '../helpers.ts';
import { cli } from './run.ts';

function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-broken-'));
  cpSync(BUNDLED_DIR, dir, { recursive: true });
  const file = join(dir, 'dataset.json');
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  raw.nodes[0].type = 'taskforse';
  raw.edges[0].target = 'home-offise';
  raw.edges[1].evidence = [{ source: 'article', quote: 'funded by the Foreign Office', basis: 'stated' }];
  raw.nodes.push({ ...raw.nodes[1] });
  writeFileSync(file, JSON.stringify(raw, null, 2));
  return dir;
}

describe('stakeholder-graph validate', () => {
  it('exits 0 with a one-line summary on the bundled dataset', async () => {
    const { code, stdout, stderr } = await cli('validate');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/valid: \d+ nodes, \d+ edges, \d+ sources, \d+ quotes found/);
  });

  it('accepts a folder or its dataset.json', async () => {
    expect((await cli('validate', join(BUNDLED_DIR, 'dataset.json'))).code).toBe(0);
  });

  it('exits 1 and lists every error, located and readable, without a stack trace', async () => {
    const { code, stderr } = await cli('validate', brokenCopy());
    expect(code).toBe(1);
    expect(stderr).toMatch(/error nodes\[0\]\.type: unknown node type "taskforse"/);
    expect(stderr).toMatch(/did you mean "taskforce"\?/);
    expect(stderr).toMatch(
      /error edges\[0\]\.target: edge ".*" has target "home-offise", which is not a node/,
    );
    expect(stderr).toMatch(/did you mean "home-office"\?/);
    expect(stderr).toMatch(/error edges\[1\]\.evidence\[0\]\.quote: quote not found in source "article"/);
    expect(stderr).toMatch(/closest passage in "article": ".*funded by the Home Office/);
    expect(stderr).toMatch(/error nodes\[85\]\.id: duplicate node id/);
    expect(stderr).toMatch(/4 errors/);
    expect(stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
  });

  it('reports malformed JSON with a line number, and missing files plainly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-bad-json-'));
    writeFileSync(join(dir, 'dataset.json'), '{\n  "schemaVersion": 1,\n  "nodes": [,]\n}');
    const bad = await cli('validate', dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not valid JSON at line 3, column 13/);
    const missing = await cli('validate', join(dir, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot find ".*nope"/);
  });

  it('reports a source file that cannot be read', async () => {
    const dir = brokenCopy();
    const file = join(dir, 'dataset.json');
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    raw.sources[0].file = 'sources/missing.txt';
    writeFileSync(file, JSON.stringify(raw));
    const { code, stderr } = await cli('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/sources\[0\]\.file: cannot read source file "sources\/missing.txt"/);
  });
});

describe('stakeholder-graph stats and export', () => {
  it('prints counts by type, components and top degree', async () => {
    const { code, stdout } = await cli('stats');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ nodes, \d+ edges, 1 connected component/);
    expect(stdout).toMatch(/43 {2}police-force/);
    expect(stdout).toMatch(/highest degree:/);
  });

  it('exports one self-contained JSON file that validates back unchanged', async () => {
    const { code, stdout } = await cli('export', '--format', 'json');
    expect(code).toBe(0);
    const exported = JSON.parse(stdout);
    expect(exported.sources[0].text).toContain('Grooming Gangs Taskforce');
    expect(exported.sources[0].file).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'sg-export-'));
    const file = join(dir, 'exported.json');
    writeFileSync(file, stdout);
    const check = await cli('validate', file);
    expect(check.code).toBe(0);
    const again = await cli('export', '--format', 'json', file);
    expect(again.stdout).toBe(stdout);
  });

  it('explains usage errors with exit code 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const unknown = await cli('export', '--format', 'xlsx');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format "xlsx"/);
    const badFlag = await cli('validate', '--nope');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/Unknown option '--nope'/);
  });
});
