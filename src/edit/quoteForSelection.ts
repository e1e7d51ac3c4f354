// Evidence from a selected passage: the quote to store so that the loader, which finds a quote at
// its first occurrence in the source (graph/quotes.ts findQuote), finds it where it was selected.
import { findQuote } from '../graph/index.ts';

export interface SelectedQuote {
  /** The words to store; longer than the selection when the selection alone occurs earlier. */
  readonly quote: string;
  /** Where the quote sits in the text (what the loader will find). */
  readonly start: number;
  readonly end: number;
  /** True when the quote had to take in words around the selection to be found there. */
  readonly widened: boolean;
}

/**
 * The schema has no offsets, so a passage that also occurs earlier in the text is widened, a word
 * at a time (first backwards, then forwards), until its first occurrence is the selected one. The
 * text must be the source's NFC text (the editor stores pasted text in NFC).
 */
export function quoteForSelection(text: string, start: number, end: number): SelectedQuote {
  // Leading and trailing spaces of a selection are not part of the passage.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  let s = start;
  let e = end;
  const foundAt = (): number | undefined => findQuote(text, text.slice(s, e))?.start;
  while (s > 0 || e < text.length) {
    if (foundAt() === s)
      return { quote: text.slice(s, e), start: s, end: e, widened: s !== start || e !== end };
    // Widen backwards to the previous word start, then forwards to the next word end.
    if (s > 0) {
      s--;
      while (s > 0 && /\s/.test(text[s]!)) s--;
      while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    } else {
      while (e < text.length && /\s/.test(text[e]!)) e++;
      while (e < text.length && !/\s/.test(text[e]!)) e++;
    }
  }
  return { quote: text.slice(s, e), start: s, end: e, widened: s !== start || e !== end };
}
