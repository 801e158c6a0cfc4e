import { describe, expect, it } from 'vitest';
import { defaultLexicon, extendLexicon } from '../data/sv/lexicon';
import { firstNamesOf } from './first-names';

const lex = extendLexicon(defaultLexicon(), {
  femaleFirstNames: { add: ['Ylvali'] },
  maleFirstNames: { add: ['Torvald', 'Ann-Tor'] },
  ambiguousFirstNames: { add: ['Kimbo'] },
});
const names = firstNamesOf(lex);

describe('firstNamesOf: sex', () => {
  it.each([
    ['Ylvali Berg', 'female'],
    ['YLVALI BERG', 'female'],
    ['ylvali', 'female'],
    ['Torvald', 'male'],
    ['ANN-TOR Ek', 'male'],
    // a genitive goes when the name itself is unknown
    ['Ylvalis', 'female'],
    ['Torvald:s', 'male'],
    ['TORVALDS', 'male'],
  ])('%s → %s', (name, sex) => {
    expect(names.sex(name)).toBe(sex);
  });
  it.each(['Kimbo Lund', 'Zqxwv Lund', '', '   ', 's', 'Kimbos'])('no sex for an ambiguous, unknown or empty name: %j', (name) => {
    expect(names.sex(name)).toBe(null);
  });
});

describe('firstNamesOf: has', () => {
  it.each(['Ylvali', 'YLVALI', 'ann-tor', 'Kimbo'])('knows %s', (w) => expect(names.has(w)).toBe(true));
  it.each(['Ylvalis', 'Zqxwv', ''])('does not know %j', (w) => expect(names.has(w)).toBe(false));
});
