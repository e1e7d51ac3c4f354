// RDF terms for our values: typed literals for dates and numbers, IRIs for web addresses. Plain
// objects of our own rather than n3's terms: n3 keeps a literal as one `"value"^^<type>` string and
// parses it again on every read of its value or datatype, which dominated writing a large graph.
import { NS } from '../../schema/rdfVocabulary.ts';

export interface NamedNode {
  readonly termType: 'NamedNode';
  readonly value: string;
}
export interface BlankNode {
  readonly termType: 'BlankNode';
  readonly value: string;
}
export interface Literal {
  readonly termType: 'Literal';
  readonly value: string;
  /** The datatype IRI (xsd:string for plain strings). */
  readonly datatype: string;
}
export type Subject = NamedNode | BlankNode;
export type RdfObject = NamedNode | BlankNode | Literal;

/** Receives each triple in turn. */
export type TripleSink = (subject: Subject, predicate: NamedNode, object: RdfObject) => void;

export const namedNode = (value: string): NamedNode => ({ termType: 'NamedNode', value });
export const blankNode = (value: string): BlankNode => ({ termType: 'BlankNode', value });
const literal = (value: string, datatype: string): Literal => ({ termType: 'Literal', value, datatype });

export const XSD_STRING = `${NS.xsd}string`;
const XSD_INTEGER = `${NS.xsd}integer`;
const XSD_DECIMAL = `${NS.xsd}decimal`;
const XSD_BOOLEAN = `${NS.xsd}boolean`;
const XSD_NON_NEGATIVE = `${NS.xsd}nonNegativeInteger`;
const XSD_ANY_URI = `${NS.xsd}anyURI`;
const DATE_TYPES = [`${NS.xsd}gYear`, `${NS.xsd}gYearMonth`, `${NS.xsd}date`] as const;

/** A partial date typed by its precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
export function dateLiteral(date: string): Literal {
  const type = date.length === 4 ? DATE_TYPES[0] : date.length === 7 ? DATE_TYPES[1] : DATE_TYPES[2];
  return literal(date, type);
}

/** JavaScript's shortest decimal form of a number, without an exponent ("1e-7" -> "0.0000001"). */
function plainDecimal(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (m === null) return text;
  const [, sign, whole, frac = '', exp] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  const digits = whole + frac;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Whole numbers as xsd:integer, others as xsd:decimal in JavaScript's shortest form, which reads back
 * to the same number. Not xsd:double: JSON-LD processors rewrite doubles to 15 significant digits.
 */
export function numberLiteral(value: number): Literal {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return literal(String(value), XSD_INTEGER);
  if (Object.is(value, -0)) return literal('-0.0', XSD_DECIMAL);
  const text = plainDecimal(value);
  return literal(text.includes('.') ? text : `${text}.0`, XSD_DECIMAL);
}

export const countLiteral = (value: number): Literal => literal(String(value), XSD_NON_NEGATIVE);

export const booleanLiteral = (value: boolean): Literal => literal(String(value), XSD_BOOLEAN);

export const stringLiteral = (value: string): Literal => literal(value, XSD_STRING);

/** Characters an IRI may not hold (RFC 3987 and Turtle's IRIREF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what makes an IRI invalid.
const NOT_IRI = /[\x00-\x20<>"{}|\\^`]/;

/** A web address as an IRI, or as an xsd:anyURI literal when it holds characters an IRI may not. */
export function urlTerm(url: string): RdfObject {
  return NOT_IRI.test(url) ? literal(url, XSD_ANY_URI) : namedNode(url);
}

/** A typed attribute value. */
export function valueLiteral(value: string | number | boolean): Literal {
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'boolean') return booleanLiteral(value);
  return stringLiteral(value);
}
