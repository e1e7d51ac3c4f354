// The GEXF and GraphML importers give exactly the same result on the hand-written tokenizer as on fast-xml-parser.
import { describe, expect, it } from 'vitest';
import { writeGexf, writeGraphml } from '../../src/export/index.ts';
import type { StakeholderGraph } from '../../src/graph/index.ts';
import { readGexf } from '../../src/import/gexf.ts';
import { readGraphml } from '../../src/import/graphml.ts';
import { finalizeImport, importFile } from '../../src/import/index.ts';
import type { ImportResult } from '../../src/import/types.ts';
import { FIXTURE_GRAPHS } from '../exchangeHelpers.ts';
import { parseXmlReference } from '../reference/fxpXml.ts';
import { generatedGraph } from '../reference/generatedGraph.ts';

const READERS = { gexf: readGexf, graphml: readGraphml } as const;

/** The same importer, on fast-xml-parser instead of our tokenizer. */
function reference(name: string, text: string, format: keyof typeof READERS): ImportResult {
  const read = READERS[format](text, name, parseXmlReference);
  if (!read.ok) return { report: { mapped: [], issues: read.issues } };
  return finalizeImport(read.graph, name, {}, read.issues);
}

const comparable = (r: ImportResult) => ({ dataset: r.dataset, report: r.report });

const GRAPHS: [string, () => StakeholderGraph][] = [
  ...FIXTURE_GRAPHS,
  ['generated 2k nodes', () => generatedGraph(2000)],
];

const FOREIGN_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by Gephi -->
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10</creator><title>Forces &amp; bodies</title>
    <description>First line
  second line&#13;</description></meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="n" title="Count" type="integer"/><attribute id="ok" title="ok" type="boolean"/></attributes>
    <attributes class="edge"><attribute id="w" title="weight" type="double"/></attributes>
    <nodes>
      <node id="Home Office" label="Home Office">
        <attvalues><attvalue for="type" value="GovernmentBody"/><attvalue for="n" value="3"/><attvalue for="ok" value="1"/></attvalues>
        <viz:size value="10.0"/><viz:position x="-12.5" y="3e2" z="0.0"/><viz:color r="1" g="2" b="3"/>
      </node>
      <node id="b" label="Caf&#233; &lt;b&gt; &#x1F9D2;"><viz:position x="1" y="2"/></node>
      <node id="c"/>
    </nodes>
    <edges>
      <edge id="0" source="Home Office" target="b" label="funds" weight="2.5"><attvalues><attvalue for="w" value="2.5"/></attvalues></edge>
      <edge id="1" source="b" target="c" type="undirected" kind="works with"/>
    </edges>
  </graph>
</gexf>`;

const FOREIGN_GRAPHML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" yfiles.type="nodegraphics"/>
  <key attr.name="label" attr.type="string" for="node" id="d1"/>
  <key attr.name="x" attr.type="double" for="node" id="d2"/>
  <key attr.name="y" attr.type="double" for="node" id="d3"/>
  <key attr.name="relation" attr.type="string" for="edge" id="d4"/>
  <key attr.name="title" attr.type="string" for="graph" id="d5"/>
  <graph edgedefault="undirected" id="G">
    <data key="d5">yEd &amp; friends</data>
    <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>Shown</y:NodeLabel></y:ShapeNode></data><data key="d1">Home   Office</data><data key="d2">1.5</data><data key="d3">-2</data></node>
    <node id="n1"><data key="d1">  </data></node>
    <edge id="e0" source="n0" target="n1" directed="true"><data key="d4">funds</data></edge>
    <edge source="n1" target="n0"><data key="d4">something else</data></edge>
  </graph>
</graphml>`;

describe('XML importers against the fast-xml-parser reference', () => {
  for (const [name, make] of GRAPHS) {
    it(`read our GEXF and GraphML of the ${name} graph exactly as the reference did`, () => {
      const graph = make();
      for (const [format, text] of [
        ['gexf', writeGexf(graph)],
        ['graphml', writeGraphml(graph)],
      ] as const) {
        const file = `${name}.${format}`;
        const ours = importFile(file, text);
        expect(ours.dataset?.nodes.length).toBe(graph.order);
        expect(comparable(ours)).toEqual(comparable(reference(file, text, format)));
      }
    });
  }

  it('reads foreign GEXF (namespaces, viz: data, comments, references) exactly as the reference did', () => {
    const ours = importFile('gephi.gexf', FOREIGN_GEXF);
    expect(ours.dataset?.nodes[0]?.position).toEqual({ x: -12.5, y: 300 });
    expect(ours.dataset?.nodes[1]?.label).toBe('Café <b> 🧒');
    expect(comparable(ours)).toEqual(comparable(reference('gephi.gexf', FOREIGN_GEXF, 'gexf')));
    const crlf = FOREIGN_GEXF.replace(/\n/g, '\r\n');
    expect(importFile('gephi.gexf', crlf).dataset?.description).toBe('First line\n  second line\r');
    expect(comparable(importFile('gephi.gexf', crlf))).toEqual(
      comparable(reference('gephi.gexf', crlf, 'gexf')),
    );
  });

  it('reads foreign GraphML (yEd graphics data, graph data, directed flags) exactly as the reference did', () => {
    const ours = importFile('yed.graphml', FOREIGN_GRAPHML);
    expect(ours.dataset?.title).toBe('yEd & friends');
    expect(comparable(ours)).toEqual(comparable(reference('yed.graphml', FOREIGN_GRAPHML, 'graphml')));
  });
});
