// `rank [FILE|DIR] --metric M`: stakeholders by a centrality metric on the graph as shown, highest first.
import {
  type AnalysisGraph,
  type AnalysisOptions,
  analysisGraph,
  brandesSources,
  brandesValues,
  isMetricId,
  METRIC_IDS,
  METRICS,
  type MetricId,
  type MetricValues,
  metricValues,
  ranking,
  SEMANTICS,
} from '../../query/index.ts';
import { brandesInThreads } from '../analysis/brandesThreads.ts';
import { CliError } from '../io.ts';
import {
  analysisOptionsFromFlags,
  FILTER_OPTIONS,
  SAMPLING_OPTIONS,
  viewFilterFromFlags,
  wholeFlag,
} from './analysisFlags.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

export const rankCommand: Command = {
  name: 'rank',
  usage: `rank [FILE|DIR] --metric ${METRIC_IDS.join('|')} [--asof DATE] [--stated-only] [--top N]`,
  summary: 'stakeholders ranked by a centrality metric (brokers, influence...), highest first',
  options: {
    metric: { type: 'string', short: 'm', description: `one of: ${METRIC_IDS.join(', ')}` },
    top: { type: 'string', description: 'show the first N only' },
    format: { type: 'string', description: 'text (default) or json' },
    ...FILTER_OPTIONS,
    ...SAMPLING_OPTIONS,
  },
  async run(ctx) {
    const metric = ctx.values.metric;
    if (typeof metric !== 'string' || !isMetricId(metric))
      throw new CliError(
        `--metric ${metric === undefined ? 'is required' : `"${String(metric)}" is unknown`}; one of ${METRIC_IDS.join(', ')}`,
      );
    const top = wholeFlag('top', ctx.values.top, 1);
    const filter = viewFilterFromFlags(ctx.values);
    const options = analysisOptionsFromFlags(ctx.values);
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const g = analysisGraph(graph, filter);
    const result = await valuesOf(g, metric, options);
    const estimate =
      result.pivots === undefined
        ? ''
        : ` Estimated from ${result.pivots} sampled source nodes (seed ${options.seed}; betweenness with Geisberger-Sanders-Schultes linear scaling), as the graph has more than ${options.exactUpTo} nodes.`;
    const definition = `${METRICS[metric].definition}${estimate}`;
    const nodes = ranking(graph, result.values, top);
    if (ctx.values.format === 'json') {
      const out: Record<string, unknown> = { metric, definition, semantics: SEMANTICS };
      if (result.pivots !== undefined)
        out.sampled = { pivots: result.pivots, seed: options.seed, estimator: 'linear-scaling' };
      out.graph = {
        asOf: filter.asOf ?? null,
        statedOnly: filter.statedOnly,
        nodes: g.nodes.length,
        links: g.links,
      };
      out.nodes = nodes;
      ctx.out(JSON.stringify(out, null, 2));
      return 0;
    }
    ctx.out(`${METRICS[metric].title}: ${METRICS[metric].plain}.`);
    ctx.out(definition);
    ctx.out(`${g.nodes.length} nodes, ${g.links} links${filter.asOf ? ` as of ${filter.asOf}` : ''}\n`);
    for (const n of nodes)
      ctx.out(`${String(n.rank).padStart(5)}  ${formatValue(n.value).padStart(10)}  ${n.label} (${n.id})`);
    return 0;
  },
};

/** The metric's values; Brandes' walks (betweenness, closeness) on worker threads when the graph is big. */
async function valuesOf(g: AnalysisGraph, metric: MetricId, options: AnalysisOptions): Promise<MetricValues> {
  if (metric !== 'betweenness' && metric !== 'closeness') return metricValues(g, metric, options);
  if (g.nodes.length === 0) return { values: {} };
  const walks = await brandesInThreads(g.undirected, brandesSources(g, options), options.seed);
  return brandesValues(g, metric, walks, options);
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}
