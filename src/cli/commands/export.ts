// `export --format F [--out PATH] [dataset]`: writes the graph in one of the registered formats.
// Without --out, files go to stdout; a multi-file format (csv, neo4j-admin) prints each file after a
// separator line `==> NAME <==` (as `head` does), so nothing is silently merged. --out DIR writes each file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Column,
  EXPORTERS,
  type Exporter,
  type ExportFile,
  type ExportOptions,
  findExporter,
} from '../../export/index.ts';
import type { StakeholderGraph } from '../../graph/index.ts';
import { analysisGraph, NO_FILTER } from '../../query/index.ts';
import { analyseInThreads } from '../analysis/brandesThreads.ts';
import { CliError } from '../io.ts';
import { analysisOptionsFromFlags, metricColumns, SAMPLING_OPTIONS } from './analysisFlags.ts';
import { requireGraph } from './shared.ts';
import type { Command, CommandContext } from './types.ts';

/** The formats that carry extra node attributes (`--metrics`). */
const METRIC_FORMATS: readonly string[] = ['gexf', 'graphml', 'csv'];

function formatList(): string {
  return EXPORTERS.map((e) => `  ${e.id.padEnd(16)} ${e.label}: ${e.description}`).join('\n');
}

/** Writes files to stdout (with separators when several) or to --out (a folder for several files). */
export async function emitFiles(
  ctx: CommandContext,
  files: readonly ExportFile[],
  out: string | undefined,
): Promise<void> {
  if (out === undefined) {
    if (files.length === 1) ctx.write(files[0]!.content);
    else for (const f of files) ctx.write(`==> ${f.name} <==\n${f.content}`);
    return;
  }
  if (files.length === 1) {
    await writeFile(out, files[0]!.content);
    ctx.err(`wrote ${out}`);
    return;
  }
  await mkdir(out, { recursive: true });
  for (const f of files) {
    await writeFile(join(out, f.name), f.content);
    ctx.err(`wrote ${join(out, f.name)}`);
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'export --format F [--out PATH] [FILE|DIR]',
  summary: `write the graph as ${EXPORTERS.map((e) => e.id).join(', ')}`,
  options: {
    format: { type: 'string', short: 'f', description: `one of: ${EXPORTERS.map((e) => e.id).join(', ')}` },
    out: {
      type: 'string',
      short: 'o',
      description:
        'file (a folder for csv and neo4j-admin); stdout when absent, files separated by "==> NAME <=="',
    },
    version: { type: 'string', description: 'format version: GEXF 1.2draft (default) or 1.3' },
    raw: {
      type: 'boolean',
      description: 'csv: cells as written, without the apostrophe before formula-like text (=, +, -, @)',
    },
    list: { type: 'boolean', description: 'list the formats and exit' },
    metrics: {
      type: 'boolean',
      description: `add each metric and the community as node attributes (${METRIC_FORMATS.join(', ')})`,
    },
    ...SAMPLING_OPTIONS,
  },
  async run(ctx) {
    if (ctx.values.list) {
      ctx.out(formatList());
      return 0;
    }
    const format = ctx.values.format;
    if (typeof format !== 'string') throw new CliError(`--format is required, one of:\n${formatList()}`);
    const exporter = findExporter(format);
    if (!exporter) throw new CliError(`unknown format "${format}", use one of:\n${formatList()}`);
    const metrics = ctx.values.metrics === true;
    if (metrics && !METRIC_FORMATS.includes(exporter.id))
      throw new CliError(`--metrics works with ${METRIC_FORMATS.join(', ')}, not ${exporter.id}`);
    const options = analysisOptionsFromFlags(ctx.values);
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const nodeColumns = metrics
      ? metricColumns(await analyseInThreads(analysisGraph(graph, NO_FILTER), options))
      : undefined;
    const files = writeFormat(exporter, graph, ctx.values, nodeColumns);
    const out = ctx.values.out;
    await emitFiles(ctx, files, typeof out === 'string' ? out : undefined);
    return 0;
  },
};

/** Runs an exporter with the `--version` and `--raw` options; a bad version is a usage error, not a crash. */
export function writeFormat(
  exporter: Exporter,
  graph: StakeholderGraph,
  values: CommandContext['values'],
  nodeColumns?: readonly Column<string>[],
): ExportFile[] {
  const { version, raw } = values;
  const options: ExportOptions = {
    ...(typeof version === 'string' ? { version } : {}),
    raw: raw === true,
    ...(nodeColumns === undefined ? {} : { nodeColumns }),
  };
  try {
    return exporter.write(graph, options);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}
