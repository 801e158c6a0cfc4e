import { describe, expect, it } from 'vitest';
import { keywordIn, keywordsOf, shapedBy } from './table-test';

describe('name-word and name-phrase', () => {
  it.each([
    ['Derbyt spelas på Tele2 Arena på söndag. AIK möter Hammarby inför fullsatta läktare på Tele2 Arena.', 'Tele2 Arena'],
    ['Matchen spelas på Tele2 Arena i kväll. Tele2 Arena är fullsatt.', 'Tele2 Arena'],
    ['Laura Hartman leder utredningen. Laura Hartman vill ha mer tillit.', 'Laura Hartman'],
    ['Tillitsdelegationens rapport kom i dag. Tillitsdelegationen föreslår förändringar.', 'Tillitsdelegationen'],
  ])('a name is one keyword, whole and in base form: %s', (text, name) => {
    expect(shapedBy(text, name, 'name-phrase')).toBe(true);
    // never a fragment of the name beside it
    const parts = name.split(' ');
    if (parts.length > 1) for (const p of parts) expect(keywordIn(text, p)).toBeUndefined();
  });
  it.each([
    ['Skolan bygger en ny arena. Arenan blir klar i höst.', 'arena'],
    ['Staden får en ny park. Parken ligger vid ån.', 'park'],
  ])('a common noun is no name: %s', (text, word) => {
    expect(keywordIn(text, word)?.rules).not.toContain('name-phrase');
  });
});

describe('name-with-noun', () => {
  it.each([
    ['Falu kommun bygger en ny skola. Falu kommun har satsat mycket på skolan. Eleverna i Falu kommun får nya lokaler.', 'Falu kommun'],
    ['Uppsala tingsrätt dömde mannen. Uppsala tingsrätt gav honom fängelse. Domen från Uppsala tingsrätt överklagas.', 'Uppsala tingsrätt'],
  ])('a one-word name and its noun: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase)).toBe(true);
  });
  it.each([['Lena Ström bygger hus. Lena Ström har byggt många hus.', 'Ström hus']])('not after a name of two words: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text.includes(phrase))).toBe(false);
  });
});

describe('linked-phrase never cuts a name', () => {
  it.each([['AIK möter Hammarby inför fullsatta läktare på Tele2 Arena. Läktare på Tele2 Arena är dyra.', 'läktare på Tele2']])('%s', (text, fragment) => {
    expect(keywordsOf(text).some((k) => k.text === fragment)).toBe(false);
  });
  it.each([['Sverige ger stöd till Ukraina. Mer stöd till Ukraina behövs nu.', 'stöd till Ukraina']])('a whole one-word name may end it: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase)).toBe(true);
  });
});
