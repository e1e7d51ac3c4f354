// `init DIR [--title T] [--source FILE]`: a new dataset folder (dataset.json and sources/), ready to
// validate, open in the explorer and edit.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { addSource, applyOp, newDataset, toFolderLayout } from '../../edit/index.ts';
import { toKebabId } from '../../schema/index.ts';
import { CliError } from '../io.ts';
import type { Command } from './types.ts';

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return true;
    throw new CliError(`cannot use "${dir}": ${(error as Error).message}`);
  }
}

export const initCommand: Command = {
  name: 'init',
  usage: 'init DIR [--title T] [--source FILE]',
  summary: 'make a new dataset folder (dataset.json, sources/) to open and edit',
  options: {
    title: { type: 'string', description: 'the dataset title (default: the folder name)' },
    source: { type: 'string', description: 'a .txt or .md document to store as the first source' },
  },
  async run({ positionals, values, out }) {
    const target = positionals[0];
    if (target === undefined) throw new CliError('give the folder to create: init DIR');
    const dir = resolve(target);
    if (!(await isEmptyOrMissing(dir))) throw new CliError(`"${target}" exists and is not empty`);
    const title =
      typeof values.title === 'string' && values.title.trim() !== '' ? values.title.trim() : basename(dir);
    let dataset = newDataset(title, toKebabId(basename(dir)));
    if (typeof values.source === 'string') {
      const file = values.source;
      // Markup would land in quotes as tags: HTML is reduced to text by the explorer's "Add source".
      if (!/^\.(txt|md|markdown|text)$/i.test(extname(file)))
        throw new CliError(
          `--source takes a .txt or .md file; for "${file}", use "Add source" in the explorer`,
        );
      let text: string;
      try {
        text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').normalize('NFC');
      } catch {
        throw new CliError(`cannot read "${file}"`);
      }
      const name = basename(file, extname(file));
      const source = { id: toKebabId(name), kind: 'document' as const, title: name, text };
      dataset = applyOp(dataset, addSource(dataset, source)).dataset;
    }
    const layout = toFolderLayout(dataset);
    await mkdir(join(dir, 'sources'), { recursive: true });
    await writeFile(join(dir, 'dataset.json'), layout.dataset);
    for (const [path, text] of layout.files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    out(
      `created ${join(target, 'dataset.json')}${layout.files.size > 0 ? ` with ${[...layout.files.keys()].join(', ')}` : ''}`,
    );
    out('open it in the explorer to add stakeholders and relations (docs/editor.md)');
    return 0;
  },
};
