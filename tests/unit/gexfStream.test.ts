// The GEXF stream reader (tokens, no tree) reads every file exactly as the tree reader does.
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../src/import/gexf.ts';
import { readGexfStream } from '../../src/import/gexfStream.ts';
import { parseXml } from '../../src/import/xml/index.ts';

const gexf = (body: string, meta = ''): string =>
  `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${meta}\n${body}\n</gexf>`;

const MODEL = `<attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="n" title="count" type="integer"/></attributes>
  <attributes class="edge"><attribute id="w" title="weight" type="double"/></attributes>`;

const FILES: [string, string][] = [
  [
    'prefixed names, viz elements, typed values and a nested hierarchy',
    gexf(
      `<graph defaultedgetype="directed">${MODEL}
    <nodes>
      <node id="a" label="A &amp; co">
        <attvalues><attvalue for="0" value="charity"/><attvalue for="n" value="3"/><attvalue id="n" value="4"/></attvalues>
        <viz:position x="1.5" y="-2"/><viz:position x="9" y="9"/><viz:color hex="#ABC"/><viz:size value="3"/>
        <nodes><node id="inner"/></nodes>
      </node>
      <node viz:id="b" id="b"><viz:color r="1" g="2" b="3"/></node>
    </nodes>
    <edges><edge id="e" source="a" target="b" kind="funds" weight="2" type="undirected"><attvalues><attvalue for="w" value="0.5"/></attvalues></edge>
      <edge source="b" target="a" label="backs"/></edges>
  </graph><graph><nodes><node id="second-graph"/></nodes></graph>`,
      `<meta><title>  Title <![CDATA[<kept>]]>  </title><description>

  </description><dataset>{"id":"x"}</dataset><title>second</title></meta>`,
    ),
  ],
  [
    'edges before nodes',
    gexf(
      '<graph><edges><edge source="a" target="b"/></edges><nodes><node id="a"/><node id="b"/></nodes></graph>',
    ),
  ],
  [
    'a node without an id after an edge without ends',
    gexf('<graph><edges><edge source="a"/></edges><nodes><node id="a"/><node label="x"/></nodes></graph>'),
  ],
  [
    'an edge without ends',
    gexf(
      '<graph><nodes><node id="a"/></nodes><edges><edge id="1" source="a" target="a"/><edge target="a"/></edges></graph>',
    ),
  ],
  ['a missing id before an XML error', gexf('<graph><nodes><node/><node id="a"></nodes></graph>')],
  ['XML that is not GEXF', '<graphml><graph/></graphml>'],
  ['GEXF without a graph', gexf('<meta><title>t</title></meta>')],
  ['meta data that is not JSON', gexf('<graph/>', '<meta><dataset>[1]</dataset></meta>')],
  ['an empty file', '  \n'],
  [
    'attributes declared after the nodes',
    gexf(
      `<graph><nodes><node id="a"><attvalues><attvalue for="n" value="7"/></attvalues></node></nodes>${MODEL}</graph>`,
    ),
  ],
];

describe('the GEXF stream reader', () => {
  for (const [what, text] of FILES) {
    it(`reads ${what} as the tree reader does`, () => {
      expect(readGexf(text, 'f.gexf')).toEqual(readGexf(text, 'f.gexf', parseXml));
    });
  }

  it('gives way to the tree reader when attributes are declared after the nodes', () => {
    expect(readGexfStream(FILES.at(-1)![1], 'f.gexf')).toBeUndefined();
    const read = readGexf(FILES.at(-1)![1], 'f.gexf');
    expect(read.ok && read.graph.nodes[0]?.values.get('count')).toBe(7);
  });

  it('keeps the white space of meta fields and skips the indentation elsewhere', () => {
    const read = readGexfStream(FILES[0]![1], 'f.gexf');
    expect(read?.ok && read.graph.title).toBe('  Title <kept>  ');
    expect(read?.ok && read.graph.description).toBe('\n\n  ');
    expect(read?.ok && read.graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });
});
