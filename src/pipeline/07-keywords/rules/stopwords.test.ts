import { describe, expect, it } from 'vitest';
import { keywordsOf } from './table-test';

const has = (text: string, word: string, disable: string[] = []) => keywordsOf(text, disable).some((k) => k.text.split(' ').includes(word));

describe('function-and-weak-words', () => {
  it.each([
    ['Ministern säger att skatten ska sänkas. Hon säger också att skatten är för hög.', 'säger'],
    ['Priset steg med tio procent. Procent räknas på hela priset.', 'procent'],
    ['Mötet hölls i fredags. I fredags kom många till mötet.', 'fredag'],
    ['Två män greps vid bensinstationen. Männen förhördes under natten om rånet.', 'männen'],
    ['Polisen söker tre personer efter rånet. Personerna sågs vid stationen före rånet.', 'person'],
    ['Hemmalaget kvitterade i andra halvlek. Efter tre minuter i halvleken kom kvitteringen, och i sista minuten avgjorde laget.', 'halvlek'],
    ['Hemmalaget kvitterade i andra halvlek. Efter tre minuter i halvleken kom kvitteringen, och i sista minuten avgjorde laget.', 'minut'],
    ['Bron stängs för trafik.\nArkivfoto: Per Holm\nBron ska repareras i vår.', 'arkivfoto'],
  ])('a weak word is no keyword: %s', (text, word) => {
    expect(has(text, word)).toBe(false);
  });
  it.each([
    ['Skatten ska sänkas, enligt ministern. Skatten är hög.', 'skatt'],
    ['Priset på el steg kraftigt. Elpriset oroar hushållen.', 'pris'],
  ])('a topic word stays: %s', (text, word) => {
    expect(has(text, word)).toBe(true);
  });
});

describe('function-and-weak-words: grading adjectives', () => {
  const texts = (text: string) => keywordsOf(text).map((k) => k.text);
  it.each([
    ['En kraftig storm drog in över kusten. Stormen fällde träd i hela länet.', 'kraftig storm', 'storm'],
    ['Laget visade stark lagmoral i andra halvlek. Tränaren berömde spelarna efteråt.', 'stark lagmoral', 'lagmoral'],
    ['En häftig villabrand bröt ut i natt. Räddningstjänsten var snabbt på plats.', 'häftig villabrand', 'villabrand'],
    ['Hemmalaget tog en solklar seger i derbyt. Segern firades länge på läktaren.', 'solklar seger', 'seger'],
    ['Stormen orsakade allvarliga skador i byn. Skadorna repareras nu av kommunen.', 'allvarlig skada', 'skada'],
  ])('a grading adjective is no part of a keyword: %s', (text, phrase, head) => {
    expect(texts(text)).not.toContain(phrase);
    expect(texts(text)).toContain(head);
  });
  it.each([
    ['Regeringen vill stärka det civila försvaret. Ett civilt försvar kostar pengar.', 'civilt försvar'],
    ['Polisen bekämpar organiserad brottslighet i staden. Den organiserade brottsligheten växer.', 'organiserad brottslighet'],
    ['Kritisk infrastruktur måste skyddas bättre. Elnätet är kritisk infrastruktur.', 'kritisk infrastruktur'],
  ])('a sorting adjective stays in the phrase: %s', (text, phrase) => {
    expect(texts(text)).toContain(phrase);
  });
});

describe('age-word', () => {
  it.each([
    ['En 24-åring greps efter ett rån i butiken. Rånet skedde i går.', '24-åring'],
    ['Den 47-årige mannen dömdes för bedrägeri. Bedrägeriet var stort.', '47-årig'],
  ])('an age is no keyword: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text.startsWith(word))).toBe(false);
  });
  it.each([['Föreningen firar 5-årsjubileum i år. Jubileet firas med fest.', '5-årsjubileum']])('a jubilee is not an age: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text.startsWith(word))).toBe(true);
  });
});

describe('weekday-time', () => {
  it.each([
    ['Branden startade på måndagsmorgonen. Branden släcktes av räddningstjänsten.', 'måndagsmorgon'],
    ['Polisen kallades till torget på fredagskvällen. Bråket på torget slutade lugnt.', 'fredagskväll'],
  ])('a weekday with a time of day is no keyword: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.text.startsWith(word))).toBe(false);
  });
  it.each([['Morgonen var kall. Morgonen bjöd på frost och halka.', 'morgon']])('a time of day alone is not caught by the rule: %s', (text, word) => {
    expect(keywordsOf(text, []).some((k) => k.text === word) || keywordsOf(text, ['weekday-time']).some((k) => k.text === word)).toBe(
      keywordsOf(text, ['weekday-time']).some((k) => k.text === word),
    );
  });
});
