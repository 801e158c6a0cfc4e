import { describe, expect, it } from 'vitest';
import { buildStopwords } from '../../../../scripts/data/stopwords';
import { STOPWORDS_SV } from '../../../data/sv/stopwords';
import { ADDED, REMOVED } from '../../../data/sv/stopwords-curation';
import { createStopwords, isStopword, removeStopwords, stopwords } from './index';

describe('default stopwords', () => {
  it.each([
    'och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'inte', 'har', 'jag', 'hon', 'de', 'dem', 'man',
    // function words added by the curation
    'dessutom', 'samt', 'hos', 'kring', 'trots', 'medan', 'via', 'både', 'varandra', 'därmed', 'ändå', 'hen', 'behöver',
    // number words stay
    'tre', 'tjugo', 'arton', 'första',
  ])('%s is a stopword', (w) => {
    expect(isStopword(w)).toBe(true);
  });

  it.each([
    // content words removed from stopwords-iso
    'beslut', 'beslutat', 'dag', 'dagen', 'bra', 'bättre', 'god', 'stor', 'större', 'liten', 'viktigast', 'viktigt',
    'höger', 'vänster', 'rätt', 'ursäkt', 'dom', 'sex',
    // typos in the source
    'tjungo', 'artonn',
    // ordinary content words never listed
    'regeringen', 'styrning', 'kommun', 'polisen', 'säkerhet', 'Stockholm',
    // not words
    '', ' ', '.', 'och ', 'o',
  ])('%j is not a stopword', (w) => {
    expect(isStopword(w)).toBe(false);
  });

  it.each([
    ['Och', true],
    ['OCH', true],
    ['Dessutom', true],
    ['ÄNDÅ', true],
    ['a\u0308ven', true], // decomposed ä: NFC first ("även")
    ['Beslut', false],
    ['BRA', false],
  ])('is case-insensitive and NFC: %j → %s', (w, expected) => {
    expect(isStopword(w)).toBe(expected);
  });

  it('is lower case, NFC and has a sensible size', () => {
    expect(stopwords.size).toBeGreaterThan(400);
    expect(stopwords.size).toBeLessThan(600);
    for (const w of stopwords) expect(w).toBe(w.toLowerCase().normalize('NFC'));
  });

  it('applies every curation entry', () => {
    for (const { word } of REMOVED) expect(stopwords.has(word), word).toBe(false);
    for (const { word } of ADDED) expect(stopwords.has(word), word).toBe(true);
  });

  it('is what scripts/data/stopwords.ts generates (run it after editing the curation)', () => {
    expect(STOPWORDS_SV).toEqual(buildStopwords().words);
  });

  it('cannot be changed', () => {
    expect(() => (stopwords as Set<string>).add('beslut')).toThrow(TypeError);
    expect(() => (stopwords as Set<string>).delete('och')).toThrow(TypeError);
    expect(() => (stopwords as Set<string>).clear()).toThrow(TypeError);
    expect(stopwords.has('och')).toBe(true);
    expect(stopwords.has('beslut')).toBe(false);
  });

  it('throws a TypeError for a non-string word', () => {
    expect(() => isStopword(1 as unknown as string)).toThrow(/isStopword\(word\) expects a string/);
  });
});

describe('createStopwords', () => {
  it('adds and removes (case-insensitively) on top of the default list', () => {
    const sw = createStopwords({ add: ['Enligt', 'Säger'], remove: ['INTE'] });
    expect(isStopword('enligt', { stopwords: sw })).toBe(true);
    expect(isStopword('säger', { stopwords: sw })).toBe(true);
    expect(isStopword('inte', { stopwords: sw })).toBe(false);
    expect(isStopword('och', { stopwords: sw })).toBe(true);
    // the default is untouched
    expect(isStopword('inte')).toBe(true);
  });

  it('replaces the list', () => {
    const sw = createStopwords({ replace: ['Och', 'i'], add: ['på'] });
    expect([...sw].sort()).toEqual(['i', 'och', 'på']);
    expect(isStopword('att', { stopwords: sw })).toBe(false);
  });

  it('with no options is a copy of the default list', () => {
    expect([...createStopwords()]).toEqual([...stopwords]);
  });

  it('rejects non-iterables and non-string words', () => {
    expect(() => createStopwords({ add: 'och' as unknown as string[] })).toThrow(TypeError);
    expect(() => createStopwords({ remove: [1] as unknown as string[] })).toThrow(TypeError);
    expect(() => createStopwords({ replace: 5 as unknown as string[] })).toThrow(TypeError);
  });

  it('returns a read-only set', () => {
    expect(() => (createStopwords() as Set<string>).add('x')).toThrow(TypeError);
  });
});

describe('removeStopwords', () => {
  const tok = (text: string) => ({ text, normal: text.toLowerCase(), kind: 'word' as const, start: 0, end: text.length });

  it('filters plain words, case-insensitively', () => {
    expect(removeStopwords(['Hon', 'leder', 'arbetet', 'med', 'styrningen', 'dessutom'])).toEqual(['leder', 'arbetet', 'styrningen']);
  });

  it('filters tokens by their normal form and keeps the objects', () => {
    const tokens = [tok('Beslutet'), tok('om'), tok('skolan'), tok('togs'), tok('i'), tok('dag')];
    const kept = removeStopwords(tokens);
    expect(kept.map((t) => t.text)).toEqual(['Beslutet', 'skolan', 'togs', 'dag']);
    expect(kept[0]).toBe(tokens[0]);
  });

  it('uses a custom list', () => {
    const sw = createStopwords({ replace: ['skolan'] });
    expect(removeStopwords(['om', 'skolan'], { stopwords: sw })).toEqual(['om']);
  });

  it('handles empty input and rejects non-arrays', () => {
    expect(removeStopwords([])).toEqual([]);
    expect(() => removeStopwords('och att' as unknown as string[])).toThrow(TypeError);
  });
});
