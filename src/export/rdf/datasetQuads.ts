// The graph as RDF triples: the one model both the Turtle and the JSON-LD writers serialise.
// Nodes, relations and sources in id order (deterministic output); each subject's triples together.
import { DataFactory, type NamedNode } from 'n3';
import type { StakeholderGraph } from '../../graph/index.ts';
import { type Attributes, type Dated, type Figure, RELATION_KINDS, type Source } from '../../schema/index.ts';
import { datasetBase, KIND_CLASS_MAPPING, kindClassName, NS, sg } from '../../schema/rdfVocabulary.ts';
import { sortedEdges, sortedNodes } from '../columns.ts';
import { AnnotationContext, writeAnnotations, writeClaim, writeDerivation } from './annotations.ts';
import { Emitter } from './emitter.ts';
import {
  booleanLiteral,
  countLiteral,
  dateLiteral,
  numberLiteral,
  type QuadSink,
  stringLiteral,
  urlTerm,
  valueLiteral,
} from './terms.ts';
import { writeVocabulary } from './vocabularyQuads.ts';

const { namedNode, blankNode } = DataFactory;
const RDF_TYPE = `${NS.rdf}type`;
const ID = `${NS.dcterms}identifier`;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function writeDates(out: Emitter, s: NamedNode, r: Dated): void {
  if (r.start !== undefined) out.add(s, sg('start'), dateLiteral(r.start));
  if (r.end !== undefined) out.add(s, sg('end'), dateLiteral(r.end));
  if (r.on !== undefined) out.add(s, sg('on'), dateLiteral(r.on));
}

function writeAttributes(out: Emitter, s: NamedNode, attributes: Attributes | undefined): void {
  if (attributes === undefined) return;
  const keys = Object.keys(attributes).sort();
  const nodes = keys.map((k) => namedNode(`${s.value}.attribute.${encodeURIComponent(k)}`));
  for (const n of nodes) out.add(s, sg('attribute'), n);
  keys.forEach((k, i) => {
    const n = nodes[i]!;
    out.add(n, RDF_TYPE, out.iri(sg('Attribute')));
    out.add(n, sg('key'), stringLiteral(k));
    out.add(n, `${NS.rdf}value`, valueLiteral(attributes[k]!));
  });
}

function writeSource(out: Emitter, base: string, s: Source): void {
  const node = namedNode(`${base}source/${s.id}`);
  out.add(node, RDF_TYPE, out.iri(sg(s.kind === 'document' ? 'Document' : 'Reference')));
  out.add(node, ID, stringLiteral(s.id));
  out.add(node, `${NS.dcterms}title`, stringLiteral(s.title));
  if (s.publisher !== undefined) out.add(node, `${NS.dcterms}publisher`, stringLiteral(s.publisher));
  if (s.author !== undefined) out.add(node, `${NS.dcterms}creator`, stringLiteral(s.author));
  if (s.date !== undefined) out.add(node, `${NS.dcterms}date`, dateLiteral(s.date));
  if (s.url !== undefined) out.add(node, `${NS.schema}url`, urlTerm(s.url));
  if (s.text !== undefined) out.add(node, sg('text'), stringLiteral(s.text));
  // A file path only matters when the text is not inline (a self-contained export drops it, as JSON does).
  else if (s.file !== undefined) out.add(node, sg('file'), stringLiteral(s.file));
  if (s.note !== undefined) out.add(node, `${NS.skos}note`, stringLiteral(s.note));
}

function writeFigure(out: Emitter, ctx: AnnotationContext, node: NamedNode, f: Figure, i: number): void {
  const fig = namedNode(`${node.value}.figure.${i}`);
  out.add(fig, RDF_TYPE, out.iri(sg('Figure')));
  out.add(fig, sg('order'), countLiteral(i));
  out.add(fig, sg('measure'), stringLiteral(f.measure));
  out.add(fig, `${NS.rdfs}label`, stringLiteral(f.label));
  out.add(fig, `${NS.rdf}value`, numberLiteral(f.value));
  if (f.qualifier !== undefined) out.add(fig, sg('qualifier'), stringLiteral(f.qualifier));
  if (f.unit !== undefined) out.add(fig, sg('unit'), stringLiteral(f.unit));
  writeDates(out, fig, f);
  writeDerivation(out, ctx, fig, f.evidence);
  writeClaim(out, ctx, fig, f.claim);
  writeAnnotations(out, ctx, fig, f.evidence);
}

function writeNodes(out: Emitter, ctx: AnnotationContext, graph: StakeholderGraph): void {
  const nodeIri = (id: string): NamedNode => namedNode(`${ctx.base}node/${id}`);
  for (const { id, record: r, x, y } of sortedNodes(graph)) {
    const node = nodeIri(id);
    out.add(node, RDF_TYPE, out.iri(sg('Node')));
    out.add(node, RDF_TYPE, out.iri(sg(kindClassName(r.type))));
    const mapped = KIND_CLASS_MAPPING[r.type];
    if (mapped !== undefined) out.add(node, RDF_TYPE, out.iri(mapped));
    out.add(node, ID, stringLiteral(id));
    out.add(node, `${NS.rdfs}label`, stringLiteral(r.label));
    for (const a of r.aliases ?? []) out.add(node, `${NS.skos}altLabel`, stringLiteral(a));
    if (r.aliases !== undefined) {
      // Aliases have an order (the first is the usual short name); skos:altLabel alone would lose it.
      const cells = r.aliases.map((_a, i) => blankNode(`aliases-${id}-${i}`));
      out.add(node, sg('aliases'), cells[0] ?? out.iri(`${NS.rdf}nil`));
      cells.forEach((cell, i) => {
        out.add(cell, `${NS.rdf}first`, stringLiteral(r.aliases![i]!));
        out.add(cell, `${NS.rdf}rest`, cells[i + 1] ?? out.iri(`${NS.rdf}nil`));
      });
    }
    if (r.description !== undefined) out.add(node, `${NS.dcterms}description`, stringLiteral(r.description));
    if (r.url !== undefined) out.add(node, `${NS.schema}url`, urlTerm(r.url));
    writeDates(out, node, r);
    out.add(node, sg('x'), numberLiteral(x));
    out.add(node, sg('y'), numberLiteral(y));
    // The direct triples, `:home-office sg:funds :grooming-gangs-taskforce`, for simple queries.
    const direct = new Set<string>();
    for (const e of graph.outEdges(id).sort()) {
      const kind = graph.getEdgeAttribute(e, 'kind');
      const to = graph.target(e);
      if (direct.has(`${kind} ${to}`)) continue;
      direct.add(`${kind} ${to}`);
      out.add(node, sg(kind), nodeIri(to));
    }
    writeDerivation(out, ctx, node, r.evidence);
    (r.figures ?? []).forEach((_f, i) => {
      out.add(node, sg('figure'), namedNode(`${node.value}.figure.${i}`));
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
    out.add(rel, RDF_TYPE, out.iri(sg('Relation')));
    out.add(rel, RDF_TYPE, out.iri(`${NS.rdf}Statement`));
    out.add(rel, ID, stringLiteral(id));
    out.add(rel, `${NS.rdf}subject`, namedNode(`${ctx.base}node/${source}`));
    out.add(rel, `${NS.rdf}predicate`, out.iri(sg(r.type)));
    out.add(rel, `${NS.rdf}object`, namedNode(`${ctx.base}node/${target}`));
    const sentence = `${graph.getNodeAttribute(source, 'label')} ${RELATION_KINDS[r.type].phrase} ${graph.getNodeAttribute(target, 'label')}`;
    out.add(
      rel,
      `${NS.rdfs}label`,
      stringLiteral(r.detail === undefined ? sentence : `${sentence} ${r.detail}`),
    );
    if (r.detail !== undefined) out.add(rel, sg('detail'), stringLiteral(r.detail));
    writeDates(out, rel, r);
    if (r.weight !== undefined) out.add(rel, sg('weight'), numberLiteral(r.weight));
    out.add(rel, sg('isStated'), booleanLiteral(graph.getEdgeAttribute(id, 'stated')));
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
export function writeDatasetQuads(graph: StakeholderGraph, sink: QuadSink, options: QuadOptions = {}): void {
  const out = new Emitter(sink);
  const g = graph.getAttributes();
  const base = datasetBase(g.id);
  if (options.vocabulary !== false) writeVocabulary(out);
  const ds = namedNode(base);
  out.add(ds, RDF_TYPE, out.iri(sg('Dataset')));
  out.add(ds, RDF_TYPE, out.iri(`${NS.dcat}Dataset`));
  out.add(ds, ID, stringLiteral(g.id));
  out.add(ds, `${NS.dcterms}title`, stringLiteral(g.title));
  if (g.description !== undefined) out.add(ds, `${NS.dcterms}description`, stringLiteral(g.description));
  out.add(ds, sg('schemaVersion'), numberLiteral(g.schemaVersion));
  const sources = [...g.sources].sort(byId);
  for (const s of sources) writeSource(out, base, s);
  const ctx = new AnnotationContext(base, new Map(sources.map((s) => [s.id, s])));
  writeNodes(out, ctx, graph);
  writeRelations(out, ctx, graph);
}
