// Analysis timings (issue 18) for the bench: degree, betweenness (exact up to 10k nodes, sampled above;
// on the CLI's worker threads), PageRank, Louvain; at 10k also the sampled estimate's agreement with the
// exact top 20.
// Standalone: `npx tsx tests/bench/analysis.ts --sizes 1000,10000` prints the figures alone.

import { brandesInThreads, brandesThreadCount } from '../../src/cli/analysis/brandesThreads.ts';
import type { StakeholderGraph } from '../../src/graph/index.ts';
import { load, syntheticDataset } from '../../src/graph/index.ts';
import {
  type AnalysisGraph,
  type AnalysisOptions,
  analysisGraph,
  brandesSources,
  brandesValues,
  communities,
  DEFAULT_ANALYSIS_OPTIONS,
  metricValues,
  NO_FILTER,
} from '../../src/query/index.ts';
import { cliArg, cpuMs, timeOnce } from './timing.ts';

const top20 = (values: Record<string, number>): string[] =>
  Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([id]) => id);

/** Betweenness as the CLI computes it: Brandes' walks shared among worker threads (see brandesThreads.ts). */
async function threadedBetweenness(
  g: AnalysisGraph,
  options: AnalysisOptions,
): Promise<Record<string, number>> {
  const walks = await brandesInThreads(g.undirected, brandesSources(g, options), options.seed);
  return brandesValues(g, 'betweenness', walks, options).values;
}

/**
 * One timed run per figure (the heavy ones take seconds; the machine's noise dwarfs run-to-run spread):
 * `<key>Ms` wall time and `<key>CpuMs` this process' CPU time, which other processes inflate less.
 */
export async function measureAnalysis(graph: StakeholderGraph): Promise<Record<string, number>> {
  const options = DEFAULT_ANALYSIS_OPTIONS;
  const figures: Record<string, number> = {};
  const time = (key: string, fn: () => unknown): void => {
    const cpu = cpuMs();
    figures[`${key}Ms`] = timeOnce(fn);
    figures[`${key}CpuMs`] = cpuMs() - cpu;
  };
  // process.cpuUsage() counts the worker threads too.
  const timeAsync = async (key: string, fn: () => Promise<unknown>): Promise<void> => {
    const cpu = cpuMs();
    const start = performance.now();
    await fn();
    figures[`${key}Ms`] = performance.now() - start;
    figures[`${key}CpuMs`] = cpuMs() - cpu;
  };
  let g = analysisGraph(graph, NO_FILTER);
  time('analysisGraph', () => {
    g = analysisGraph(graph, NO_FILTER);
  });
  time('degree', () => metricValues(g, 'degree', options));
  let betweenness: Record<string, number> = {};
  await timeAsync('betweenness', async () => {
    betweenness = await threadedBetweenness(g, options);
  });
  figures.betweennessPivots = g.nodes.length > options.exactUpTo ? options.pivots : 0;
  figures.betweennessThreads = brandesThreadCount(g.undirected, brandesSources(g, options));
  if (g.nodes.length >= 10_000 && g.nodes.length <= options.exactUpTo) {
    let sampled: Record<string, number> = {};
    await timeAsync('betweennessSampled', async () => {
      sampled = await threadedBetweenness(g, { ...options, exactUpTo: 0 });
    });
    const exactTop = new Set(top20(betweenness));
    figures.betweennessSampledTop20 = top20(sampled).filter((id) => exactTop.has(id)).length;
  }
  time('pagerank', () => metricValues(g, 'pagerank', options));
  time('eigenvector', () => metricValues(g, 'eigenvector', options));
  time('louvain', () => communities(g, options.seed));
  return figures;
}

const isEntry = process.argv[1]?.endsWith('tests/bench/analysis.ts') === true;
if (isEntry) {
  const sizes = cliArg('--sizes', '1000,10000').split(',').map(Number);
  for (const nodes of sizes) {
    const graph = load(syntheticDataset({ nodes, edgesPerNode: 4, seed: 42 })).graph!;
    console.log(nodes, JSON.stringify(await measureAnalysis(graph)));
  }
}
