import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as m from '../src/index';

// The examples the README shows, so that the README cannot drift from the library.
describe('README examples', () => {
  it('tokenize', () => {
    expect(m.tokenize('SVT:s reporter kom kl. 09:44, t.ex. till IT-avdelningen.').map((t) => t.text)).toEqual([
      'SVT:s', 'reporter', 'kom', 'kl.', '09:44', ',', 't.ex.', 'till', 'IT-avdelningen', '.',
    ]);
  });

  it('splitSentences', () => {
    expect(m.splitSentences('Vi ses till jul. – Kommer du? frågade hon.').map((s) => s.text)).toEqual(['Vi ses till jul.', '– Kommer du? frågade hon.']);
  });

  it('stopwords and stem', () => {
    expect(m.stem('flickornas')).toBe('flick');
    expect(m.isStopword('Dessutom')).toBe(true);
    expect(m.isStopword('beslut')).toBe(false);
    expect(m.removeStopwords(['Hon', 'leder', 'arbetet', 'med', 'styrningen'])).toEqual(['leder', 'arbetet', 'styrningen']);
    expect(m.isStopword('enligt', { stopwords: m.createStopwords({ add: ['enligt'], remove: ['inte'] }) })).toBe(true);
  });

  it('tag', () => {
    expect(m.tag('Hon sa att styrningen fungerar.').map((t) => `${t.text}/${t.pos}/${t.lemma}`)).toEqual([
      'Hon/PRON/hon', 'sa/VERB/säga', 'att/SCONJ/att', 'styrningen/NOUN/styrning', 'fungerar/VERB/fungera', './PUNCT/.',
    ]);
  });

  it('tagEntities', () => {
    const e = m.tagEntities('Laura Hartman leder Tillitsdelegationen. Enligt Hartmans rapport kritiserar LO-ekonomen FN:s förslag.');
    expect(e.map((x) => [x.text, x.type, x.name])).toEqual([
      ['Laura Hartman', 'PER', 'Laura Hartman'],
      ['Tillitsdelegationen', 'ORG', 'Tillitsdelegationen'],
      ['Hartmans', 'PER', 'Laura Hartman'],
      ['LO', 'ORG', 'LO'],
      ['FN:s', 'ORG', 'FN'],
    ]);
    expect(e[0]!.id).toBe(e[2]!.id);
    expect(m.tagEntities('Vi pratade med Blåbärsgruppen.', { gazetteer: { Blåbärsgruppen: 'ORG' } }).map((x) => x.name)).toEqual(['Blåbärsgruppen']);
  });

  it('extractQuotes', () => {
    const [q, ...rest] = m.extractQuotes('Kulturminister Erik Sandell besökte museet.\n\n– Samlingarna måste bli tillgängliga för alla, säger ministern. Det gäller även skolorna.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: 'Samlingarna måste bli tillgängliga för alla. Det gäller även skolorna.',
      kind: 'dash',
      cue: 'säger',
      speaker: { name: 'Erik Sandell', named: true, role: 'kulturminister' },
    });
    expect(q!.parts).toHaveLength(2);
  });

  it('the tour: a one-paragraph quote, keywords of the seed article, an instance', () => {
    const [q, ...rest] = m.extractQuotes('Kulturminister Erik Sandell besökte museet.\n\n– Samlingarna måste bli tillgängliga för alla, säger ministern.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'Samlingarna måste bli tillgängliga för alla', kind: 'dash', cue: 'säger', speaker: { name: 'Erik Sandell', named: true, role: 'kulturminister' } });
    const article = readFileSync(new URL('../fixtures/seed_akademikern.txt', import.meta.url), 'utf8');
    expect(m.extractKeywords(article, { limit: 10 }).slice(0, 4).map((k) => [k.text, k.kind])).toEqual([
      ['Laura Hartman', 'name'], ['styrning', 'topic'], ['tillitsbaserad styrning', 'topic'], ['Tillitsdelegationen', 'name'],
    ]);
    const sv = m.createSwedish({
      lexicon: { reportingVerbs: { add: ['bloggar'] }, gazetteer: { Blåbärsgruppen: 'ORG' }, stopwords: { remove: ['inte'] } },
      rules: { disable: ['implicit-topic'] },
      steps: ['tags', 'entities', 'quotes'],
    });
    const doc = sv.analyze(article);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(doc.keywords).toEqual([]);
  });
});
