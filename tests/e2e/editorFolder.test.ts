// "Open folder…" and "Save to folder…" (the File System Access API) in real Chromium. Headless
// Chromium cannot answer the native folder picker, so the test puts a dataset folder in the origin
// private file system (navigator.storage.getDirectory()) and has showDirectoryPicker return that
// folder's handle: the handle is a real FileSystemDirectoryHandle, read and written by the same
// code as a picked folder; only the picker's dialog is skipped. The files written back are copied
// out of the page and checked by the real CLI's `validate`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/schema/index.ts';
import { cli } from '../cli/run.ts';
import { ROOT } from '../helpers.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';
import { button, editor, selectOffsets } from './editorSteps.ts';

const base = inject('baseUrl');
const session = browserPerFile();

const FOLDER = join(ROOT, 'graph-data', 'grooming-gangs-taskforce');
/** The private file system's folder that stands in for the one a user would pick. */
const PICKED = 'picked-dataset';

/** Every file under `dir`, by its path relative to it (forward slashes). */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('a dataset folder', () => {
  it('opens from a folder handle, takes an edit and saves back into it, and the files validate', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Before the page's own scripts: the picker answers with the private file system's folder.
    await page.addInitScript((name) => {
      const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> };
      w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name);
    }, PICKED);
    await openExplorer(page, base);

    const original = filesOf(FOLDER);
    expect(Object.keys(original).sort()).toEqual(['dataset.json', 'sources/article.txt']);
    await page.evaluate(
      async ([name, files]) => {
        const root = await navigator.storage.getDirectory();
        await root.removeEntry(name!, { recursive: true }).catch(() => undefined);
        const dir = await root.getDirectoryHandle(name!, { create: true });
        for (const [path, text] of Object.entries(files as Record<string, string>)) {
          const parts = path.split('/');
          let at = dir;
          for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part, { create: true });
          const writable = await (await at.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      },
      [PICKED, original] as const,
    );

    await button(page, 'Open folder…').click();
    await editor(page).waitFor();
    const dataset = JSON.parse(original['dataset.json']!) as Dataset;
    expect(await editor(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      `Editing “${dataset.title}”`,
    );
    expect(await page.evaluate(() => window.__explorer!.graph.order)).toBe(dataset.nodes.length);

    // An edit: a new stakeholder from a passage of the folder's article.
    const article = original['sources/article.txt']!;
    const passage = 'highly skilled officers and experts';
    const start = article.indexOf(passage);
    expect(start).toBeGreaterThan(0);
    expect(article.lastIndexOf(passage)).toBe(start);
    await selectOffsets(page, start, start + passage.length);
    await button(page, 'New stakeholder from selection').click();
    const form = page.getByRole('form', { name: 'New stakeholder from selection' });
    await form.getByLabel('Label').fill('Taskforce officers and experts');
    await form.getByRole('button', { name: 'Create stakeholder' }).click();
    await form.waitFor({ state: 'detached' });

    await button(page, 'Save to folder…').click();
    await expect.poll(() => editor(page).getByRole('status').textContent()).toBe('Saved to the folder.');
    await screenshot(page, 'editor-folder-saved');

    const saved = await page.evaluate(async (name) => {
      const out: Record<string, string> = {};
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const [entry, handle] of (
          dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
        ).entries()) {
          if (handle.kind === 'directory')
            await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
          else out[`${prefix}${entry}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
      return out;
    }, PICKED);
    expect(Object.keys(saved).sort()).toEqual(['dataset.json', 'sources/article.txt']);
    expect(saved['sources/article.txt']).toBe(article);

    const dir = mkdtempSync(join(tmpdir(), 'sg-folder-'));
    for (const [path, text] of Object.entries(saved)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const checked = await cli('validate', dir);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    const after = JSON.parse(saved['dataset.json']!) as Dataset;
    expect(after.nodes).toHaveLength(dataset.nodes.length + 1);
    const made = after.nodes.find((n) => n.label === 'Taskforce officers and experts');
    expect(made?.evidence).toEqual([{ source: 'article', quote: passage, basis: 'stated' }]);
    // Everything else is as it was in the folder.
    expect(after.edges).toEqual(dataset.edges);
    expect(after.sources).toEqual(dataset.sources);
    expect(errors).toEqual([]);
  });
});
