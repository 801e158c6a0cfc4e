import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { documentOf } from '../01b-document';
import { noUpperCase, perText, readKeywordDoc } from './doc';

const docOf = (text: string) => {
  const ctx = buildContext(text);
  return readKeywordDoc(ctx, [], documentOf(ctx));
};

describe('perText', () => {
  it('works a fact out once per text, and again for another text', () => {
    let built = 0;
    const count = perText((doc) => {
      built++;
      return doc.tokens.length;
    });
    const a = docOf('Kommunen bygger en ny skola.');
    const b = docOf('Skolan öppnar i augusti. Eleverna flyttar in.');
    expect(count(a)).toBe(6);
    expect(count(a)).toBe(6);
    expect(built).toBe(1);
    expect(count(b)).toBe(9);
    expect(built).toBe(2);
  });
  it('keeps two facts of one text apart', () => {
    const first = perText((doc) => doc.tokens[0]!.text);
    const last = perText((doc) => doc.tokens[doc.tokens.length - 1]!.text);
    const a = docOf('Tåget är försenat.');
    expect(first(a)).toBe('Tåget');
    expect(last(a)).toBe('.');
  });
});

describe('noUpperCase', () => {
  it.each(['kommun', 'åsyn', 'förändring', 'fn:s', '24-åring', 'straße', ''])('is true where toLowerCase changes nothing: %s', (w) => {
    expect(noUpperCase(w)).toBe(true);
    expect(w.toLowerCase()).toBe(w);
  });
  it.each(['Kommun', 'ÅSYN', 'Östersund', 'fN', 'Σ', 'À'])('is false where a capital may change: %s', (w) => {
    expect(noUpperCase(w)).toBe(false);
  });
});
