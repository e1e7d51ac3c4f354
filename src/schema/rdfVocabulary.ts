// The RDF vocabulary of our exports: namespaces, our own terms, and the established terms they map to.
// Shared by the Turtle and JSON-LD writers (src/export/rdf) and the reader that brings them back
// (src/import/rdf), so it lives below both; plain constants, free of zod like the kind registries.
import { NODE_KINDS, type NodeKind } from './nodeKinds.ts';
import { RELATION_KINDS, type RelationKind } from './relationKinds.ts';

/** Our vocabulary. Stable: changing it breaks every saved query; see docs/rdf.md. */
export const SG = 'https://stakeholder-graph.org/ns#';

export const NS = {
  sg: SG,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  schema: 'https://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  oa: 'http://www.w3.org/ns/oa#',
  prov: 'http://www.w3.org/ns/prov#',
  dcat: 'http://www.w3.org/ns/dcat#',
} as const;

/** Where a dataset's own resources live: nodes at BASE+id, relations at BASE+relation/id, and so on. */
export function datasetBase(datasetId: string): string {
  return `https://stakeholder-graph.org/id/${datasetId}/`;
}

/** `police-force` -> `PoliceForce`: node kinds are classes, named as classes usually are. */
export function kindClassName(kind: NodeKind): string {
  return kind.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** The established class each node kind also gets (and is declared a subclass of), where one fits. */
export const KIND_CLASS_MAPPING: Readonly<Record<NodeKind, string | undefined>> = {
  'government-body': `${NS.schema}GovernmentOrganization`,
  role: `${NS.org}Post`,
  person: `${NS.schema}Person`,
  'police-force': `${NS.schema}GovernmentOrganization`,
  'law-enforcement-agency': `${NS.schema}GovernmentOrganization`,
  'policing-body': `${NS.schema}GovernmentOrganization`,
  taskforce: `${NS.schema}Organization`,
  charity: `${NS.schema}NGO`,
  legislation: `${NS.schema}Legislation`,
  group: `${NS.foaf}Group`,
  jurisdiction: `${NS.schema}AdministrativeArea`,
  place: `${NS.schema}Place`,
  event: `${NS.schema}Event`,
  organisation: `${NS.schema}Organization`,
  other: undefined,
};

/** Established properties a relation kind specialises (rdfs:subPropertyOf) or inverts (owl:inverseOf). */
export const RELATION_MAPPING: Readonly<Partial<Record<RelationKind, { sub?: string; inverse?: string }>>> = {
  funds: { inverse: `${NS.schema}funder` },
  'member-of': { sub: `${NS.org}memberOf` },
  'holds-role': { sub: `${NS.org}holds` },
  heads: { sub: `${NS.org}headOf` },
  'part-of': { sub: `${NS.dcterms}isPartOf` },
  'related-to': { sub: `${NS.rdfs}seeAlso` },
};

const KIND_BY_CLASS = new Map<string, NodeKind>(
  (Object.keys(NODE_KINDS) as NodeKind[]).map((k) => [`${SG}${kindClassName(k)}`, k]),
);

/** The node kind named by one of our class IRIs, if it is one. */
export function kindOfClass(iri: string): NodeKind | undefined {
  return KIND_BY_CLASS.get(iri);
}

/** The relation kind named by one of our property IRIs, if it is one. */
export function relationOfProperty(iri: string): RelationKind | undefined {
  if (!iri.startsWith(SG)) return undefined;
  const local = iri.slice(SG.length);
  return Object.hasOwn(RELATION_KINDS, local) ? (local as RelationKind) : undefined;
}

/** Our classes and properties other than node and relation kinds, with the comment each is declared with. */
export const TERMS = {
  classes: {
    Dataset: 'A Stakeholder Graph dataset: its nodes, relations and sources.',
    Node: 'A stakeholder: a body, person, role, law, place or event.',
    Relation:
      'A relation between two nodes, as a resource carrying what the direct triple cannot: detail, dates, evidence, claims.',
    Document: 'A source whose full text we store; quotes are located in it.',
    Reference: 'A source cited by its web address.',
    Figure: 'A counted quantity about a node (arrests, victims safeguarded), with its date or period.',
    Claim: 'A fact as one source claims it, with its status against what other sources say.',
    Attribute: 'A free, typed key and value carried over from an imported file.',
    ClaimStatus: 'How a claim compares with the record.',
    Basis: 'Whether a source states a fact or the fact is inferred from it.',
    Stance: 'Whether an evidence item supports or contradicts what it is attached to.',
  },
  properties: {
    kind: 'The relation kind of a relation resource (also its rdf:predicate).',
    relation: 'Links a node to the relation resources it is the subject of.',
    detail: 'Words that complete the relation sentence.',
    start: 'Start of a period (inclusive), as a partial date.',
    end: 'End of a period: exclusive when given to the day, else covering its month or year.',
    on: 'The date of a single event.',
    weight: 'A numeric cost of following a relation in weighted path queries.',
    x: 'Layout position, horizontal.',
    y: 'Layout position, vertical.',
    figure: 'A figure about a node.',
    measure: 'What a figure counts, as a kebab-case id.',
    qualifier: 'How exact a figure is: exact, more-than, at-least, about, up-to.',
    unit: 'The unit a figure is counted in.',
    claim: 'The claim a record or figure carries.',
    claimedBy: 'The source that makes a claim.',
    status: 'The status of a claim.',
    basis: 'Whether the evidence states the fact or it is inferred.',
    stance: 'The stance an evidence item declares explicitly (absent: it supports).',
    order: 'Position in its list (evidence of one record, figures of one node), from 0.',
    aliases: 'The aliases of a node as an ordered list (each is also a skos:altLabel).',
    quote: 'The quote as written in the dataset, when it differs from the located text (oa:exact).',
    text: 'The full text of a stored document.',
    file: 'For a document whose text is kept beside the dataset: its path, relative to the dataset file.',
    isStated: 'True when at least one evidence item states the relation (derived).',
    attribute: 'A free, typed attribute.',
    key: 'The key of an attribute.',
    schemaVersion: 'The version of the dataset format.',
  },
  individuals: {
    stated: 'The source states the fact.',
    inferred: 'The fact is inferred from what the source says.',
    supports: 'The evidence supports the fact.',
    contradicts: 'The evidence contradicts the fact.',
    confirmed: 'Other sources confirm the claim.',
    disputed: 'Other sources dispute the claim.',
    overstated: 'The claim says more than other sources support.',
    superseded: 'Later sources supersede the claim.',
    unverified: 'No other source confirms the claim.',
    supporting: 'Motivation of an annotation whose target supports its body (skos:broader oa:assessing).',
    contradicting:
      'Motivation of an annotation whose target contradicts its body (skos:broader oa:assessing).',
  },
} as const;
