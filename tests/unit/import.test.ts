import { describe, expect, it } from 'vitest';
import { findExporter } from '../../src/export/index.ts';
import { importFile, importFiles, sniffFormat } from '../../src/import/index.ts';
import { FIXTURE_GRAPHS, records } from '../exchangeHelpers.ts';

const asFiles = (id: string, graph: Parameters<typeof records>[0]) =>
  findExporter(id)!
    .write(graph)
    .map((f) => ({ name: f.name, content: f.content }));

describe('round trip: export then import', () => {
  for (const [name, make] of FIXTURE_GRAPHS) {
    for (const format of ['json', 'gexf', 'graphml', 'csv']) {
      it(`gives back the same nodes, edges, types, attributes and sources in ${format} (${name})`, () => {
        const graph = make();
        const result = importFiles(asFiles(format, graph));
        expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(records(result.graph!)).toEqual(records(graph));
        if (format !== 'csv') {
          expect(result.dataset!.id).toBe(graph.getAttribute('id'));
          expect(result.dataset!.title).toBe(graph.getAttribute('title'));
          expect(result.dataset!.description).toBe(graph.getAttribute('description'));
        }
      });
    }
  }

  it('reads neo4j-admin CSV back with the same nodes and edges', () => {
    const graph = FIXTURE_GRAPHS[1]![1]();
    const files = asFiles('neo4j-admin', graph);
    const sources = findExporter('csv')!
      .write(graph)
      .find((f) => f.name === 'sources.csv')!;
    const result = importFiles([...files, { name: sources.name, content: sources.content }]);
    expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records(result.graph!)).toEqual(records(graph));
  });
});

describe('build: false (the load worker: the page builds the graph)', () => {
  for (const format of ['json', 'gexf', 'csv']) {
    it(`returns the same dataset and no graph for ${format}`, () => {
      const graph = FIXTURE_GRAPHS[1]![1]();
      const built = importFiles(asFiles(format, graph));
      const unbuilt = importFiles(asFiles(format, graph), { build: false });
      expect(unbuilt.graph).toBeUndefined();
      expect(unbuilt.dataset).toEqual(built.dataset);
      expect(unbuilt.report).toEqual(built.report);
    });
  }

  it('still fails, with the same issues, on a file with errors', () => {
    const text =
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges></graph></gexf>';
    const built = importFile('bad.gexf', text);
    const unbuilt = importFile('bad.gexf', text, { build: false });
    expect(unbuilt.dataset).toBeUndefined();
    expect(unbuilt.report.issues).toEqual(built.report.issues);
    expect(built.report.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});

describe('foreign files', () => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <meta><description>From Gephi</description></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="type" type="string"/>
      <attribute id="1" title="Population" type="integer"/>
      <attribute id="2" title="start" type="string"/>
    </attributes>
    <nodes>
      <node id="Essex Police" label="Essex Police"><attvalues><attvalue for="0" value="PoliceForce"/></attvalues></node>
      <node id="n1" label="Alice"><attvalues><attvalue for="0" value="Activist"/><attvalue for="1" value="42"/></attvalues></node>
      <node id="n2" label="Bob"><attvalues><attvalue for="0" value="Person "/><attvalue for="2" value="last spring"/></attvalues></node>
      <node id="n3"/>
    </nodes>
    <edges>
      <edge source="n1" target="Essex Police" label="COLLABORATES_WITH"/>
      <edge id="e2" source="n1" target="n2" label="Friend of" weight="2"/>
    </edges>
  </graph>
</gexf>`;

  it('maps unknown types to the generic kinds, converts ids, labels by id and keeps foreign attributes', () => {
    const result = importFile('people.gexf', gexf);
    expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const d = result.dataset!;
    expect(d.id).toBe('people');
    expect(d.description).toBe('From Gephi');
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    expect(byId.get('essex-police')?.type).toBe('police-force');
    expect(byId.get('n1')).toMatchObject({
      type: 'other',
      label: 'Alice',
      attributes: { Population: 42, type: 'Activist' },
    });
    expect(byId.get('n2')?.type).toBe('person');
    expect(byId.get('n2')?.attributes).toMatchObject({ start: 'last spring' });
    expect(byId.get('n3')?.label).toBe('n3');
    expect(d.edges[0]).toMatchObject({ source: 'n1', target: 'essex-police', type: 'collaborates-with' });
    expect(d.edges[1]).toMatchObject({
      id: 'e2',
      type: 'related-to',
      weight: 2,
      attributes: { label: 'Friend of' },
    });
    const report = result.report.mapped.join('\n');
    expect(report).toContain("1 node of type 'Activist' mapped to 'other'");
    expect(report).toContain("1 node of type 'Person ' mapped to 'person'");
    expect(report).toContain("1 node of type (none) mapped to 'other'");
    expect(report).toContain("1 node id converted to kebab-case (e.g. 'Essex Police' -> 'essex-police')");
    expect(report).toContain("1 edge of type 'Friend of' mapped to 'related-to'");
    expect(report).toContain('1 node without a label labelled with their id');
    expect(report).toContain('2 undirected edges kept as directed');
    expect(result.report.issues.map((i) => i.message).join('\n')).toContain('"last spring" is not a date');
  });

  it('reads a GraphML file from another tool, with typed keys and defaults to the id for labels', () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="score" attr.type="double"/>
  <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="A"><data key="d0">Home Office</data><data key="d1">1.5</data></node>
    <node id="B"/>
    <edge source="A" target="B"><data key="d2">funds</data></edge>
  </graph>
</graphml>`;
    const d = importFile('x.graphml', graphml).dataset!;
    expect(d.nodes).toEqual([
      { id: 'a', label: 'Home Office', type: 'other', attributes: { score: 1.5 } },
      { id: 'b', label: 'B', type: 'other' },
    ]);
    expect(d.edges).toEqual([{ id: 'a-funds-b', source: 'a', target: 'b', type: 'funds' }]);
  });

  it('reads an edges-only CSV from a spreadsheet, creating nodes from the edge ends', () => {
    const csv =
      'From,To,Type,Strength\r\nHome Office,Essex Police,funds,3\r\nEssex Police,NAPAC,works with,1\r\n';
    const result = importFile('links.csv', csv);
    const d = result.dataset!;
    expect(d.nodes.map((n) => n.id)).toEqual(['home-office', 'essex-police', 'napac']);
    expect(d.edges[0]).toMatchObject({
      source: 'home-office',
      target: 'essex-police',
      type: 'funds',
      attributes: { Strength: '3' },
    });
    expect(d.edges[1]).toMatchObject({ type: 'related-to', attributes: { type: 'works with' } });
  });

  it('keeps quotes as notes with placeholder sources when a CSV comes without sources.csv', () => {
    const files = asFiles('csv', FIXTURE_GRAPHS[0]![1]()).filter((f) => f.name !== 'sources.csv');
    const result = importFiles(files);
    const unit = result.dataset!.nodes.find((n) => n.id === 'unit')!;
    expect(unit.evidence![0]).toEqual({
      source: 'doc',
      note: 'quoted: “The Unit’s work is “vital””',
      basis: 'stated',
    });
    expect(result.dataset!.sources.map((s) => s.id)).toEqual(['doc', 'ref']);
    expect(result.report.mapped.join('\n')).toContain('2 sources named by evidence but not in the file');
  });

  it('picks the format by extension, then by content', () => {
    expect(sniffFormat('a.GEXF', '')).toBe('gexf');
    expect(sniffFormat('upload', '  <?xml version="1.0"?><graphml>')).toBe('graphml');
    expect(sniffFormat('upload', '<gexf version="1.3">')).toBe('gexf');
    expect(sniffFormat('upload', '{"schemaVersion":1}')).toBe('json');
    expect(sniffFormat('upload', 'id,label\n')).toBe('csv');
    expect(sniffFormat('upload', 'hello')).toBeUndefined();
  });
});
