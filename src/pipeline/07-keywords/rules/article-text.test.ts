import { describe, expect, it } from 'vitest';
import { keywordsOf } from './table-test';

const texts = (kws: { text: string }[]) => kws.map((k) => k.text.toLowerCase()).join(' | ');

describe('article-text-only', () => {
  it.each([
    ['Kommunen bygger nya cykelbanor i centrum. Cykelbanorna ska minska trafiken.\nFoto: Lena Ström/TT', 'lena ström'],
    ['Skolan får en ny idrottshall. Idrottshallen blir klar i vår.\nText: Per Holm', 'per holm'],
    ['Tågen står still i Norrland. Trafikverket lagar spåren. 12 345 67 89.', '12 345'],
  ])('keeps bylines, credits and numbers out: %s', (text, word) => {
    expect(texts(keywordsOf(text))).not.toContain(word);
  });
  it.each([
    ['Lena Ström leder projektet. Lena Ström vill bygga fler cykelbanor.', 'lena ström'],
    ['Per Holm tränar laget. Laget vann med Per Holm som tränare.', 'per holm'],
  ])('keeps the same names in the body text: %s', (text, word) => {
    expect(texts(keywordsOf(text))).toContain(word);
  });
});

describe('shared-compound-part', () => {
  it.each([
    ['Regeringen satsar på infrastruktur- och bostadsfrågor. Bostadsfrågor är viktiga för unga.', 'infrastruktur'],
    ['Butiken säljer barn- och vuxenböcker. Vuxenböckerna säljer bäst.', 'barn'],
  ])('the first part of a shared compound is no keyword alone: %s', (text, part) => {
    expect(keywordsOf(text).some((k) => k.text === part || k.text.startsWith(`${part} `))).toBe(false);
  });
  it.each([
    ['Regeringen satsar på infrastruktur och bostäder. Infrastrukturen behöver pengar.', 'infrastruktur'],
    ['Butiken säljer böcker för barn. Barnen läser mycket.', 'barn'],
  ])('the same word standing alone is a keyword: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text === word)).toBe(true);
  });
});

describe('glued-compound-part', () => {
  it.each([
    ['Beslutet fattas av kultur-och fritidsnämnden. Nämnden sammanträder i maj.', 'kultur-och'],
    ['Butiken säljer barn-eller vuxenböcker. Vuxenböckerna säljer bäst.', 'barn-eller'],
  ])('a first part glued to its conjunction is no keyword alone: %s', (text, part) => {
    expect(keywordsOf(text).some((k) => k.text === part || k.text.startsWith(`${part} `))).toBe(false);
    expect(keywordsOf(text, ['glued-compound-part']).some((k) => k.text.startsWith(`${part} `) || k.text === part)).toBe(true);
  });
  it.each([
    ['Hon bor i Rock-och-pop-staden. Staden har många konserter.', 'och'],
    ['Laget spelade en fram-och-tillbaka-match. Matchen slutade oavgjort.', 'och'],
  ])('a word with a hyphen that is no glued part stays: %s', (text) => {
    const on = keywordsOf(text).map((k) => k.text);
    const off = keywordsOf(text, ['glued-compound-part']).map((k) => k.text);
    expect(on).toEqual(off);
  });
});
