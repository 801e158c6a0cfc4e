import { describe, expect, it } from 'vitest';
import { findKeywords } from '../index';
import { keywordsOf, shapedBy } from './table-test';
import { tokenize } from '../../02-tokens';
import { plausibleLemma } from './lemmas';

describe('lemma-word', () => {
  it.each([
    ['Mordet chockade byn. Morden har ökat i regionen.', 'mord'],
    ['Cyklarna stals från stationen. En cykel hittades senare.', 'cykel'],
    ['Skolorna stänger. Skolan i byn öppnar igen.', 'skola'],
  ])('inflections meet in the lemma: %s', (text, lemma) => {
    expect(shapedBy(text, lemma, 'lemma-word')).toBe(true);
  });
  it.each([
    ['Hon springer fort. Hon springer varje dag.', 'springer'],
    ['De åkte hem. De åkte tidigt.', 'åkte'],
  ])('verbs are no keyword words: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text.split(' ').includes(word))).toBe(false);
  });
});

describe('plain-word', () => {
  it('without parts of speech every remaining word may be a keyword, as written', () => {
    const text = 'Cykelbanorna byggs om. Cykelbanorna blir bredare.';
    const toks = tokenize(text).map((t) => ({ ...t, normal: t.text.toLowerCase(), stopword: false, stem: t.text.toLowerCase(), pos: 'X', lemma: t.text.toLowerCase() }));
    const ctx = { text, paragraphs: [], sentences: [{ start: 0, end: text.length, text, tokens: toks }], tokens: toks } as never;
    const kws = findKeywords(ctx, [], []);
    expect(kws.find((k) => k.text === 'cykelbanorna')?.rules).toContain('plain-word');
    expect(findKeywords(ctx, [], [], { rules: { disable: ['plain-word'] } })).toEqual([]);
  });
});

describe('lemma-word: adjectives in -iska', () => {
  it.each([
    ['Europeiska soldater kan skickas till Ukraina. De europeiska soldaterna ska övervaka freden.', 'europeisk soldat'],
    ['Politiska partier får mer stöd. De politiska partierna är nöjda med stödet.', 'politisk parti'],
  ])('stand in their base form: %s', (text, phrase) => {
    const kws = keywordsOf(text).map((k) => k.text);
    expect(kws).toContain(phrase);
    expect(kws.some((k) => /iska /.test(k))).toBe(false);
  });
  it.each([
    ['Eleverna läser engelska i skolan. Engelska är ett viktigt ämne för eleverna.', 'engelska'],
  ])('a noun in -ska (a language) keeps its form: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text === word)).toBe(true);
  });
});

describe('lemma-word: definite -n after a stressed -i', () => {
  const tok = (normal: string, lemma: string, pos = 'NOUN') => ({ normal, lemma, pos }) as never;
  const lower = (s: string) => s.toLowerCase();
  it.each([
    ['pandemin', 'pandemi'],
    ['strategin', 'strategi'],
    ['ekonomin', 'ekonomi'],
    ['ceremonin', 'ceremoni'],
    ['industrin', 'industri'],
    ['kategorin', 'kategori'],
    ['demokratin', 'demokrati'],
    ['terapin', 'terapi'],
    ['filosofin', 'filosofi'],
    ['psykiatrin', 'psykiatri'],
    ['energisektorn', 'energisektor'],
  ])('%s stands as %s', (normal, lemma) => {
    expect(plausibleLemma(tok(normal, lemma), lower)).toBe(lemma);
  });
  it.each([
    ['vaccin', 'vacci'],
    ['medicin', 'medici'],
    ['termin', 'termi'],
    ['vitamin', 'vitami'],
    ['delfin', 'delfi'],
    ['rutin', 'ruti'],
    ['doktrin', 'doktri'],
    ['latin', 'lati'],
    ['bensin', 'bensi'],
  ])('a lemmatizer slip on a base form in -in keeps the word: %s (not %s)', (normal, slip) => {
    expect(plausibleLemma(tok(normal, slip), lower)).toBe(normal);
  });
  it('an adjective is left as it was (`-n` is no adjective ending)', () => {
    expect(plausibleLemma(tok('strategin', 'strategi', 'ADJ'), lower)).toBe('strategin');
  });
  it('inflections meet in the keyword', () => {
    const text = 'Pandemin slog hårt mot vården. Under pandemin stängdes skolor. Pandemins följder märks än.';
    expect(keywordsOf(text).map((k) => k.text)).toContain('pandemi');
    expect(keywordsOf(text).map((k) => k.text)).not.toContain('pandemin');
  });
});

describe('lemma-word: nouns in -eum (the lemma from step 04)', () => {
  it.each([
    ['Museets samlingar växer. Konstmuseet visar nya verk, och museet får fler besökare.', 'museum'],
    ['Jubileets fest blev lyckad. Jubileet firades i hela staden.', 'jubileum'],
  ])('inflections meet in the -eum lemma: %s', (text, word) => {
    const kws = keywordsOf(text).map((k) => k.text);
    expect(kws.some((k) => k.split(' ').includes(word))).toBe(true);
    expect(kws.some((k) => k.split(' ').some((w) => w === 'muse' || w === 'jubile'))).toBe(false);
  });
  it.each([
    ['Kvinnans roll i museets samling.', 'museets samling'],
    ['Stadsjubileets fest var lyckad.', 'stadsjubileets fest'],
  ])('a genitive of an -eum noun still makes a genitive phrase: %s', (text, phrase) => {
    expect(shapedBy(text, phrase, 'genitive-phrase')).toBe(true);
  });
});

describe('lemma-word: data is not the plural of datum', () => {
  const texts = (text: string) => keywordsOf(text).map((k) => k.text);
  it.each([
    ['Regeringen vill använda hälsodata i forskningen. Hälsodatan ska skyddas bättre.', 'hälsodata'],
    ['Företaget sparar persondata om kunderna. Persondata får inte säljas vidare.', 'persondata'],
  ])('a noun in -data keeps data: %s', (text, word) => {
    expect(texts(text)).toContain(word);
    expect(texts(text).some((k) => k.includes('datum'))).toBe(false);
  });
  it.each([['Sista datum för ansökan är i maj. Datumet är satt av kommunen.', 'datum']])('a date stays datum: %s', (text, word) => {
    expect(texts(text)).toContain(word);
  });
});
