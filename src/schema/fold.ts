// One text folding for every comparison of names and quotes: typographic apostrophes, quotes and
// dashes to their plain forms, accents stripped, case folded. The character sets live here only.

/** Apostrophes and single quotes, typographic and straight (’ ‘ ‛ ′ ʼ ` '). */
const APOSTROPHES = /[‘’‛′ʼ`']/g;
/** Double quotes, typographic and straight (“ ” ‟ ″ "). */
const DOUBLE_QUOTES = /[“”‟″"]/g;
/** Hyphens and dashes (‐ ‑ ‒ – —). */
const DASHES = /[‐‑‒–—]/g;

/**
 * Punctuation folded one character for one: apostrophes to `'`, double quotes to `"`, dashes to
 * `-`, every whitespace character to a space. Offsets in the result are offsets in the original
 * (quote matching reports where in the source a near miss lies).
 */
export function foldPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\s/g, ' ');
}

/** Accents stripped (é -> e, ç -> c): canonical decomposition, then the combining marks dropped. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The form in which two names compare equal: punctuation folded, accents stripped, lower case,
 * spaces collapsed. "The Children’s Société" and "the children's societe" fold alike.
 */
export function foldText(text: string): string {
  return foldPunctuation(stripAccents(text)).replace(/ +/g, ' ').trim().toLowerCase();
}

/** foldText without apostrophes at all, for search terms: "Childrens" finds "Children’s". */
export function foldTerm(text: string): string {
  return foldText(text).replace(/'/g, '');
}
