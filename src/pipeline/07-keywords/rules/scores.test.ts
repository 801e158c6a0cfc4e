import { describe, expect, it } from 'vitest';
import { keywordIn, keywordsOf } from './table-test';

describe('implicit-topic', () => {
  it.each([['Sverige skickar vapen. Sverige och Norge samarbetar om vapen och ammunition.', 'Sverige']])('the home country counts little: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules).toContain('implicit-topic');
  });
  it.each([['Norge skickar vapen. Norge samarbetar om vapen och ammunition.', 'Norge']])('another country counts in full: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules ?? []).not.toContain('implicit-topic');
  });
});

describe('quoted-speaker', () => {
  it.each([['Laura Hartman leder utredningen.\n– Vi måste lita på personalen, säger Laura Hartman.', 'Laura Hartman']])('a quoted person weighs more: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules).toContain('quoted-speaker');
  });
  it.each([['Laura Hartman leder utredningen. Utredningen lämnas i maj av Laura Hartman.', 'Laura Hartman']])('a person not quoted: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules ?? []).not.toContain('quoted-speaker');
  });
});

describe('phrase-cohesion and linked-phrase-once', () => {
  it('a repeated phrase is cohesive', () => {
    const text = 'Offentlig sektor behöver reformer. Offentlig sektor växer. Stora hus byggs.';
    expect(keywordIn(text, 'offentlig sektor')?.rules).toContain('phrase-cohesion');
  });
  it('a linked phrase said once is marked, said twice it is not', () => {
    const once = 'Han åtalas för medhjälp till mord. Domen faller i dag.';
    const twice = 'Han åtalas för medhjälp till mord. Medhjälp till mord ger långt straff.';
    expect(keywordIn(once, 'medhjälp till mord')?.rules ?? ['linked-phrase-once']).toContain('linked-phrase-once');
    expect(keywordIn(twice, 'medhjälp till mord')?.rules).not.toContain('linked-phrase-once');
  });
});

describe('compound-length', () => {
  it('a long compound carries the rule; a name does not', () => {
    // The compound stands inside the sentence: at a sentence start the SALDO-backed tagger reads an
    // unlisted capitalised compound as a name (a tagger matter, not this rule's).
    const text = 'I Dalarna växte egnahemsrörelsen snabbt. Sedan byggde egnahemsrörelsen hus i Dalarna.';
    expect(keywordIn(text, 'egnahemsrörelse')?.rules).toContain('compound-length');
    expect(keywordIn(text, 'Dalarna')?.rules).not.toContain('compound-length');
  });
});

describe('single-letter', () => {
  const texts = (text: string, disable: string[] = []) => keywordsOf(text, disable).map((k) => k.text);
  it.each([['Laget K/B 2012 IF vann igen i går. K/B 2012 IF leder nu serien efter segern mot Hallstahammar.']])(
    'a single letter cut from a name is no keyword: %s',
    (text) => {
      expect(texts(text).filter((k) => k.length === 1)).toEqual([]);
      expect(texts(text, ['single-letter']).filter((k) => k.length === 1).length).toBeGreaterThan(0);
    },
  );
  it.each([
    ['Carl G. Jansson leder bolaget. Jansson tog över efter grundaren förra året.', 'Carl G. Jansson'],
    ['SJ köper nya tåg för resor i norr. SJ satsar på fler avgångar.', 'SJ'],
  ])('a name with an initial, or of two letters, stays: %s', (text, name) => {
    expect(texts(text)).toContain(name);
  });
});
