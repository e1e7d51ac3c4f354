// parseXml(): the tokenizer's tokens as a light element tree (local names, decoded values), with located errors.
import type { Issue } from '../../graph/index.ts';
import { lineColumn, XmlSyntaxError } from './error.ts';
import { XML_TOKEN, XmlTokenizer } from './tokenizer.ts';

/** An element: its local name (namespace prefix removed), attributes, child elements and text. */
export interface XmlElement {
  readonly name: string;
  /** Flat [local name, decoded value, ...]; namespace declarations (xmlns) are left out. */
  readonly attributes: readonly string[];
  children: readonly XmlElement[];
  /** The element's own text and CDATA, concatenated (not its descendants'). */
  text: string;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; issue: Issue };

/** An XML parser producing our element tree (the tokenizer's `parseXml`, or a reference in tests). */
export type XmlParse = (text: string, name: string) => XmlResult;

/** Shared by every element without children (replaced, never written to, when a child comes). */
const NO_CHILDREN: readonly XmlElement[] = [];

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/** Attributes by local name, without xmlns declarations (GEXF and GraphML readers match by local name). */
function localAttributes(attributes: string[]): string[] {
  let plain = true;
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i]!.indexOf(':') !== -1 || attributes[i] === 'xmlns') plain = false;
  }
  if (plain) return attributes;
  const out: string[] = [];
  for (let i = 0; i < attributes.length; i += 2) {
    const name = attributes[i]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    out.push(localName(name), attributes[i + 1]!);
  }
  return out;
}

/**
 * Parses XML text into a document element whose children hold the root element. Malformed or
 * truncated XML and DOCTYPE declarations give one located issue instead.
 */
export function parseXml(text: string, name: string): XmlResult {
  if (text.trim() === '') {
    return { ok: false, issue: { severity: 'error', code: 'empty', path: [], message: `${name} is empty` } };
  }
  const doc: XmlElement = { name: '#document', attributes: [], children: NO_CHILDREN, text: '' };
  const stack: XmlElement[] = [doc];
  let top = doc;
  const t = new XmlTokenizer(text);
  try {
    for (let kind = t.next(); kind !== XML_TOKEN.end; kind = t.next()) {
      if (kind === XML_TOKEN.open) {
        const el: XmlElement = {
          name: localName(t.name),
          attributes: localAttributes(t.attributes),
          children: NO_CHILDREN,
          text: '',
        };
        if (top.children === NO_CHILDREN) top.children = [el];
        else (top.children as XmlElement[]).push(el);
        stack.push(el);
        top = el;
      } else if (kind === XML_TOKEN.close) {
        stack.pop();
        top = stack[stack.length - 1]!;
      } else if (kind === XML_TOKEN.text || kind === XML_TOKEN.cdata) {
        top.text += t.value;
      }
    }
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    return { ok: false, issue: xmlIssue(e, text, name) };
  }
  return { ok: true, root: doc };
}

/** The located issue for a syntax error. */
export function xmlIssue(e: XmlSyntaxError, text: string, name: string): Issue {
  const { line, column } = lineColumn(text, e.offset);
  const message =
    e.code === 'xml-doctype'
      ? `${name}: ${e.message} (line ${line}, column ${column})`
      : `${name} is not well-formed XML at line ${line}, column ${column}: ${e.message}${e.truncated ? ' (the file may be truncated)' : ''}`;
  return { severity: 'error', code: e.code, path: [], message };
}

/** Child elements by local name. */
export function children(node: XmlElement, tag: string): XmlElement[] {
  return node.children.filter((c) => c.name === tag);
}

/** The first child element with this local name. */
export function child(node: XmlElement, tag: string): XmlElement | undefined {
  return node.children.find((c) => c.name === tag);
}

/** An attribute's decoded value, by local name. */
export function attr(node: XmlElement, name: string): string | undefined {
  const a = node.attributes;
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** The element's decoded text. */
export function text(node: XmlElement): string {
  return node.text;
}
