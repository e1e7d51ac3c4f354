// `communities [FILE|DIR]`: Louvain groups of the graph as shown, largest first, with the modularity.
import { analysisGraph, communities } from '../../query/index.ts';
import { analysisOptionsFromFlags, FILTER_OPTIONS, viewFilterFromFlags } from './analysisFlags.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

export const communitiesCommand: Command = {
  name: 'communities',
  usage: 'communities [FILE|DIR] [--asof DATE] [--format json]',
  summary: 'groups of closely linked stakeholders (Louvain, seeded), with the modularity',
  options: {
    format: { type: 'string', description: 'text (default) or json' },
    ...FILTER_OPTIONS,
    seed: {
      type: 'string',
      description: 'seed of Louvain’s random order (default 1): same seed, same groups',
    },
  },
  async run(ctx) {
    const filter = viewFilterFromFlags(ctx.values);
    const { seed } = analysisOptionsFromFlags(ctx.values);
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const result = communities(analysisGraph(graph, filter), seed);
    if (ctx.values.format === 'json') {
      const list = result.communities.map((c) => ({ id: c.id, nodes: c.nodes }));
      ctx.out(JSON.stringify({ modularity: result.modularity, communities: list }, null, 2));
      return 0;
    }
    ctx.out(
      `${result.communities.length} communities, modularity ${result.modularity.toFixed(4)} (Louvain on the undirected simple graph, seed ${seed})`,
    );
    for (const c of result.communities) {
      const labels = c.nodes.map((id) => graph.getNodeAttribute(id, 'label'));
      ctx.out(`\n#${c.id} (${c.nodes.length}): ${labels.join('; ')}`);
    }
    return 0;
  },
};
