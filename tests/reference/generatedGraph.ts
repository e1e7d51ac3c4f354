// A generated, varied graph (kinds, awkward labels, positions, attributes, parallel edges) for reference tests.
import { load, type StakeholderGraph } from '../../src/graph/index.ts';
import { NODE_KIND_IDS, RELATION_KIND_IDS } from '../../src/schema/index.ts';

const LABELS = [
  'Plain',
  'A & B <c>',
  'Quote "q" and \'a\'',
  'Zoë – café',
  'Line\nbreak\ttab',
  '🧒 child',
  ' ',
];

export function generatedGraph(n: number): StakeholderGraph {
  const nodes = Array.from({ length: n }, (_, i) => {
    const node: Record<string, unknown> = {
      id: `node-${i}`,
      label: `${LABELS[i % LABELS.length]} ${i}`,
      type: NODE_KIND_IDS[i % NODE_KIND_IDS.length],
    };
    if (i % 3 === 0) node.description = `Description ${i} &amp; more\r\nsecond line`;
    if (i % 2 === 0) node.position = { x: (i % 97) * 1.5 - 40, y: Math.floor(i / 97) * -2.25 };
    if (i % 5 === 0) node.attributes = { score: i / 7, flag: i % 10 === 0, note: `n<${i}>` };
    return node;
  });
  const edges = Array.from({ length: 2 * n }, (_, i) => {
    const edge: Record<string, unknown> = {
      id: `edge-${i}`,
      source: `node-${i % n}`,
      target: `node-${(i * 7 + 3) % n}`,
      type: RELATION_KIND_IDS[i % RELATION_KIND_IDS.length],
    };
    if (i % 4 === 0) edge.weight = (i % 9) + 0.5;
    if (i % 6 === 0) edge.detail = `Detail ${i}: "x" & <y>`;
    return edge;
  });
  const result = load({
    schemaVersion: 1,
    id: 'generated',
    title: 'Generated',
    description: 'Generated for reference tests',
    sources: [],
    nodes,
    edges,
  });
  if (!result.graph) throw new Error(`generated graph does not load: ${JSON.stringify(result.issues[0])}`);
  return result.graph;
}
