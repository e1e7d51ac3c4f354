// Triples indexed by subject and predicate, with typed getters: what reading our RDF back needs.
import type { Quad, Quad_Object, Term } from 'n3';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** A subject's key: its IRI, or `_:label` for a blank node (which cannot clash with an IRI). */
export const termKey = (t: Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

export class TripleIndex {
  private readonly bySubject = new Map<string, Map<string, Quad_Object[]>>();
  private readonly byType = new Map<string, string[]>();
  private readonly byObject = new Map<string, Map<string, string[]>>();

  constructor(quads: readonly Quad[], reverse: readonly string[]) {
    const reversed = new Set(reverse);
    for (const q of quads) {
      const s = termKey(q.subject);
      let props = this.bySubject.get(s);
      if (props === undefined) {
        props = new Map();
        this.bySubject.set(s, props);
      }
      const p = q.predicate.value;
      const list = props.get(p);
      if (list === undefined) props.set(p, [q.object]);
      else list.push(q.object);
      if (p === RDF_TYPE) {
        const of = this.byType.get(q.object.value);
        if (of === undefined) this.byType.set(q.object.value, [s]);
        else of.push(s);
      }
      if (reversed.has(p)) {
        let m = this.byObject.get(p);
        if (m === undefined) {
          m = new Map();
          this.byObject.set(p, m);
        }
        const o = termKey(q.object);
        const subjects = m.get(o);
        if (subjects === undefined) m.set(o, [s]);
        else subjects.push(s);
      }
    }
  }

  /** Subjects with the type, each once, in the order first seen. */
  ofType(type: string): string[] {
    return [...new Set(this.byType.get(type) ?? [])];
  }

  /** Subjects that have `object` as value of `predicate` (only for predicates indexed in reverse). */
  subjectsOf(predicate: string, object: string): string[] {
    return [...new Set(this.byObject.get(predicate)?.get(object) ?? [])];
  }

  all(s: string, p: string): Quad_Object[] {
    return this.bySubject.get(s)?.get(p) ?? [];
  }

  one(s: string, p: string): Quad_Object | undefined {
    return this.bySubject.get(s)?.get(p)?.[0];
  }

  types(s: string): string[] {
    return this.all(s, RDF_TYPE).map((t) => t.value);
  }

  /** A literal's text (or an IRI's, for web addresses written as IRIs). */
  text(s: string, p: string): string | undefined {
    return this.one(s, p)?.value;
  }

  number(s: string, p: string): number | undefined {
    const o = this.one(s, p);
    return o?.termType === 'Literal' ? Number(o.value) : undefined;
  }

  /** A typed literal back to its JavaScript value: numbers and booleans by datatype, else the text. */
  value(s: string, p: string): string | number | boolean | undefined {
    const o = this.one(s, p);
    if (o === undefined) return undefined;
    if (o.termType !== 'Literal') return o.value;
    const type = o.datatype.value.replace('http://www.w3.org/2001/XMLSchema#', '');
    if (type === 'boolean') return o.value === 'true' || o.value === '1';
    if (['integer', 'decimal', 'double', 'float', 'int', 'long', 'nonNegativeInteger'].includes(type))
      return Number(o.value);
    return o.value;
  }

  /** The local name of an IRI value in a namespace (`sg:stated` -> `stated`). */
  local(s: string, p: string, ns: string): string | undefined {
    const o = this.one(s, p);
    return o?.termType === 'NamedNode' && o.value.startsWith(ns) ? o.value.slice(ns.length) : undefined;
  }

  /** The items of an RDF list, following rdf:first / rdf:rest (bounded, so a cycle cannot hang). */
  list(head: Quad_Object | undefined): Quad_Object[] {
    const out: Quad_Object[] = [];
    const nil = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#nil';
    let cell = head;
    while (cell !== undefined && cell.value !== nil && out.length <= this.bySubject.size) {
      const key = termKey(cell);
      const first = this.one(key, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#first');
      if (first === undefined) break;
      out.push(first);
      cell = this.one(key, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#rest');
    }
    return out;
  }
}
