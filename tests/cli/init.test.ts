import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run.ts';

describe('stakeholder-graph init', () => {
  it('makes an empty dataset folder that validate accepts', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-init-')), 'My Story');
    const made = await cli('init', dir, '--title', 'Who funds the bridge');
    expect(made.code).toBe(0);
    expect(existsSync(join(dir, 'sources'))).toBe(true);
    const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
    expect(dataset).toEqual({
      schemaVersion: 1,
      id: 'my-story',
      title: 'Who funds the bridge',
      sources: [],
      nodes: [],
      edges: [],
    });
    const checked = await cli('validate', dir);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it('stores a --source document in sources/ and names it in dataset.json', async () => {
    const base = mkdtempSync(join(tmpdir(), 'sg-init-'));
    const doc = join(base, 'Council Minutes.txt');
    writeFileSync(doc, 'The council funds the bridge.\n');
    const dir = join(base, 'story');
    expect((await cli('init', dir, '--source', doc)).code).toBe(0);
    const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
    expect(dataset.title).toBe('story');
    expect(dataset.sources).toEqual([
      {
        id: 'council-minutes',
        kind: 'document',
        title: 'Council Minutes',
        file: 'sources/council-minutes.txt',
      },
    ]);
    expect(readFileSync(join(dir, 'sources', 'council-minutes.txt'), 'utf8')).toBe(
      'The council funds the bridge.\n',
    );
    expect((await cli('validate', dir)).code).toBe(0);
  });

  it('refuses a folder that is not empty, and HTML, with a clear message and exit 2', async () => {
    const base = mkdtempSync(join(tmpdir(), 'sg-init-'));
    writeFileSync(join(base, 'x.html'), '<p>hi</p>');
    const busy = await cli('init', base);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(/exists and is not empty/);
    const html = await cli('init', join(base, 'new'), '--source', join(base, 'x.html'));
    expect(html.code).toBe(2);
    expect(html.stderr).toMatch(/Add source/);
  });
});
