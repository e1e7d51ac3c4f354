// `npm run bench`: path query timings on seeded synthetic graphs (10k/40k and 100k/400k).
// Each size gets a context (graph, pairs); MEASUREMENTS is a list so more figures can be added.
import { join } from 'node:path';
import { MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path';
import { PACKAGE_ROOT } from '../../src/cli/io.ts';
import { load, type StakeholderGraph, seededRandom, syntheticDataset } from '../../src/graph/index.ts';
import {
  bidirectionalBfs,
  filterMasks,
  findPaths,
  type PathIndex,
  pathIndex,
  resolvePathOptions,
} from '../../src/query/index.ts';
import {
  type Measurement,
  medianTime,
  type Results,
  runMeasurements,
  table,
  timeOnce,
  writeResults,
} from './timing.ts';

interface Context {
  graph: StakeholderGraph;
  index: PathIndex;
  pairs: [string, string][];
  /** The same graph as a plain undirected graphology graph, for graphology's bidirectional. */
  undirected: MultiUndirectedGraph;
}

const SIZES = [
  { name: '10k', nodes: 10_000 },
  { name: '100k', nodes: 100_000 },
];
const PAIRS = 100;
const SEED = 42;

/**
 * The floor: bidirectional BFS over the CSR arrays with no options machinery (no masks, no
 * direction choice, no path objects), returning only the hop count.
 */
function floorHops(
  index: PathIndex,
  s: number,
  t: number,
  seenF: Int32Array,
  seenB: Int32Array,
  stamp: number,
  bufs: Int32Array[],
): number {
  if (s === t) return 0;
  const { outOffsets, outTargets, inOffsets, inTargets } = index;
  let [front, frontNext, back, backNext] = bufs as [Int32Array, Int32Array, Int32Array, Int32Array];
  front[0] = s;
  back[0] = t;
  let fSize = 1;
  let bSize = 1;
  let fDepth = 0;
  let bDepth = 0;
  seenF[s] = stamp;
  seenB[t] = stamp;
  while (fSize > 0 && bSize > 0) {
    const forward = fSize <= bSize;
    const cur = forward ? front : back;
    const next = forward ? frontNext : backNext;
    const size = forward ? fSize : bSize;
    const seen = forward ? seenF : seenB;
    const other = forward ? seenB : seenF;
    let n = 0;
    for (let i = 0; i < size; i++) {
      const u = cur[i]!;
      for (let j = outOffsets[u]!; j < outOffsets[u + 1]!; j++) {
        const v = outTargets[j]!;
        if (seen[v] === stamp) continue;
        if (other[v] === stamp) return fDepth + bDepth + 1;
        seen[v] = stamp;
        next[n++] = v;
      }
      for (let j = inOffsets[u]!; j < inOffsets[u + 1]!; j++) {
        const v = inTargets[j]!;
        if (seen[v] === stamp) continue;
        if (other[v] === stamp) return fDepth + bDepth + 1;
        seen[v] = stamp;
        next[n++] = v;
      }
    }
    if (forward) {
      [front, frontNext] = [next, cur];
      fSize = n;
      fDepth++;
    } else {
      [back, backNext] = [next, cur];
      bSize = n;
      bDepth++;
    }
  }
  return -1;
}

function floorMeasurement(c: Context): number {
  const n = c.index.nodeCount;
  const seenF = new Int32Array(n);
  const seenB = new Int32Array(n);
  const bufs = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  let stamp = 0;
  const pairs = c.pairs.map(([s, t]) => [c.index.nodeIndex.get(s)!, c.index.nodeIndex.get(t)!] as const);
  return medianTime(pairs, ([s, t]) => floorHops(c.index, s, t, seenF, seenB, ++stamp, bufs));
}

const FILTER = { excludeRelations: ['collaborates-with', 'related-to', 'praised'] } as const;

export const MEASUREMENTS: readonly Measurement<Context>[] = [
  {
    key: 'indexBuildMs',
    label: 'build the CSR path index (once per graph)',
    run: (c) => timeOnce(() => pathIndex(c.graph)),
  },
  {
    key: 'shortestPathMs',
    label: `shortest path, median of ${PAIRS} pairs`,
    run: (c) => medianTime(c.pairs, ([s, t]) => findPaths(c.graph, s, t)),
  },
  {
    key: 'shortestPathFilteredMs',
    label: 'shortest path, excluding 3 relation types',
    run: (c) => medianTime(c.pairs, ([s, t]) => findPaths(c.graph, s, t, FILTER)),
  },
  {
    key: 'shortestPathKernelMs',
    label: 'search only: bidirectionalBfs with masks, no sentences',
    run: (c) => {
      const sp = {
        index: c.index,
        ...filterMasks(c.index, resolvePathOptions()),
        directed: false,
        weighted: false,
      };
      const pairs = c.pairs.map(([s, t]) => [c.index.nodeIndex.get(s)!, c.index.nodeIndex.get(t)!] as const);
      return medianTime(pairs, ([s, t]) => bidirectionalBfs(sp, s, t));
    },
  },
  {
    key: 'shortestPathFloorMs',
    label: 'floor: bare bidirectional BFS over CSR arrays',
    run: floorMeasurement,
  },
  {
    key: 'graphologyShortestPathMs',
    label: 'graphology-shortest-path bidirectional',
    run: (c) => medianTime(c.pairs, ([s, t]) => bidirectional(c.undirected, s, t)),
  },
  {
    key: 'kShortestMs',
    label: 'k = 5 shortest paths (Yen)',
    run: (c) => medianTime(c.pairs, ([s, t]) => findPaths(c.graph, s, t, { mode: 'k-shortest', k: 5 })),
  },
];

function context(nodes: number): { context: Context; loadMs: number } {
  const dataset = syntheticDataset({ nodes, seed: SEED });
  let graph: StakeholderGraph | undefined;
  const loadMs = timeOnce(() => {
    graph = load(dataset).graph;
  });
  if (!graph) throw new Error('synthetic dataset did not load');
  const undirected = new MultiUndirectedGraph();
  graph.forEachNode((id) => {
    undirected.addNode(id);
  });
  graph.forEachEdge((id, _a, s, t) => {
    undirected.addEdgeWithKey(id, s, t);
  });
  const random = seededRandom(SEED);
  const ids = graph.nodes();
  const pairs = Array.from(
    { length: PAIRS },
    () =>
      [ids[Math.floor(random() * ids.length)]!, ids[Math.floor(random() * ids.length)]!] as [string, string],
  );
  return { context: { graph, index: pathIndex(graph), pairs, undirected }, loadMs };
}

const results: Results = {};
for (const size of SIZES) {
  console.log(`\n${size.name}: generating and loading ${size.nodes} nodes...`);
  const { context: c, loadMs } = context(size.nodes);
  console.log(`  ${c.graph.order} nodes, ${c.graph.size} edges, load() ${loadMs.toFixed(0)} ms`);
  // The index is built once per graph; drop the cached one so its build time can be measured.
  c.graph.emit('cleared');
  results[size.name] = runMeasurements(size.name, c, MEASUREMENTS);
  c.index = pathIndex(c.graph);
}
console.log(`\n${table(results)}`);
const file = join(PACKAGE_ROOT, 'bench-results.json');
writeResults(file, results);
console.log(`\nwrote ${file}`);
