// Our vocabulary declared in each export: every class and property with rdfs:label and rdfs:comment
// (from the node and relation kind registries), and its place among established terms.
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
  RELATION_MAPPING,
  SG,
  TERMS,
} from '../../schema/rdfVocabulary.ts';
import type { Emitter } from './emitter.ts';
import { namedNode, stringLiteral } from './terms.ts';
import { OA, OWL, RDF, RDFS, SKOS } from './vocab.ts';

const LABEL = RDFS.label;
const COMMENT = RDFS.comment;

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
  out.add(ontology, RDF.type, OWL.Ontology);
  out.add(ontology, LABEL, stringLiteral('Stakeholder Graph vocabulary'));
  out.add(
    ontology,
    COMMENT,
    stringLiteral('Node kinds, relation kinds and the terms of evidence and claims.'),
  );
  for (const kind of Object.keys(NODE_KINDS) as NodeKind[]) {
    const c = out.sg(kindClassName(kind));
    out.add(c, RDF.type, OWL.Class);
    out.add(c, LABEL, stringLiteral(NODE_KINDS[kind].label));
    out.add(c, COMMENT, stringLiteral(NODE_KINDS[kind].description));
    out.add(c, RDFS.subClassOf, out.sg('Node'));
    const mapped = KIND_CLASS_MAPPING[kind];
    if (mapped !== undefined) out.add(c, RDFS.subClassOf, out.iri(mapped));
  }
  for (const kind of Object.keys(RELATION_KINDS) as RelationKind[]) {
    const info = RELATION_KINDS[kind];
    const p = out.sg(kind);
    out.add(p, RDF.type, OWL.ObjectProperty);
    if (info.symmetric) out.add(p, RDF.type, OWL.SymmetricProperty);
    out.add(p, LABEL, stringLiteral(info.phrase));
    out.add(p, COMMENT, stringLiteral(info.description));
    out.add(p, SKOS.altLabel, stringLiteral(info.inverse));
    out.add(p, RDFS.domain, out.sg('Node'));
    out.add(p, RDFS.range, out.sg('Node'));
    const mapped = RELATION_MAPPING[kind];
    if (mapped?.sub !== undefined) out.add(p, RDFS.subPropertyOf, out.iri(mapped.sub));
    if (mapped?.inverse !== undefined) out.add(p, OWL.inverseOf, out.iri(mapped.inverse));
  }
  for (const [local, comment] of Object.entries(TERMS.classes)) {
    const c = out.sg(local);
    out.add(c, RDF.type, OWL.Class);
    out.add(c, LABEL, stringLiteral(words(local)));
    out.add(c, COMMENT, stringLiteral(comment));
  }
  for (const [local, comment] of Object.entries(TERMS.properties)) {
    const p = out.sg(local);
    out.add(p, RDF.type, RDF.Property);
    out.add(p, LABEL, stringLiteral(words(local)));
    out.add(p, COMMENT, stringLiteral(comment));
  }
  for (const [local, comment] of Object.entries(TERMS.individuals)) {
    const i = out.sg(local);
    const motivation = local === 'supporting' || local === 'contradicting';
    out.add(i, RDF.type, motivation ? OA.Motivation : out.sg(individualClass(local)));
    if (motivation) out.add(i, SKOS.broader, OA.assessing);
    out.add(i, LABEL, stringLiteral(local));
    out.add(i, COMMENT, stringLiteral(comment));
  }
}
