// The GEXF stream reader (with the tokenizer's reused attribute array and one item state for every
// node and edge) reads our exports as graphology-gexf's DOM-based parser does.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexfReference } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/export/index.ts';
import { buildGraph, syntheticDataset } from '../../src/graph/index.ts';
import { hexColour } from '../../src/import/appearance.ts';
import { readGexf } from '../../src/import/gexf.ts';

describe('the GEXF stream reader against graphology-gexf', () => {
  it('reads the nodes, edges, attribute values and viz elements of a synthetic export as graphology-gexf does', () => {
    const text = writeGexf(buildGraph(syntheticDataset({ nodes: 300, seed: 7 })));
    const read = readGexf(text, 'synthetic.gexf');
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
    const reference = parseGexfReference(MultiDirectedGraph, text);
    expect(read.graph.nodes.map((n) => n.id)).toEqual(reference.nodes());
    for (const n of read.graph.nodes) {
      const { label, x, y, z: _z, size, color, ...values } = reference.getNodeAttributes(n.id);
      expect([n.label, n.x, n.y, n.size, n.color]).toEqual([label, x, y, size, hexColour(color)]);
      expect(Object.fromEntries(n.values)).toEqual(values);
    }
    expect(read.graph.edges.map((e) => e.id)).toEqual(reference.edges());
    for (const e of read.graph.edges) {
      const { label, weight, kind, ...values } = reference.getEdgeAttributes(e.id!);
      expect([e.source, e.target, e.weight]).toEqual([
        reference.source(e.id!),
        reference.target(e.id!),
        weight,
      ]);
      // Our reader keeps kind and label as values when no attvalue of that name says otherwise.
      expect(Object.fromEntries(e.values)).toEqual({ type: kind, label, ...values });
    }
    expect(read.graph.nodes.length).toBe(300);
    expect(read.graph.edges.length).toBeGreaterThan(1000);
  });
});
