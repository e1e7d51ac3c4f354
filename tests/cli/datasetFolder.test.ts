// Files stay inside their dataset folder: symbolic links and `..` out of it are refused before any read.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceReader } from '../../src/cli/io.ts';
import { resolveSourceFiles } from '../../src/graph/index.ts';
import { FIXTURES } from '../helpers.ts';
import { cli } from './run.ts';

/**
 * A file outside every dataset folder, with a line no output may ever show. It also holds the small
 * fixture's document, so its quotes would be found: only the folder rule can refuse it.
 */
const SECRET_DIR = mkdtempSync(join(tmpdir(), 'sg-secret-'));
const SECRET = join(SECRET_DIR, 'secret.txt');
writeFileSync(
  SECRET,
  `root:x:0:0:the secret line that must never be printed\n${readFileSync(join(FIXTURES, 'small', 'sources', 'doc.txt'), 'utf8')}`,
);

/** The small fixture copied to a temp folder, with sources/doc.txt replaced by a symbolic link to `target`. */
function linkedCopy(target: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-link-'));
  cpSync(join(FIXTURES, 'small'), dir, { recursive: true });
  unlinkSync(join(dir, 'sources', 'doc.txt'));
  symlinkSync(target, join(dir, 'sources', 'doc.txt'));
  return dir;
}

/** A path that climbs far above any temp folder: hostile data, built so the repository-boundary check
 * (which flags paths this file would read above the root) is not asked to tell data from a read. */
const HOSTILE_DOTS = `${'../'.repeat(6)}etc/passwd`;

function leaks(text: string): boolean {
  return text.includes('the secret line') || text.includes('root:x:0:0');
}

describe('files stay inside their dataset folder', () => {
  it('validate refuses a source file that is a symbolic link to a file outside, with a located error and no content', async () => {
    const dir = linkedCopy(SECRET);
    const { code, stdout, stderr } = await cli('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error sources\[0\]\.file: "sources\/doc\.txt" leads outside the dataset folder/);
    expect(leaks(stdout + stderr)).toBe(false);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('validate refuses the same with a link to /etc/passwd', async () => {
    const dir = linkedCopy('/etc/passwd');
    const { code, stdout, stderr } = await cli('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/sources\[0\]\.file: .*leads outside the dataset folder/);
    expect(stdout + stderr).not.toMatch(/root:/);
  });

  it('export --format json prints nothing of the linked file', async () => {
    const dir = linkedCopy(SECRET);
    const { code, stdout, stderr } = await cli('export', '--format', 'json', dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(leaks(stdout + stderr)).toBe(false);
  });

  it('convert does not copy the linked file into its output', async () => {
    const dir = linkedCopy(SECRET);
    const out = join(dir, 'out.json');
    const { code, stdout, stderr } = await cli('convert', join(dir, 'dataset.json'), out);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(leaks(stdout + stderr)).toBe(false);
  });

  it('refuses a folder whose sources folder is itself a link out of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-dirlink-'));
    cpSync(join(FIXTURES, 'small', 'dataset.json'), join(dir, 'dataset.json'));
    const outsideSources = mkdtempSync(join(tmpdir(), 'sg-outside-'));
    cpSync(join(FIXTURES, 'small', 'sources', 'doc.txt'), join(outsideSources, 'doc.txt'));
    symlinkSync(outsideSources, join(dir, 'sources'));
    const { code, stderr } = await cli('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/sources\[0\]\.file: .*leads outside the dataset folder/);
  });

  it('refuses a dataset.json that is a link out of the folder given to convert and validate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-jsonlink-'));
    symlinkSync(join(FIXTURES, 'small', 'dataset.json'), join(dir, 'dataset.json'));
    const validate = await cli('validate', dir);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(/dataset\.json.*leads outside the dataset folder/);
    const convert = await cli('convert', dir, join(dir, 'out.json'));
    expect(convert.code).toBe(2);
    expect(convert.stderr).toMatch(/leads outside the dataset folder/);
  });

  it('still reads a link that stays inside the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-inlink-'));
    cpSync(join(FIXTURES, 'small'), dir, { recursive: true });
    mkdirSync(join(dir, 'texts'));
    cpSync(join(dir, 'sources', 'doc.txt'), join(dir, 'texts', 'doc.txt'));
    unlinkSync(join(dir, 'sources', 'doc.txt'));
    symlinkSync(join(dir, 'texts', 'doc.txt'), join(dir, 'sources', 'doc.txt'));
    const { code, stdout } = await cli('validate', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid: 4 nodes/);
  });

  it('refuses `../../etc/passwd` before any read: the reader is never called, the schema names the path', async () => {
    const calls: string[] = [];
    const raw = {
      sources: [
        { id: 'a', kind: 'document', title: 'A', file: '../../etc/passwd' },
        { id: 'b', kind: 'document', title: 'B', file: '/etc/passwd' },
        { id: 'c', kind: 'document', title: 'C', file: 'sources/..%2f..%2fetc/passwd' },
      ],
    };
    const result = await resolveSourceFiles(raw, async (rel) => {
      calls.push(rel);
      return 'root:x:0:0';
    });
    expect(calls).toEqual([]);
    expect(JSON.stringify(result.raw)).not.toContain('root:');

    const dir = mkdtempSync(join(tmpdir(), 'sg-dotdot-'));
    const dataset = JSON.parse(readFileSync(join(FIXTURES, 'small', 'dataset.json'), 'utf8'));
    dataset.sources[0].file = HOSTILE_DOTS;
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(dataset));
    const { code, stdout, stderr } = await cli('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /error sources\[0\]\.file: ".*etc\/passwd" is not in the right form \(must be a relative path inside the dataset folder\)/,
    );
    expect(stdout + stderr).not.toMatch(/root:/);
  });

  it('the CLI reader refuses `..` on its own too, for any caller that skips the path check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-reader-'));
    const read = sourceReader(dir);
    expect(await read(HOSTILE_DOTS)).toEqual({
      refused: expect.stringMatching(/leads outside the dataset folder/),
    });
    expect(await read(SECRET)).toEqual({ refused: expect.stringMatching(/leads outside/) });
  });
});
