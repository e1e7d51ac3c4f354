// Reference XML parser for tests: fast-xml-parser, as the importers used it before the hand-written
// tokenizer, turned into the same element tree so that the importers can run on either parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { XmlElement, XmlResult } from '../../src/import/index.ts';

type XmlNode = Record<string, unknown>;

const error = (code: string, message: string): XmlResult => ({
  ok: false,
  issue: { severity: 'error', code, path: [], message },
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references, in one pass (so `&amp;lt;` stays `&lt;`). */
function decodeXmlEntities(text: string): string {
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

export function parseXmlReference(text: string, name: string): XmlResult {
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
    return { ok: true, root: toElement('#document', parser.parse(text) as XmlNode) };
  } catch (e) {
    return error(
      'malformed-xml',
      `${name} cannot be read as XML: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** fast-xml-parser's object for one element as our element tree (children grouped by name, as the importers read them). */
function toElement(name: string, node: XmlNode): XmlElement {
  const attributes: string[] = [];
  const children: XmlElement[] = [];
  let text = '';
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_')) {
      if (key !== '@_xmlns' && typeof value === 'string')
        attributes.push(key.slice(2), decodeXmlEntities(value));
    } else if (key === '#text') {
      if (typeof value === 'string') text = decodeXmlEntities(value);
    } else {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && typeof item === 'object') children.push(toElement(key, item as XmlNode));
      }
    }
  }
  return { name, attributes, children, text };
}
