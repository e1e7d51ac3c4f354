// Analysis timings (issue 18) for the bench: degree, betweenness (exact up to 10k nodes, sampled above),
// PageRank, Louvain; at 10k also the sampled estimate's agreement with the exact top 20.
// Standalone: `npx tsx tests/bench/analysis.ts --sizes 1000,10000` prints the figures alone.
import type { StakeholderGraph } from '../../src/graph/index.ts';
import { load, syntheticDataset } from '../../src/graph/index.ts';
import {
  analysisGraph,
  communities,
  DEFAULT_ANALYSIS_OPTIONS,
  metricValues,
  NO_FILTER,
} from '../../src/query/index.ts';
import { timeOnce } from './timing.ts';

const top20 = (values: Record<string, number>): string[] =>
  Object.entries(values)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([id]) => id);

/** This process' CPU time in milliseconds (on a shared machine, wall time also counts others' work). */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * One timed run per figure (the heavy ones take seconds; the machine's noise dwarfs run-to-run spread):
 * `<key>Ms` wall time and `<key>CpuMs` this process' CPU time, which other processes inflate less.
 */
export function measureAnalysis(graph: StakeholderGraph): Record<string, number> {
  const options = DEFAULT_ANALYSIS_OPTIONS;
  const figures: Record<string, number> = {};
  const time = (key: string, fn: () => unknown): void => {
    const cpu = cpuMs();
    figures[`${key}Ms`] = timeOnce(fn);
    figures[`${key}CpuMs`] = cpuMs() - cpu;
  };
  let g = analysisGraph(graph, NO_FILTER);
  time('analysisGraph', () => {
    g = analysisGraph(graph, NO_FILTER);
  });
  time('degree', () => metricValues(g, 'degree', options));
  let betweenness: Record<string, number> = {};
  time('betweenness', () => {
    betweenness = metricValues(g, 'betweenness', options).values;
  });
  figures.betweennessPivots = g.nodes.length > options.exactUpTo ? options.pivots : 0;
  if (g.nodes.length >= 10_000 && g.nodes.length <= options.exactUpTo) {
    let sampled: Record<string, number> = {};
    time('betweennessSampled', () => {
      sampled = metricValues(g, 'betweenness', { ...options, exactUpTo: 0 }).values;
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
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? process.argv[at + 1]! : '1000,10000').split(',').map(Number);
  for (const nodes of sizes) {
    const graph = load(syntheticDataset({ nodes, edgesPerNode: 4, seed: 42 })).graph!;
    console.log(nodes, JSON.stringify(measureAnalysis(graph)));
  }
}
