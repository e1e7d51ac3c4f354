// Our vocabulary declared in each export: every class and property with rdfs:label and rdfs:comment
// (from the node and relation kind registries), and its place among established terms.
import { DataFactory } from 'n3';
import {
  BASIS,
  NODE_KINDS,
  type NodeKind,
  RELATION_KINDS,
  type RelationKind,
  STANCE,
} from '../../schema/index.ts';
import {
  KIND_CLASS_MAPPING,
  kindClassName,
  NS,
  RELATION_MAPPING,
  SG,
  sg,
  TERMS,
} from '../../schema/rdfVocabulary.ts';
import type { Emitter } from './emitter.ts';
import { stringLiteral } from './terms.ts';

const { namedNode } = DataFactory;
const RDF_TYPE = `${NS.rdf}type`;
const LABEL = `${NS.rdfs}label`;
const COMMENT = `${NS.rdfs}comment`;

/** "claimedBy" -> "claimed by", "ClaimStatus" -> "claim status": a readable label for a term. */
function words(local: string): string {
  return local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function individualClass(local: string): string {
  if ((BASIS as readonly string[]).includes(local)) return 'Basis';
  if ((STANCE as readonly string[]).includes(local)) return 'Stance';
  return 'ClaimStatus';
}

export function writeVocabulary(out: Emitter): void {
  const ontology = namedNode(SG.replace(/#$/, ''));
  out.add(ontology, RDF_TYPE, out.iri(`${NS.owl}Ontology`));
  out.add(ontology, LABEL, stringLiteral('Stakeholder Graph vocabulary'));
  out.add(
    ontology,
    COMMENT,
    stringLiteral('Node kinds, relation kinds and the terms of evidence and claims.'),
  );
  for (const kind of Object.keys(NODE_KINDS) as NodeKind[]) {
    const c = out.iri(sg(kindClassName(kind)));
    out.add(c, RDF_TYPE, out.iri(`${NS.owl}Class`));
    out.add(c, LABEL, stringLiteral(NODE_KINDS[kind].label));
    out.add(c, COMMENT, stringLiteral(NODE_KINDS[kind].description));
    out.add(c, `${NS.rdfs}subClassOf`, out.iri(sg('Node')));
    const mapped = KIND_CLASS_MAPPING[kind];
    if (mapped !== undefined) out.add(c, `${NS.rdfs}subClassOf`, out.iri(mapped));
  }
  for (const kind of Object.keys(RELATION_KINDS) as RelationKind[]) {
    const info = RELATION_KINDS[kind];
    const p = out.iri(sg(kind));
    out.add(p, RDF_TYPE, out.iri(`${NS.owl}ObjectProperty`));
    if (info.symmetric) out.add(p, RDF_TYPE, out.iri(`${NS.owl}SymmetricProperty`));
    out.add(p, LABEL, stringLiteral(info.phrase));
    out.add(p, COMMENT, stringLiteral(info.description));
    out.add(p, `${NS.skos}altLabel`, stringLiteral(info.inverse));
    out.add(p, `${NS.rdfs}domain`, out.iri(sg('Node')));
    out.add(p, `${NS.rdfs}range`, out.iri(sg('Node')));
    const mapped = RELATION_MAPPING[kind];
    if (mapped?.sub !== undefined) out.add(p, `${NS.rdfs}subPropertyOf`, out.iri(mapped.sub));
    if (mapped?.inverse !== undefined) out.add(p, `${NS.owl}inverseOf`, out.iri(mapped.inverse));
  }
  for (const [local, comment] of Object.entries(TERMS.classes)) {
    const c = out.iri(sg(local));
    out.add(c, RDF_TYPE, out.iri(`${NS.owl}Class`));
    out.add(c, LABEL, stringLiteral(words(local)));
    out.add(c, COMMENT, stringLiteral(comment));
  }
  for (const [local, comment] of Object.entries(TERMS.properties)) {
    const p = out.iri(sg(local));
    out.add(p, RDF_TYPE, out.iri(`${NS.rdf}Property`));
    out.add(p, LABEL, stringLiteral(words(local)));
    out.add(p, COMMENT, stringLiteral(comment));
  }
  for (const [local, comment] of Object.entries(TERMS.individuals)) {
    const i = out.iri(sg(local));
    const motivation = local === 'supporting' || local === 'contradicting';
    out.add(i, RDF_TYPE, out.iri(motivation ? `${NS.oa}Motivation` : sg(individualClass(local))));
    if (motivation) out.add(i, `${NS.skos}broader`, out.iri(`${NS.oa}assessing`));
    out.add(i, LABEL, stringLiteral(local));
    out.add(i, COMMENT, stringLiteral(comment));
  }
}
