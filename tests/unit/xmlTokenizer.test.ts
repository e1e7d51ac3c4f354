import { describe, expect, it } from 'vitest';
import { parseXml, XML_TOKEN, XmlTokenizer } from '../../src/import/index.ts';
import { attr, children } from '../../src/import/xml/index.ts';

/** Every token as a short string (with `reuse`, read from the tokenizer's one attribute array). */
function tokens(text: string, reuse = false): string[] {
  const t = new XmlTokenizer(text);
  t.reuseAttributes = reuse;
  const out: string[] = [];
  for (let k = t.next(); k !== XML_TOKEN.end; k = t.next()) {
    if (k === XML_TOKEN.open)
      out.push(
        `<${t.name}${t.attributes
          .slice(0, t.attributeCount)
          .map((v, i) => (i % 2 ? `="${v}"` : ` ${v}`))
          .join('')}${t.selfClosing ? '/' : ''}>`,
      );
    else if (k === XML_TOKEN.close) out.push(`</${t.name}>`);
    else if (k === XML_TOKEN.text) out.push(`text:${t.value}`);
    else if (k === XML_TOKEN.cdata) out.push(`cdata:${t.value}`);
    else if (k === XML_TOKEN.comment) out.push(`comment:${t.value}`);
    else out.push(`pi:${t.name}:${t.value}`);
  }
  return out;
}

const error = (text: string): string => {
  const r = parseXml(text, 'f.xml');
  return r.ok ? 'ok' : `${r.issue.code}: ${r.issue.message}`;
};

describe('XML tokenizer', () => {
  it('gives elements, attributes, text, CDATA, comments and processing instructions in order', () => {
    expect(
      tokens(
        `\ufeff<?xml version="1.0"?>\n<!-- c --><a x="1" y='&quot;2&quot;'>t &amp; u<![CDATA[<b>&amp;</b>]]><b/><?pi data?></a>\n`,
      ),
    ).toEqual([
      'pi:xml:version="1.0"',
      'comment: c ',
      '<a x="1" y=""2"">',
      'text:t & u',
      'cdata:<b>&amp;</b>',
      '<b/>',
      '</b>',
      'pi:pi:data',
      '</a>',
    ]);
  });

  it('decodes references once, normalises literal line ends and keeps referenced ones', () => {
    expect(tokens('<a v="&amp;lt;&#65;&#x42;\r\nx&#13;">1\r2\r\n3</a>')).toEqual([
      '<a v="&lt;AB\nx\r">',
      'text:1\n2\n3',
      '</a>',
    ]);
  });

  it('removes namespace prefixes in the element tree, keeping local names and dropping xmlns', () => {
    const r = parseXml(
      '<g:gexf xmlns:g="u" xmlns="v" xmlns:viz="w"><viz:position viz:x="1" y="2"/></g:gexf>',
      'f',
    );
    if (!r.ok) throw new Error(r.issue.message);
    const root = children(r.root, 'gexf')[0]!;
    expect(root.attributes).toEqual([]);
    const position = children(root, 'position')[0]!;
    expect([attr(position, 'x'), attr(position, 'y')]).toEqual(['1', '2']);
  });

  it('reads any nesting depth without recursion', () => {
    const depth = 200_000;
    const r = parseXml(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`, 'deep.xml');
    expect(r.ok).toBe(true);
    expect(error(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth - 1)}`)).toMatch(/truncated/);
  });

  it('reports malformed XML with its line and column', () => {
    expect(error('<a>\n  <b></c>\n</a>')).toBe(
      'malformed-xml: f.xml is not well-formed XML at line 2, column 6: closing tag </c> does not match the open element <b>',
    );
    expect(error('<a x="1" x="2"/>')).toMatch(/line 1, column 10: attribute "x" is repeated in <a>/);
    expect(error('<a x=1/>')).toMatch(/column 6: the value of attribute "x" in <a> must be quoted/);
    expect(error('<a x="1"y="2"/>')).toMatch(/column 9: expected a space before the attribute/);
    expect(error('<a x="<"/>')).toMatch(/column 7: "<" is not allowed in an attribute value/);
    expect(error('<a>\nAT&T</a>')).toMatch(/line 2, column 3: "&" must start a reference/);
    expect(error('<a>&nbsp;</a>')).toMatch(/column 4: undefined entity "&nbsp;"/);
    expect(error('<a>&#0;</a>')).toMatch(/"&#0;" is not a character XML allows/);
    expect(error('<a/><b/>')).toMatch(/column 5: a second root element <b>/);
    expect(error('<a/>x')).toMatch(/column 5: text after the root element/);
    expect(error('<a>]]></a>')).toMatch(/"\]\]>" is not allowed in text/);
    expect(error('<a/>\n<?xml version="1.0"?>')).toMatch(/line 2, column 1: the XML declaration/);
    expect(error('<!foo>')).toMatch(/unexpected "<!"/);
    expect(error('<a>< b/></a>')).toMatch(/column 5: expected an element name, found " "/);
  });

  it('says where a truncated file ends, in a tag, a value, a comment, CDATA or an open element', () => {
    for (const cut of [
      '<a><b x="1"',
      '<a><b x="1',
      '<a><!-- c',
      '<a><![CDATA[x',
      '<a><b>',
      '<a><b',
      '<a></a',
      '',
    ]) {
      const message = error(`<?xml version="1.0"?>\n${cut}`);
      expect(message, cut).toMatch(
        /^malformed-xml: f.xml is not well-formed XML at line 2, column \d+: .*\(the file may be truncated\)$/,
      );
    }
  });

  it('refuses DOCTYPE and ENTITY declarations with the place they are', () => {
    expect(error('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toBe(
      'xml-doctype: f.xml: DOCTYPE and ENTITY declarations are not accepted (entity expansion is refused for safety); remove the <!DOCTYPE ...> declaration (line 2, column 1)',
    );
    expect(error('<x><!ENTITY a "b"></x>')).toMatch(/^xml-doctype: .*<!ENTITY/);
    expect(error('<x><!-- <!DOCTYPE is only mentioned here --></x>')).toBe('ok');
  });

  it('gives the same attributes when it reuses one array for every element', () => {
    const many = Array.from({ length: 40 }, (_, i) => `a${i}="${i}"`).join(' ');
    const text = `<r x="1" y="&amp;2" z="3"><e only="one"/><m ${many}/><e/><f k='v' l="w">t</f></r>`;
    expect(tokens(text, true)).toEqual(tokens(text));
    const t = new XmlTokenizer(`<r ${many} a7="again"/>`);
    t.reuseAttributes = true;
    expect(() => t.next()).toThrow('attribute "a7" is repeated in <r>');
  });
});
