// Drawn node colours and sizes: the file's own when it has them, smaller on dense graphs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { densityScale, fileLook, nodeLook, nodeSize } from '../../src/app/graph/nodeLook.ts';
import { importFile } from '../../src/import/index.ts';
import { NODE_KINDS } from '../../src/schema/index.ts';
import { bundledGraph } from '../exchangeHelpers.ts';
import { FIXTURES } from '../helpers.ts';

const five = importFile(
  'five-nodes.gexf',
  readFileSync(join(FIXTURES, 'exchange', 'five-nodes.gexf'), 'utf8'),
).graph!;

describe('fileLook', () => {
  it('tells a file drawn in its own colours and sizes from our dataset, drawn by kind and degree', () => {
    expect(fileLook(five)).toEqual({ colours: true, sizes: true });
    expect(fileLook(bundledGraph())).toEqual({ colours: false, sizes: false });
  });
});

describe('nodeLook', () => {
  it("draws a file's own colours, and maps its sizes onto 3 to 15 pixels keeping their order", () => {
    const look = nodeLook(five);
    const at = (id: string) => five.getNodeAttributes(id);
    expect(look.color(at('a'))).toBe('#e63946');
    const size = (id: string) => look.size(five.degree(id), at(id));
    expect(size('a')).toBe(15);
    expect(size('b')).toBe(3);
    expect(size('d')).toBe(3);
    expect(size('c')).toBeGreaterThan(size('e'));
    expect(size('e')).toBeGreaterThan(size('b'));
  });

  it('falls back to the kind colour and the degree size for a node without its own', () => {
    const graph = five.copy();
    graph.setNodeAttribute('a', 'record', { ...graph.getNodeAttribute('a', 'record'), attributes: {} });
    const look = nodeLook(graph);
    expect(look.color(graph.getNodeAttributes('a'))).toBe(NODE_KINDS.other.color);
    expect(look.size(3, graph.getNodeAttributes('a'))).toBe(nodeSize(3));
  });

  it('shrinks nodes with the square root of the node count past 1,000 nodes, down to 0.15', () => {
    expect(densityScale(85)).toBe(1);
    expect(densityScale(1000)).toBe(1);
    expect(densityScale(10_000)).toBeCloseTo(0.316, 3);
    expect(densityScale(100_000)).toBe(0.15);
  });
});
