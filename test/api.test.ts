import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('public API', () => {
  it('exports the documented functions', () => {
    for (const name of [
      'analyze', 'tokenize', 'splitParagraphs', 'splitSentences', 'stem', 'isStopword', 'removeStopwords', 'createStopwords',
      'tag', 'tagTokens', 'tagEntities', 'groupEntities', 'firstNameSex', 'lookupGazetteer', 'extractQuotes', 'quotesBySpeaker',
      'extractKeywords', 'createKeywordModel', 'summarize', 'toMarkdown',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it.each([
    ['tokenize', () => api.tokenize(42 as unknown as string)],
    ['splitSentences', () => api.splitSentences(null as unknown as string)],
    ['analyze', () => api.analyze(undefined as unknown as string)],
    ['tagEntities', () => api.tagEntities({} as unknown as string)],
    ['extractQuotes', () => api.extractQuotes([] as unknown as string)],
    ['extractKeywords', () => api.extractKeywords(1n as unknown as string)],
    ['tag', () => api.tag(7 as unknown as string)],
    ['summarize', () => api.summarize(Symbol('x') as unknown as string)],
    ['splitParagraphs', () => api.splitParagraphs(false as unknown as string)],
  ])('%s throws a TypeError naming itself for a non-string', (name, call) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`${name}\\(text\\) expects a string`));
  });

  it('analyzes the empty string to an empty document', () => {
    const doc = api.analyze('');
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
    expect(doc.quotes).toEqual([]);
    expect(doc.entities).toEqual([]);
    expect(doc.keywords).toEqual([]);
    expect(doc.summary.words).toBe(0);
  });

  it.each([
    ['firstNameSex', () => api.firstNameSex(1 as unknown as string)],
    ['lookupGazetteer', () => api.lookupGazetteer(null as unknown as string)],
  ])('%s throws a TypeError for a non-string name', (name, call) => {
    expect(call).toThrow(new RegExp(`${name}\\(name\\) expects a string`));
  });

  it('analyze returns the whole pipeline for a short news text', () => {
    const doc = api.analyze('Statsminister Eva Lindqvist besökte Umeå i går.\n\n– Vi måste satsa mer på skolan, säger Lindqvist.');
    expect(doc.entityGroups.map((g) => [g.name, g.type])).toEqual(expect.arrayContaining([['Eva Lindqvist', 'PER'], ['Umeå', 'LOC']]));
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.speaker?.name).toBe('Eva Lindqvist');
    expect(doc.tokens.find((t) => t.text === 'besökte')).toMatchObject({ pos: 'VERB', lemma: 'besöka', stopword: false });
    expect(doc.summary.people.map((g) => g.name)).toContain('Eva Lindqvist');
  });
});
