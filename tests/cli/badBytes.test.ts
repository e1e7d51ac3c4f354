// Bad bytes and huge error lists: named, located, capped; the same decoding for validate, convert and the explorer.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../../src/app/load/messages.ts';
import { runLoad } from '../../src/app/load/runLoad.ts';
import { decodeBytes } from '../../src/import/index.ts';
import { smallRaw } from '../helpers.ts';
import { cli } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sg-bytes-'));

/** The small dataset (texts inline) as UTF-8 bytes, with `bad` bytes put inside the first node's label. */
function withBadLabel(bad: number[]): { bytes: Uint8Array<ArrayBuffer>; offset: number } {
  const text = JSON.stringify(smallRaw(), null, 1);
  const at = Buffer.from(
    text.slice(0, text.indexOf('"The Ministry"') + '"The Ministry'.length),
    'utf8',
  ).length;
  const body = Buffer.from(text, 'utf8');
  const bytes = Buffer.concat([body.subarray(0, at), Buffer.from(bad), body.subarray(at)]);
  return { bytes: new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, offset: at };
}

const CASES: [string, number[]][] = [
  ['\\xff\\xfe', [0xff, 0xfe]],
  ['\\xc3\\x28 (a lead byte without its continuation)', [0xc3, 0x28]],
  ['\\xed\\xa0\\x80 (a lone surrogate)', [0xed, 0xa0, 0x80]],
];

describe('invalid UTF-8 in a JSON dataset', () => {
  for (const [name, bad] of CASES) {
    it(`is named with its byte offset by the decoder, validate and the explorer's load worker: ${name}`, async () => {
      const { bytes, offset } = withBadLabel(bad);
      const decoded = decodeBytes(bytes, 'bad.json');
      expect(decoded.issues).toHaveLength(1);
      expect(decoded.issues[0]!.message).toContain(`byte ${offset} `);
      expect(decoded.text).toContain('The Ministry\uFFFD');

      const file = join(dir, `bad-${bad[0]!.toString(16)}.json`);
      writeFileSync(file, bytes);
      const { code, stdout } = await cli('validate', file);
      expect(code).toBe(0);
      expect(stdout).toMatch(
        new RegExp(
          `warning \\(root\\): .*is not valid UTF-8 at byte ${offset} \\(\\\\x[0-9a-f]{2}.*, line \\d+, column \\d+`,
        ),
      );

      const messages: WorkerMessage[] = [];
      await runLoad(
        {
          source: { kind: 'blob', blob: new Blob([bytes]), name: 'bad.json' },
          maxBytes: 1e8,
          warnBytes: 1e8,
          sliceSize: 100,
        },
        (m) => messages.push(m),
      );
      const done = messages.find((m) => m.type === 'done');
      expect(done?.type === 'done' && done.report.issues.map((i) => i.message).join('\n')).toMatch(
        new RegExp(`not valid UTF-8 at byte ${offset} `),
      );
    });
  }

  it('a file with no valid multi-byte character at all is read as Windows-1252, still naming the byte', () => {
    const bytes = new Uint8Array(Buffer.from('{"label": "Caf\xe9"}', 'latin1'));
    const decoded = decodeBytes(bytes, 'latin1.json');
    expect(decoded.text).toBe('{"label": "Café"}');
    expect(decoded.issues[0]!.message).toContain(
      'not valid UTF-8 at byte 14 (\\xe9, line 1, column 15); decoded as Windows-1252',
    );
  });
});

describe('UTF-16 JSON', () => {
  it('is decoded with a note by validate and by convert alike', async () => {
    const text = JSON.stringify(smallRaw());
    const file = join(dir, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const validate = await cli('validate', file);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/decoded as UTF-16 \(little-endian, by its byte-order mark\)/);
    expect(validate.stdout).toMatch(/valid: 4 nodes/);
    const convert = await cli('convert', file, join(dir, 'utf16-out.json'));
    expect(convert.code).toBe(0);
    expect(convert.stderr).toMatch(/decoded as UTF-16 \(little-endian, by its byte-order mark\)/);
    const out = JSON.parse(readFileSync(join(dir, 'utf16-out.json'), 'utf8'));
    expect(out.nodes.map((n: { label: string }) => n.label)).toContain('The Ministry');
  });
});

describe('a number too large for a double', () => {
  it('is "not a finite number", not "expected number, found number Infinity"', async () => {
    const raw = smallRaw();
    raw.nodes[0]!.position = { x: 1, y: 2 };
    const file = join(dir, 'huge-number.json');
    writeFileSync(file, JSON.stringify(raw).replace('"x":1,', '"x":1e400,'));
    const { code, stderr } = await cli('validate', file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error nodes\[0\]\.position\.x: not a finite number/);
    expect(stderr).not.toMatch(/found number Infinity/);
  });
});

describe('a million problems', () => {
  const nulls = (n: number): string =>
    `{"schemaVersion":1,"id":"x","title":"t","sources":[],"edges":[],"nodes":[${Array(n).fill('null').join(',')}]}`;

  it('are listed up to the first 200, then how many more and how to see them all', async () => {
    const file = join(dir, 'nulls.json');
    writeFileSync(file, nulls(1_000_000));
    const { code, stdout, stderr } = await cli('validate', file);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(202);
    expect(lines[0]).toBe('error nodes[0]: expected object, found null');
    expect(lines[199]).toBe('error nodes[199]: expected object, found null');
    expect(lines[200]).toBe(
      '… and 999,800 more problems not listed; run `validate --all` to list them all, or `validate --format json` for every problem as JSON',
    );
    expect(lines[201]).toMatch(/nulls\.json: 1,000,000 errors, 0 warnings$/);
    expect(stdout).toBe('');
  });

  it('are all listed with --all, and all given as JSON with --format json', async () => {
    const file = join(dir, 'nulls-500.json');
    writeFileSync(file, nulls(500));
    const all = await cli('validate', '--all', file);
    expect(all.stderr.trim().split('\n')).toHaveLength(501);
    const json = await cli('validate', '--format', 'json', file);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.errors).toBe(500);
    expect(report.problems).toHaveLength(500);
    expect(report.problems[499]).toMatchObject({ at: 'nodes[499]', message: 'expected object, found null' });
  });
});
