// `npm run lint` runs knip: an export nobody imports or a package nothing uses fails it. Checked on a
// copy of the project (node_modules linked), clean and then with one of each added.
import { execFile } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const run = promisify(execFile);
const COPIED = [
  'src',
  'tests',
  'scripts',
  'index.html',
  'package.json',
  'knip.jsonc',
  'tsconfig.base.json',
  'tsconfig.core.json',
  'tsconfig.json',
  'tsconfig.node.json',
  'vite.config.ts',
  'vitest.config.ts',
];

async function knip(dir: string): Promise<{ code: number; out: string }> {
  const bin = join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');
  try {
    const { stdout } = await run(process.execPath, [bin, '--no-progress', '--reporter', 'json'], {
      cwd: dir,
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('the unused-code check in npm run lint', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'knip-'));
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on the project as it is', async () => {
    const result = await knip(dir);
    expect(result.out).not.toMatch(/"name":/);
    expect(result.code).toBe(0);
  });

  it('fails on an export that nothing imports and on a package that nothing uses', async () => {
    appendFileSync(join(dir, 'src', 'query', 'stats.ts'), '\nexport const UNUSED_PROBE = 1;\n');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    pkg.dependencies['graphology-utils'] = '2.5.2';
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    const result = await knip(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('UNUSED_PROBE');
    expect(result.out).toContain('graphology-utils');
  });
});
