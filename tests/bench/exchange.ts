// Benchmark: our GEXF writer against graphology-gexf's at 100k nodes, and the GEXF/CSV importers.
// Run: npx tsx tests/bench/exchange.ts [nodes]
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexfReference } from 'graphology-gexf';
import { writeGexf, writeNodesCsv } from '../../src/export/index.ts';
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  StakeholderGraph,
} from '../../src/graph/index.ts';
import { importFile } from '../../src/import/index.ts';
import type { RelationKind } from '../../src/schema/index.ts';

const N = Number(process.argv[2] ?? 100_000);

function syntheticGraph(n: number): StakeholderGraph {
  const g: StakeholderGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({ schemaVersion: 1, id: 'bench', title: 'Benchmark', sources: [] });
  for (let i = 0; i < n; i++) {
    const id = `node-${i}`;
    const record = {
      id,
      label: `Node <${i}> & "co"`,
      type: 'organisation' as const,
      description: 'A node, for timing.',
    };
    g.addNode(id, {
      kind: 'organisation',
      label: record.label,
      x: i % 1000,
      y: Math.floor(i / 1000),
      record,
    });
  }
  for (let i = 0; i < n; i++) {
    const id = `edge-${i}`;
    const type: RelationKind = 'collaborates-with';
    const record = { id, source: `node-${i}`, target: `node-${(i * 7 + 1) % n}`, type };
    g.addDirectedEdgeWithKey(id, record.source, record.target, { kind: type, stated: false, record });
  }
  return g;
}

function time<T>(label: string, run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms`);
  return { ms, value };
}

const graph = syntheticGraph(N);
console.log(`${N} nodes, ${graph.size} edges`);
time('warm-up', () => writeGexf(syntheticGraph(1000)));
const ours = time('writeGexf (ours)', () => writeGexf(graph));
const reference = time('graphology-gexf write (reference)', () => writeGexfReference(graph));
console.log(`speed-up: ${(reference.ms / ours.ms).toFixed(1)}x (target: at least 5x)`);
const csv = time('writeNodesCsv', () => writeNodesCsv(graph));
time('importFile GEXF (parse, map, validate)', () => importFile('bench.gexf', ours.value, { maxBytes: 1e9 }));
time('importFile nodes.csv', () => importFile('nodes.csv', csv.value, { maxBytes: 1e9 }));
