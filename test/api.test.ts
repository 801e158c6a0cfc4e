import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('public API', () => {
  it('exports the documented functions', () => {
    for (const name of ['analyze', 'tokenize', 'splitSentences', 'stem', 'isStopword', 'tagEntities', 'extractQuotes', 'extractKeywords']) {
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
  ])('%s throws a TypeError naming itself for a non-string', (name, call) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`${name}\\(text\\) expects a string`));
  });

  it('analyzes the empty string to an empty document', () => {
    const doc = api.analyze('');
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
    expect(doc.quotes).toEqual([]);
  });
});
