// `stats [FILE|DIR]`: counts by kind, components, best-connected nodes.
import { graphStats } from '../../query/index.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats [FILE|DIR] [--format text|json]',
  summary: 'counts by node and relation type, connected components, top degree',
  options: { format: { type: 'string', description: 'text (default) or json' } },
  async run(ctx) {
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const s = graphStats(graph);
    if (ctx.values.format === 'json') {
      ctx.out(JSON.stringify(s, null, 2));
      return 0;
    }
    ctx.out(`${s.nodes} nodes, ${s.edges} edges, ${s.components.length} connected component(s)`);
    ctx.out(`component sizes: ${s.components.join(', ')}`);
    ctx.out('\nnodes by type:');
    for (const [k, n] of Object.entries(s.nodesByKind).sort((a, b) => b[1] - a[1]))
      ctx.out(`  ${String(n).padStart(6)}  ${k}`);
    ctx.out('\nrelations by type:');
    for (const [k, n] of Object.entries(s.edgesByKind).sort((a, b) => b[1] - a[1]))
      ctx.out(`  ${String(n).padStart(6)}  ${k}`);
    ctx.out('\nhighest degree:');
    for (const t of s.topDegree) ctx.out(`  ${String(t.degree).padStart(6)}  ${t.label} (${t.id})`);
    return 0;
  },
};
