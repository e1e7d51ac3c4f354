// The one-command set-up for a fresh machine: `npm run test:fresh` runs .ci/run, which ends in `npm test`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<
  string,
  string
>;
const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');

/** The Debian packages .ci/run installs (the words after `apt-get install` and its flags). */
function ciPackages(): string[] {
  const install = /apt-get install([^>]*)/.exec(ci.replace(/\\\n/g, ' '))?.[1] ?? '';
  return install
    .split(/\s+/)
    .filter((w) => w !== '' && !w.startsWith('-'))
    .sort();
}

describe('the fresh-machine test command', () => {
  it('runs .ci/run, which installs the Debian packages, runs npm ci and ends with the everyday npm test', () => {
    expect(scripts['test:fresh']).toBe('bash .ci/run');
    expect(ciPackages()).toEqual([
      'chromium',
      'fonts-dejavu-core',
      'graphviz',
      'python3-igraph',
      'python3-networkx',
      'python3-rdflib',
      'virtuoso-opensource',
    ]);
    const commands = ci.split('\n').filter((l) => /^\s*(npm|\$SUDO|sudo)\b/.test(l));
    expect(commands.at(-2)).toMatch(/^npm ci\b/);
    expect(commands.at(-1)).toBe('npm test');
    expect(scripts.test).toMatch(/vitest run$/);
  });

  it('lists in docs/testing.md exactly the packages it installs', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'testing.md'), 'utf8');
    const listed = [...doc.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);
    for (const p of ciPackages()) expect(listed, p).toContain(p);
    expect(doc).toContain('npm run test:fresh');
    expect(doc).toMatch(/root or `sudo`/);
  });
});
