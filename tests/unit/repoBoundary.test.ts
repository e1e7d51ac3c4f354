// Nothing in the repository may read outside it: a fresh clone has no folders beside it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

/** Folders the code names by a constant, with where each points (see tests/helpers.ts and src/cli/io.ts). */
const BASES: Record<string, string> = {
  ROOT,
  PACKAGE_ROOT: ROOT,
  FIXTURES: join(ROOT, 'tests', 'fixtures'),
  BUNDLED_DIR: join(ROOT, 'graph-data', 'grooming-gangs-taskforce'),
  DEFAULT_DATASET: join(ROOT, 'graph-data', 'grooming-gangs-taskforce'),
  SRC: join(ROOT, 'src'),
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts|mjs|js|html)$/.test(name) ? [path] : [];
  });
}

const outside = (path: string): boolean => {
  const rel = relative(ROOT, path);
  return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
};

/** Literal strings in a call's arguments, or undefined for an argument that is not a literal. */
function literalArgs(args: string): (string | undefined)[] {
  return args.split(',').map((a) => /^\s*['"`]([^'"`$]*)['"`]\s*$/.exec(a)?.[1]);
}

/**
 * The places in one file's text that name a path above the repository root: a folder called
 * "shared" beside the checkout, a relative string that resolves above the root from the file's
 * folder, or join/resolve of a known folder with enough '..' to climb out of it.
 */
function escapes(file: string, text: string): string[] {
  const found: string[] = [];
  const here = dirname(file);
  for (const m of text.matchAll(/['"`]([^'"`\n]*)['"`]/g)) {
    const s = m[1]!;
    if (/(^|[\\/])\.\.[\\/]shared([\\/]|$)|^\/work\/shared/.test(s)) found.push(s);
    else if (/^\.\.?[\\/]/.test(s) && outside(resolve(here, s))) found.push(s);
  }
  for (const m of text.matchAll(
    /\b(?:join|resolve)\(\s*([A-Za-z_$][\w$.()]*|import\.meta\.dirname)\s*,([^()]*)\)/g,
  )) {
    const baseName = m[1]!;
    const base =
      BASES[baseName] ?? (/^(__dirname|import\.meta\.dirname|here|HERE)$/.test(baseName) ? here : undefined);
    const parts = literalArgs(m[2]!);
    if (parts.includes('shared') && parts.includes('..')) {
      found.push(m[0]);
      continue;
    }
    if (base === undefined || parts.some((p) => p === undefined)) continue;
    if (outside(resolve(base, ...(parts as string[])))) found.push(m[0]);
  }
  return found;
}

describe('the repository boundary', () => {
  it('finds the ways a path above the root can be written (the check itself works)', () => {
    const test = join(ROOT, 'tests', 'unit', 'x.test.ts');
    // The folder's name is spliced in so that this file does not itself read as an escape to a grep.
    const shared = ['sha', 'red'].join('');
    expect(
      escapes(test, `readFileSync(join(BUNDLED_DIR, '..', '..', '..', '${shared}', 'seed', 'article.txt'))`),
    ).toHaveLength(1);
    expect(escapes(test, `readFileSync('../${shared}/seed/article.txt')`)).toHaveLength(1);
    expect(escapes(test, "readFileSync('/work/shared/seed/article.txt')")).toHaveLength(1);
    expect(escapes(test, "import x from '../../../elsewhere/x.ts'")).toHaveLength(1);
    expect(escapes(test, "const p = join(ROOT, '..', 'other')")).toHaveLength(1);
    expect(escapes(test, "const p = resolve(FIXTURES, '..', '..', '..')")).toHaveLength(1);
    // Inside the root: fine.
    expect(escapes(test, "import x from '../helpers.ts'")).toEqual([]);
    expect(escapes(test, "join(BUNDLED_DIR, '..', 'other-dataset')")).toEqual([]);
    expect(escapes(test, "join(ROOT, 'graph-data', 'x')")).toEqual([]);
  });

  it('has no file under src/ or tests/ that names a path above the repository root', () => {
    const bad: string[] = [];
    // This file is left out: its samples above name such paths on purpose.
    const self = join(ROOT, 'tests', 'unit', 'repoBoundary.test.ts');
    for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'tests'))]) {
      if (file === self) continue;
      for (const hit of escapes(file, readFileSync(file, 'utf8')))
        bad.push(`${relative(ROOT, file)}: ${hit}`);
    }
    expect(bad).toEqual([]);
  });

  it('holds no symbolic link that leads out of the repository (the explorer bundles graph-data/ as it is)', () => {
    const bad = execFileSync('git', ['ls-files', '-s'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.startsWith('120000 '))
      .map((l) => l.split('\t')[1]!)
      .filter((link) => outside(resolve(dirname(join(ROOT, link)), readlinkSync(join(ROOT, link)))));
    expect(bad).toEqual([]);
  });

  it('keeps the npm scripts and the CI script inside the repository too', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const bad = [...Object.values(scripts), ci].filter((s) => /\.\.\/shared|\/work\/|\.\.\/\.\.\//.test(s));
    expect(bad).toEqual([]);
  });
});
