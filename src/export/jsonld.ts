// JSON-LD: the same triples as the Turtle export, one JSON object per subject under an @context.
// Written directly rather than through jsonld.js: its API is promise-only and our exporters are
// synchronous functions (the Export menu and the CLI call them alike); a flat document with one
// fixed context needs no compaction algorithm. tests/unit/rdf.test.ts checks that jsonld.js expands it
// to exactly the triples of the Turtle export.
import type { Quad, Quad_Object, Term } from 'n3';
import type { StakeholderGraph } from '../graph/index.ts';
import { datasetBase, NS } from '../schema/rdfVocabulary.ts';
import { writeDatasetQuads } from './rdf/datasetQuads.ts';
import type { Exporter, ExportFile } from './types.ts';

type JsonValue = string | { '@id': string } | { '@value': string; '@type': string };
type NodeObject = Record<string, JsonValue | JsonValue[] | string | string[]>;

const XSD_STRING = `${NS.xsd}string`;
const RDF_TYPE = `${NS.rdf}type`;

/** The context of our JSON-LD: the well-known prefixes, and `node`, `rel`, `src` for the dataset's own. */
export function jsonldContext(datasetId: string): Record<string, string> {
  const base = datasetBase(datasetId);
  return { ...NS, node: `${base}node/`, rel: `${base}relation/`, src: `${base}source/` };
}

/** Shortens IRIs by the context's prefixes (the longest matching namespace wins). */
function compactor(context: Record<string, string>): (iri: string) => string {
  const entries = Object.entries(context).sort((a, b) => b[1].length - a[1].length);
  return (iri) => {
    for (const [prefix, ns] of entries) {
      // A compact IRI's suffix must not look like `//...` (it would read as an absolute IRI).
      if (iri.startsWith(ns) && iri.length > ns.length && !iri.startsWith('//', ns.length))
        return `${prefix}:${iri.slice(ns.length)}`;
    }
    return iri;
  };
}

function subjectId(term: Term, compact: (iri: string) => string): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : compact(term.value);
}

function objectValue(o: Quad_Object, compact: (iri: string) => string): JsonValue {
  if (o.termType === 'Literal') {
    const type = o.datatype.value;
    return type === XSD_STRING ? o.value : { '@value': o.value, '@type': compact(type) };
  }
  return { '@id': subjectId(o, compact) };
}

export function writeJsonld(graph: StakeholderGraph): string {
  const context = jsonldContext(graph.getAttribute('id'));
  const compact = compactor(context);
  const lines: string[] = [];
  let current: NodeObject | undefined;
  let currentSubject: Term | undefined;
  const flush = (): void => {
    if (current !== undefined) lines.push(JSON.stringify(current));
  };
  const addTo = (obj: NodeObject, key: string, value: JsonValue): void => {
    const had = obj[key];
    if (had === undefined) obj[key] = value;
    else if (Array.isArray(had)) (had as JsonValue[]).push(value);
    else obj[key] = [had as JsonValue, value];
  };
  writeDatasetQuads(graph, (q: Quad) => {
    if (currentSubject === undefined || !q.subject.equals(currentSubject)) {
      flush();
      currentSubject = q.subject;
      current = { '@id': subjectId(q.subject, compact) };
    }
    const obj = current!;
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      const types = (obj['@type'] as string[] | undefined) ?? [];
      types.push(compact(q.object.value));
      obj['@type'] = types;
    } else addTo(obj, compact(q.predicate.value), objectValue(q.object, compact));
  });
  flush();
  return `{\n"@context": ${JSON.stringify(context, null, 1)},\n"@graph": [\n${lines.join(',\n')}\n]}\n`;
}

export const jsonldExporter: Exporter = {
  id: 'jsonld',
  label: 'RDF JSON-LD',
  extension: 'jsonld',
  description:
    'The Turtle export as JSON-LD: linked data in plain JSON, for web tools and JSON-LD processors.',
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.jsonld`;
    return [{ name, mediaType: 'application/ld+json', content: writeJsonld(graph) }];
  },
};
