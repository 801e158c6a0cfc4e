// The lemma corrections as named rules of an instance: switched off by id (`rules: { disable }`),
// reading their word lists from the instance's lexicon, and the default output unchanged.
import { describe, expect, it } from 'vitest';
import { analyze, createSwedish, extractKeywords, tag } from '../../../index';
import { tokenize } from '../../02-tokens';
import { formIdsOf } from '../../../internal/form-ids';
import { defaultLexicon } from '../../../data/sv/lexicon';
import { tagLabels } from './index';
import { LEMMA_CORRECTIONS, lemmaListsOf, lemmatize } from './lemma';
import { TAG_LETTERS, TAGS } from './features';
import { loadModel } from './model';
import { TAGGER_MODEL } from '../../../data/sv/tagger-model';
import { SALDO_LEXICON } from '../../../data/sv/saldo-lexicon';
import { TAG_CORRECTIONS } from './tag-corrections';
import { readFileSync } from 'node:fs';

const TEXT = 'Besöket på museets nya utställning tog en timme. Konstmuseets samlingar har europeiska rötter.';
const lemmaOf = (tokens: readonly { text: string; lemma: string }[], word: string): string | undefined => tokens.find((t) => t.text === word)?.lemma;

describe('lemma corrections switched off by id', () => {
  it('eum-noun off: museets gets the tables\' lemma again, the other corrections stay', () => {
    const off = createSwedish({ rules: { disable: ['eum-noun'] } }).analyze(TEXT).tokens;
    // the tables' own lemma, with no correction at all
    const tables = lemmatize('museets', 'museets', 'NOUN', TAG_LETTERS[TAGS.indexOf('NOUN')]!, loadModel(TAGGER_MODEL, SALDO_LEXICON).lemma, undefined, []);
    expect(lemmaOf(off, 'museets')).toBe(tables);
    expect(lemmaOf(off, 'museets')).toBe('muse');
    expect(lemmaOf(off, 'Konstmuseets')).toBe('konstmuse');
    expect(lemmaOf(off, 'europeiska')).toBe('europeisk');
    const on = analyze(TEXT).tokens;
    expect(lemmaOf(on, 'museets')).toBe('museum');
    expect(lemmaOf(on, 'Konstmuseets')).toBe('konstmuseum');
  });

  it("an instance's tag() honours its switches and lexicon like its analyze()", () => {
    const off = createSwedish({ rules: { disable: ['eum-noun'] } });
    expect(lemmaOf(off.tag(TEXT), 'museets')).toBe('muse');
    expect(off.tag(TEXT).map((t) => t.lemma)).toEqual(off.analyze(TEXT).tokens.map((t) => t.lemma));
    expect(createSwedish().tag(TEXT)).toEqual(tag(TEXT));
    expect(lemmaOf(createSwedish().tag(TEXT), 'museets')).toBe('museum');
    const odeum = createSwedish({ lexicon: { lemmaEumNouns: { add: ['odeum'] } } });
    expect(lemmaOf(odeum.tag('Odeets scen var full.'), 'Odeets')).toBe(lemmaOf(odeum.analyze('Odeets scen var full.').tokens, 'Odeets'));
  });

  it('each correction has its own switch', () => {
    const off = createSwedish({ rules: { disable: ['ska-adjective'] } }).analyze(TEXT).tokens;
    expect(lemmaOf(off, 'europeiska')).not.toBe('europeisk');
    expect(lemmaOf(off, 'museets')).toBe('museum');
  });

  it('the default output is the same with no rules or with only other steps\' rules off', () => {
    const want = JSON.stringify(analyze(TEXT));
    expect(JSON.stringify(createSwedish().analyze(TEXT))).toBe(want);
    expect(JSON.stringify(createSwedish({ rules: { disable: ['media-subbrand', 'dash-line'] } }).analyze(TEXT).tokens)).toBe(JSON.stringify(analyze(TEXT).tokens));
  });

  it('the lemma memos keep the instances apart, in any order of calls', () => {
    const off = createSwedish({ rules: { disable: ['eum-noun'] } });
    const lex = createSwedish({ lexicon: { stopwords: { add: ['timme'] } } });
    const lexOff = createSwedish({ lexicon: { stopwords: { add: ['timme'] } }, rules: { disable: ['eum-noun'] } });
    for (let i = 0; i < 2; i++) {
      expect(lemmaOf(analyze(TEXT).tokens, 'museets')).toBe('museum');
      expect(lemmaOf(off.analyze(TEXT).tokens, 'museets')).toBe('muse');
      expect(lemmaOf(lex.analyze(TEXT).tokens, 'museets')).toBe('museum');
      expect(lemmaOf(lexOff.analyze(TEXT).tokens, 'museets')).toBe('muse');
    }
  });

  it('tagLabels takes the rule options, with and without the text\'s form ids', () => {
    const tokens = tokenize('Vi gick till museets kafé.');
    const i = tokens.findIndex((t) => t.text === 'museets');
    const rules = { disable: ['eum-noun'] };
    expect(tagLabels(tokens).lemma[i]).toBe('museum');
    expect(tagLabels(tokens, undefined, undefined, 0, rules).lemma[i]).toBe('muse');
    expect(tagLabels(tokens, undefined, formIdsOf(tokens), 0, rules).lemma[i]).toBe('muse');
    expect(tagLabels(tokens, undefined, formIdsOf(tokens), 0, { disable: LEMMA_CORRECTIONS.map((c) => c.id) }).lemma[i]).toBe('muse');
    expect(tagLabels(tokens, undefined, formIdsOf(tokens), 0).lemma[i]).toBe('museum');
  });

  it('reaches the keyword step through the instance', () => {
    const text = 'Museets direktör avgår. Museets styrelse söker en ny chef. Museets besökare är oroliga.';
    const on = extractKeywords(text).map((k) => k.text);
    const off = createSwedish({ rules: { disable: ['eum-noun'] } }).extractKeywords(text).map((k) => k.text);
    expect(on.join()).toContain('museum');
    expect(off.join()).not.toContain('museum');
  });

  it('the step page lists every tag and lemma correction', () => {
    const page = readFileSync(new URL('../../../../docs/pipeline/04-annotate.md', import.meta.url), 'utf8');
    expect([...TAG_CORRECTIONS, ...LEMMA_CORRECTIONS].map((c) => c.id).filter((id) => !page.includes(`\`${id}\``))).toEqual([]);
  });

  it('an unknown id is a TypeError', () => {
    expect(() => createSwedish({ rules: { disable: ['eum-nouns'] } })).toThrow(TypeError);
  });
});

describe('lemma corrections read the lexicon', () => {
  it('the built-in lexicon carries the lists', () => {
    expect(defaultLexicon().lemmaEumNouns).toContain('museum');
    expect(defaultLexicon().lemmaDefiniteNAfterI).toContain('emi');
    expect(lemmaListsOf()).toBe(lemmaListsOf(defaultLexicon()));
  });

  it('an instance\'s lexicon change reaches eum-noun', () => {
    const text = 'Konserten hölls i stadens odeum. Odeets akustik var god.';
    expect(lemmaOf(analyze(text).tokens, 'Odeets')).toBe('ode');
    const added = createSwedish({ lexicon: { lemmaEumNouns: { add: ['odeum'] } } });
    expect(lemmaOf(added.analyze(text).tokens, 'Odeets')).toBe('odeum');
    const removed = createSwedish({ lexicon: { lemmaEumNouns: { remove: ['museum'] } } });
    expect(lemmaOf(removed.analyze(TEXT).tokens, 'museets')).toBe('muse');
    expect(lemmaOf(analyze(TEXT).tokens, 'museets')).toBe('museum');
  });

  it('an instance\'s lexicon change reaches the keyword step\'s lemma check (lemmaDefiniteNAfterI)', () => {
    const text = 'Pandemin slog hårt mot vården. Under pandemin stängdes skolor. Pandemin är över, säger experter om pandemin.';
    expect(extractKeywords(text).map((k) => k.text)).toContain('pandemi');
    const removed = createSwedish({ lexicon: { lemmaDefiniteNAfterI: { remove: ['emi'] } } }).extractKeywords(text).map((k) => k.text);
    expect(removed).toContain('pandemin');
    expect(removed).not.toContain('pandemi');
  });
});

describe('the verb and agent-noun corrections (lemma9) switched off by id and reading the lexicon', () => {
  const VERBS = 'Förslaget innebar stora förändringar för skolan.';
  it('compound-verb-form off: innebar gets the tables\' cut again', () => {
    expect(lemmaOf(tag(VERBS), 'innebar')).toBe('innebära');
    expect(lemmaOf(createSwedish({ rules: { disable: ['compound-verb-form'] } }).tag(VERBS), 'innebar')).toBe('inneba');
  });
  it('agent-noun-known off: ledarna is led again', () => {
    const text = 'Ledarna för partierna träffades.';
    expect(lemmaOf(tag(text), 'Ledarna')).toBe('ledare');
    expect(lemmaOf(createSwedish({ rules: { disable: ['agent-noun-known'] } }).tag(text), 'Ledarna')).toBe('led');
  });
  it("an instance's lemmaStrongVerbPasts reaches compound-verb-form", () => {
    expect(defaultLexicon().lemmaStrongVerbPasts).toContain('bar:bära');
    const removed = createSwedish({ lexicon: { lemmaStrongVerbPasts: { remove: ['bar:bära'] } } });
    expect(lemmaOf(removed.tag(VERBS), 'innebar')).toBe('inneba');
    expect(lemmaOf(tag(VERBS), 'innebar')).toBe('innebära');
  });
});
