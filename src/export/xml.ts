// XML escaping, done once per value: markup characters, line breaks in attributes, and characters XML 1.0 cannot hold.

// Characters XML 1.0 forbids even as references (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
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
const ATTR_ALL = /[&<>"'\t\n\r]/g;
const TEXT_ALL = /[&<>\r]/g;

/** Replaces characters that no XML 1.0 document may contain with U+FFFD (documented loss). */
export function xmlSafe(text: string): string {
  INVALID.lastIndex = 0;
  return INVALID.test(text) ? text.replace(INVALID, '\uFFFD') : text;
}

/** For attribute values: line breaks and tabs as character references so parsers keep them. */
export function escapeAttr(text: string): string {
  const safe = xmlSafe(text);
  return ATTR_SPECIAL.test(safe) ? safe.replace(ATTR_ALL, (c) => REPLACEMENTS[c]!) : safe;
}

/** For element text. */
export function escapeText(text: string): string {
  const safe = xmlSafe(text);
  return TEXT_SPECIAL.test(safe) ? safe.replace(TEXT_ALL, (c) => REPLACEMENTS[c]!) : safe;
}
