// Character data: the five predefined entities and numeric references decoded once, line ends normalised.
import { XmlSyntaxError } from './error.ts';

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML 1.0 `Char`: what a character reference may name (no NUL, no C0 controls but tab/LF/CR, no surrogates). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Literal CR LF and CR become LF, as XML requires (references such as `&#13;` are kept). */
function lineEnds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

function reference(name: string, at: number): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120; /* x */
    const digits = name.slice(hex ? 2 : 1);
    const valid = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
    const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
    if (!isXmlChar(code)) {
      throw new XmlSyntaxError(`"&${name};" is not a character XML allows`, at);
    }
    return String.fromCodePoint(code);
  }
  if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name]!;
  throw new XmlSyntaxError(
    `undefined entity "&${name};": only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are defined (DOCTYPE declarations are not accepted)`,
    at,
  );
}

/**
 * The text of `raw` (found at `offset` in the document) with references decoded in one pass,
 * so `&amp;lt;` stays `&lt;`. A bare `&` or an undefined entity is an error at its offset.
 */
export function decodeCharData(raw: string, offset: number): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return lineEnds(raw);
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12) {
      throw new XmlSyntaxError(
        '"&" must start a reference such as &amp; (write a literal ampersand as &amp;)',
        offset + amp,
      );
    }
    out += lineEnds(raw.slice(from, amp)) + reference(raw.slice(amp + 1, semi), offset + amp);
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + lineEnds(raw.slice(from));
}

/** CDATA content: taken literally, only line ends normalised. */
export function cdataText(raw: string): string {
  return lineEnds(raw);
}
