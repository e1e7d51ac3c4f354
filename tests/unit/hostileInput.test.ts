import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/export/index.ts';
import { importFile, importFiles } from '../../src/import/index.ts';
import { smallGraph } from '../exchangeHelpers.ts';

const errors = (r: ReturnType<typeof importFile>): string[] =>
  r.report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.message}`);

describe('hostile and broken input', () => {
  it('reports malformed JSON with its line and column', () => {
    const r = importFile('bad.json', '{\n  "schemaVersion": 1,\n  "id": oops\n}');
    expect(r.dataset).toBeUndefined();
    expect(errors(r).join()).toMatch(/malformed-json: bad.json is not valid JSON at line 3, column 9/);
  });

  it('reports malformed XML with its line and column', () => {
    const r = importFile('bad.gexf', '<gexf>\n<graph>\n<nodes><node id="a"></nodes></graph></gexf>');
    expect(errors(r).join()).toMatch(/malformed-xml: bad.gexf is not well-formed XML at line 3/);
  });

  it('reports a truncated GEXF file and a truncated CSV file', () => {
    const gexf = writeGexf(smallGraph());
    expect(errors(importFile('cut.gexf', gexf.slice(0, gexf.length / 2))).join()).toMatch(
      /malformed-xml: cut.gexf/,
    );
    const csv = 'id,label,type\r\na,A,person\r\nb,"B';
    expect(errors(importFile('nodes.csv', csv)).join()).toMatch(/malformed-csv: nodes.csv: .*truncated/);
    expect(errors(importFile('nodes.csv', 'id,label,type\r\na,A,person\r\nb,B')).join()).toMatch(
      /row 3 has 2 fields but the header has 3 \(the file may be truncated\)/,
    );
  });

  it('says that an empty file is empty, in every format', () => {
    for (const name of ['e.json', 'e.gexf', 'e.graphml', 'e.csv', 'e']) {
      expect(errors(importFile(name, '')).join()).toMatch(/empty: .*(is empty|no header)/);
    }
  });

  it('decodes UTF-16 with a BOM and says so', () => {
    const text = 'id,label\r\nzoe,Zoë\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const r = importFile('nodes.csv', bytes);
    expect(r.dataset?.nodes[0]?.label).toBe('Zoë');
    expect(r.report.issues.map((i) => i.message).join()).toContain('decoded as UTF-16 (little-endian');
  });

  it('decodes Latin-1 bytes as Windows-1252 with a clear note', () => {
    const bytes = new Uint8Array([...Buffer.from('id,label\r\nzoe,Zo'), 0xeb, 0x0d, 0x0a]);
    const r = importFile('nodes.csv', bytes);
    expect(r.dataset?.nodes[0]?.label).toBe('Zoë');
    expect(r.report.issues.map((i) => i.message).join()).toContain(
      'is not valid UTF-8 at byte 16 (\\xeb, line 2, column 7); decoded as Windows-1252',
    );
  });

  it('accepts a UTF-8 byte-order mark in bytes and in text', () => {
    const csv = 'id,label\r\nzoe,Zoë\r\n';
    expect(
      importFile('nodes.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(csv)])).dataset?.nodes[0]?.id,
    ).toBe('zoe');
    expect(importFile('nodes.csv', `\ufeff${csv}`).dataset?.nodes[0]?.id).toBe('zoe');
    expect(importFile('g.gexf', `\ufeff${writeGexf(smallGraph())}`).dataset?.nodes).toHaveLength(4);
  });

  it('lets no __proto__ or constructor key pollute anything, in JSON, CSV or XML', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const csv = 'id,label,__proto__,constructor,prototype\r\na,A,{"polluted":true},x,y\r\n';
    const fromCsv = importFile('nodes.csv', csv);
    expect(fromCsv.dataset?.nodes[0]?.attributes).toEqual({
      'attr:__proto__': '{"polluted":true}',
      constructor: 'x',
      prototype: 'y',
    });
    const graphml = `<graphml><key id="k" for="node" attr.name="__proto__" attr.type="string"/>
      <graph edgedefault="directed"><node id="a"><data key="k">{"polluted":true}</data></node></graph></graphml>`;
    expect(importFile('x.graphml', graphml).dataset?.nodes[0]?.attributes).toEqual({
      'attr:__proto__': '{"polluted":true}',
    });
    importFile('x.json', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    importFile('x.gexf', '<gexf><graph><nodes><__proto__ polluted="true"/></nodes></graph></gexf>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('refuses files over the size limit with a clear message', () => {
    const r = importFile('big.csv', new Uint8Array(2048), { maxBytes: 1024 });
    expect(errors(r)).toEqual([
      'too-large: big.csv is 2,048 bytes, over the import limit of 1,024 bytes (maxBytes)',
    ]);
  });

  it('does not expand XML entities (billion laughs): DOCTYPE and ENTITY are refused', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gexf><graph><nodes><node id="a" label="&lol3;"/></nodes></graph></gexf>`;
    const r = importFile('lol.gexf', laughs);
    expect(r.dataset).toBeUndefined();
    expect(errors(r).join()).toMatch(
      /xml-doctype: lol.gexf: DOCTYPE and ENTITY declarations are not accepted/,
    );
  });

  it('decodes character references once, so escaped markup stays text', () => {
    const gexf = `<gexf><graph defaultedgetype="directed"><nodes>
      <node id="a" label="&amp;lt;b&amp;gt; &#x1F9D2; &#10;x &lt;script&gt;"/></nodes></graph></gexf>`;
    expect(importFile('x.gexf', gexf).dataset?.nodes[0]?.label).toBe('&lt;b&gt; 🧒 \nx <script>');
  });

  it('reports XML that is neither GEXF nor GraphML, and CSV without the needed columns', () => {
    expect(errors(importFile('x.gexf', '<html><body/></html>')).join()).toMatch(/not-gexf/);
    expect(errors(importFiles([{ name: 'edges.csv', content: 'a,b\r\n1,2\r\n' }])).join()).toMatch(
      /missing-column|needs "source"/,
    );
  });
});
