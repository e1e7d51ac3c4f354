import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  findExporter,
  kindClassName,
  NS,
  SG,
  TERMS,
  writeJsonld,
  writeTurtle,
} from '../../src/export/index.ts';
import type { StakeholderGraph } from '../../src/graph/index.ts';
import { importFile, sniffFormat } from '../../src/import/index.ts';
import { NODE_KIND_IDS, RELATION_KIND_IDS } from '../../src/schema/index.ts';
import { bundledGraph, FIXTURE_GRAPHS, hostileGraph, records, smallGraph } from '../exchangeHelpers.ts';

function meta(graph: StakeholderGraph): Record<string, unknown> {
  const { id, title, description, schemaVersion } = graph.getAttributes();
  return { id, title, description, schemaVersion };
}

function turtleQuads(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}

function tripleKey(q: Quad): string {
  const o = q.object;
  const obj = o.termType === 'Literal' ? `"${o.value}"^^${o.datatype.value}` : `<${o.value}>`;
  return `<${q.subject.value}> <${q.predicate.value}> ${obj}`;
}

describe('RDF export and read back', () => {
  it.each(FIXTURE_GRAPHS)('reads its Turtle back to the same dataset (%s)', (_name, make) => {
    const graph = make();
    const back = importFile('g.ttl', writeTurtle(graph));
    expect(back.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records(back.graph!)).toEqual(records(graph));
    expect(meta(back.graph!)).toEqual(meta(graph));
  });

  it.each(FIXTURE_GRAPHS)('reads its JSON-LD back to the same dataset (%s)', (_name, make) => {
    const graph = make();
    const back = importFile('g.jsonld', writeJsonld(graph));
    expect(back.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records(back.graph!)).toEqual(records(graph));
    expect(meta(back.graph!)).toEqual(meta(graph));
  });

  it('is listed in the exporter registry as turtle and jsonld', () => {
    expect(findExporter('turtle')!.write(smallGraph())[0]!.name).toBe('small.ttl');
    expect(findExporter('jsonld')!.write(smallGraph())[0]!.mediaType).toBe('application/ld+json');
    expect(sniffFormat('x', '@prefix a: <http://x/>.')).toBe('turtle');
    expect(sniffFormat('x', '{"@context": {}}')).toBe('jsonld');
  });

  it('writes JSON-LD that jsonld.js expands to the same triples as the Turtle (canonical forms equal)', async () => {
    const graph = hostileGraph();
    const fromJsonld = (await jsonld.canonize(JSON.parse(writeJsonld(graph)), {
      algorithm: 'URDNA2015',
      format: 'application/n-quads',
    })) as string;
    const nquads = new Parser({ format: 'text/turtle' })
      .parse(writeTurtle(graph))
      .map((q) => `${termNt(q.subject)} ${termNt(q.predicate)} ${termNt(q.object)} .\n`)
      .join('');
    const fromTurtle = (await jsonld.canonize(nquads as unknown as jsonld.JsonLdDocument, {
      algorithm: 'URDNA2015',
      inputFormat: 'application/n-quads',
      format: 'application/n-quads',
    })) as string;
    expect(fromJsonld.split('\n').length).toBeGreaterThan(500);
    expect(fromJsonld).toBe(fromTurtle);
  });

  it('writes each relation as a direct triple and as a relation resource with subject, predicate and object', () => {
    const quads = turtleQuads(writeTurtle(smallGraph())).map(tripleKey);
    const node = 'https://stakeholder-graph.org/id/small/node/';
    const rel = 'https://stakeholder-graph.org/id/small/relation/ministry-funds-unit';
    expect(quads).toContain(`<${node}ministry> <${SG}funds> <${node}unit>`);
    expect(quads).toContain(`<${rel}> <${NS.rdf}subject> <${node}ministry>`);
    expect(quads).toContain(`<${rel}> <${NS.rdf}predicate> <${SG}funds>`);
    expect(quads).toContain(`<${rel}> <${NS.rdf}object> <${node}unit>`);
    expect(quads).toContain(`<${node}ministry> <${NS.rdf}type> <${NS.schema}GovernmentOrganization>`);
    expect(quads).toContain(`<${node}unit> <${NS.skos}altLabel> "Special Unit"^^${NS.xsd}string`);
    expect(quads).toContain(
      `<${rel.replace('ministry-funds-unit', 'minister-heads-ministry')}> <${SG}start> "2023-11-13"^^${NS.xsd}date`,
    );
    expect(quads).toContain(`<${node}unit.figure.0> <${SG}start> "2023-04"^^${NS.xsd}gYearMonth`);
  });

  it('locates each quote with a TextQuoteSelector and a TextPositionSelector counted in code points', () => {
    const graph = hostileGraph();
    const quads = turtleQuads(writeTurtle(graph));
    const value = (s: string, p: string): string | undefined =>
      quads.find((q) => q.subject.value === s && q.predicate.value === p)?.object.value;
    const text = [...graph.getAttribute('sources')[0]!.text!.normalize('NFC')];
    const starts = quads.filter((q) => q.predicate.value === `${NS.oa}start`);
    expect(starts.length).toBeGreaterThan(3);
    let astral = 0;
    for (const q of starts) {
      const sel = q.subject.value;
      const ann = sel.replace(/\.position$/, '');
      const exact = value(`${ann}.quote`, `${NS.oa}exact`)!;
      const start = Number(q.object.value);
      const end = Number(value(sel, `${NS.oa}end`));
      expect(text.slice(start, end).join('')).toBe(exact);
      if ([...exact].length !== exact.length) astral++;
    }
    expect(astral).toBeGreaterThan(0); // the emoji quote, where code points and UTF-16 differ
  });

  it('declares every relation kind and our terms with a label and a comment, with no name used twice', () => {
    const quads = turtleQuads(writeTurtle(smallGraph()));
    for (const kind of RELATION_KIND_IDS) {
      const of = quads.filter((q) => q.subject.value === `${SG}${kind}`).map((q) => q.predicate.value);
      expect(of).toContain(`${NS.rdfs}label`);
      expect(of).toContain(`${NS.rdfs}comment`);
    }
    const names = [
      ...RELATION_KIND_IDS,
      ...NODE_KIND_IDS.map(kindClassName),
      ...Object.keys(TERMS.classes),
      ...Object.keys(TERMS.properties),
      ...Object.keys(TERMS.individuals),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it('writes the bundled dataset with every node, relation and source once', () => {
    const graph = bundledGraph();
    const quads = turtleQuads(writeTurtle(graph));
    const typed = (t: string): number =>
      quads.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === t).length;
    expect(typed(`${SG}Node`)).toBe(graph.order);
    expect(typed(`${SG}Relation`)).toBe(graph.size);
    expect(typed(`${SG}Document`) + typed(`${SG}Reference`)).toBe(graph.getAttribute('sources').length);
  });
});

function termNt(t: Quad['subject'] | Quad['predicate'] | Quad['object']): string {
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType !== 'Literal') return `<${t.value}>`;
  const body = JSON.stringify(t.value).slice(1, -1);
  return `"${body}"^^<${t.datatype.value}>`;
}
