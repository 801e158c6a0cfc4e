import { describe, expect, it } from 'vitest';
import { keywordIn, keywordsOf } from './table-test';

describe('same-lemma-text', () => {
  it.each([['Det civila försvaret ska stärkas. Regeringen vill bygga ett civilt försvar. Civilt försvar kostar.', 'civilt försvar']])(
    'inflections of one lemma phrase are one keyword: %s',
    (text, phrase) => {
      const kws = keywordsOf(text).filter((k) => k.text.endsWith('försvar'));
      expect(kws.filter((k) => k.text.split(' ').length === 2)).toHaveLength(1);
      expect(kws[0]?.text ?? phrase).toBe(phrase);
    },
  );
});

describe('hyphen-spelling', () => {
  it.each([
    ['Kommun-styrelsen möttes i går. Kommunstyrelsen beslutade om budgeten. Kommunstyrelsens ordförande var nöjd.', 'kommunstyrelse', 3],
    ['Barn-avdelningen fick nya leksaker. Barnavdelningen öppnar igen i maj.', 'barnavdelning', 2],
  ] as const)('one keyword without the hyphen: %s', (text, word, count) => {
    const kw = keywordIn(text, word);
    expect(kw?.count).toBe(count);
    expect(kw?.rules).toContain('hyphen-spelling');
    expect(keywordsOf(text).some((k) => k.text.includes('-'))).toBe(false);
  });
  it.each([
    ['E-tjänsterna blir fler. Kommunen bygger nya e-tjänster för medborgarna.', 'e-tjänst'],
    ['Nato-Ukraina-rådet möttes i Bryssel. Rådet diskuterade stödet till Ukraina.', 'Nato-Ukraina-rådet'],
  ] as const)('leaves a hyphenated word without an unhyphenated twin alone: %s', (text, word) => {
    expect(keywordIn(text, word)?.rules ?? []).not.toContain('hyphen-spelling');
  });
});

describe('surname-for-full-name', () => {
  it('two people with one surname stay apart', () => {
    const text = 'Andersson kom sent. Lisa Andersson var redan där. Per Andersson kom senare.';
    expect(keywordIn(text, 'Lisa Andersson')?.rules ?? []).not.toContain('surname-for-full-name');
    expect(keywordIn(text, 'Per Andersson')?.rules ?? []).not.toContain('surname-for-full-name');
  });
  it('a surname counts for the one full name', () => {
    const text = 'Karin Ekdahl leder projektet. Ekdahl har arbetat med frågan länge. Enligt Ekdahl är målet nära.';
    const kw = keywordIn(text, 'Karin Ekdahl');
    expect(kw?.count).toBe(3);
  });
});

describe('place-for-municipality', () => {
  it.each([
    ['Umeå kommun och Umeå universitet bygger en ny skola. Skolan ska stå klar i Umeå nästa år. I Umeå växer antalet barn snabbt, säger kommunalrådet.', 'Umeå kommun', 'Umeå', 3],
    ['Karlstads kommun vill locka företag. Karlstad har brist på mark för industri. Näringslivet i Karlstad växer.', 'Karlstads kommun', 'Karlstad', 3],
  ] as const)('the place counts for its municipality: %s', (text, full, place, count) => {
    const kw = keywordIn(text, full);
    expect(kw?.rules).toContain('place-for-municipality');
    expect(kw?.count).toBe(count);
    expect(keywordIn(text, place)).toBeUndefined();
  });
  it.each([
    ['Kalmar kommun och Kalmar län samarbetar om vården. I Kalmar finns länets största sjukhus. Kalmar växer.', 'Kalmar'],
    ['Skolan i Umeå får nya lokaler. Umeå växer och fler barn behöver plats i skolan.', 'Umeå'],
  ])('a place with two municipalities, or without one, stays: %s', (text, place) => {
    expect(keywordIn(text, place)).toBeDefined();
    expect(keywordsOf(text).some((k) => k.rules.includes('place-for-municipality'))).toBe(false);
  });
});

describe('acronym-for-name', () => {
  const texts = (text: string, disable: string[] = []) => keywordsOf(text, disable).map((k) => k.text);
  it.each([
    ['Myndigheten för samhällsskydd och beredskap varnar för bränder. MSB vill att alla kommuner förbereder sig. Enligt MSB är risken stor i sommar.', 'MSB', 'Myndigheten för samhällsskydd och beredskap'],
    ['Sveriges Kommuner och Regioner kräver mer pengar till vården. SKR menar att staten måste betala.', 'SKR', 'Sveriges Kommuner och Regioner'],
  ])('an acronym and its name are one keyword: %s', (text, acronym, name) => {
    const kws = texts(text);
    expect(kws.filter((k) => k === acronym || k === name)).toHaveLength(1);
    expect(keywordsOf(text).find((k) => k.text === acronym || k.text === name)?.rules).toContain('acronym-for-name');
    expect(texts(text, ['acronym-for-name'])).toEqual(expect.arrayContaining([acronym, name]));
  });
  it.each([
    ['SL höjer priserna i Stockholms län. SL säger att resorna blir dyrare för alla i länet.', 'SL', 'Stockholms län'],
    ['Svenska Kanotförbundets Ledning och Sveriges Kommuner och Landsting möttes i går. SKL vill ha mer pengar.', 'SKL', 'Sveriges Kommuner och Landsting'],
  ])('two letters, or two names with the same initials, stay apart: %s', (text, acronym, name) => {
    expect(texts(text)).toEqual(expect.arrayContaining([acronym, name]));
  });
});
