import { XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexfReference, write as writeGexfReference } from 'graphology-gexf';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  cypherString,
  dotString,
  EXPORT_FORMATS,
  EXPORTERS,
  findExporter,
  writeCypher,
  writeDot,
  writeGexf,
  writeGraphml,
  writeGraphologyJson,
  writeNodesCsv,
} from '../../src/export/index.ts';
import { buildGraph, subgraph, syntheticDataset } from '../../src/graph/index.ts';
import { FIXTURE_GRAPHS, hostileGraph, smallGraph } from '../exchangeHelpers.ts';

/** Reads a Cypher single-quoted literal back, as Neo4j's lexer does. */
function unquoteCypher(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    expect(c).not.toBe("'");
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i]!;
    if (n === 'u') {
      out += String.fromCharCode(Number.parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else out += ({ n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'" } as Record<string, string>)[n] ?? '?';
  }
  return out;
}

describe('exporter registry', () => {
  it('has the formats the Export menu lists before the writers load: the same, in the same order', () => {
    expect(EXPORTERS.map(({ write: _write, ...format }) => format)).toEqual(EXPORT_FORMATS);
  });

  it('lists every format once, by id', () => {
    const ids = EXPORTERS.map((e) => e.id);
    expect(ids).toEqual([
      'json',
      'graphology-json',
      'gexf',
      'graphml',
      'csv',
      'cypher',
      'neo4j-admin',
      'dot',
      'turtle',
      'jsonld',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findExporter('gexf')?.extension).toBe('gexf');
  });

  it.each(FIXTURE_GRAPHS)('writes the same bytes whatever the insertion order (%s)', (_name, make) => {
    const graph = make();
    const reversed = new MultiDirectedGraph() as typeof graph;
    reversed.replaceAttributes(graph.getAttributes());
    for (const id of graph.nodes().reverse()) reversed.addNode(id, graph.getNodeAttributes(id));
    for (const id of graph.edges().reverse()) {
      reversed.addDirectedEdgeWithKey(id, graph.source(id), graph.target(id), graph.getEdgeAttributes(id));
    }
    // Our own JSON keeps the dataset's order (the author's), so that it round-trips exactly.
    for (const e of EXPORTERS.filter((x) => x.id !== 'json')) {
      expect(e.write(reversed).map((f) => f.content)).toEqual(e.write(graph).map((f) => f.content));
    }
  });

  it('returns nodes.csv, edges.csv and sources.csv for csv, nodes.csv and relationships.csv for neo4j-admin', () => {
    const g = smallGraph();
    expect(
      findExporter('csv')!
        .write(g)
        .map((f) => f.name),
    ).toEqual(['nodes.csv', 'edges.csv', 'sources.csv']);
    expect(
      findExporter('neo4j-admin')!
        .write(g)
        .map((f) => f.name),
    ).toEqual(['nodes.csv', 'relationships.csv']);
  });
});

describe('GEXF', () => {
  it('is read back by graphology-gexf with the same nodes, edges and attributes', () => {
    const graph = hostileGraph();
    const back = parseGexfReference(MultiDirectedGraph, writeGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((id, a) => {
      const b = back.getNodeAttributes(id);
      expect(b.label).toBe(a.label);
      expect(b.type).toBe(a.kind);
      expect(JSON.parse(String(b.evidence ?? '[]'))).toEqual(a.record.evidence ?? []);
      expect(b.x).toBe(a.x);
    });
    graph.forEachEdge((id, a, s, t) => {
      expect(back.source(id)).toBe(s);
      expect(back.target(id)).toBe(t);
      expect(back.getEdgeAttribute(id, 'type')).toBe(a.kind);
    });
  });

  it('declares typed attributes and writes viz colour, size and position', () => {
    const text = writeGexf(smallGraph());
    expect(text).toContain('<attributes class="node">');
    expect(text).toContain('<attribute id="evidence" title="evidence" type="string"/>');
    expect(text).toContain('<viz:color r="42" g="140" b="140"/>'); // police-force #2a8c8c
    expect(text).toMatch(
      /<edge id="ministry-funds-unit" source="ministry" target="unit" kind="funds" label="funds"/,
    );
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
  });

  it('writes GEXF 1.3 on request and refuses unknown versions', () => {
    const text = findExporter('gexf')!.write(smallGraph(), { version: '1.3' })[0]!.content;
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(() => writeGexf(smallGraph(), { version: '9' })).toThrow(/unknown version "9"/);
  });

  it('keeps dates as GEXF start and end (full days) in dynamic mode', () => {
    const text = writeGexf(smallGraph());
    expect(text).toContain('mode="dynamic" timeformat="date"');
    expect(text).toMatch(/id="minister-heads-ministry"[^>]*start="2023-11-13" end="2024-07-05"/);
    expect(text).toMatch(/id="minister-praised-unit"[^>]*start="2024-05-20" end="2024-05-20"/);
  });

  it('stays well-formed with hostile strings and characters XML cannot hold', () => {
    const graph = hostileGraph();
    graph.setNodeAttribute('newline-node', 'record', {
      ...graph.getNodeAttribute('newline-node', 'record'),
      label: 'bell\u0007 nul\u0000 lone\uD800 end',
    });
    for (const text of [writeGexf(graph), writeGraphml(graph)]) {
      expect(XMLValidator.validate(text)).toBe(true);
      expect(text).not.toContain('<script>');
      expect(text).toContain('bell\uFFFD nul\uFFFD lone\uFFFD end');
    }
  });

  it('describes the same graph as the graphology-gexf writer (the bench times both on this work)', () => {
    // A graph big enough to be worth timing, with parallel edges: read both files with one parser.
    const graph = buildGraph(syntheticDataset({ nodes: 400, edgesPerNode: 3, seed: 5 }));
    const read = (text: string) => {
      const g = parseGexfReference(MultiDirectedGraph, text);
      const nodes = g
        .mapNodes((id, a) => `${id} ${a.label} ${Math.round(a.x * 100)} ${Math.round(a.y * 100)}`)
        .sort();
      const edges = g.mapEdges((id, _a, s, t) => `${id} ${s}->${t}`).sort();
      return { nodes, edges };
    };
    const ours = read(writeGexf(graph));
    const reference = read(writeGexfReference(graph));
    expect(ours.nodes).toHaveLength(graph.order);
    expect(ours.edges).toHaveLength(graph.size);
    expect(ours).toEqual(reference);
  });
});

describe('GraphML', () => {
  it('declares every key with a name, a type and a domain', () => {
    const text = writeGraphml(smallGraph());
    expect(text).toContain('<key id="n_type" for="node" attr.name="type" attr.type="string"/>');
    expect(text).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).toContain('<key id="g_dataset" for="graph" attr.name="dataset" attr.type="string"/>');
    expect(text).toContain('<graph id="small" edgedefault="directed">');
  });
});

describe('CSV', () => {
  it('quotes fields per RFC 4180 so papaparse reads back the same cells', () => {
    const graph = hostileGraph();
    const parsed = Papa.parse<string[]>(writeNodesCsv(graph), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    const labels = rows.map((r) => r[header!.indexOf('label')]);
    expect(labels).toContain('Two\nlines, "comma"');
    expect(labels).toContain('<script>alert("x")</script>');
    const evidence = rows.find((r) => r[0] === 'script-node')![header!.indexOf('evidence')]!;
    expect(JSON.parse(evidence)).toEqual(graph.getNodeAttribute('script-node', 'record').evidence);
  });
});

describe('Cypher', () => {
  it('escapes strings so that they read back exactly', () => {
    for (const s of [
      "it's",
      'back\\slash',
      'new\nline\r\t',
      'bell\u0007',
      '\u2028',
      '🧒🏽 שלום',
      '"double"',
    ]) {
      expect(unquoteCypher(cypherString(s))).toBe(s);
    }
  });

  it('uses backticked labels from kinds and relationship types from relations, in UNWIND batches', () => {
    const text = writeCypher(smallGraph());
    expect(text).toContain('] AS row\nCREATE (n:Stakeholder:`PoliceForce`)\nSET n = row;');
    expect(text).toContain("{id: 'police', label: 'The Police', type: 'police-force'");
    expect(text).toContain(
      "{source: 'unit', target: 'police', properties: {id: 'unit-collaborates-with-police', label: 'collaborates with'",
    );
    expect(text).toContain(
      'MATCH (a:Stakeholder {id: row.source})\nMATCH (b:Stakeholder {id: row.target})\nCREATE (a)-[r:`COLLABORATES_WITH`]->(b)\nSET r = row.properties;',
    );
  });

  it('keeps every hostile value inside its literal: each line is a row or a clause, one row per node and edge', () => {
    const graph = hostileGraph();
    const lines = writeCypher(graph).trimEnd().split('\n');
    const clause =
      /^(\/\/ |CREATE CONSTRAINT |CREATE \(:StakeholderDataset |UNWIND \[$|\] AS row$|CREATE \(n:Stakeholder:`\w+`\)$|SET n = row;$|MATCH \(\w:Stakeholder \{id: row\.\w+\}\)$|CREATE \(a\)-\[r:`\w+`\]->\(b\)$|SET r = row\.properties;$)/;
    const rows = lines.filter((l) => l.startsWith('  {'));
    for (const line of lines) if (!line.startsWith('  {')) expect(line).toMatch(clause);
    for (const row of rows) expect(row).toMatch(/^ {2}\{.*\},?$/);
    expect(rows).toHaveLength(graph.order + graph.size);
  });

  it('starts a new UNWIND statement every 500 rows', () => {
    const graph = buildGraph(syntheticDataset({ nodes: 1200, edgesPerNode: 1, seed: 2 }));
    const text = writeCypher(graph);
    const statements = text.split('UNWIND [').slice(1);
    for (const st of statements) expect(st.split('\n  {').length - 1).toBeLessThanOrEqual(500);
    const rows = statements.reduce((n, st) => n + st.split('\n  {').length - 1, 0);
    expect(rows).toBe(graph.order + graph.size);
  });
});

describe('DOT', () => {
  it('quotes ids and escapes labels', () => {
    expect(dotString('say "hi"\\ & <b>\nnext')).toBe('"say \\"hi\\"\\\\ &amp; <b>\\nnext"');
    const text = writeDot(smallGraph());
    expect(text).toContain(
      '"unit" -> "police" [id="unit-collaborates-with-police", label="collaborates with"];',
    );
    expect(text).toContain('"police" [label="The Police", fillcolor="#2a8c8c"];');
  });
});

describe('graphology JSON', () => {
  it('is graph.export() sorted by key, which graph.import() reads back', () => {
    const graph = smallGraph();
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(writeGraphologyJson(graph)));
    expect(back.order).toBe(4);
    expect(back.size).toBe(4);
    expect(back.getNodeAttribute('unit', 'record')).toEqual(graph.getNodeAttribute('unit', 'record'));
  });
});

describe('subgraph', () => {
  it('keeps the chosen nodes with their attributes, edges between them and the graph attributes', () => {
    const graph = smallGraph();
    const sub = subgraph(graph, ['unit', 'police', 'missing']);
    expect(sub.nodes().sort()).toEqual(['police', 'unit']);
    expect(sub.edges()).toEqual(['unit-collaborates-with-police']);
    expect(sub.getNodeAttributes('unit')).toEqual(graph.getNodeAttributes('unit'));
    expect(sub.getAttribute('sources')).toEqual(graph.getAttribute('sources'));
    expect(subgraph(graph, ['ministry', 'unit', 'minister'], ['ministry-funds-unit']).edges()).toEqual([
      'ministry-funds-unit',
    ]);
    expect(writeGexf(sub)).not.toContain('id="ministry"');
  });
});
