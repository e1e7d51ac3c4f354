// Runs a real reader program on files we wrote to a temp folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Always this interpreter: the one first on PATH lacks networkx and igraph. */
const PYTHON = '/usr/bin/python3';

export function withTempFiles<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'sg-interop-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a Python script (argv: the temp folder) and parses the JSON it prints. */
export function python(script: string, dir: string): Record<string, unknown> {
  const out = execFileSync(PYTHON, ['-c', script, dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out);
}
