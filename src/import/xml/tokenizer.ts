// A small pull tokenizer for XML: one token at a time, no DOM, no recursion, no DTD, no entity expansion.
//
// Why hand-written: fast-xml-parser (validator + parser) was far too slow for big GEXF files against
// the scale targets (docs/benchmark.md); it stays the reference in tests. This scanner walks the text once with indexOf/charCodeAt and slices, and does the
// well-formedness checks our importers need on the way (so there is no separate validation pass).
// It refuses DOCTYPE/ENTITY declarations (no billion laughs, no external entities), decodes the five
// predefined entities and character references exactly once, and keeps its open elements in an array,
// so any nesting depth is fine. Errors are thrown as XmlSyntaxError with the offset of the problem.
import { cdataText, decodeCharData } from './entities.ts';
import { XmlSyntaxError } from './error.ts';

export const XML_TOKEN = {
  end: 0,
  open: 1,
  close: 2,
  text: 3,
  cdata: 4,
  comment: 5,
  instruction: 6,
} as const;
export type XmlTokenKind = (typeof XML_TOKEN)[keyof typeof XML_TOKEN];

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOT = 34;
const APOS = 39;

// Name characters: ASCII letters, '_' and ':' start a name; digits, '-' and '.' may follow; any
// non-ASCII character is accepted (XML's full Unicode name classes are not worth checking here).
const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
  NAME_START[c] = letter ? 1 : 0;
  NAME_CHAR[c] = letter || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0;
}
const isNameStart = (c: number): boolean => (c < 128 ? NAME_START[c] === 1 : c >= 128); // NaN (past the end) is neither
const isNameChar = (c: number): boolean => (c < 128 ? NAME_CHAR[c] === 1 : c >= 128);
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Shared by every element without attributes (never written to). */
const NO_ATTRIBUTES: string[] = [];

const DECLARATION = /^<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;

const show = (c: number): string => (Number.isNaN(c) ? 'the end of the file' : `"${String.fromCharCode(c)}"`);

/**
 * Usage: `const t = new XmlTokenizer(text); for (let k = t.next(); k !== XML_TOKEN.end; k = t.next()) ...`.
 * After `next()`, the fields describe the token: `name` (element or instruction target, with any prefix),
 * `attributes` (flat [name, value, name, value...], values decoded), `selfClosing`, `value` (decoded
 * text, CDATA content, comment or instruction data) and `start` (offset). A self-closing element gives
 * an `open` token then a `close` token. With `reuseAttributes`, `attributes` is one array refilled
 * for each element: only its first `attributeCount` entries are the element's.
 */
export class XmlTokenizer {
  kind: XmlTokenKind = XML_TOKEN.end;
  name = '';
  value = '';
  attributes: string[] = [];
  /** How many entries of `attributes` (names and values) belong to the current element. */
  attributeCount = 0;
  selfClosing = false;
  start = 0;

  private readonly src: string;
  private pos: number;
  private readonly begin: number;
  private readonly open: string[] = [];
  private readonly openAt: number[] = [];
  private pendingClose = false;
  private seenRoot = false;
  /**
   * Names seen so far, by length and first character: a file uses a few dozen, so reusing them saves
   * a string per tag and attribute, and the key keeps the search to one or two candidates.
   */
  private readonly names = new Map<number, string[]>();
  private internCount = 0;
  /**
   * While true, text that is only white space gives no token: a reader that ignores the indentation
   * between elements spares a string per line. It may switch it off where such text counts.
   */
  skipSpaceText = false;
  /**
   * While true, the attributes of every element go into one array, valid until the next token: a
   * reader that takes what it needs at once spares an array per element (on a big GEXF, a third of
   * the tokenizer's allocations). Off by default, so that readers may keep the arrays.
   */
  reuseAttributes = false;
  private readonly shared: string[] = [];

  constructor(text: string) {
    this.src = text;
    this.begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = this.begin;
  }

  /** How many elements are open. */
  get depth(): number {
    return this.open.length;
  }

  /** Offset where the innermost open element starts (for located messages). */
  openedAt(depthFromTop = 0): number {
    return this.openAt[this.openAt.length - 1 - depthFromTop] ?? 0;
  }

  next(): XmlTokenKind {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.open.pop();
      this.openAt.pop();
      this.kind = XML_TOKEN.close;
      return this.kind;
    }
    const src = this.src;
    for (;;) {
      const pos = this.pos;
      if (pos >= src.length) return this.finish();
      if (src.charCodeAt(pos) !== LT) {
        let lt = src.indexOf('<', pos);
        if (lt === -1) lt = src.length;
        if (this.open.length === 0) {
          for (let i = pos; i < lt; i++) {
            if (!isSpace(src.charCodeAt(i))) {
              throw new XmlSyntaxError(
                this.seenRoot ? 'text after the root element' : 'text before the root element',
                i,
              );
            }
          }
          this.pos = lt;
          continue;
        }
        if (this.skipSpaceText && isSpaceOnly(src, pos, lt)) {
          this.pos = lt;
          continue;
        }
        const raw = src.slice(pos, lt);
        const cdataEnd = raw.indexOf(']]>');
        if (cdataEnd !== -1) throw new XmlSyntaxError('"]]>" is not allowed in text', pos + cdataEnd);
        this.start = pos;
        this.value = decodeCharData(raw, pos);
        this.pos = lt;
        this.kind = XML_TOKEN.text;
        return this.kind;
      }
      const c1 = src.charCodeAt(pos + 1);
      this.start = pos;
      if (c1 === SLASH) this.kind = this.readClose(pos);
      else if (c1 === BANG) this.kind = this.readBang(pos);
      else if (c1 === QUESTION) this.kind = this.readInstruction(pos);
      else this.kind = this.readOpen(pos);
      return this.kind;
    }
  }

  private finish(): XmlTokenKind {
    if (this.open.length > 0) {
      throw new XmlSyntaxError(
        `the file ends inside <${this.open[this.open.length - 1]}>, which is not closed`,
        this.src.length,
        'malformed-xml',
        true,
      );
    }
    if (!this.seenRoot) throw new XmlSyntaxError('no root element', this.src.length, 'malformed-xml', true);
    this.kind = XML_TOKEN.end;
    return this.kind;
  }

  private truncated(what: string, at: number): XmlSyntaxError {
    return new XmlSyntaxError(`${what} is not closed`, at, 'malformed-xml', true);
  }

  /** Reads a name at `i`; returns its end. */
  private nameEnd(i: number, what: string): number {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (!isNameStart(c)) {
      if (Number.isNaN(c)) throw this.truncated(what, i);
      throw new XmlSyntaxError(`expected ${what} name, found ${show(c)}`, i);
    }
    let j = i + 1;
    while (isNameChar(src.charCodeAt(j))) j++;
    return j;
  }

  /** The name at [start, end), reused from earlier tags when it was seen before. */
  private intern(start: number, end: number): string {
    const key = ((end - start) << 16) | this.src.charCodeAt(start);
    const names = this.names.get(key);
    if (names !== undefined) {
      for (let i = 0; i < names.length; i++) {
        const n = names[i]!;
        if (this.src.startsWith(n, start)) return n;
      }
    }
    const n = this.src.slice(start, end);
    if (this.internCount < 64) {
      this.internCount++;
      if (names === undefined) this.names.set(key, [n]);
      else names.push(n);
    }
    return n;
  }

  private skipSpace(i: number): number {
    const src = this.src;
    while (isSpace(src.charCodeAt(i))) i++;
    return i;
  }

  private readOpen(pos: number): XmlTokenKind {
    const src = this.src;
    const nameEnd = this.nameEnd(pos + 1, 'an element');
    const name = this.intern(pos + 1, nameEnd);
    if (this.open.length === 0 && this.seenRoot) {
      throw new XmlSyntaxError(`a second root element <${name}>: an XML file has exactly one`, pos);
    }
    let attributes: string[] = this.reuseAttributes ? this.shared : NO_ATTRIBUTES;
    let count = 0;
    let seen: Set<string> | undefined; // only for elements with many attributes, so checks stay linear
    let i = nameEnd;
    for (;;) {
      const spaced = this.skipSpace(i);
      const c = src.charCodeAt(spaced);
      if (c === GT) {
        this.selfClosing = false;
        this.pos = spaced + 1;
        break;
      }
      if (c === SLASH) {
        if (src.charCodeAt(spaced + 1) !== GT) {
          if (spaced + 1 >= src.length) throw this.truncated(`the tag <${name}>`, spaced + 1);
          throw new XmlSyntaxError(`expected "/>" to end the tag <${name}>`, spaced);
        }
        this.selfClosing = true;
        this.pos = spaced + 2;
        break;
      }
      if (Number.isNaN(c)) throw this.truncated(`the tag <${name}>`, spaced);
      if (spaced === i || !isNameStart(c)) {
        throw new XmlSyntaxError(
          spaced === i && isNameStart(c)
            ? `expected a space before the attribute in <${name}>`
            : `unexpected ${show(c)} in the tag <${name}>`,
          spaced,
        );
      }
      const attrEnd = this.nameEnd(spaced, 'an attribute');
      const attrName = this.intern(spaced, attrEnd);
      let k = this.skipSpace(attrEnd);
      if (src.charCodeAt(k) !== EQUALS) {
        if (k >= src.length) throw this.truncated(`the tag <${name}>`, k);
        throw new XmlSyntaxError(`attribute "${attrName}" in <${name}> has no "=value"`, k);
      }
      k = this.skipSpace(k + 1);
      const q = src.charCodeAt(k);
      if (q !== QUOT && q !== APOS) {
        if (k >= src.length) throw this.truncated(`the tag <${name}>`, k);
        throw new XmlSyntaxError(`the value of attribute "${attrName}" in <${name}> must be quoted`, k);
      }
      const valueEnd = src.indexOf(q === QUOT ? '"' : "'", k + 1);
      if (valueEnd === -1) throw this.truncated(`the value of attribute "${attrName}"`, k);
      const raw = src.slice(k + 1, valueEnd);
      const lt = raw.indexOf('<');
      if (lt !== -1) {
        throw new XmlSyntaxError(`"<" is not allowed in an attribute value (write &lt;)`, k + 1 + lt);
      }
      if (count >= 32 && seen === undefined)
        seen = new Set(attributes.slice(0, count).filter((_, n) => n % 2 === 0));
      if (seen ? seen.has(attrName) : isDuplicate(attributes, count, attrName)) {
        throw new XmlSyntaxError(`attribute "${attrName}" is repeated in <${name}>`, spaced);
      }
      if (attributes === NO_ATTRIBUTES) attributes = [];
      // Set by index rather than pushed: the shared array keeps its length (cutting it would shrink
      // its storage, to be grown again by the next element).
      attributes[count] = attrName;
      attributes[count + 1] = decodeCharData(raw, k + 1);
      count += 2;
      seen?.add(attrName);
      i = valueEnd + 1;
    }
    this.name = name;
    this.attributes = attributes;
    this.attributeCount = count;
    this.seenRoot = true;
    this.open.push(name);
    this.openAt.push(pos);
    this.pendingClose = this.selfClosing;
    return XML_TOKEN.open;
  }

  private readClose(pos: number): XmlTokenKind {
    const src = this.src;
    const nameEnd = this.nameEnd(pos + 2, 'an element');
    const expected = this.open[this.open.length - 1];
    const name =
      expected !== undefined && expected.length === nameEnd - pos - 2 && src.startsWith(expected, pos + 2)
        ? expected
        : src.slice(pos + 2, nameEnd);
    const end = this.skipSpace(nameEnd);
    if (src.charCodeAt(end) !== GT) {
      if (end >= src.length) throw this.truncated(`the closing tag </${name}>`, end);
      throw new XmlSyntaxError(`expected ">" to end the closing tag </${name}>`, end);
    }
    if (expected === undefined)
      throw new XmlSyntaxError(`closing tag </${name}> without an open element`, pos);
    if (expected !== name) {
      throw new XmlSyntaxError(`closing tag </${name}> does not match the open element <${expected}>`, pos);
    }
    this.open.pop();
    this.openAt.pop();
    this.name = name;
    this.selfClosing = false;
    this.pos = end + 1;
    return XML_TOKEN.close;
  }

  private readBang(pos: number): XmlTokenKind {
    const src = this.src;
    if (src.startsWith('<!--', pos)) {
      const end = src.indexOf('-->', pos + 4);
      if (end === -1) throw this.truncated('a comment <!--', pos);
      // "--" inside a comment is tolerated: it is harmless, and some tools write it.
      this.value = src.slice(pos + 4, end);
      this.pos = end + 3;
      return XML_TOKEN.comment;
    }
    if (src.startsWith('<![CDATA[', pos)) {
      if (this.open.length === 0) throw new XmlSyntaxError('CDATA outside the root element', pos);
      const end = src.indexOf(']]>', pos + 9);
      if (end === -1) throw this.truncated('a CDATA section', pos);
      this.value = cdataText(src.slice(pos + 9, end));
      this.pos = end + 3;
      return XML_TOKEN.cdata;
    }
    const declaration = DECLARATION.exec(src.slice(pos, pos + 10));
    if (declaration) {
      throw new XmlSyntaxError(
        `DOCTYPE and ENTITY declarations are not accepted (entity expansion is refused for safety); remove the <!${declaration[1]} ...> declaration`,
        pos,
        'xml-doctype',
      );
    }
    throw new XmlSyntaxError('unexpected "<!": expected a comment <!-- --> or <![CDATA[ ]]>', pos);
  }

  private readInstruction(pos: number): XmlTokenKind {
    const src = this.src;
    const targetEnd = this.nameEnd(pos + 2, 'a processing instruction');
    const target = src.slice(pos + 2, targetEnd);
    const end = src.indexOf('?>', targetEnd);
    if (end === -1) throw this.truncated(`the processing instruction <?${target}`, pos);
    if (end !== targetEnd && !isSpace(src.charCodeAt(targetEnd))) {
      throw new XmlSyntaxError(`unexpected ${show(src.charCodeAt(targetEnd))} after <?${target}`, targetEnd);
    }
    if (target.toLowerCase() === 'xml' && (this.seenRoot || src.slice(this.begin, pos).trim() !== '')) {
      throw new XmlSyntaxError(
        'the XML declaration <?xml ...?> is allowed only at the start of the file',
        pos,
      );
    }
    this.name = target;
    this.value = src.slice(this.skipSpace(targetEnd), end);
    this.pos = end + 2;
    return XML_TOKEN.instruction;
  }
}

function isSpaceOnly(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(src.charCodeAt(i))) return false;
  return true;
}

/** Whether `name` is already among the first `count` entries of the flat [name, value...] pairs. */
function isDuplicate(attributes: string[], count: number, name: string): boolean {
  for (let i = 0; i < count; i += 2) if (attributes[i] === name) return true;
  return false;
}
