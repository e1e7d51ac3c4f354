// XML escaping, done once per value: markup characters, line breaks in attributes, and characters XML 1.0 cannot hold.

// Characters XML 1.0 forbids even as references (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A cheap pre-check without lookarounds: most values have none of these characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const MAYBE_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/;
const TEXT_SPECIAL = /[&<>\r]/;
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const AMP = /&/g;
const QUOT = /"/g;
const LT = /</g;
const GT = />/g;
const APOS = /'/g;
const TAB = /\t/g;
const LF = /\n/g;
const CR = /\r/g;
const SPACE_SPECIAL = /['\t\n\r]/;
// One scan for the common case, a value that needs no change at all: the characters xmlSafe may
// replace plus those each escape replaces. Most values pass this and are returned as they are.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ATTR_ANY = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF&<>"'\t\n\r]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SINGLE_ANY = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF&<'\t\n\r]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const TEXT_ANY = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF&<>\r]/;
const TEXT_ALL = /[&<>\r]/g;

/** Replaces characters that no XML 1.0 document may contain with U+FFFD (documented loss). */
export function xmlSafe(text: string): string {
  if (!MAYBE_INVALID.test(text)) return text;
  INVALID.lastIndex = 0;
  return INVALID.test(text) ? text.replace(INVALID, '\uFFFD') : text;
}

/** For attribute values: line breaks and tabs as character references so parsers keep them. */
export function escapeAttr(text: string): string {
  if (!ATTR_ANY.test(text)) return text;
  const safe = xmlSafe(text);
  if (!ATTR_SPECIAL.test(safe)) return safe;
  // Fixed-string replacements are much faster than one replace with a callback (JSON values are
  // full of quotes); `&` goes first so that the other references are not escaped twice.
  let out = safe.replace(AMP, '&amp;').replace(QUOT, '&quot;').replace(LT, '&lt;').replace(GT, '&gt;');
  if (SPACE_SPECIAL.test(out))
    out = out.replace(APOS, '&apos;').replace(TAB, '&#9;').replace(LF, '&#10;').replace(CR, '&#13;');
  return out;
}

/** For element text. */
export function escapeText(text: string): string {
  if (!TEXT_ANY.test(text)) return text;
  const safe = xmlSafe(text);
  return TEXT_SPECIAL.test(safe) ? safe.replace(TEXT_ALL, (c) => REPLACEMENTS[c]!) : safe;
}

const SINGLE_SPECIAL = /[&<'\t\n\r]/;

/**
 * For attribute values written between single quotes (`value='…'`): double quotes need no
 * escaping there, so JSON-valued attributes (full of them) usually pass through untouched.
 */
export function escapeAttrSingle(text: string): string {
  if (!SINGLE_ANY.test(text)) return text;
  const safe = xmlSafe(text);
  if (!SINGLE_SPECIAL.test(safe)) return safe;
  let out = safe.replace(AMP, '&amp;').replace(LT, '&lt;').replace(APOS, '&apos;');
  if (SPACE_SPECIAL.test(out)) out = out.replace(TAB, '&#9;').replace(LF, '&#10;').replace(CR, '&#13;');
  return out;
}
