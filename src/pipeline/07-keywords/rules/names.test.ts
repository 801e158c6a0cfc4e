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

describe('name-before-own-noun', () => {
  const texts = (text: string, disable: string[] = []) => keywordsOf(text, disable).map((k) => k.text);
  it.each([
    ['Kolla parkstad öppnar i maj. Kolla parkstad har fått nya bänkar och en lekplats.', 'Kolla parkstad', 'parkstad'],
    ['Hoppa backe är stängd i vinter. Hoppa backe öppnar igen i mars enligt kommunen.', 'Hoppa backe', 'backe'],
  ])('a sentence-initial capital and the noun always after it are one name: %s', (text, name, fragment) => {
    expect(shapedBy(text, name, 'name-before-own-noun')).toBe(true);
    expect(texts(text)).not.toContain(fragment);
    expect(texts(text, ['name-before-own-noun'])).not.toContain(name);
  });
  it('once at the start of a sentence when the name is capitalised inside another', () => {
    const text = 'Kolla parkstad öppnar i maj. Kommunen har byggt nya bänkar i Kolla parkstad.';
    expect(shapedBy(text, 'Kolla parkstad', 'name-before-own-noun')).toBe(true);
    expect(texts(text)).not.toContain('parkstad');
  });
  it.each([
    ['Kolla bilen innan du köper den. Bilen ska vara besiktigad och ha vinterdäck.', 'Kolla bilen'],
    ['Kolla vädret före resan. Resan går till fjällen i mars.', 'Kolla vädret'],
    ['Förutom diplom får vinnaren pengar. Förutom diplom delas blommor ut.', 'Förutom diplom'],
    ['Läs boken i sommar. Läs boken igen i höst, säger bibliotekarien. Vi läser mycket.', 'Läs boken'],
  ])('not a verb before a noun said alone elsewhere, once, or a function word: %s', (text, phrase) => {
    expect(texts(text).some((t) => t.startsWith(phrase.split(' ')[0]!))).toBe(false);
    expect(keywordsOf(text).some((k) => k.rules.includes('name-before-own-noun'))).toBe(false);
  });
});
