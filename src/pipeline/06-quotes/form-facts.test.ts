import { describe, expect, it } from 'vitest';
import { tokenize } from '../02-tokens';
import { defaultLexicon, extendLexicon } from '../../data/sv/lexicon';
import { quoteWords } from './words';
import { isRoleWord, nationalityOf, roleShaped } from './people';
import { nationalityAt, quoteFormFacts, roleShapedAt, roleWordAt } from './form-facts';

const TEXT = 'Norske mittfältaren Sondre Bakken och ministern Anna Ek, ordförande i nämnden, möter EU-ministern och Grundaren Ali Demir. Norrmannen och ministern talar.';

describe('quote form facts (by form id)', () => {
  it('give what the word-list tests give, for every token, the first time and from the memo', () => {
    const words = quoteWords(defaultLexicon());
    for (let pass = 0; pass < 2; pass++) {
      const tokens = tokenize(TEXT);
      const f = quoteFormFacts(tokens, words);
      tokens.forEach((t, i) => {
        expect(roleWordAt(f, i)).toBe(isRoleWord(t.normal, words));
        expect(roleShapedAt(f, i)).toBe(roleShaped(t.text, words));
        expect(nationalityAt(f, i)).toBe(nationalityOf(t.text, words));
      });
    }
    const tokens = tokenize(TEXT);
    const f = quoteFormFacts(tokens, words);
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    expect(roleWordAt(f, at('ministern'))).toBe(true);
    expect(roleShapedAt(f, at('Grundaren'))).toBe(true);
    expect(nationalityAt(f, at('Norske'))).toBe('norsk');
    expect(nationalityAt(f, at('Norrmannen'))).toBe('norsk');
    expect(nationalityAt(f, at('och'))).toBeUndefined();
    expect(roleWordAt(f, at('och'))).toBe(false);
  });
  it('keep one memo per lexicon: a role noun added in one lexicon is none in the default one', () => {
    const own = quoteWords(extendLexicon(defaultLexicon(), { roleNouns: { add: ['mittfältaren'] } }));
    const plain = quoteWords(defaultLexicon());
    const tokens = tokenize(TEXT);
    const i = tokens.findIndex((t) => t.text === 'mittfältaren');
    expect(isRoleWord('mittfältaren', plain)).toBe(false);
    expect(roleWordAt(quoteFormFacts(tokens, own), i)).toBe(true);
    expect(roleWordAt(quoteFormFacts(tokens, plain), i)).toBe(false);
    expect(roleWordAt(quoteFormFacts(tokens, own), i)).toBe(true);
  });
});
