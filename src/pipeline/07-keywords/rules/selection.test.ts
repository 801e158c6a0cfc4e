import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../../types';
import { extractKeywords } from '../index';
import { SELECT_RULES } from './selection';

/** The ten keywords of a text (the default list: the names cap counts against ten), some rules off. */
const ten = (text: string, disable: readonly string[] = []): Keyword[] => extractKeywords(text, { rules: { disable } });
const texts = (kws: readonly Keyword[]): string[] => kws.map((k) => k.text);
const has = (text: string, keyword: string, disable: readonly string[] = []): boolean => texts(ten(text, disable)).includes(keyword);
const rulesOf = (text: string, keyword: string): string[] => ten(text).find((k) => k.text === keyword)?.rules ?? [];

const UPPHANDLING =
  'Kommunen ändrar sin offentliga upphandling\n\nDen offentliga upphandlingen ska bli enklare, säger kommunalrådet. Den offentliga upphandlingen har kritiserats länge. Nu ska den offentliga upphandlingen ses över av en ny grupp. Företagen vill ha en enklare offentlig upphandling.';
const UPPHANDLING_ALONE =
  'Upphandlingen av skolskjutsar görs om\n\nUpphandlingen blev för dyr, säger kommunalrådet. Upphandlingen överklagades av två bussbolag. Nu görs upphandlingen om. Kommunen vill undvika en ny offentlig upphandling som drar ut på tiden. Upphandlingen ska vara klar i vår.';
const GOTA =
  'Båtarna är tillbaka på Göta kanal\n\nTrafiken på Göta kanal kom i gång i helgen. Göta kanal lockar många turister varje sommar. Slussarna längs Göta kanal sköts av frivilliga. Båtägarna trivs på Göta kanal.';
const KIRUNA =
  'Kiruna flyttar österut\n\nKiruna flyttar för att gruvan växer. Kiruna stadshus revs i fjol. Invånarna i Kiruna får nya bostäder. Gruvan har gjort Kiruna rikt. Flytten av Kiruna tar många år.';
const BULLER =
  'Buller i skolan oroar föräldrar\n\nLågfrekvent buller från ventilationen stör eleverna. Föräldrarna vill att kommunen mäter det lågfrekventa bullret. Rektorn säger att det lågfrekventa bullret ska åtgärdas. Ventilationen byts i sommar.';
const BULLER_PHRASE =
  'Lågfrekvent buller i skolan oroar föräldrar\n\nLågfrekvent buller från ventilationen stör eleverna. Föräldrarna vill att kommunen mäter det lågfrekventa bullret. Rektorn säger att det lågfrekventa bullret ska åtgärdas. Ventilationen byts i sommar.';
const HOVRATT =
  'Svea hovrätt skärper straffet\n\nSvea hovrätt dömer mannen till fängelse i fyra år. Tingsrätten hade dömt honom till två år. Hovrätten anser att brottet är grovt. Hovrätten skriver att mannen saknar förmildrande omständigheter. Enligt hovrätten var rånet planerat. Hovrätten tror inte på mannens förklaring. Svea hovrätt meddelade domen på fredagen. Hovrätten avslog också överklagandet. Hovrätten var enig.';
const GAVLE =
  'Debatt om skolan i Gävle\n\nLärarna i Gävle kritiserar Gävle kommun. Gävle kommun har sparat på skolan i flera år. Nu vill Gävle kommun satsa på lärarna. Eleverna i Gävle ska få fler lärare. Kommunen lovar mer pengar till skolan.';
const DERBY =
  'Djurgården vann derbyt mot AIK\n\nDjurgården vann derbyt med 2–1 inför fullsatta läktare. Tobias Gulliksen gav Djurgården ledningen efter en passning från Keita Kosugi. AIK kvitterade genom Zachary Elbouzedi. Segermålet gjorde Peter Therkildsen på hörna. Tränaren Jani Honkavaara var nöjd med laget. AIK:s målvakt Kristoffer Nordfeldt räddade flera skott. Derbyt sågs av 40 000 åskådare.';
const PRISTAGARE =
  'Årets pristagare\n\nLena Ström får priset för sin roman. Per Lund får priset för sina dikter. Anna Berg får priset för en pjäs. Karin Holm får priset för en novell. Erik Nyberg får priset för en essä. Maria Lind får priset för en bilderbok. Johan Ek får priset för en serie. Sara Blom får priset för en film. Olof Dahl får priset för sina texter. Eva Sund får priset för en låt. Nils Berg får priset för ett reportage.';

const namesIn = (kws: readonly Keyword[]): number => kws.filter((k) => k.kind === 'name').length;

describe('selection rules: the table', () => {
  it('each has a kebab-case id and a doc with an example', () => {
    for (const r of SELECT_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.doc).toMatch(/'/);
      expect(r.stage).toBe('select');
    }
  });
});

describe('inside-chosen-phrase', () => {
  it.each([
    ['förmildrande omständighet', 'omständighet', HOVRATT],
  ])('drops a sub-phrase only ever said inside: %s', (phrase, sub, text) => {
    expect(has(text, phrase)).toBe(true);
    expect(has(text, sub)).toBe(false);
  });
  it.each([
    ['debatt om skola', 'skola', GAVLE],
    ['pengar till skola', 'skola', GAVLE],
  ])('keeps a sub-phrase often said alone: %s', (phrase, sub, text) => {
    expect(has(text, phrase)).toBe(true);
    expect(has(text, sub)).toBe(true);
  });
  it('switched off, the sub-phrase stays', () => {
    expect(has(HOVRATT, 'omständighet', ['inside-chosen-phrase'])).toBe(true);
  });
});

describe('title-word-alone', () => {
  it.each([['buller', 'lågfrekvent buller', BULLER]])('the title says %s alone: kept beside the longer phrase', (word, phrase, text) => {
    expect(has(text, phrase)).toBe(true);
    expect(rulesOf(text, word)).toContain('title-word-alone');
  });
  it.each([['buller', 'lågfrekvent buller', BULLER_PHRASE]])('the title says the longer phrase: %s is dropped', (word, phrase, text) => {
    expect(has(text, phrase)).toBe(true);
    expect(has(text, word)).toBe(false);
  });
  it('switched off, the title word is dropped inside the phrase', () => {
    expect(has(BULLER, 'buller', ['title-word-alone'])).toBe(false);
  });
});

describe('name-head-noun', () => {
  it.each([['hovrätt', 'Svea hovrätt', HOVRATT]])('the noun that ends a chosen name is dropped however often it is said: %s', (noun, name, text) => {
    expect(has(text, name)).toBe(true);
    expect(has(text, noun)).toBe(false);
  });
  it.each([['skola', GAVLE], ['lärare', GAVLE]])('a noun that ends no chosen name stays: %s', (noun, text) => {
    expect(has(text, noun)).toBe(true);
  });
  it('switched off, the noun stays beside the name', () => {
    expect(has(HOVRATT, 'hovrätt', ['name-head-noun'])).toBe(true);
  });
});

describe('covering-phrase', () => {
  it.each([['offentlig upphandling', 'upphandling', UPPHANDLING]])('a phrase that covers the sub-phrase replaces it: %s', (phrase, sub, text) => {
    expect(rulesOf(text, phrase)).toContain('covering-phrase');
    expect(has(text, sub)).toBe(false);
  });
  it.each([['upphandling', UPPHANDLING_ALONE]])('a word said mostly alone is not replaced: %s', (word, text) => {
    expect(has(text, word)).toBe(true);
    for (const k of ten(text)) expect(k.rules).not.toContain('covering-phrase');
  });
  it('switched off, the sub-phrase keeps its place', () => {
    expect(has(UPPHANDLING, 'upphandling', ['covering-phrase'])).toBe(true);
  });
});

describe('name-noun-replace', () => {
  it.each([['Göta kanal', 'Göta', GOTA]])('a name the text always follows with its noun gives way: %s', (long, name, text) => {
    expect(rulesOf(text, long)).toContain('name-noun-replace');
    expect(has(text, name)).toBe(false);
  });
  it.each([['Kiruna', 'Kiruna stadshus', KIRUNA]])('a name often said without the noun stays: %s', (name, long, text) => {
    expect(has(text, name)).toBe(true);
    expect(has(text, long)).toBe(true);
    for (const k of ten(text)) expect(k.rules).not.toContain('name-noun-replace');
  });
  it('switched off, the bare name stays', () => {
    expect(has(GOTA, 'Göta', ['name-noun-replace'])).toBe(true);
  });
});

describe('word-family', () => {
  it.each([['skola i Gävle', GAVLE]])('the third of a word family weighs less: %s', (phrase, text) => {
    expect(rulesOf(text, phrase)).toContain('word-family');
  });
  it.each([['lärare', GAVLE], ['skola', GAVLE]])('a keyword chosen before its family is not lowered: %s', (word, text) => {
    expect(has(text, word)).toBe(true);
    expect(rulesOf(text, word)).not.toContain('word-family');
  });
  it('switched off, the family member keeps its score', () => {
    const on = ten(GAVLE).find((k) => k.text === 'skola i Gävle')!;
    const off = ten(GAVLE, ['word-family']).find((k) => k.text === 'skola i Gävle')!;
    expect(off.score).toBeGreaterThan(on.score);
    expect(off.rules).not.toContain('word-family');
  });
});

describe('names-cap', () => {
  it.each([['a match report naming seven people', DERBY]])('names take at most half: %s', (_name, text) => {
    expect(namesIn(ten(text))).toBe(5);
  });
  it.each([['a court report with one name', HOVRATT]])('fewer names are all kept: %s', (_name, text) => {
    expect(has(text, 'Svea hovrätt')).toBe(true);
  });
  it('switched off, names fill the list', () => {
    expect(namesIn(ten(DERBY, ['names-cap']))).toBeGreaterThan(5);
  });
});

describe('list-of-people', () => {
  it.each([['a prize list, each sentence opening with a name', PRISTAGARE]])('a list of people lifts the cap: %s', (_name, text) => {
    expect(namesIn(ten(text))).toBeGreaterThan(5);
  });
  it.each([['a match report that names people between other sentences', DERBY]])('not a list: %s', (_name, text) => {
    expect(namesIn(ten(text))).toBe(5);
  });
  it('switched off, the cap holds for the list too', () => {
    expect(namesIn(ten(PRISTAGARE, ['list-of-people']))).toBe(5);
  });
});
