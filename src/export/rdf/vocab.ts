// The established terms our triples use, as shared named nodes made once: building the IRI string of a
// predicate for every triple was a large share of writing a big graph.
import { NS } from '../../schema/rdfVocabulary.ts';
import { type NamedNode, namedNode } from './terms.ts';

function vocab<const L extends string>(ns: string, locals: readonly L[]): Readonly<Record<L, NamedNode>> {
  return Object.fromEntries(locals.map((l) => [l, namedNode(`${ns}${l}`)])) as Record<L, NamedNode>;
}

export const RDF = vocab(NS.rdf, [
  'type',
  'value',
  'first',
  'rest',
  'nil',
  'subject',
  'predicate',
  'object',
  'Statement',
  'Property',
]);
export const RDFS = vocab(NS.rdfs, ['label', 'comment', 'subClassOf', 'subPropertyOf', 'domain', 'range']);
export const OWL = vocab(NS.owl, ['Ontology', 'Class', 'ObjectProperty', 'SymmetricProperty', 'inverseOf']);
export const SKOS = vocab(NS.skos, ['note', 'altLabel', 'broader']);
export const DCTERMS = vocab(NS.dcterms, [
  'identifier',
  'title',
  'description',
  'publisher',
  'creator',
  'date',
]);
export const SCHEMA = vocab(NS.schema, ['url']);
export const PROV = vocab(NS.prov, ['wasDerivedFrom']);
export const DCAT = vocab(NS.dcat, ['Dataset']);
export const OA = vocab(NS.oa, [
  'Annotation',
  'Motivation',
  'assessing',
  'motivatedBy',
  'hasBody',
  'hasTarget',
  'hasSource',
  'hasSelector',
  'SpecificResource',
  'TextQuoteSelector',
  'TextPositionSelector',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
]);
