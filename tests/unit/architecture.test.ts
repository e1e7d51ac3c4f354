import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const SRC = join(ROOT, 'src');
const CORE = ['schema', 'graph', 'query', 'export', 'import', 'edit'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2])!);
}

function layer(path: string): string {
  return relative(SRC, path).split(/[\\/]/)[0]!;
}

/** Each layer and what it may import: the layers below it, never its siblings or anything above. */
const BELOW: Record<string, readonly string[]> = {
  schema: [],
  graph: ['schema'],
  query: ['schema', 'graph'],
  export: ['schema', 'graph'],
  import: ['schema', 'graph'],
  edit: ['schema', 'graph', 'query', 'export', 'import'],
  app: ['schema', 'graph', 'query', 'export', 'import', 'edit'],
  cli: ['schema', 'graph', 'query', 'export', 'import', 'edit'],
};

function mayImport(from: string, to: string): boolean {
  return BELOW[from]?.includes(to) ?? false;
}

const NODE_ONLY = /^(node:|fs$|path$|child_process$|os$)/;
const BROWSER_ONLY = /^(sigma|@sigma\/)/;

describe('architecture', () => {
  it('keeps imports flowing one way: schema -> graph -> query/export/import -> edit -> app | cli', () => {
    const bad: string[] = [];
    for (const file of files(SRC)) {
      const from = layer(file);
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const to = layer(resolve(dirname(file), spec));
        if (from !== to && !mayImport(from, to))
          bad.push(`${relative(ROOT, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('would catch an import against the order (the rule itself works)', () => {
    expect(mayImport('import', 'export')).toBe(false);
    expect(mayImport('graph', 'query')).toBe(false);
    expect(mayImport('schema', 'graph')).toBe(false);
    expect(mayImport('app', 'cli')).toBe(false);
    expect(mayImport('cli', 'app')).toBe(false);
    expect(mayImport('export', 'graph')).toBe(true);
    expect(mayImport('cli', 'import')).toBe(true);
    expect(mayImport('app', 'schema')).toBe(true);
  });

  it('keeps Node built-ins and sigma out of the core', () => {
    const bad: string[] = [];
    for (const file of files(SRC)) {
      if (!CORE.includes(layer(file))) continue;
      for (const spec of imports(file)) {
        if (NODE_ONLY.test(spec) || BROWSER_ONLY.test(spec))
          bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('leaves zod out of the page (validation runs in the load worker) and the code only a user action needs', async () => {
    // Registries and helpers live in zod-free modules (schema/primitives.ts has the value schemas)
    // and package.json declares the core free of side effects, so the page bundle skips the schema.
    const out = mkdtempSync(join(tmpdir(), 'arch-build-'));
    try {
      await build({ root: ROOT, base: './', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
      const assets = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
      const text = (prefix: string): string =>
        assets
          .filter((f) => f.startsWith(prefix))
          .map((f) => readFileSync(join(out, 'assets', f), 'utf8'))
          .join('\n');
      // zod's class names survive minification; the worker is the control (it does use zod). The
      // page is its entry (index) and the explorer's chunk (main); the worker's parsing code is a
      // chunk of its own (runLoad), loaded while the file downloads.
      expect(text('loadWorker') + text('runLoad')).toContain('$ZodString');
      expect(text('main')).toContain('sigma');
      expect(text('index') + text('main')).not.toContain('$ZodString');
      // What only a user's action needs is a chunk of its own, loaded on first use: the exporters
      // (papaparse, fflate's zip), the search index (MiniSearch, built after the first frame) and
      // ForceAtlas2. Each string survives minification; that some chunk has it is the control.
      for (const marker of ['__parsed_extra', 'invalid zip data', 'MiniSearch', 'barnesHutTheta']) {
        expect(text('index') + text('main')).not.toContain(marker);
        expect(text('')).toContain(marker);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
