import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test run', () => {
  it("keeps its temporary folders under one folder of the run's own", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-probe-'));
    expect(basename(dirname(dir))).toMatch(/^sg-tests-/);
  });
});
