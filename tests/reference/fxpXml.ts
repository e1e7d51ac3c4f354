// Reference (fast-xml-parser, as imported before the hand-written tokenizer; tests only). Safe XML parsing without a DOM: well-formedness checked and located, DOCTYPE/ENTITY refused, entities decoded once.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Issue } from '../../src/graph/index.ts';

export type XmlNode = Record<string, unknown>;
export type XmlResult = { ok: true; root: XmlNode } | { ok: false; issue: Issue };

const error = (code: string, message: string): XmlResult => ({
  ok: false,
  issue: { severity: 'error', code, path: [], message },
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  alwaysCreateTextNode: true,
  isArray: (name) =>
    [
      'node',
      'edge',
      'attribute',
      'attributes',
      'attvalue',
      'data',
      'key',
      'graph',
      'nodes',
      'edges',
    ].includes(name),
});

export function parseXml(text: string, name: string): XmlResult {
  if (text.trim() === '') return error('empty', `${name} is empty`);
  // No DOCTYPE means no entity definitions, so nothing can expand (billion laughs) or reach outside.
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    return error(
      'xml-doctype',
      `${name}: DOCTYPE and ENTITY declarations are not accepted (entity expansion is refused for safety); remove the <!${doctype[1]} ...> declaration`,
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const truncated = /closed|end|Unclosed|unclosed/.test(msg) ? ' (the file may be truncated)' : '';
    return error(
      'malformed-xml',
      `${name} is not well-formed XML at line ${line}, column ${col}: ${msg}${truncated}`,
    );
  }
  try {
    return { ok: true, root: parser.parse(text) as XmlNode };
  } catch (e) {
    return error(
      'malformed-xml',
      `${name} cannot be read as XML: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** Child elements by name (always a list). */
export function children(node: unknown, tag: string): XmlNode[] {
  if (node === null || typeof node !== 'object') return [];
  const value = (node as XmlNode)[tag];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (v): v is XmlNode => v !== null && typeof v === 'object',
  );
}

/** An attribute's decoded value. */
export function attr(node: XmlNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? decodeXmlEntities(v) : undefined;
}

/** The element's decoded text. */
export function text(node: XmlNode): string {
  const v = node['#text'];
  return typeof v === 'string' ? decodeXmlEntities(v) : '';
}

/** A typed value from an attribute declared as integer, double, boolean... (GEXF and GraphML types). */
export function typedValue(raw: string, type: string | undefined): string | number | boolean {
  const t = (type ?? 'string').toLowerCase();
  if (['integer', 'int', 'long', 'float', 'double', 'short', 'byte'].includes(t)) {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (t === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
  }
  return raw;
}
