import { describe, expect, it } from 'vitest';
import { defaultLexicon, extendLexicon, type LexiconOverrides } from '../data/sv/lexicon';
import { lexiconOf, wordAlternation, wordSet } from './lexicon';
import { buildContext } from '../pipeline/context';
import { REPORTING_VERBS } from '../data/sv/reporting-verbs';
import { TITLES } from '../data/sv/entity-lexicon';

describe('defaultLexicon', () => {
  it('gathers the data lists in their source order, frozen', () => {
    const lex = defaultLexicon();
    expect(lex).toBe(defaultLexicon());
    expect(lex.reportingVerbs).toEqual([...REPORTING_VERBS]);
    expect(lex.titles.join('|')).toBe(TITLES);
    expect(lex.gazetteer).toEqual({});
    expect(lex.partyAbbreviations.S).toBe('Socialdemokraterna');
    expect(lex.speakerPronouns.hon).toBe('female');
    expect(Object.isFrozen(lex)).toBe(true);
    expect(Object.isFrozen(lex.stopwords)).toBe(true);
  });
});

describe('extendLexicon', () => {
  const base = defaultLexicon();
  it.each<[string, LexiconOverrides, (l: ReturnType<typeof defaultLexicon>) => boolean]>([
    ['adds a reporting verb at the end', { reportingVerbs: { add: ['bloggar'] } }, (l) => l.reportingVerbs.at(-1) === 'bloggar'],
    ['does not duplicate a word already there', { reportingVerbs: { add: ['säger'] } }, (l) => l.reportingVerbs.filter((w) => w === 'säger').length === 1],
    ['removes a stopword', { stopwords: { remove: ['inte'] } }, (l) => !l.stopwords.includes('inte') && l.stopwords.includes('och')],
    ['replaces a list', { titles: { replace: ['rektor'] } }, (l) => l.titles.length === 1],
    ['replace, then add, then remove', { titles: { replace: ['a', 'b'], add: ['c'], remove: ['a'] } }, (l) => l.titles.join() === 'b,c'],
    ['adds a user gazetteer entry', { gazetteer: { Blåbärsgruppen: 'ORG' } }, (l) => l.gazetteer.Blåbärsgruppen === 'ORG'],
    ['changes a map field', { speakerPronouns: { remove: ['hen'] } }, (l) => !('hen' in l.speakerPronouns) && l.speakerPronouns.han === 'male'],
  ])('%s', (_name, overrides, check) => {
    const l = extendLexicon(base, overrides);
    expect(check(l)).toBe(true);
    expect(Object.isFrozen(l)).toBe(true);
  });

  it('leaves the base lexicon as it was', () => {
    const before = base.reportingVerbs.length;
    extendLexicon(base, { reportingVerbs: { add: ['kvittrar'] }, gazetteer: { Ekorrbo: 'LOC' } });
    expect(base.reportingVerbs.length).toBe(before);
    expect(base.gazetteer).toEqual({});
  });

  it.each<[string, unknown]>([
    ['an unknown field', { reportingverbs: { add: ['x'] } }],
    ['an unknown change key', { stopwords: { append: ['x'] } }],
    ['a list that is not an array', { stopwords: { add: 'inte' } }],
    ['a word that is not a string', { stopwords: { add: [1] } }],
    ['a bare array instead of a change', { stopwords: ['inte'] }],
    ['a gazetteer type that is not PER, ORG or LOC', { gazetteer: { Ankeborg: 'CITY' } }],
    ['overrides that are not an object', 'twittrar'],
  ])('rejects %s with a TypeError', (_name, overrides) => {
    expect(() => extendLexicon(base, overrides as LexiconOverrides)).toThrow(TypeError);
  });
});

describe('lexicon on the context', () => {
  it('buildContext carries the default lexicon, or the one given', () => {
    expect(buildContext('Hej.').lexicon).toBe(defaultLexicon());
    const own = extendLexicon(defaultLexicon(), { stopwords: { remove: ['och'] } });
    const ctx = buildContext('Katt och hund.', {}, 'analyze', { lexicon: own });
    expect(lexiconOf(ctx)).toBe(own);
    expect(ctx.tokens.find((t) => t.normal === 'och')?.stopword).toBe(false);
    expect(buildContext('Katt och hund.').tokens.find((t) => t.normal === 'och')?.stopword).toBe(true);
  });

  it('lexiconOf falls back to the default lexicon for a hand-made context', () => {
    expect(lexiconOf({ text: '', paragraphs: [], sentences: [], tokens: [] })).toBe(defaultLexicon());
  });

  it('wordSet and wordAlternation are cached per list and escape words', () => {
    const l = ['a.b', 'c'];
    expect(wordSet(l)).toBe(wordSet(l));
    expect(wordSet(l).has('c')).toBe(true);
    expect(wordAlternation(l)).toBe('a\\.b|c');
    expect(new RegExp(`^(?:${wordAlternation(l)})$`).test('axb')).toBe(false);
  });
});
