import { describe, expect, it } from 'vitest';
import { defaultLexicon, extendLexicon } from '../../data/sv/lexicon';
import { buildContext } from '../context';
import { findQuotes, quotesBySpeaker } from '.';

// The quote step reads its word lists from the context's lexicon, so a caller's additions count.
describe('quote step and the lexicon', () => {
  const text = 'Laget vann.\n\n– Vi var bäst i dag, kvittrar Lina Ek.';
  it('a reporting verb added to the lexicon attributes a quote', () => {
    const lexicon = extendLexicon(defaultLexicon(), { reportingVerbs: { add: ['kvittrar'] } });
    const q = findQuotes(buildContext(text, {}, 'test', { lexicon }), []);
    expect(q.map((x) => [x.text, x.speaker?.name, x.cue])).toEqual([['Vi var bäst i dag', 'Lina Ek', 'kvittrar']]);
  });
  it('without it the verb is no attribution', () => {
    const q = findQuotes(buildContext(text), []);
    expect(q[0]?.speaker?.name).not.toBe('Lina Ek');
  });
  it('a first name added to the lexicon gives its sex: `säger hon` no longer goes to a man', () => {
    const names = 'Zelmira Ek mötte Per Berg i finalen.\n\n– Det var tungt, säger hon.';
    const lexicon = extendLexicon(defaultLexicon(), { maleFirstNames: { add: ['Zelmira'] } });
    expect(findQuotes(buildContext(names), [])[0]?.speaker?.name).toBe('Zelmira Ek');
    expect(findQuotes(buildContext(names, {}, 'test', { lexicon }), [])[0]?.speaker?.name).not.toBe('Zelmira Ek');
  });
  it('a first name added to the lexicon puts the person in the register (`säger han` resolved by the attribution rule)', () => {
    const names = 'Karin Ek mötte Zelmira Ek i finalen.\n\n– Det var tungt, säger han.';
    const lexicon = extendLexicon(defaultLexicon(), { maleFirstNames: { add: ['Zelmira'] } });
    expect(findQuotes(buildContext(names, {}, 'test', { lexicon }), [])[0]?.speaker?.rule).toBe('speaker-attribution');
    expect(findQuotes(buildContext(names), [])[0]?.speaker?.rule).not.toBe('speaker-attribution');
  });
  it('a verb removed from the lexicon no longer attributes', () => {
    const lexicon = extendLexicon(defaultLexicon(), { reportingVerbs: { remove: ['säger'] } });
    const q = findQuotes(buildContext('Laget vann.\n\n– Vi var bäst i dag, säger Lina Ek.', {}, 'test', { lexicon }), []);
    expect(q[0]?.cue ?? null).not.toBe('säger');
  });
});

describe('findQuotes options', () => {
  it('rejects options.entities (the entities are its second argument)', () => {
    expect(() => findQuotes(buildContext('– Hej, säger Anna Ek.'), [], { entities: {} } as never)).toThrow(TypeError);
  });
  it('switches a rule off by id', () => {
    const text = 'Laget vann.\n\n– Vi var bäst, säger Lina Ek.\n\n– Nu tar vi guldet.';
    expect(findQuotes(buildContext(text), [])[1]?.speaker?.name).toBe('Lina Ek');
    expect(findQuotes(buildContext(text), [], { rules: { disable: ['previous-speaker'] } })[1]?.speaker ?? null).toBe(null);
  });
});

describe('quotesBySpeaker with minConfidence', () => {
  const text = 'Laget vann.\n\n– Vi var bäst i dag, säger Lina Ek.\n\n– Nu tar vi guldet.';
  it('files less sure speakers under the empty string', () => {
    const qs = findQuotes(buildContext(text), []);
    expect(qs.map((q) => q.speaker?.resolution)).toEqual(['explicit', 'previous']);
    const all = quotesBySpeaker(qs);
    expect([...all.keys()]).toEqual(['Lina Ek']);
    const cut = (qs[0]!.speaker!.confidence + qs[1]!.speaker!.confidence) / 2;
    const sure = quotesBySpeaker(qs, { minConfidence: cut });
    expect(sure.get('Lina Ek')?.length).toBe(1);
    expect(sure.get('')?.length).toBe(1);
  });
  it('every speaker has a rule, a resolution and a confidence in [0, 1]', () => {
    for (const q of findQuotes(buildContext(text), [])) {
      expect(q.rule).toBe('dash-line');
      expect(q.speaker!.confidence).toBeGreaterThanOrEqual(0);
      expect(q.speaker!.confidence).toBeLessThanOrEqual(1);
    }
  });
  it('rejects a minConfidence that is not a number', () => {
    expect(() => quotesBySpeaker([], { minConfidence: '0.5' as never })).toThrow(TypeError);
  });
});
