import { describe, expect, it } from 'vitest';
import { createSwedish } from '../../../instance';
import { keywordsOf } from './table-test';

// Our own Swedish texts, written for these tests.
const texts = (kws: { text: string }[]) => kws.map((k) => k.text.toLowerCase());

describe('credit-in-line', () => {
  it.each([
    ['Badplatsen i Lidköping stängs i sommar. Badplatsen har alger. Bilden är en genrebild. Foto: Fotostudion', 'fotostudion'],
    ['Laget vann derbyt på hemmaplan. Derbyt sågs av 5 000. Arkivfoto: Sportbyrån', 'sportbyrån'],
    ['Nya bussar till Borås.\n\nAv Redaktionen, Publicerat för 2 år sedan.\n\nBussarna går på el. Bussarna kommer i maj.', 'redaktionen'],
    ['Museet öppnar igen.\n\n· Publicerad: 3 mars 2023 · 10.15.\n\nMuseet har varit stängt ett år.', 'publicerad'],
    ['Skogen brinner i Ljusdal. Branden sprider sig.\n\nBild av Kalle Kula från Bildsajten', 'kalle kula'],
  ])('a credit or date line gives no keyword: %s', (text, word) => {
    expect(texts(keywordsOf(text))).not.toContain(word);
    expect(texts(keywordsOf(text, ['credit-in-line']))).toContain(word);
  });
  it.each([
    ['Fotostudion i Lidköping fyller 50 år. Fotostudion har tagit bilder av tre generationer.', 'fotostudio'],
    ['Boken, publicerad 1990, handlar om Redaktionen på Dagens Nyheter. Redaktionen flyttade 1995.', 'redaktionen'],
    ['Hon tar en bild av solnedgången över Vänern. Solnedgången över Vänern lockar turister.', 'solnedgång'],
  ])('the same words in article text stay keywords: %s', (text, word) => {
    expect(texts(keywordsOf(text))).toContain(word);
  });
});

describe('dateline', () => {
  it.each([
    ['Sverige vann mot Norge\n\nMALMÖ. Sverige vann landskampen med 3–1. Landskampen var jämn.', 'malmö'],
    ['Strejken sprider sig\n\nKIRUNA. Gruvarbetarna strejkar. Strejken kan bli lång.', 'kiruna'],
    ['Ny chef för hamnen\n\nSUNDSVALL (ST) Hamnen får ny chef. Chefen kommer från Göteborg och börjar i maj.', 'sundsvall'],
  ])('a place in capitals opening a report is no keyword: %s', (text, word) => {
    expect(texts(keywordsOf(text))).not.toContain(word);
    expect(texts(keywordsOf(text, ['dateline']))).toContain(word);
  });
  it.each([
    ['Ny chef för hamnen\n\nNORRKÖPING (NT) Hamnen får ny chef. Chefen kommer från Göteborg och börjar i maj.', 'NT'],
    ['Strejk i hamnen\n\nGÖTEBORG (TT) Hamnarbetarna strejkar. Strejken kan bli lång, enligt facket.', 'TT'],
  ])('the outlet of a dateline is no keyword: %s', (text, word) => {
    expect(keywordsOf(text).map((k) => k.text)).not.toContain(word);
    expect(keywordsOf(text, ['dateline']).map((k) => k.text)).toContain(word);
  });
  it.each([
    ['Sverige vann i Malmö\n\nSverige vann landskampen i Malmö. Malmö har en ny arena. Landskampen var jämn.', 'malmö'],
    ['Nato övar i norr\n\nSoldater från NATO. Övningen pågår i två veckor i Kiruna.', 'nato'],
  ])('the same place in the text is a keyword: %s', (text, word) => {
    expect(texts(keywordsOf(text))).toContain(word);
  });
});

describe('capitals-line', () => {
  it('a heading in capitals gives common words, not names', () => {
    const kws = keywordsOf('KOMMUNEN VILL HA TIPS OM KLOTTER\n\nKommunen ber invånarna om tips. Klotter på skolor kostar mycket. Tips tas emot av kommunen.');
    expect(kws.find((k) => k.text.toLowerCase() === 'tips')?.kind).toBe('topic');
    expect(kws.some((k) => k.text === 'TIPS' || k.text === 'KLOTTER')).toBe(false);
    expect(keywordsOf('KOMMUNEN VILL HA TIPS OM KLOTTER\n\nKommunen ber invånarna om tips. Klotter på skolor kostar mycket. Tips tas emot av kommunen.', ['capitals-line']).some((k) => k.text === 'TIPS' || k.text === 'KLOTTER')).toBe(true);
  });
  it.each([
    ['SVT och SR får nya regler\n\nSVT ska spara pengar. SVT och SR granskas av riksdagen.', 'SVT'],
    ['Skolan i Umeå får ny rektor\n\nUMEÅ Kommunen har anställt en rektor från Luleå. Rektorn börjar i augusti.', 'Luleå'],
  ])('names outside a heading in capitals stay names: %s', (text, name) => {
    expect(keywordsOf(text).find((k) => k.text === name)?.kind).toBe('name');
  });
});

// The labels come from the lexicon's one list per kind (`photoLabels`, `dateLabels`), the same
// lists the document step reads: a label added there reaches both steps.
describe('credit-in-line reads the lexicon label lists', () => {
  const kw = (text: string, lexicon?: NonNullable<Parameters<typeof createSwedish>[0]>['lexicon']) =>
    texts(createSwedish(lexicon ? { lexicon } : {}).extractKeywords(text, { limit: 40 }));
  const credit = 'Hamnen byggs om i höst. Hamnen får nya kajer. Kranarna är nya. Teckning: Fotostudion';
  it.each([
    ['photoLabels', { photoLabels: { add: ['Teckning'] } }],
    ['the deprecated keywordCreditLabels', { keywordCreditLabels: { add: ['teckning'] } }],
  ])('a photo label added to %s marks the credit', (_name, lexicon) => {
    // (as a name or a word: `fotostudion` or `fotostudio`)
    const credited = (words: string[]) => words.some((k) => k.startsWith('fotostudio'));
    expect(credited(kw(credit))).toBe(true);
    expect(credited(kw(credit, lexicon))).toBe(false);
  });
  it.each([
    // Date labels that came into the keyword step with the merged list (`Ändrad`, `Postad`).
    ['Kyrkan renoveras.\n\nAv Kulturdesken, Ändrad 4 april 2024\n\nKyrkan får ett nytt tak. Kyrkan är från 1200-talet.', 'kulturdesken'],
    ['Tåget är försenat.\n\nTrafikbloggen · Postad för en timme sedan\n\nTåget står still vid Alvesta. Tåget har fel på loket.', 'postad'],
  ])('a date line with a merged label gives no keyword: %s', (text, word) => {
    expect(texts(keywordsOf(text))).not.toContain(word);
    expect(texts(keywordsOf(text, ['credit-in-line']))).toContain(word);
  });
  it.each([
    // A label word in lower case inside a sentence is article text.
    ['Schemat ändrad av Kulturdesken i går. Kulturdesken ändrade schemat igen. Schemat gäller i maj.', 'kulturdesken'],
    // A paragraph that opens with a date-label word is article text, not a date line.
    ['Cyklarna blir fler.\n\nUppdaterad statistik från SCB visar att fler pendlar med cykel i Göteborg än för tio år sedan.\n\nCyklarna behöver fler banor.', 'göteborg'],
    ['Cyklarna blir fler.\n\nDatum för Cykelfestivalen är inte klart.\n\nCyklarna behöver fler banor. Cykelfestivalen lockar många.', 'cykelfestivalen'],
    // A label without its colon later in a line is no credit.
    ['Utställningen visar en bild av Kalle Kula. Kalle Kula målade i Skåne. Utställningen öppnar i maj.', 'kalle kula'],
  ])('the same words in article text stay keywords: %s', (text, word) => {
    expect(texts(keywordsOf(text))).toContain(word);
  });
});
