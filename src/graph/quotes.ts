// Finding evidence quotes in source texts: exact match after NFC, or the closest passage.
import type { Evidence } from '../schema/index.ts';

export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
}

/** Any UTF-16 code unit outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Normalises a text for comparison: Unicode NFC, nothing else (typographic quotes stay distinct). */
export function normalizeText(text: string): string {
  // Plain ASCII is already NFC; checking (one native regex scan) is cheaper than normalising.
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

/**
 * Offsets of the first exact occurrence of `quote` in `text` (NFC), or undefined. The quote is
 * looked for as written first: a substring of an NFC text is itself NFC, so a match there is the
 * match of its NFC form, and most quotes need no normalising (nor the scan that tells).
 */
export function findQuote(text: string, quote: string): QuoteMatch | undefined {
  let start = text.indexOf(quote);
  if (start >= 0) return { start, end: start + quote.length };
  const q = normalizeText(quote);
  if (q === quote) return undefined;
  start = text.indexOf(q);
  return start < 0 ? undefined : { start, end: start + q.length };
}

/** Whether `quote` occurs exactly in `text` (NFC): findQuote without building the match. */
export function hasQuote(text: string, quote: string): boolean {
  if (text.indexOf(quote) >= 0) return true;
  const q = normalizeText(quote);
  return q !== quote && text.indexOf(q) >= 0;
}

/**
 * Where each found quote lies in its source's NFC text, worked out when asked for. The integrity
 * checks keep only the list of evidence items whose quote they found: a map of every span built
 * during a big load cost noticeable time, mostly in garbage collection.
 */
export class QuoteSpans implements ReadonlyMap<Evidence, QuoteMatch> {
  constructor(
    /** The evidence items whose quote was found, in the order checked. */
    private readonly found: readonly Evidence[],
    /** Each document source's NFC text, by source id. */
    private readonly texts: ReadonlyMap<string, string>,
  ) {}
  get size(): number {
    return this.found.length;
  }
  get(evidence: Evidence): QuoteMatch | undefined {
    const text = this.texts.get(evidence.source);
    return text === undefined || evidence.quote === undefined ? undefined : findQuote(text, evidence.quote);
  }
  has(evidence: Evidence): boolean {
    return this.get(evidence) !== undefined;
  }
  *entries(): MapIterator<[Evidence, QuoteMatch]> {
    for (const evidence of this.found) yield [evidence, this.get(evidence)!];
  }
  *keys(): MapIterator<Evidence> {
    yield* this.found;
  }
  *values(): MapIterator<QuoteMatch> {
    for (const evidence of this.found) yield this.get(evidence)!;
  }
  [Symbol.iterator](): MapIterator<[Evidence, QuoteMatch]> {
    return this.entries();
  }
  forEach(
    callback: (value: QuoteMatch, key: Evidence, map: ReadonlyMap<Evidence, QuoteMatch>) => void,
  ): void {
    for (const [evidence, span] of this.entries()) callback(span, evidence, this);
  }
}

/** Folds typographic quotes and dashes to plain ones, to explain near misses. */
export function foldPunctuation(text: string): string {
  // One character for one, so offsets in the folded text are offsets in the original.
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s/g, ' ');
}

/** The passage of `text` equal to `quote` once punctuation is folded, if any. */
export function findFolded(text: string, quote: string): string | undefined {
  const q = foldPunctuation(quote);
  const at = foldPunctuation(text).indexOf(q);
  return at < 0 ? undefined : text.slice(at, at + q.length);
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const t = text.toLowerCase();
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Map<string, number>, aSize: number, b: string): number {
  const bg = bigrams(b);
  let overlap = 0;
  let bSize = 0;
  for (const [g, n] of bg) {
    bSize += n;
    const m = a.get(g);
    if (m !== undefined) overlap += Math.min(m, n);
  }
  return aSize + bSize === 0 ? 0 : (2 * overlap) / (aSize + bSize);
}

/**
 * The passage of `text` most like `quote` (same number of words, slid word by word), for
 * "quote not found" messages. Bounded work: long texts are sampled at word starts.
 */
export function closestPassage(
  text: string,
  quote: string,
): { passage: string; similarity: number } | undefined {
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    words.push({ start: m.index, end: m.index + m[0].length });
  if (words.length === 0) return undefined;
  const width = Math.max(1, Math.min(words.length, quote.split(/\s+/).filter(Boolean).length));
  const qGrams = bigrams(quote);
  let qSize = 0;
  for (const n of qGrams.values()) qSize += n;
  const step = Math.max(1, Math.floor(words.length / 5000));
  let best: { passage: string; similarity: number } | undefined;
  for (let i = 0; i + width <= words.length; i += step) {
    const passage = text.slice(words[i]!.start, words[i + width - 1]!.end);
    const similarity = dice(qGrams, qSize, passage);
    if (best === undefined || similarity > best.similarity) best = { passage, similarity };
  }
  return best;
}

/** The sentence around a match, for showing a quote in context. */
export function sentenceAround(text: string, match: QuoteMatch): QuoteMatch {
  let start = match.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (start < match.start && /\s/.test(text[start]!)) start++;
  let end = match.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}
