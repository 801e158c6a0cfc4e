// The SALDO lexicon helpers on a small hand-made lexicon: encoding round trip, compound heads,
// candidate lemmas by inflection edits, and the class features.
import { describe, expect, it } from 'vitest';
import { classBit, decodeLexicon, encodeEdits, encodeLexicon, isFirstPart, lexClasses, lexLemma, lexLookup, lexModel, type LexEdit } from './lexicon';

const N = classBit('N');
const A = classBit('A');
const V = classBit('V');
const LEX = new Map<string, number>([
  ['snus', N],
  ['portionssnus', N],
  ['syn', N],
  ['åsyn', N],
  ['bil', N],
  ['politik', N],
  ['politiker', N],
  ['stor', A | N],
  ['springa', V | N],
  ['kust', N],
  ['kaffe', N],
  ['ton', N],
  ['korn', N],
  ['kvinna', N],
  ['läkare', N],
  ['skola', N | V],
  ['gård', N],
  ['arbete', N],
  ['marknad', N],
  ['pojke', N],
  ['vän', N],
  ['portion', N],
]);
const EDITS: LexEdit[] = [
  { bit: N, strip: '', add: '' },
  { bit: N, strip: 's', add: '' },
  { bit: N, strip: 'en', add: '' },
  { bit: N, strip: 'er', add: '' },
  { bit: N, strip: 'erna', add: '' },
  { bit: N, strip: 'ernas', add: '' },
  { bit: N, strip: 'arna', add: '' },
  { bit: A, strip: '', add: '' },
  { bit: A, strip: 'a', add: '' },
  { bit: V, strip: 'er', add: 'a' },
  { bit: V, strip: 'r', add: '' },
];
const m = lexModel(decodeLexicon(encodeLexicon(LEX)), encodeEdits(EDITS));

describe('SALDO lexicon helpers', () => {
  it('round-trips the front-coded encoding', () => {
    expect(decodeLexicon(encodeLexicon(LEX))).toEqual(LEX);
    expect(decodeLexicon('')).toEqual(new Map());
  });

  it('finds a lemma itself, else its longest listed compound head', () => {
    expect(lexLookup(m.lex, 'portionssnus')).toEqual([N, 0]);
    expect(lexLookup(m.lex, 'kaffesnus')).toEqual([N, 5]);
    // a first part of at least two letters, a head of at least three
    expect(lexLookup(m.lex, 'xsnus')).toEqual([0, -1]);
    expect(lexLookup(m.lex, 'abcde')).toEqual([0, -1]);
  });

  it.each([
    ['portionssnusernas', N, 'portionssnus', 0],
    ['åsyns', N, 'åsyn', 0],
    ['bilarna', N, 'bil', 0],
    ['kaffesnusen', N, 'kaffesnus', 5],
    ['politiker', N, 'politiker', 0],
    ['springer', V, 'springa', 0],
    ['stora', A, 'stor', 0],
  ])('lemma of %s', (form, bit, lemma, head) => {
    expect(lexLemma(m, form, bit)).toEqual({ lemma, head });
  });

  it.each([
    ['åsyns', V],
    ['qwerty', N],
    ['stora', V],
  ])('no lemma for %s in class %i', (form, bit) => {
    expect(lexLemma(m, form, bit)).toBeNull();
  });

  it('gives the classes of listed and head-only candidates', () => {
    expect(lexClasses(m, 'stora')).toEqual({ exact: A, head: 0 });
    expect(lexClasses(m, 'springer')).toEqual({ exact: V, head: 0 });
    expect(lexClasses(m, 'kaffesnusen')).toEqual({ exact: 0, head: N });
    expect(lexClasses(m, 'qwerty')).toEqual({ exact: 0, head: 0 });
  });

  // A compound's first part is a Swedish word (as the lemmatizer checks heads); a name whose tail is a word is no compound.
  it.each([
    ['kaffe', true],
    ['portions', true],
    ['kvinno', true],
    ['skol', true],
    ['pojk', true],
    ['arbetsmarknads', true],
    ['clin', false],
    ['winter', false],
    ['qw', false],
  ])('first part %s → %s', (p, want) => {
    expect(isFirstPart(LEX, p, 1)).toBe(want);
  });

  it.each([
    ['kvinnoläkare', 'kvinnoläkare'],
    ['skolgård', 'skolgård'],
    ['pojkvän', 'pojkvän'],
  ])('a compound with a word as first part has its lemma by head: %s', (form, lemma) => {
    expect(lexLemma(m, form, N)?.lemma).toBe(lemma);
  });

  it.each(['clinton', 'winterkorn'])('a name whose tail is a word gets no lemma by head: %s', (form) => {
    expect(lexLemma(m, form, N)).toBeNull();
    // the tagger's features still see the head (evidence, weighed by the model)
    expect(lexLookup(LEX, form)[0]).toBe(N);
  });
});
