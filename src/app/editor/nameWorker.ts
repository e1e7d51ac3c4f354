// Likely new names in a document (people, organisations, places), found off the page by compromise:
// a small rule-based English tagger with no model to download. Tagging a long article takes seconds,
// so it runs here, a paragraph at a time, and the page marks what it sends back.
import nlp from 'compromise';
import type { Mention } from './mentions.ts';

export interface NameRequest {
  readonly id: number;
  readonly text: string;
}

export interface NameAnswer {
  readonly id: number;
  readonly mentions: readonly Mention[];
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<NameRequest>) => void) | null;
  postMessage(message: NameAnswer): void;
};

const GUESSES = [
  ['people', 'person'],
  ['organizations', 'organisation'],
  ['places', 'place'],
] as const;

type Offsets = { offset: { start: number; length: number } }[];
/** Offsets only (compromise's typings do not list `terms: false`, which it reads and which saves much). */
const ONLY_OFFSETS = { offset: true, text: false, normal: false, terms: false } as unknown as {
  offset: true;
};

/** The names of one paragraph, at their offsets in the whole text (`from` is where it starts). */
function namesIn(paragraph: string, from: number, out: Mention[]): void {
  const doc = nlp(paragraph);
  // Offsets computed once for the document: asking each match for its own is far slower.
  doc.compute('offset');
  for (const [method, guess] of GUESSES) {
    const found = doc[method]().json(ONLY_OFFSETS) as Offsets;
    for (const { offset } of found) {
      // The tagger's spans may carry trailing punctuation ("Manchester.").
      const text = paragraph
        .slice(offset.start, offset.start + offset.length)
        .replace(/[\s.,;:!?'"’”)]+$/u, '');
      if (text.length < 2) continue;
      const start = from + offset.start;
      out.push({ start, end: start + text.length, text, guess });
    }
  }
}

scope.onmessage = (event) => {
  const { id, text } = event.data;
  const mentions: Mention[] = [];
  // Paragraphs apart: the tagger's cost grows faster than the text's length.
  for (const m of text.matchAll(/[^\n]+/g)) namesIn(m[0], m.index, mentions);
  scope.postMessage({ id, mentions });
};
