// Reads the JSON-LD we write (a flat @graph of node objects under one @context of prefixes) into triples.
// Hand-written: jsonld.js, the full processor, is promise-only and our importers are synchronous (the
// explorer's load worker and `convert` share them); the flat form needs only prefix expansion. Anything
// beyond it is refused, located, rather than misread. tests/unit/rdf.test.ts checks the triples against
// jsonld.js's own expansion.
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import { type Issue, type IssuePath, parseJson } from '../../graph/index.ts';
import type { QuadsResult } from './readTurtle.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

class FlatReader {
  readonly quads: Quad[] = [];
  readonly issues: Issue[] = [];
  constructor(
    private readonly name: string,
    private readonly prefixes: ReadonlyMap<string, string>,
  ) {}

  problem(path: IssuePath, message: string): void {
    if (this.issues.length < 50)
      this.issues.push({
        severity: 'error',
        code: 'jsonld-unsupported',
        path,
        message: `${this.name}: ${message}`,
      });
  }

  /** Expands a compact IRI (`sg:Node`) by the context; absolute IRIs pass through. */
  iri(value: string): string {
    const colon = value.indexOf(':');
    if (colon > 0 && !value.startsWith('//', colon + 1)) {
      const ns = this.prefixes.get(value.slice(0, colon));
      if (ns !== undefined) return ns + value.slice(colon + 1);
    }
    return value;
  }

  subject(id: string): Quad_Subject {
    return id.startsWith('_:') ? blankNode(id.slice(2)) : namedNode(this.iri(id));
  }

  object(value: unknown, path: IssuePath): Quad_Object | undefined {
    if (typeof value === 'string') return literal(value);
    if (typeof value === 'boolean') return literal(String(value), namedNode(`${XSD}boolean`));
    if (typeof value === 'number') {
      return Number.isInteger(value)
        ? literal(String(value), namedNode(`${XSD}integer`))
        : literal(String(value), namedNode(`${XSD}double`));
    }
    if (isRecord(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1)
      return this.subject(value['@id']);
    if (isRecord(value) && typeof value['@value'] === 'string') {
      const type = value['@type'];
      if (Object.keys(value).length === 1) return literal(value['@value']);
      if (typeof type === 'string' && Object.keys(value).length === 2)
        return literal(value['@value'], namedNode(this.iri(type)));
      const lang = value['@language'];
      if (typeof lang === 'string' && Object.keys(value).length === 2) return literal(value['@value'], lang);
    }
    this.problem(
      path,
      'a value this reader does not support (it reads the flat JSON-LD that `export --format jsonld` writes)',
    );
    return undefined;
  }

  node(obj: unknown, index: number): void {
    const path: IssuePath = ['@graph', index];
    if (!isRecord(obj) || typeof obj['@id'] !== 'string') {
      this.problem(path, 'each @graph entry must be an object with an @id');
      return;
    }
    const s = this.subject(obj['@id']);
    for (const [key, value] of Object.entries(obj)) {
      if (key === '@id') continue;
      const values = Array.isArray(value) ? value : [value];
      if (key === '@type') {
        values.forEach((t, i) => {
          if (typeof t === 'string') this.quads.push(quad(s, namedNode(RDF_TYPE), namedNode(this.iri(t))));
          else this.problem([...path, '@type', i], '@type must name a class');
        });
        continue;
      }
      if (key.startsWith('@')) {
        this.problem([...path, key], `the keyword ${key} is not supported here`);
        continue;
      }
      const p = namedNode(this.iri(key));
      values.forEach((v, i) => {
        const o = this.object(v, [...path, key, i]);
        if (o !== undefined) this.quads.push(quad(s, p, o));
      });
    }
  }
}

export function readJsonldQuads(text: string, name: string): QuadsResult {
  const parsed = parseJson(text, name);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const doc = parsed.value;
  if (!isRecord(doc) || !isRecord(doc['@context']) || !Array.isArray(doc['@graph'])) {
    const issue: Issue = {
      severity: 'error',
      code: 'jsonld-unsupported',
      path: [],
      message: `${name}: expected an object with an @context of prefixes and a @graph array, as \`export --format jsonld\` writes`,
    };
    return { ok: false, issues: [issue] };
  }
  const prefixes = new Map<string, string>();
  for (const [k, v] of Object.entries(doc['@context'])) if (typeof v === 'string') prefixes.set(k, v);
  const reader = new FlatReader(name, prefixes);
  doc['@graph'].forEach((obj, i) => {
    reader.node(obj, i);
  });
  return reader.issues.length > 0 ? { ok: false, issues: reader.issues } : { ok: true, quads: reader.quads };
}
