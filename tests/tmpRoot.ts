// Global setup of every test project: the run's temporary files (datasets written by the CLI tests,
// browser profiles, server folders) go under one folder made for the run, removed when it ends, so a
// test that forgets to clean up leaves nothing behind. Workers and the processes they start inherit
// TMPDIR, which os.tmpdir() reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'sg-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
