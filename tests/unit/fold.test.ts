// The one text folding of the core (schema/fold.ts): accents, typographic apostrophes and quotes, case.
import { describe, expect, it } from 'vitest';
import { foldPunctuation, foldTerm, foldText, stripAccents } from '../../src/schema/index.ts';

describe('foldText', () => {
  it('strips accents: é to e, ç to c, ö to o', () => {
    expect(foldText('Société Générale')).toBe('societe generale');
    expect(stripAccents('Façade Mötley')).toBe('Facade Motley');
  });

  it('folds typographic apostrophes and quotes to plain ones', () => {
    expect(foldText('The Children’s Society')).toBe("the children's society");
    expect(foldText('O‘Brien ʼs `x` ′')).toBe("o'brien 's 'x' '");
    expect(foldText('“Operation Hydrant” ‟x″')).toBe('"operation hydrant" "x"');
  });

  it('folds case and collapses spaces', () => {
    expect(foldText('  ESSEX   Police\t')).toBe('essex police');
  });

  it('makes names that differ only in these ways equal', () => {
    expect(foldText('The Children’s Société')).toBe(foldText("the children's societe"));
  });
});

describe('foldTerm', () => {
  it('drops apostrophes, so "Childrens" finds "Children’s"', () => {
    expect(foldTerm('Children’s')).toBe('childrens');
    expect(foldTerm('Childrens')).toBe(foldTerm('Children’s'));
  });
});

describe('foldPunctuation', () => {
  it('keeps offsets: one character for one, dashes and whitespace included', () => {
    const text = 'A “quoted” – dash’s\u00a0space';
    const folded = foldPunctuation(text);
    expect(folded).toBe('A "quoted" - dash\'s space');
    expect(folded).toHaveLength(text.length);
  });

  it('leaves case and accents alone (quotes are matched as written)', () => {
    expect(foldPunctuation('Élan')).toBe('Élan');
  });
});
