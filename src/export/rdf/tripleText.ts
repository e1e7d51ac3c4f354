// Triples as Turtle or N-Triples text. Hand-written rather than n3's Writer: n3 takes quads of its own
// terms and matches each IRI against one regular expression of every prefix, which made our Turtle
// export many times slower than our JSON. The output is the same text n3's Writer gives for our
// triples (same escapes, prefixed names, `a` and number abbreviations), without its per-quad work,
// except that a statement ends in ` .`: Virtuoso 7.2 reads `sg:schemaVersion 1.` as the decimal `1.`.
import { type Literal, type NamedNode, type RdfObject, type Subject, XSD_STRING } from './terms.ts';
import { RDF } from './vocab.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const [BOOLEAN, INTEGER, DECIMAL, DOUBLE] = ['boolean', 'integer', 'decimal', 'double'].map((t) => XSD + t);

// Characters to escape, as n3 writes them: Turtle also escapes characters outside the BMP as \U.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped.
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped.
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
// Canonical N-Triples: U+0000-U+001F, `"`, `\`, U+007F, U+FFFE and U+FFFF.
const CANONICAL = /[^ !#-[\]-~\u0080-\uFFFD]/;
const CANONICAL_ALL = /[^ !#-[\]-~\u0080-\uFFFD]/g;
const SHORT: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\b': '\\b',
  '\f': '\\f',
};
/**
 * The local part of a prefixed name we write (a safe subset of Turtle's PN_LOCAL, as n3 uses), matched
 * from `lastIndex` on. It holds no character that needs escaping, so a match needs no escape check.
 */
const LOCAL = /[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/y;

function turtleEscape(c: string): string {
  const short = SHORT[c];
  if (short !== undefined) return short;
  if (c.length === 1) return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const code = (c.charCodeAt(0) - 0xd800) * 0x400 + c.charCodeAt(1) + 0x2400;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

function canonicalEscape(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const END = ' .\n';

export type TripleFormat = 'turtle' | 'n-triples';

/** Appends triples as text; `take()` returns what was written since the last take. */
export class TripleText {
  /** The text of the statements so far, one piece per triple, joined now and then into `chunks`. */
  private pieces: string[] = [];
  private chunks: string[] = [];
  private subject: Subject | undefined;
  private predicate: NamedNode | undefined;
  private readonly turtle: boolean;
  /** The namespace IRIs and their `prefix:`, looked up by the IRI up to its last `/` or `#`. */
  private readonly namespaces: string[] = [];
  private readonly prefixes: string[] = [];
  /** Encoded predicates and classes, which repeat (keyed by the shared term objects). */
  private readonly encoded = new Map<NamedNode, string>();

  constructor(format: TripleFormat, prefixes: Readonly<Record<string, string>> = {}) {
    this.turtle = format === 'turtle';
    if (!this.turtle) return;
    for (const [prefix, iri] of Object.entries(prefixes)) {
      this.namespaces.push(iri);
      this.prefixes.push(`${prefix}:`);
      this.write(`@prefix ${prefix}: <${iri}>.\n`);
    }
    if (this.prefixes.length > 0) this.write('\n');
  }

  add(s: Subject, p: NamedNode, o: RdfObject): void {
    if (!this.turtle) {
      this.write(`${this.subjectText(s)} ${this.cached(p)} ${this.objectText(o, p)} .\n`);
      return;
    }
    const last = this.subject;
    const sameSubject =
      last !== undefined && (s === last || (s.value === last.value && s.termType === last.termType));
    if (sameSubject && (p === this.predicate || p.value === this.predicate!.value)) {
      this.write(`, ${this.objectText(o, p)}`);
      return;
    }
    this.predicate = p;
    if (sameSubject) {
      this.write(`;\n    ${this.predicateText(p)} ${this.objectText(o, p)}`);
      return;
    }
    this.subject = s;
    this.write(
      `${last === undefined ? '' : END}${this.subjectText(s)} ${this.predicateText(p)} ${this.objectText(o, p)}`,
    );
  }

  /**
   * Keeps a piece. Appending each to one string with `+=` built a rope of millions of small strings
   * that lived until the end and made the garbage collector the main cost; joining every few
   * thousand pieces into a flat chunk lets the pieces die young.
   */
  private write(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= 4096) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  /** The text so far, ending the open statement (the next triple starts a new one). */
  take(): string {
    if (this.subject !== undefined) this.write(END);
    this.subject = undefined;
    this.predicate = undefined;
    this.chunks.push(this.pieces.join(''));
    const text = this.chunks.join('');
    this.pieces = [];
    this.chunks = [];
    return text;
  }

  /** The last subject written and its text (N-Triples writes it on every line). */
  private lastSubject: Subject | undefined;
  private lastSubjectText = '';

  private subjectText(s: Subject): string {
    if (s !== this.lastSubject) {
      this.lastSubject = s;
      this.lastSubjectText = s.termType === 'BlankNode' ? `_:${s.value}` : this.iri(s.value);
    }
    return this.lastSubjectText;
  }

  private predicateText(p: NamedNode): string {
    return p === RDF.type || p.value === RDF.type.value ? 'a' : this.cached(p);
  }

  private cached(p: NamedNode): string {
    let text = this.encoded.get(p);
    if (text === undefined) {
      text = this.iri(p.value);
      if (this.encoded.size < 4096) this.encoded.set(p, text);
    }
    return text;
  }

  private objectText(o: RdfObject, p: NamedNode): string {
    if (o.termType === 'Literal') return this.literal(o);
    if (o.termType === 'BlankNode') return `_:${o.value}`;
    return p === RDF.type ? this.cached(o) : this.iri(o.value);
  }

  private iri(value: string): string {
    let iri = value;
    if (this.turtle) {
      const prefixed = this.prefixed(value);
      if (prefixed !== undefined) return prefixed;
      if (ESCAPE.test(iri)) iri = iri.replace(ESCAPE_ALL, turtleEscape);
    } else if (CANONICAL.test(iri)) iri = iri.replace(CANONICAL_ALL, canonicalEscape);
    return `<${iri}>`;
  }

  /** `prefix:local` when the IRI is a declared namespace and a local name (compared in place, no slicing). */
  private prefixed(iri: string): string | undefined {
    const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    if (cut === 0) return undefined;
    for (let i = 0; i < this.namespaces.length; i++) {
      const ns = this.namespaces[i]!;
      if (ns.length !== cut || !iri.startsWith(ns)) continue;
      LOCAL.lastIndex = cut;
      return LOCAL.test(iri) ? this.prefixes[i] + iri.slice(cut) : undefined;
    }
    return undefined;
  }

  private literal(l: Literal): string {
    let value = l.value;
    if (this.turtle) {
      if (ESCAPE.test(value)) value = value.replace(ESCAPE_ALL, turtleEscape);
      if (l.datatype === XSD_STRING) return `"${value}"`;
      if (bare(l.datatype, value)) return value;
    } else {
      if (CANONICAL.test(value)) value = value.replace(CANONICAL_ALL, canonicalEscape);
      if (l.datatype === XSD_STRING) return `"${value}"`;
    }
    return `"${value}"^^${this.iri(l.datatype)}`;
  }
}

/** Whether Turtle writes this typed value without quotes and datatype (as n3 does). */
function bare(datatype: string, value: string): boolean {
  switch (datatype) {
    case BOOLEAN:
      return value === 'true' || value === 'false';
    case INTEGER:
      return /^[+-]?\d+$/.test(value);
    case DECIMAL:
      return /^[+-]?\d*\.\d+$/.test(value);
    case DOUBLE:
      return /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(value);
    default:
      return false;
  }
}
