// Names found in a document for the editor's inline marks (app/editor/mentions.ts): known names as
// whole words, and one mark per stretch of text with known names before suggestions.
import { describe, expect, it } from 'vitest';
import { knownMentions, markedMentions } from '../../src/app/editor/mentions.ts';
import { newDataset } from '../../src/edit/index.ts';
import type { Dataset } from '../../src/schema/index.ts';

const dataset: Dataset = {
  ...newDataset('Names'),
  nodes: [
    { id: 'essex-police', label: 'Essex Police', type: 'police-force', aliases: ['Essex Constabulary'] },
    { id: 'police', label: 'Police', type: 'organisation' },
    { id: 'home-office', label: 'Home Office', type: 'government-body' },
  ],
};

describe('mentions', () => {
  it('finds known labels and aliases as whole words, at their offsets', () => {
    const text = 'Essex Police and Essex Constabulary; Policeman Home Officer; the Home Office.';
    const found = knownMentions(text, dataset).map((m) => [m.node, m.start, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['essex-police', 0, 'Essex Police'],
      ['essex-police', 17, 'Essex Constabulary'],
      ['police', 6, 'Police'],
      ['home-office', 65, 'Home Office'],
    ]);
  });

  it('marks each stretch once: the longest known name, then suggestions where no known name is', () => {
    const text = 'Essex Police met Jess Phillips in Essex.';
    const known = knownMentions(text, dataset);
    const suggested = [
      { start: 0, end: 5, text: 'Essex', guess: 'place' as const },
      { start: 17, end: 30, text: 'Jess Phillips', guess: 'person' as const },
      { start: 34, end: 39, text: 'Essex', guess: 'place' as const },
    ];
    const marks = markedMentions(text.length, known, suggested);
    expect(marks.map((m) => [m.text, m.node ?? m.guess])).toEqual([
      ['Essex Police', 'essex-police'],
      ['Jess Phillips', 'person'],
      ['Essex', 'place'],
    ]);
  });
});
