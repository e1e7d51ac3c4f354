// `layout [DIR|FILE] [--iterations N]`: runs ForceAtlas2 offline and stores positions in the dataset file.
import { readFile, writeFile } from 'node:fs/promises';
import { computeLayout, DEFAULT_LAYOUT_OPTIONS } from '../../graph/index.ts';
import { CliError, datasetFile } from '../io.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

export const layoutCommand: Command = {
  name: 'layout',
  usage: 'layout [FILE|DIR] [--iterations N]',
  summary: 'compute positions with a seeded ForceAtlas2 run and write them into the dataset file',
  options: {
    iterations: {
      type: 'string',
      description: `ForceAtlas2 iterations (default ${DEFAULT_LAYOUT_OPTIONS.iterations})`,
    },
  },
  async run(ctx) {
    const iterations =
      ctx.values.iterations === undefined ? DEFAULT_LAYOUT_OPTIONS.iterations : Number(ctx.values.iterations);
    if (!Number.isInteger(iterations) || iterations < 1)
      throw new CliError('--iterations must be a positive whole number');
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const positions = computeLayout(graph, { iterations });
    // Edit the file as written (source files stay references, key order stays), only adding positions.
    const file = await datasetFile(ctx.positionals[0]);
    const raw = JSON.parse(await readFile(file, 'utf8')) as { nodes: { id: string; position?: unknown }[] };
    for (const node of raw.nodes) node.position = positions[node.id];
    await writeFile(file, `${JSON.stringify(raw, null, 2)}\n`);
    ctx.out(
      `${file}: positions written for ${raw.nodes.length} nodes (${iterations} ForceAtlas2 iterations)`,
    );
    return 0;
  },
};
