// The look of imported graphs: the file's own colours and sizes kept, categories coloured, edge labels kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importFiles } from '../../src/import/index.ts';
import { FIXTURES } from '../helpers.ts';

const fiveNodes = readFileSync(join(FIXTURES, 'exchange', 'five-nodes.gexf'), 'utf8');

describe('importing a graph with its own appearance', () => {
  it("keeps a GEXF file's viz:color (rgb, rgba and hex) and viz:size on each node, and says so", () => {
    const result = importFile('five-nodes.gexf', fiveNodes);
    const look = Object.fromEntries(result.dataset!.nodes.map((n) => [n.id, n.attributes]));
    expect(look.a).toMatchObject({ color: '#e63946', size: 40, team: 'north' });
    expect(look.b).toMatchObject({ color: '#2a9d8f', size: 10 });
    expect(look.c).toMatchObject({ color: '#264653', size: 20 });
    expect(look.d).toMatchObject({ color: '#f4a261', size: 10 });
    expect(look.e).toMatchObject({ color: '#e9c46a', size: 15 });
    expect(result.report.mapped).toContain("The file's own colours of 5 and sizes of 5 nodes kept and drawn");
  });

  it("keeps an edge label mapped to related-to as the relation's detail and as an attribute", () => {
    const edge = importFile('five-nodes.gexf', fiveNodes).dataset!.edges.find((e) => e.id === '0');
    expect(edge).toMatchObject({
      type: 'related-to',
      detail: '(works with)',
      attributes: { label: 'works with' },
    });
  });

  it('reads GraphML r, g, b and size keys, and CSV colour and size columns', () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="r" for="node" attr.name="r" attr.type="int"/><key id="g" for="node" attr.name="g" attr.type="int"/>
  <key id="b" for="node" attr.name="b" attr.type="int"/><key id="s" for="node" attr.name="size" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="x"><data key="r">255</data><data key="g">0</data><data key="b">0</data><data key="s">3.5</data></node>
    <node id="y"><data key="r">0</data><data key="g">0</data><data key="b">255</data><data key="s">7</data></node>
    <edge source="x" target="y"/>
  </graph>
</graphml>`;
    const g = importFile('rgb.graphml', graphml).dataset!.nodes;
    expect(g.map((n) => n.attributes)).toEqual([
      { color: '#ff0000', size: 3.5 },
      { color: '#0000ff', size: 7 },
    ]);
    const csv = importFiles([
      { name: 'nodes.csv', content: 'id,label,colour,size\nx,X,#ABC,2\ny,Y,"rgb(1, 2, 3)",4\n' },
    ]);
    expect(csv.dataset!.nodes.map((n) => n.attributes)).toEqual([
      { color: '#aabbcc', size: 2 },
      { color: '#010203', size: 4 },
    ]);
  });

  it("colours nodes by the file's own categories when it has no colours and our kinds do not tell them apart", () => {
    const nodes = ['Lab', 'Lab', 'Lab', 'Campaign', 'Campaign', 'Agency']
      .map(
        (t, i) =>
          `<node id="n${i}" label="N${i}"><attvalues><attvalue for="0" value="${t}"/><attvalue for="1" value="g${i % 2}"/></attvalues></node>`,
      )
      .join('');
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
      <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="group" type="string"/></attributes>
      <nodes>${nodes}</nodes><edges/></graph></gexf>`;
    const result = importFile('groups.gexf', gexf);
    const colours = result.dataset!.nodes.map((n) => n.attributes?.color);
    // One colour per type, the most frequent first; the same type, the same colour.
    expect(new Set(colours.slice(0, 3)).size).toBe(1);
    expect(new Set(colours).size).toBe(3);
    expect(result.report.mapped).toContain(
      'Nodes coloured by their "type" (3 values: Lab, Campaign, Agency)',
    );
    expect(result.report.mapped).toContain(
      'Other categorical attributes, kept on the nodes: "group" (2 values)',
    );
  });
});
