// The editor's core at a size, in Node: starting a session's validation, then one edit (a node, a
// relation, evidence) built, applied and validated, as the explorer does each time. A developer's
// tool for the editor's share of editMs (docs/benchmark.md). Run: npx tsx tests/bench/edit.ts [100000]
import {
  addEdge,
  addEvidence,
  addNode,
  IncrementalValidator,
  LiveDataset,
  type Op,
} from '../../src/edit/index.ts';
import { syntheticDataset } from '../../src/graph/index.ts';
import type { Dataset } from '../../src/schema/index.ts';
import { median } from './timing.ts';

const nodes = Number(process.argv[2] ?? 100_000);
// As the explorer's session holds it: changed in place, indexed (LiveDataset).
const live = new LiveDataset(syntheticDataset({ nodes, seed: 42 }));
const dataset: Dataset = live.dataset;
const time = <T>(what: () => T): [T, number] => {
  const start = performance.now();
  const out = what();
  return [out, performance.now() - start];
};
const [validator, startMs] = time(() => new IncrementalValidator(dataset));
console.log(`${nodes} nodes: validator start ${startMs.toFixed(1)} ms`);
const source = dataset.sources[0]!.id;
const edits: Record<string, number[]> = { node: [], relation: [], evidence: [], issues: [] };
for (let k = 0; k < 7; k++) {
  const id = `bench-edit-${k}`;
  const steps: [string, (d: Dataset) => Op][] = [
    ['node', (d) => addNode(d, { id, label: `Bench ${k}`, type: 'organisation' })],
    ['relation', (d) => addEdge(d, { id: `${id}-r`, source: d.nodes[0]!.id, target: id, type: 'funds' })],
    ['evidence', (d) => addEvidence(d, { kind: 'node', id }, { source, note: 'bench', basis: 'inferred' })],
  ];
  for (const [what, build] of steps) {
    const [, ms] = time(() => {
      const applied = live.apply(build(dataset));
      validator.update(dataset, applied.changes);
    });
    edits[what]!.push(ms);
  }
  edits.issues!.push(time(() => validator.issues())[1]);
}
for (const [what, list] of Object.entries(edits))
  console.log(
    `  ${what.padEnd(9)} median ${median(list).toFixed(2)} ms (max ${Math.max(...list).toFixed(2)})`,
  );
