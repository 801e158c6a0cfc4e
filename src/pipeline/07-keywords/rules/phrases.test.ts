import { describe, expect, it } from 'vitest';
import { keywordsOf, shapedBy } from './table-test';

describe('lemma-phrase', () => {
  it.each([
    ['Offentlig sektor behöver reformer. Den offentliga sektorn växer.', 'offentlig sektor'],
    ['Tillitsbaserad styrning prövas. Tillitsbaserad styrning kräver mod.', 'tillitsbaserad styrning'],
  ])('modifiers before a head noun: %s', (text, phrase) => {
    expect(shapedBy(text, phrase, 'lemma-phrase')).toBe(true);
  });
  it.each([['Sektorn är offentlig. Sektorn växer snabbt.', 'sektor offentlig']])('never a head before its modifier: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase)).toBe(false);
  });
});

describe('linked-phrase', () => {
  it.each([
    ['Han åtalas för medhjälp till mord. Medhjälp till mord ger långt straff.', 'medhjälp till mord'],
    ['Utredningen gäller fel och fusk. Fel och fusk kostar miljoner.', 'fel och fusk'],
    ['Regeringen ökar stödet till Ukraina. Stöd till Ukraina är viktigt för Europa.', 'stöd till Ukraina'],
  ])('two nouns joined by a preposition or och: %s', (text, phrase) => {
    expect(shapedBy(text, phrase, 'linked-phrase')).toBe(true);
  });
  it.each([['Han åtalas för medhjälp, till mord räknas inte det. Medhjälp är allvarligt.', 'medhjälp till mord']])('not across punctuation: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase)).toBe(false);
  });
  it.each([
    ['Kommunen anmälde incidenter till Myndigheten för samhällsskydd och beredskap. Incidenter till Myndigheten för samhällsskydd och beredskap ökar.', 'Myndigheten'],
    ['Forskare från Kungliga Tekniska högskolan deltog. Stöd till Kungliga Tekniska högskolan ökar. Stöd till Kungliga Tekniska högskolan behövs.', 'Kungliga'],
  ])('never cuts a name that goes on after the noun: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.rules.includes('linked-phrase') && k.text.endsWith(word))).toBe(false);
  });
});
