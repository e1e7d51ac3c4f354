// `export --format F [--out PATH] [dataset]`: writes the graph in one of the registered formats.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORTERS, findExporter } from '../../export/index.ts';
import { CliError } from '../io.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export --format F [--out PATH] [FILE|DIR]',
  summary: `write the graph as ${EXPORTERS.map((e) => e.id).join(', ')}`,
  options: {
    format: { type: 'string', short: 'f', description: `one of: ${EXPORTERS.map((e) => e.id).join(', ')}` },
    out: {
      type: 'string',
      short: 'o',
      description: 'file (or folder for multi-file formats); stdout when absent',
    },
    version: { type: 'string', description: 'format version, where the format has several' },
  },
  async run(ctx) {
    const format = ctx.values.format;
    if (typeof format !== 'string')
      throw new CliError(`--format is required: one of ${EXPORTERS.map((e) => e.id).join(', ')}`);
    const exporter = findExporter(format);
    if (!exporter)
      throw new CliError(`unknown format "${format}": one of ${EXPORTERS.map((e) => e.id).join(', ')}`);
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const version = ctx.values.version;
    const files = exporter.write(graph, typeof version === 'string' ? { version } : {});
    const out = ctx.values.out;
    if (typeof out !== 'string') {
      for (const f of files) ctx.write(f.content);
      return 0;
    }
    if (files.length === 1) {
      await writeFile(out, files[0]!.content);
      ctx.err(`wrote ${out}`);
      return 0;
    }
    await mkdir(out, { recursive: true });
    for (const f of files) {
      await writeFile(join(out, f.name), f.content);
      ctx.err(`wrote ${join(out, f.name)}`);
    }
    return 0;
  },
};
