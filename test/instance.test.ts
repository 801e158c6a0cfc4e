import { describe, expect, it } from 'vitest';
import { analyze, createSwedish, defaultLexicon, extractKeywords, extractQuotes, summarize, tagEntities, type SwedishOptions } from '../src/index';

// Our own Swedish texts, written for these tests.
const ENTITIES = 'Förra veckan besökte hon Blåbärsgruppen och Snigelhuset i Borlänge.';
const ARTICLE = `Ny simhall byggs i Borlänge

Borlänge kommun bygger en ny simhall vid Hagalund. Simhallen ska vara klar om två år, säger Eva Lind, fritidschef i Borlänge kommun.

– Vi har väntat länge på det här. Simhallen blir den största i länet, säger Eva Lind.

Bygget kostar 300 miljoner kronor. Oppositionen vill inte att kommunen lånar till simhallen.

– Det är fel att låna till en simhall när skolorna behöver pengar, säger Per Ek (M).`;

describe('createSwedish: the default instance', () => {
  it('gives what the top-level functions give', () => {
    const sv = createSwedish();
    expect(sv.analyze(ARTICLE)).toEqual(analyze(ARTICLE));
    expect(sv.summarize(ARTICLE)).toEqual(summarize(ARTICLE));
    expect(sv.tagEntities(ENTITIES)).toEqual(tagEntities(ENTITIES));
    expect(sv.extractQuotes(ARTICLE)).toEqual(extractQuotes(ARTICLE));
    expect(sv.extractKeywords(ARTICLE)).toEqual(extractKeywords(ARTICLE));
    expect(sv.lexicon).toBe(defaultLexicon());
  });
});

describe('createSwedish: the lexicon', () => {
  it.each([
    ['Snigelhuset', 'LOC'],
    ['Snigelhuset', 'ORG'],
  ] as const)('a gazetteer entry makes %s a %s, in tagEntities and analyze', (name, type) => {
    const sv = createSwedish({ lexicon: { gazetteer: { [name]: type } } });
    expect(sv.tagEntities(ENTITIES).find((e) => e.text === name)?.type).toBe(type);
    expect(sv.analyze(ENTITIES).entities.find((e) => e.text === name)?.type).toBe(type);
  });

  it('without the entry the name is not a place', () => {
    expect(tagEntities(ENTITIES).find((e) => e.text === 'Snigelhuset')?.type).not.toBe('LOC');
  });

  it('the caller’s per-call gazetteer wins over the instance’s', () => {
    const sv = createSwedish({ lexicon: { gazetteer: { Snigelhuset: 'LOC' } } });
    expect(sv.tagEntities(ENTITIES, { gazetteer: { Snigelhuset: 'ORG' } }).find((e) => e.text === 'Snigelhuset')?.type).toBe('ORG');
  });

  it('a stopword removed from the lexicon is no stopword for tokens, isStopword and removeStopwords', () => {
    const sv = createSwedish({ lexicon: { stopwords: { remove: ['inte'] } } });
    expect(sv.analyze('Hon vill inte.').tokens.find((t) => t.normal === 'inte')?.stopword).toBe(false);
    expect(analyze('Hon vill inte.').tokens.find((t) => t.normal === 'inte')?.stopword).toBe(true);
    expect(sv.isStopword('Inte')).toBe(false);
    expect(sv.isStopword('och')).toBe(true);
    expect(sv.removeStopwords(['och', 'inte', 'simhall'])).toEqual(['inte', 'simhall']);
  });

  it.each([
    ['– Vi har fått nog av förseningarna, bloggar Eva Lind.', 'bloggar', 'Eva Lind'],
    ['– Bussen kom aldrig i dag, smsar Per Ek.', 'smsar', 'Per Ek'],
  ])('an added reporting verb makes an attribution: %s', (line, verb, speaker) => {
    const text = `Trafiken stod still i morse.\n\n${line}`;
    const sv = createSwedish({ lexicon: { reportingVerbs: { add: [verb] } } });
    expect(sv.lexicon.reportingVerbs).toContain(verb);
    expect(defaultLexicon().reportingVerbs).not.toContain(verb);
    for (const quotes of [sv.extractQuotes(text), sv.analyze(text).quotes]) {
      expect(quotes.map((q) => [q.cue, q.speaker?.name ?? null])).toEqual([[verb, speaker]]);
    }
    // Without the verb the same line is no attribution: the name is part of the quote.
    expect(extractQuotes(text).map((q) => q.speaker?.name ?? null)).not.toContain(speaker);
  });
});

describe('createSwedish: steps and rules', () => {
  it('runs only the steps asked for', () => {
    const sv = createSwedish({ steps: ['entities', 'quotes'] });
    const doc = sv.analyze(ARTICLE);
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.quotes.length).toBe(2);
    expect(doc.keywords).toEqual([]);
    expect(doc.summary).toBeNull();
    expect(doc.tokens.every((t) => t.pos === 'X')).toBe(true);
    expect(sv.summarize(ARTICLE).keywords).toEqual([]);
  });

  it('with every step the instance document has a summary and tags', () => {
    const doc = createSwedish({ steps: ['tags', 'keywords', 'summary'] }).analyze(ARTICLE);
    expect(doc.entities).toEqual([]);
    expect(doc.keywords.length).toBeGreaterThan(0);
    expect(doc.summary?.title).toBe('Ny simhall byggs i Borlänge');
    expect(doc.tokens.some((t) => t.pos === 'NOUN')).toBe(true);
  });

  it.each([
    ['Det rapporterade SVT Nyheter under kvällen.', 'SVT Nyheter', 'SVT'],
    ['Enligt DN Debatt är frågan avgjord.', 'DN Debatt', 'DN'],
  ])('a disabled rule id (media-subbrand) is not run: %s', (text, withRule, without) => {
    const on = tagEntities(text).find((e) => e.text.startsWith(without));
    expect(on).toMatchObject({ text: withRule, rule: 'media-subbrand' });
    const sv = createSwedish({ rules: { disable: ['media-subbrand'] } });
    for (const ents of [sv.tagEntities(text), sv.analyze(text).entities]) {
      expect(ents.find((e) => e.text.startsWith(without))?.text).toBe(without);
      expect(ents.some((e) => e.rule === 'media-subbrand')).toBe(false);
    }
  });

  it('accepts a known rule id and keeps it on the instance', () => {
    const sv = createSwedish({ rules: { disable: ['implicit-topic'] } });
    expect(sv.disabledRules).toEqual(['implicit-topic']);
    expect(Array.isArray(sv.analyze(ARTICLE).keywords)).toBe(true);
  });
});

describe('options a function cannot honour are a TypeError', () => {
  it.each<[string, unknown]>([
    ['an unknown key', { lexikon: {} }],
    ['an unknown step', { steps: ['entities', 'citat'] }],
    ['steps that are not an array', { steps: 'entities' }],
    ['an unknown lexicon field', { lexicon: { verbs: { add: ['x'] } } }],
    ['an unknown list change', { lexicon: { stopwords: { delete: ['inte'] } } }],
    ['a bad gazetteer type', { lexicon: { gazetteer: { Snigelhuset: 'PLACE' } } }],
    ['an unknown rule id', { rules: { disable: ['no-such-rule'] } }],
    ['an unknown key in rules', { rules: { enable: ['implicit-topic'] } }],
    ['options that are not an object', 'entities'],
  ])('createSwedish with %s', (_name, options) => {
    expect(() => createSwedish(options as SwedishOptions)).toThrow(TypeError);
  });

  it.each<[string, () => unknown]>([
    ['analyze with an unknown option', () => analyze('Hej.', { limit: 5 } as never)],
    ['analyze with quotes.entities (the entity step runs once, with options.entities)', () => analyze('Hej.', { quotes: { entities: {} } })],
    ['analyze with an unknown entity option', () => analyze('Hej.', { entities: { gazeteer: {} } as never })],
    ['analyze with an unknown rule id in a step', () => analyze('Hej.', { keywords: { rules: { disable: ['nope'] } } as never })],
    ['summarize with an unknown option', () => summarize('Hej.', { limt: 5 } as never)],
    ['summarize with both limit and keywords.limit', () => summarize('Hej.', { limit: 3, keywords: { limit: 5 } })],
    ['tagEntities with an unknown option', () => tagEntities('Hej.', { tag: false } as never)],
    ['extractQuotes with an unknown option', () => extractQuotes('Hej.', { speakers: true } as never)],
    ['extractKeywords with an unknown option', () => extractKeywords('Hej.', { top: 5 } as never)],
    ['extractKeywords with a negative limit', () => extractKeywords('Hej.', { limit: -1 })],
    ['an instance function with an unknown option', () => createSwedish().analyze('Hej.', { foo: 1 } as never)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(TypeError);
  });
});

describe('summarize takes the nested options of analyze', () => {
  it('keywords.limit and the deprecated flat limit give the same summary', () => {
    const nested = summarize(ARTICLE, { keywords: { limit: 3 } });
    expect(nested.keywords.length).toBe(3);
    expect(summarize(ARTICLE, { limit: 3 })).toEqual(nested);
  });

  it('entities.gazetteer reaches the entity step', () => {
    const s = summarize(ENTITIES, { entities: { gazetteer: { Snigelhuset: 'LOC' } } });
    expect(s.places.map((g) => g.name)).toContain('Snigelhuset');
  });
});

describe('two instances do not affect each other', () => {
  it('each keeps its own lexicon and the top-level functions keep the default', () => {
    const a = createSwedish({ lexicon: { gazetteer: { Snigelhuset: 'LOC' }, stopwords: { remove: ['inte'] } } });
    const b = createSwedish({ lexicon: { gazetteer: { Snigelhuset: 'ORG' } } });
    const typeOf = (ents: { text: string; type: string }[]) => ents.find((e) => e.text === 'Snigelhuset')?.type;
    expect(typeOf(a.tagEntities(ENTITIES))).toBe('LOC');
    expect(typeOf(b.tagEntities(ENTITIES))).toBe('ORG');
    expect(typeOf(a.tagEntities(ENTITIES))).toBe('LOC');
    expect(typeOf(tagEntities(ENTITIES))).not.toBe('LOC');
    expect(a.isStopword('inte')).toBe(false);
    expect(b.isStopword('inte')).toBe(true);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.lexicon.stopwords)).toBe(true);
  });
});
