import { describe, expect, it } from 'vitest';
import { createKeywordModel, extractKeywords, findKeywords } from './index';
import { buildContext } from '../context';
import type { AnalyzedToken, TextContext } from '../../types';
import { stem } from '../04-annotate/stem';

// Our own Swedish texts, written for these tests.
const CYKEL = `Ny cykelbana byggs längs ån i Västerås

Västerås stad bygger en ny cykelbana längs Svartån. Cykelbanan ska vara klar i höst, säger Karin Lindqvist, trafikplanerare på Västerås stad.

– Vi vill att fler ska välja cykeln till jobbet. Cykelbanan blir tre kilometer lång, säger Karin Lindqvist.

Under bygget stängs gångvägen vid Svartån. Cyklister hänvisas till en tillfällig cykelbana på andra sidan. Lindqvist tror att cykelbanan blir populär bland pendlare.

Sedd av 803
Dela på internet`;

const SKOLA = `Skolmaten blir mer vegetarisk i Umeå

Umeå kommun ändrar skolmaten. Från hösten serveras vegetarisk lunch tre dagar i veckan på alla grundskolor i kommunen.

Beslutet togs av barn- och utbildningsnämnden i Umeå. Vegetarisk mat är billigare och bättre för klimatet, enligt nämnden.

– Eleverna har själva önskat mer vegetarisk mat, säger Sara Holm, kostchef i Umeå kommun.

Vissa föräldrar är kritiska. De menar att barnen behöver kött. Kommunen svarar att den vegetariska skolmaten följer Livsmedelsverkets råd.`;

const stems = (s: string) =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => stem(w))
    .join(' ');
const has = (kws: { text: string }[], phrase: string, within = 10) => kws.slice(0, within).some((k) => stems(k.text) === stems(phrase));

describe('extractKeywords', () => {
  it('finds the topic, the place and the person of a short news text', () => {
    const kws = extractKeywords(CYKEL);
    expect(has(kws, 'cykelbana', 3)).toBe(true);
    expect(has(kws, 'Karin Lindqvist', 6)).toBe(true);
    expect(has(kws, 'Västerås', 8) || has(kws, 'Västerås stad', 8)).toBe(true);
  });

  it('groups inflections under one key and counts every occurrence', () => {
    const kws = extractKeywords(CYKEL);
    const k = kws.find((x) => stems(x.text) === stems('cykelbana'))!;
    expect(k).toBeDefined();
    expect(k.count).toBeGreaterThanOrEqual(4);
    expect(k.spans).toHaveLength(k.count);
    for (const s of k.spans) expect(CYKEL.slice(s.start, s.end).toLowerCase()).toMatch(/^cykelban/);
    expect(kws.filter((x) => x.key === k.key)).toHaveLength(1);
  });

  it('writes names as names and common words in lower case', () => {
    const kws = extractKeywords(SKOLA);
    expect(has(kws, 'skolmat', 3)).toBe(true);
    expect(has(kws, 'Umeå', 5) || has(kws, 'Umeå kommun', 5)).toBe(true);
    const person = kws.find((k) => /Holm/.test(k.text));
    if (person) expect(person.text).toBe('Sara Holm');
    for (const k of kws) if (!/^\p{Lu}/u.test(k.text)) expect(k.text).toBe(k.text.toLowerCase());
  });

  it('never returns stopword-only, number-only or furniture keywords', () => {
    const kws = extractKeywords(CYKEL, { limit: 30 });
    for (const k of kws) {
      expect(k.text).toMatch(/\p{L}/u);
      expect(k.text).not.toMatch(/^(och|i|att|det|som|en|på|är|av|för|säger|\d+)$/i);
      expect(k.text.toLowerCase()).not.toMatch(/dela|sedd|803/);
      expect(k.text.split(' ').length).toBeLessThanOrEqual(6);
    }
  });

  it('respects limit and sorts by score', () => {
    expect(extractKeywords(SKOLA, { limit: 3 })).toHaveLength(3);
    expect(extractKeywords(SKOLA, { limit: 0 })).toEqual([]);
    const kws = extractKeywords(SKOLA);
    expect(kws.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < kws.length; i++) expect(kws[i - 1]!.score).toBeGreaterThanOrEqual(kws[i]!.score);
  });

  it('handles empty, odd and hostile input', () => {
    expect(extractKeywords('')).toEqual([]);
    expect(extractKeywords('   \n\n  ')).toEqual([]);
    expect(extractKeywords('123 456 789.')).toEqual([]);
    expect(extractKeywords('och i att det som')).toEqual([]);
    expect(() => extractKeywords('-'.repeat(100_000))).not.toThrow();
    expect(() => extractKeywords('\ud800 Kalle\u0000 Anka \udfff'.repeat(1000))).not.toThrow();
    expect(() => extractKeywords('Dela på internet'.repeat(5000))).not.toThrow();
    expect(() => extractKeywords(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractKeywords(null as unknown as string)).toThrow(TypeError);
  });
});

describe('adjective agreement in keyword phrases', () => {
  const texts: [string, string, string][] = [
    [
      'neuter head, adjective seen only in the definite form',
      'Regeringen satsar på det civila försvaret. Det civila försvaret ska byggas ut. Kommunerna får pengar till det civila försvaret i år.',
      'civilt försvar',
    ],
    [
      'neuter head, adjective in the neuter form',
      'Ett nationellt forum startar i höst. Det nationella forumet ska samla kommunerna. Forumet leds av ett nationellt råd.',
      'nationellt forum',
    ],
    [
      'neuter head known from another sentence, phrase after a genitive',
      'Sveriges civila försvar behöver mer pengar. Kommunerna bygger upp ett civilt försvar. Försvaret ska vara klart 2030.',
      'civilt försvar',
    ],
    [
      'common-gender head keeps the base form',
      'Tillitsbaserad styrning sprider sig. Den tillitsbaserade styrningen ger mer ansvar. Chefer vill ha tillitsbaserad styrning.',
      'tillitsbaserad styrning',
    ],
  ];
  it.each(texts)('%s', (_name, text, expected) => {
    expect(extractKeywords(text).map((k) => k.text)).toContain(expected);
  });
  it('ranks a party label after a name below the people and the topic', () => {
    const text = [
      'Nya cykelvägar i Umeå',
      'Umeå kommun bygger 40 kilometer nya cykelvägar. Satsningen på cykelvägar kostar 120 miljoner kronor.',
      '– Vi vill att fler ska välja cykeln även på vintern, säger Karin Lindqvist (S), ordförande i tekniska nämnden.',
      'Oppositionsrådet Per Berg (M) är kritisk till cykelvägarna.',
      '– Pengarna borde gå till vägunderhåll, säger Per Berg (M).',
    ].join('\n\n');
    const kws = extractKeywords(text, { limit: 30, quotes: true }).map((k) => k.text);
    expect(kws.indexOf('Moderaterna')).toBeGreaterThan(kws.indexOf('Karin Lindqvist'));
    expect(kws.indexOf('Moderaterna')).toBeGreaterThan(kws.indexOf('cykelväg'));
  });
  it('never makes a keyword of a weekday or a weekday with a time of day', () => {
    const text = 'Branden i Kiruna startade i fredags. På måndagsmorgonen var branden släckt. Brandkåren arbetade hela lördagsnatten och i söndags kom regnet.';
    const kws = extractKeywords(text, { limit: 30 }).map((k) => k.text);
    expect(kws.filter((k) => /dag/.test(k))).toEqual([]);
    expect(kws).toContain('brand');
  });
  it('never makes a keyword of the first part of a shared compound alone', () => {
    const text = 'Infrastruktur- och bostadsministern besökte Kiruna. Ministern talade om bostäder. Energi- och klimatfrågor togs också upp av ministern.';
    const kws = extractKeywords(text, { limit: 30 }).map((k) => k.text);
    expect(kws.filter((k) => /^(infrastruktur|energi)(-?$|-?\s(?!och\s))/i.test(k))).toEqual([]);
    expect(kws).toContain('bostadsminister');
  });
  it('leaves a foreign word before a neuter head as written', () => {
    const text = 'Företaget satsar på open source-området. Området växer. Open source-området lockar nya utvecklare och området får pengar.';
    const kws = extractKeywords(text).map((k) => k.text);
    expect(kws.some((k) => /opent|openet/.test(k))).toBe(false);
  });
});

describe('findKeywords without tagger or entities', () => {
  it('falls back to stems and casing when every token has pos X and lemma = form', () => {
    const ctx = buildContext(CYKEL);
    const plain = (t: AnalyzedToken): AnalyzedToken => ({ ...t, pos: 'X', lemma: t.normal });
    const sentences = ctx.sentences.map((s) => ({ ...s, tokens: s.tokens.map(plain) }));
    const bare: TextContext = { ...ctx, sentences, tokens: sentences.flatMap((s) => s.tokens) };
    const kws = findKeywords(bare, [], []);
    // The ranker is fitted on tagged text: untagged text keeps inflections apart (`cykelbanan`).
    expect(has(kws, 'cykelbana', 5)).toBe(true);
    expect(has(kws, 'Karin Lindqvist', 6)).toBe(true);
    for (const k of kws) expect(k.text).not.toMatch(/^(säger|Sedd|Dela)$/i);
  });
});

describe('createKeywordModel', () => {
  it('lowers words that every document of the corpus shares', () => {
    const corpus = [
      'Kommunen bygger en ny skola i centrum. Kommunen räknar med att skolan öppnar i augusti.',
      'Kommunen höjer avgiften för sophämtning. Kommunen säger att kostnaderna har ökat.',
      'Kommunen planterar fler träd i parken. Kommunen vill göra staden grönare.',
      'Kommunen stänger badhuset för renovering. Kommunen öppnar det igen i vår.',
    ];
    const text = 'Kommunen inför fri kollektivtrafik för pensionärer. Kommunen tror att fler pensionärer då lämnar bilen hemma. Kollektivtrafik för pensionärer kostar kommunen tio miljoner.';
    const rank = (kws: { text: string }[], w: string) => kws.findIndex((k) => stems(k.text) === stems(w));
    const without = extractKeywords(text);
    const model = createKeywordModel(corpus);
    expect(model.size).toBe(4);
    const withModel = extractKeywords(text, { model });
    const scoreOf = (kws: { text: string; score: number }[]) => kws.find((k) => stems(k.text) === stems('kommun'))?.score ?? 0;
    expect(scoreOf(without)).toBeGreaterThan(0);
    expect(scoreOf(withModel)).toBeLessThan(0.3 * scoreOf(without));
    expect(rank(withModel, 'pensionär')).toBeGreaterThanOrEqual(0);
    expect(rank(withModel, 'pensionär')).toBeLessThan(3);
  });

  it('accepts an empty corpus and rejects bad input', () => {
    const model = createKeywordModel([]);
    expect(model.size).toBe(0);
    expect(extractKeywords(SKOLA, { model }).length).toBeGreaterThan(0);
    expect(() => createKeywordModel('text' as unknown as string[])).toThrow(TypeError);
    expect(() => createKeywordModel([1 as unknown as string])).toThrow(TypeError);
  });
});

describe('keyword coverage rules', () => {
  // Our own text: an age word is never a keyword, and a compound part after its compound is
  // pushed down so that the list covers more topics.
  const BRAND = `Villa brann ner i Kosta

En 24-åring och en 47-årig man greps på söndagen efter villabranden i Kosta. Villabranden startade i ett kök.

Räddningstjänsten kom till villan efter en kvart. Brandmännen kunde inte rädda huset. Grannarna i Kosta såg röken.

– Det var en stor villabrand, säger Eva Ek på räddningstjänsten. Polisen utreder om branden var anlagd.`;
  it('leaves out ages written with digits', () => {
    const kws = extractKeywords(BRAND, { limit: 20 });
    expect(kws.some((k) => /\d-år/.test(k.text))).toBe(false);
    expect(has(kws, 'villabrand', 5)).toBe(true);
  });
});

describe('names take at most half of the list unless the text is a list of people', () => {
  // Our own texts: a list of prize winners (a new person in every sentence) and a match report
  // that names many players between sentences about the game.
  const LIST = [
    'Här är årets kulturpristagare i Umeå',
    'Lena Ström får priset för sin poesi. Per Lund skriver romaner. Karin Holm leder en kör. Erik Sandberg bygger fioler. Lena Ek målar akvareller. Olof Strand spelar jazz. Maria Nyberg skriver dramatik. Johan Falk dansar balett. Sara Wik gör film. Nils Åberg fotograferar fjällen. Eva Dahl skulpterar i trä.',
  ].join('\n\n');
  const MATCH = [
    'Umeå vann derbyt mot Skellefteå',
    'Umeå vann derbyt med 4–2 inför fullsatt läktare. Matchen var jämn länge, men i tredje perioden tog hemmalaget över. Lena Ström gav Umeå ledningen i powerplay. Per Lund kvitterade. Karin Holm och Erik Sandberg avgjorde sedan med två mål på tre minuter. Lena Ek räddade 31 skott. Olof Strand och Maria Nyberg fick utvisningar. Johan Falk spelade sin första match. Tränaren Sara Wik var nöjd med försvaret. Nils Åberg och Eva Dahl stod för passningarna. Publiken sjöng länge efter slutsignalen. Derbyt var säsongens bäst besökta match. Nästa derby spelas i Skellefteå i mars. Båda lagen jagar en plats i slutspelet.',
  ].join('\n\n');
  it('fills the list with names in a list of people', () => {
    const kws = extractKeywords(LIST);
    expect(kws.filter((k) => k.kind === 'name').length).toBeGreaterThan(5);
  });
  it('keeps half of the list for topics in a report that names many people', () => {
    const kws = extractKeywords(MATCH);
    expect(kws.filter((k) => k.kind === 'name').length).toBeLessThanOrEqual(5);
    expect(kws.map((k) => k.text)).toContain('derby');
  });
});
