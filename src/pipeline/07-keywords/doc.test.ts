import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { documentOf } from '../01b-document';
import { CASE_LOWER, casingOf, noUpperCase, perText, readKeywordDoc } from './doc';

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

describe('casingOf', () => {
  const at = (doc: ReturnType<typeof docOf>, text: string) => doc.tokens.findIndex((t) => t.text === text);
  it('says whether a form is written in lower case and how often it is capitalised mid-sentence', () => {
    const a = docOf('Vi såg Vänern i går. Vänern var lugn och Vänern var blank. Stormen kom i kväll och stormen tog.');
    expect(casingOf(a, at(a, 'Vänern')) >> 1).toBe(2);
    expect(casingOf(a, at(a, 'Vänern')) & CASE_LOWER).toBe(0);
    expect(casingOf(a, at(a, 'Stormen')) & CASE_LOWER).toBe(CASE_LOWER);
    // (sentence-initial capitals are not counted)
    expect(casingOf(a, at(a, 'Stormen')) >> 1).toBe(0);
  });
  it('keeps each text to its own evidence, also when an older text is asked after a newer one', () => {
    const a = docOf('Vi möter Tranan i dag. Sedan Tranan igen.');
    const b = docOf('En trana flög förbi. Tranan landade.');
    const ia = at(a, 'Tranan');
    const ib = at(b, 'Tranan');
    expect(casingOf(b, ib) & CASE_LOWER).toBe(0);
    expect(casingOf(a, ia)).toBe(2 << 1);
    expect(casingOf(b, ib)).toBe(0);
    const c = docOf('Tranan och tranan.');
    expect(casingOf(c, at(c, 'tranan')) & CASE_LOWER).toBe(CASE_LOWER);
    expect(casingOf(a, ia) & CASE_LOWER).toBe(0);
  });
});
