// JSON-LD: the same triples as the Turtle export, one JSON object per subject under an @context.
// Written directly rather than through jsonld.js: its API is promise-only and our exporters are
// synchronous functions (the Export menu and the CLI call them alike); a flat document with one
// fixed context needs no compaction algorithm. tests/unit/rdf.test.ts checks that jsonld.js expands it
// to exactly the triples of the Turtle export.
import type { StakeholderGraph } from '../graph/index.ts';
import { datasetBase, NS } from '../schema/rdfVocabulary.ts';
import { JSONLD_FORMAT } from './formats.ts';
import { writeDatasetQuads } from './rdf/datasetQuads.ts';
import { type NamedNode, type RdfObject, type Subject, XSD_STRING } from './rdf/terms.ts';
import { RDF } from './rdf/vocab.ts';
import type { Exporter, ExportFile } from './types.ts';

type JsonValue = string | { '@id': string } | { '@value': string; '@type': string };
type NodeObject = Record<string, JsonValue | JsonValue[] | string | string[]>;

/** The context of our JSON-LD: the well-known prefixes, and `node`, `rel`, `src` for the dataset's own. */
export function jsonldContext(datasetId: string): Record<string, string> {
  const base = datasetBase(datasetId);
  return { ...NS, node: `${base}node/`, rel: `${base}relation/`, src: `${base}source/` };
}

/** Shortens IRIs by the context's prefixes (the longest matching namespace wins). */
function compactor(context: Record<string, string>): (iri: string) => string {
  const entries = Object.entries(context).sort((a, b) => b[1].length - a[1].length);
  const byNamespace = new Map(entries.map(([prefix, ns]) => [ns, prefix]));
  return (iri) => {
    // Most IRIs are a namespace up to their last `/` or `#` and a local name: one lookup finds it, and
    // it is the longest namespace that matches.
    const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    const prefix = cut > 0 && cut < iri.length ? byNamespace.get(iri.slice(0, cut)) : undefined;
    if (prefix !== undefined) return `${prefix}:${iri.slice(cut)}`;
    for (const [prefix, ns] of entries) {
      // A compact IRI's suffix must not look like `//...` (it would read as an absolute IRI).
      if (iri.startsWith(ns) && iri.length > ns.length && !iri.startsWith('//', ns.length))
        return `${prefix}:${iri.slice(ns.length)}`;
    }
    return iri;
  };
}

function subjectId(term: Subject, compact: (iri: string) => string): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : compact(term.value);
}

function objectValue(o: RdfObject, compact: (iri: string) => string): JsonValue {
  if (o.termType === 'Literal') {
    return o.datatype === XSD_STRING ? o.value : { '@value': o.value, '@type': compact(o.datatype) };
  }
  return { '@id': subjectId(o, compact) };
}

export function writeJsonld(graph: StakeholderGraph): string {
  const context = jsonldContext(graph.getAttribute('id'));
  const compact = compactor(context);
  const lines: string[] = [];
  let current: NodeObject | undefined;
  let currentSubject: Subject | undefined;
  const flush = (): void => {
    if (current !== undefined) lines.push(JSON.stringify(current));
  };
  const addTo = (obj: NodeObject, key: string, value: JsonValue): void => {
    const had = obj[key];
    if (had === undefined) obj[key] = value;
    else if (Array.isArray(had)) (had as JsonValue[]).push(value);
    else obj[key] = [had as JsonValue, value];
  };
  // Predicates and classes repeat: their compact forms are kept by term.
  const keys = new Map<NamedNode, string>();
  const key = (p: NamedNode): string => {
    let k = keys.get(p);
    if (k === undefined) {
      k = compact(p.value);
      if (keys.size < 4096) keys.set(p, k);
    }
    return k;
  };
  writeDatasetQuads(graph, (s, p, o) => {
    if (
      currentSubject === undefined ||
      s.value !== currentSubject.value ||
      s.termType !== currentSubject.termType
    ) {
      flush();
      currentSubject = s;
      current = { '@id': subjectId(s, compact) };
    }
    const obj = current!;
    if (p.value === RDF.type.value && o.termType === 'NamedNode') {
      const types = (obj['@type'] as string[] | undefined) ?? [];
      types.push(key(o));
      obj['@type'] = types;
    } else addTo(obj, key(p), objectValue(o, compact));
  });
  flush();
  return `{\n"@context": ${JSON.stringify(context, null, 1)},\n"@graph": [\n${lines.join(',\n')}\n]}\n`;
}

export const jsonldExporter: Exporter = {
  ...JSONLD_FORMAT,
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.jsonld`;
    return [{ name, mediaType: 'application/ld+json', content: writeJsonld(graph) }];
  },
};
