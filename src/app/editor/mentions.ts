// Names in a document: those of stakeholders we have (labels and aliases, found as written, as whole
// words) and likely new ones (people, organisations, places) that compromise finds (nameWorker.ts);
// then the marks to draw, one per stretch of text.
import type { Dataset } from '../../schema/index.ts';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The node it names, for a known name; undefined for a suggestion. */
  readonly node?: string;
  /** For a suggestion: what kind of name the tagger took it for. */
  readonly guess?: 'person' | 'organisation' | 'place';
}

const MAX_KNOWN_NAMES = 5000;
const WORD = /[\p{L}\p{N}]/u;

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/**
 * Where each word starts, by the word: a name is looked for only where its first word stands, so
 * the scan costs about the text's length plus the names' (not names times text, as indexOf would).
 */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const list = starts.get(m[0]);
    if (list) list.push(m.index);
    else starts.set(m[0], [m.index]);
  }
  return starts;
}

/** Known names found in the text as whole words (each name's occurrences). */
export function knownMentions(text: string, dataset: Dataset): Mention[] {
  const starts = wordStarts(text);
  const out: Mention[] = [];
  // Beyond a few thousand names the scan would cost more than it helps; the newest are kept.
  for (const n of dataset.nodes.slice(-MAX_KNOWN_NAMES)) {
    for (const name of new Set([n.label, ...(n.aliases ?? [])])) {
      if (name.length < 3) continue;
      const first = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(name)?.[0];
      if (first === undefined) continue;
      for (const at of starts.get(first) ?? []) {
        const end = at + name.length;
        if (text.startsWith(name, at) && !isWordChar(text[end]))
          out.push({ start: at, end, text: name, node: n.id });
      }
    }
  }
  return out;
}

/**
 * The marks to draw: known names first (the longest where they overlap), then suggestions where no
 * known name is; each stretch of text in at most one mark, in text order.
 */
export function markedMentions(
  textLength: number,
  known: readonly Mention[],
  suggested: readonly Mention[],
): Mention[] {
  // One flag per character marked so far: checking a name costs its length, whatever the count.
  const covered = new Uint8Array(textLength);
  const free = (m: Mention): boolean => {
    for (let i = m.start; i < m.end; i++) if (covered[i]) return false;
    return true;
  };
  const byLength = (a: Mention, b: Mention): number =>
    b.end - b.start - (a.end - a.start) || a.start - b.start;
  const kept: Mention[] = [];
  for (const list of [known, suggested]) {
    for (const m of [...list].sort(byLength)) {
      if (m.end > textLength || !free(m)) continue;
      covered.fill(1, m.start, m.end);
      kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
