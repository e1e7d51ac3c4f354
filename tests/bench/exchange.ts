// Benchmark: our GEXF writer against graphology-gexf's at 100k nodes, and the GEXF/GraphML/CSV importers.
// Run: npx tsx tests/bench/exchange.ts [nodes]
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexfReference } from 'graphology-gexf';
import { writeGexf, writeGraphml, writeNodesCsv } from '../../src/export/index.ts';
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  StakeholderGraph,
} from '../../src/graph/index.ts';
import { importFile, parseXml, readGexf } from '../../src/import/index.ts';
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

// Files are written first and the graph dropped, and each import keeps only its counts, so an
// import is timed on a heap like the explorer's (one file open), not one full of earlier results.
const files = (() => {
  const graph = syntheticGraph(N);
  console.log(`${N} nodes, ${graph.size} edges`);
  time('warm-up', () => writeGexf(syntheticGraph(1000)));
  const ours = time('writeGexf (ours)', () => writeGexf(graph));
  const reference = time('graphology-gexf write (reference)', () => writeGexfReference(graph).length);
  console.log(`speed-up: ${(reference.ms / ours.ms).toFixed(1)}x (target: at least 5x)`);
  const graphml = time('writeGraphml', () => writeGraphml(graph));
  const csv = time('writeNodesCsv', () => writeNodesCsv(graph));
  return { gexf: ours.value, graphml: graphml.value, csv: csv.value };
})();
console.log(`GEXF file: ${(files.gexf.length / 1e6).toFixed(1)} MB`);
time('parseXml GEXF (tokenize, element tree)', () => parseXml(files.gexf, 'bench.gexf').ok);
time('readGexf (parse, read nodes and edges)', () => readGexf(files.gexf, 'bench.gexf').ok);

function imported(name: string, text: string): number {
  const result = importFile(name, text, { maxBytes: 1e9 });
  const n = result.dataset?.nodes.length ?? 0;
  if (n !== N) throw new Error(`${name}: ${n} nodes imported, expected ${N}`);
  return n;
}
time('importFile GEXF (parse, map, validate)', () => imported('bench.gexf', files.gexf));
time('importFile GraphML (parse, map, validate)', () => imported('bench.graphml', files.graphml));
time('importFile nodes.csv', () => imported('nodes.csv', files.csv));
