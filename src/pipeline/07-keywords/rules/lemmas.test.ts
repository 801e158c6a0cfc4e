import { describe, expect, it } from 'vitest';
import { findKeywords } from '../index';
import { keywordsOf, shapedBy } from './table-test';
import { tokenize } from '../../02-tokens';

describe('lemma-word', () => {
  it.each([
    ['Mordet chockade byn. Morden har ökat i regionen.', 'mord'],
    ['Cyklarna stals från stationen. En cykel hittades senare.', 'cykel'],
    ['Skolorna stänger. Skolan i byn öppnar igen.', 'skola'],
  ])('inflections meet in the lemma: %s', (text, lemma) => {
    expect(shapedBy(text, lemma, 'lemma-word')).toBe(true);
  });
  it.each([
    ['Hon springer fort. Hon springer varje dag.', 'springer'],
    ['De åkte hem. De åkte tidigt.', 'åkte'],
  ])('verbs are no keyword words: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text.split(' ').includes(word))).toBe(false);
  });
});

describe('plain-word', () => {
  it('without parts of speech every remaining word may be a keyword, as written', () => {
    const text = 'Cykelbanorna byggs om. Cykelbanorna blir bredare.';
    const toks = tokenize(text).map((t) => ({ ...t, normal: t.text.toLowerCase(), stopword: false, stem: t.text.toLowerCase(), pos: 'X', lemma: t.text.toLowerCase() }));
    const ctx = { text, paragraphs: [], sentences: [{ start: 0, end: text.length, text, tokens: toks }], tokens: toks } as never;
    const kws = findKeywords(ctx, [], []);
    expect(kws.find((k) => k.text === 'cykelbanorna')?.rules).toContain('plain-word');
    expect(findKeywords(ctx, [], [], { rules: { disable: ['plain-word'] } })).toEqual([]);
  });
});
