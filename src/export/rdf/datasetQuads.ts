// The graph as RDF triples: the one model both the Turtle and the JSON-LD writers serialise.
// Nodes, relations and sources in id order (deterministic output); each subject's triples together.
import type { StakeholderGraph } from '../../graph/index.ts';
import { type Attributes, type Dated, type Figure, RELATION_KINDS, type Source } from '../../schema/index.ts';
import { datasetBase, KIND_CLASS_MAPPING, kindClassName } from '../../schema/rdfVocabulary.ts';
import { sortedEdges, sortedNodes } from '../columns.ts';
import { AnnotationContext, writeAnnotations, writeClaim, writeDerivation } from './annotations.ts';
import { Emitter } from './emitter.ts';
import {
  blankNode,
  booleanLiteral,
  countLiteral,
  dateLiteral,
  type NamedNode,
  namedNode,
  numberLiteral,
  stringLiteral,
  type TripleSink,
  urlTerm,
  valueLiteral,
} from './terms.ts';
import { DCAT, DCTERMS, RDF, RDFS, SCHEMA, SKOS } from './vocab.ts';
import { writeVocabulary } from './vocabularyQuads.ts';

const ID = DCTERMS.identifier;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function writeDates(out: Emitter, s: NamedNode, r: Dated): void {
  if (r.start !== undefined) out.add(s, out.sg('start'), dateLiteral(r.start));
  if (r.end !== undefined) out.add(s, out.sg('end'), dateLiteral(r.end));
  if (r.on !== undefined) out.add(s, out.sg('on'), dateLiteral(r.on));
}

function writeAttributes(out: Emitter, s: NamedNode, attributes: Attributes | undefined): void {
  if (attributes === undefined) return;
  const keys = Object.keys(attributes).sort();
  const nodes = keys.map((k) => namedNode(`${s.value}.attribute.${encodeURIComponent(k)}`));
  for (const n of nodes) out.add(s, out.sg('attribute'), n);
  keys.forEach((k, i) => {
    const n = nodes[i]!;
    out.add(n, RDF.type, out.sg('Attribute'));
    out.add(n, out.sg('key'), stringLiteral(k));
    out.add(n, RDF.value, valueLiteral(attributes[k]!));
  });
}

function writeSource(out: Emitter, base: string, s: Source): void {
  const node = namedNode(`${base}source/${s.id}`);
  out.add(node, RDF.type, out.sg(s.kind === 'document' ? 'Document' : 'Reference'));
  out.add(node, ID, stringLiteral(s.id));
  out.add(node, DCTERMS.title, stringLiteral(s.title));
  if (s.publisher !== undefined) out.add(node, DCTERMS.publisher, stringLiteral(s.publisher));
  if (s.author !== undefined) out.add(node, DCTERMS.creator, stringLiteral(s.author));
  if (s.date !== undefined) out.add(node, DCTERMS.date, dateLiteral(s.date));
  if (s.url !== undefined) out.add(node, SCHEMA.url, urlTerm(s.url));
  if (s.text !== undefined) out.add(node, out.sg('text'), stringLiteral(s.text));
  // A file path only matters when the text is not inline (a self-contained export drops it, as JSON does).
  else if (s.file !== undefined) out.add(node, out.sg('file'), stringLiteral(s.file));
  if (s.note !== undefined) out.add(node, SKOS.note, stringLiteral(s.note));
}

function writeFigure(out: Emitter, ctx: AnnotationContext, node: NamedNode, f: Figure, i: number): void {
  const fig = namedNode(`${node.value}.figure.${i}`);
  out.add(fig, RDF.type, out.sg('Figure'));
  out.add(fig, out.sg('order'), countLiteral(i));
  out.add(fig, out.sg('measure'), stringLiteral(f.measure));
  out.add(fig, RDFS.label, stringLiteral(f.label));
  out.add(fig, RDF.value, numberLiteral(f.value));
  if (f.qualifier !== undefined) out.add(fig, out.sg('qualifier'), stringLiteral(f.qualifier));
  if (f.unit !== undefined) out.add(fig, out.sg('unit'), stringLiteral(f.unit));
  writeDates(out, fig, f);
  writeDerivation(out, ctx, fig, f.evidence);
  writeClaim(out, ctx, fig, f.claim);
  writeAnnotations(out, ctx, fig, f.evidence);
}

function writeNodes(out: Emitter, ctx: AnnotationContext, graph: StakeholderGraph): void {
  const nodeIri = (id: string): NamedNode => namedNode(`${ctx.base}node/${id}`);
  for (const { id, record: r, x, y } of sortedNodes(graph)) {
    const node = nodeIri(id);
    out.add(node, RDF.type, out.sg('Node'));
    out.add(node, RDF.type, out.sg(kindClassName(r.type)));
    const mapped = KIND_CLASS_MAPPING[r.type];
    if (mapped !== undefined) out.add(node, RDF.type, out.iri(mapped));
    out.add(node, ID, stringLiteral(id));
    out.add(node, RDFS.label, stringLiteral(r.label));
    for (const a of r.aliases ?? []) out.add(node, SKOS.altLabel, stringLiteral(a));
    if (r.aliases !== undefined) {
      // Aliases have an order (the first is the usual short name); skos:altLabel alone would lose it.
      const cells = r.aliases.map((_a, i) => blankNode(`aliases-${id}-${i}`));
      out.add(node, out.sg('aliases'), cells[0] ?? RDF.nil);
      cells.forEach((cell, i) => {
        out.add(cell, RDF.first, stringLiteral(r.aliases![i]!));
        out.add(cell, RDF.rest, cells[i + 1] ?? RDF.nil);
      });
    }
    if (r.description !== undefined) out.add(node, DCTERMS.description, stringLiteral(r.description));
    if (r.url !== undefined) out.add(node, SCHEMA.url, urlTerm(r.url));
    writeDates(out, node, r);
    out.add(node, out.sg('x'), numberLiteral(x));
    out.add(node, out.sg('y'), numberLiteral(y));
    // The direct triples, `:home-office sg:funds :grooming-gangs-taskforce`, for simple queries.
    const direct = new Set<string>();
    for (const e of graph.outEdges(id).sort()) {
      const kind = graph.getEdgeAttribute(e, 'kind');
      const to = graph.target(e);
      if (direct.has(`${kind} ${to}`)) continue;
      direct.add(`${kind} ${to}`);
      out.add(node, out.sg(kind), nodeIri(to));
    }
    writeDerivation(out, ctx, node, r.evidence);
    (r.figures ?? []).forEach((_f, i) => {
      out.add(node, out.sg('figure'), namedNode(`${node.value}.figure.${i}`));
    });
    writeAttributes(out, node, r.attributes);
    writeClaim(out, ctx, node, r.claim);
    writeAnnotations(out, ctx, node, r.evidence);
    (r.figures ?? []).forEach((f, i) => {
      writeFigure(out, ctx, node, f, i);
    });
  }
}

function writeRelations(out: Emitter, ctx: AnnotationContext, graph: StakeholderGraph): void {
  for (const { id, source, target, record: r } of sortedEdges(graph)) {
    const rel = namedNode(`${ctx.base}relation/${id}`);
    out.add(rel, RDF.type, out.sg('Relation'));
    out.add(rel, RDF.type, RDF.Statement);
    out.add(rel, ID, stringLiteral(id));
    out.add(rel, RDF.subject, namedNode(`${ctx.base}node/${source}`));
    out.add(rel, RDF.predicate, out.sg(r.type));
    out.add(rel, RDF.object, namedNode(`${ctx.base}node/${target}`));
    const sentence = `${graph.getNodeAttribute(source, 'label')} ${RELATION_KINDS[r.type].phrase} ${graph.getNodeAttribute(target, 'label')}`;
    out.add(rel, RDFS.label, stringLiteral(r.detail === undefined ? sentence : `${sentence} ${r.detail}`));
    if (r.detail !== undefined) out.add(rel, out.sg('detail'), stringLiteral(r.detail));
    writeDates(out, rel, r);
    if (r.weight !== undefined) out.add(rel, out.sg('weight'), numberLiteral(r.weight));
    out.add(rel, out.sg('isStated'), booleanLiteral(graph.getEdgeAttribute(id, 'stated')));
    writeDerivation(out, ctx, rel, r.evidence);
    writeAttributes(out, rel, r.attributes);
    writeClaim(out, ctx, rel, r.claim);
    writeAnnotations(out, ctx, rel, r.evidence);
  }
}

export interface QuadOptions {
  /** Declare our vocabulary (classes and properties with labels and comments) in the output. Default true. */
  readonly vocabulary?: boolean;
}

/** Writes every triple of the graph into `sink`. */
export function writeDatasetQuads(
  graph: StakeholderGraph,
  sink: TripleSink,
  options: QuadOptions = {},
): void {
  const out = new Emitter(sink);
  const g = graph.getAttributes();
  const base = datasetBase(g.id);
  if (options.vocabulary !== false) writeVocabulary(out);
  const ds = namedNode(base);
  out.add(ds, RDF.type, out.sg('Dataset'));
  out.add(ds, RDF.type, DCAT.Dataset);
  out.add(ds, ID, stringLiteral(g.id));
  out.add(ds, DCTERMS.title, stringLiteral(g.title));
  if (g.description !== undefined) out.add(ds, DCTERMS.description, stringLiteral(g.description));
  out.add(ds, out.sg('schemaVersion'), numberLiteral(g.schemaVersion));
  const sources = [...g.sources].sort(byId);
  for (const s of sources) writeSource(out, base, s);
  const ctx = new AnnotationContext(base, new Map(sources.map((s) => [s.id, s])));
  writeNodes(out, ctx, graph);
  writeRelations(out, ctx, graph);
}
