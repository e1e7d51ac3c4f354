// Names in a document: those of stakeholders we have (labels and aliases, found as written) and
// likely new ones (people, organisations, places) found by compromise, a small rule-based English
// tagger that runs in the browser with no model to download (about 250 kB, loaded with the editor).
import nlp from 'compromise';
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

/** Known names found in the text (each name's occurrences), longest names first where they overlap. */
function knownMentions(text: string, dataset: Dataset): Mention[] {
  const out: Mention[] = [];
  // Beyond a few thousand names the scan would cost more than it helps; the newest are kept.
  for (const n of dataset.nodes.slice(-MAX_KNOWN_NAMES)) {
    for (const name of [n.label, ...(n.aliases ?? [])]) {
      if (name.length < 3) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
        out.push({ start: at, end: at + name.length, text: name, node: n.id });
    }
  }
  return out;
}

const GUESSES = [
  ['people', 'person'],
  ['organizations', 'organisation'],
  ['places', 'place'],
] as const;

/** The suggestions of the document last shown: the tagger runs again only when its text changes. */
let lastSuggested: { text: string; mentions: Mention[] } | undefined;

function suggestedMentions(text: string): Mention[] {
  if (lastSuggested?.text !== text) lastSuggested = { text, mentions: tagNames(text) };
  return lastSuggested.mentions;
}

function tagNames(text: string): Mention[] {
  const doc = nlp(text);
  const out: Mention[] = [];
  for (const [method, guess] of GUESSES) {
    for (const m of doc[method]().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      let { start, length } = m.offset;
      let found = text.slice(start, start + length);
      // The tagger's spans may carry trailing punctuation ("Manchester.").
      const trimmed = found.replace(/[\s.,;:!?'"’”)]+$/u, '');
      length = trimmed.length;
      found = trimmed;
      if (length < 2) continue;
      out.push({ start, end: start + length, text: found, guess });
    }
  }
  return out;
}

/** Known names and suggestions, in text order, suggestions left out where a known name is. */
export function findMentions(text: string, dataset: Dataset): Mention[] {
  const known = knownMentions(text, dataset);
  const overlaps = (m: Mention): boolean => known.some((k) => m.start < k.end && k.start < m.end);
  const suggested = suggestedMentions(text).filter((m) => !overlaps(m));
  return [...known, ...suggested].sort((a, b) => a.start - b.start || b.end - a.end);
}
