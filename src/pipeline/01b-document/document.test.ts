import { describe, expect, it } from 'vitest';
import { readArticle } from './index';
import { defaultLexicon, extendLexicon } from '../../data/sv/lexicon';

// Our own Swedish texts, written for these tests.
describe('readArticle', () => {
  it.each([
    ['# Rubriken här\n\nBrödtext som följer.', 'Rubriken här'],
    ['Kort rubrik utan punkt\n\nBrödtext som följer.', 'Kort rubrik utan punkt'],
    ['Varför stiger priserna?\nBrödtext som följer.', 'Varför stiger priserna?'],
    ['En vanlig mening med punkt.\nOch en till.', null],
    ['Bara en rad utan rubrik', null],
    ['', null],
  ])('title of %j', (text, title) => {
    expect(readArticle(text).title?.text ?? null).toBe(title);
  });

  it('finds byline, photo credit, dates and site furniture', () => {
    const text = [
      'Tågen står still i Norrland',
      '',
      'Text: Karin Ek',
      'Foto: Per Ek/TT',
      'Publicerad 12 mars 2024 kl 08.15',
      'Senast ändrad 09:44, 13 mar 2024',
      'Sedd av 1 204',
      '',
      'Inga tåg går mellan Umeå och Luleå i dag. Dela på internet',
      '',
      'Läs mer:',
      'Snöovädret drar in över kusten',
      'Så påverkas pendlarna',
      '',
      'Trafikverket arbetar med felet.',
    ].join('\n');
    const a = readArticle(text);
    expect(a.title?.text).toBe('Tågen står still i Norrland');
    expect(a.bylines.map((b) => b.value)).toEqual(['Karin Ek']);
    expect(a.photos.map((b) => b.value)).toEqual(['Per Ek/TT']);
    expect(a.dates.map((d) => [d.label, d.value])).toEqual([
      ['Publicerad', '12 mars 2024 kl 08.15'],
      ['Senast ändrad', '09:44, 13 mar 2024'],
    ]);
    const excluded = a.excluded.map((s) => text.slice(s.start, s.end));
    expect(excluded).toContain('Sedd av 1 204');
    expect(excluded).toContain('Dela på internet');
    expect(excluded).toContain('Snöovädret drar in över kusten');
    expect(excluded).not.toContain('Trafikverket arbetar med felet.');
  });

  it('skips site navigation, splits glued date lines and drops reader counters', () => {
    const text = [
      'Hem Nyheter Sport Kultur',
      'Nyheter › Inrikes',
      'Isen lade sig över Mälaren i natt',
      'Publicerad 2025-01-14 06:12Uppdaterad 2025-01-14 08:40',
      'Sjön frös till på flera ställen efter nattens kyla.',
      '1 245 läsare',
    ].join('\n');
    const a = readArticle(text);
    expect(a.title?.text).toBe('Isen lade sig över Mälaren i natt');
    expect(a.dates.map((d) => [d.label, d.value, text.slice(d.start, d.end)])).toEqual([
      ['Publicerad', '2025-01-14 06:12', 'Publicerad 2025-01-14 06:12'],
      ['Uppdaterad', '2025-01-14 08:40', 'Uppdaterad 2025-01-14 08:40'],
    ]);
    const excluded = a.excluded.map((s) => text.slice(s.start, s.end));
    expect(excluded).toEqual(expect.arrayContaining(['Hem Nyheter Sport Kultur', 'Nyheter › Inrikes', '1 245 läsare']));
    expect(excluded).not.toContain('Sjön frös till på flera ställen efter nattens kyla.');
  });

  it.each([
    ['Sport\n\nLaget vann i går.', 'Sport'],
    ['Hem och skola samarbetar\n\nFöräldrar träffade lärarna.', 'Hem och skola samarbetar'],
    ['Kultur i hela landet\n\nBiblioteken öppnar fler filialer.', 'Kultur i hela landet'],
  ])('a heading that uses section words is still the title: %j', (text, title) => {
    expect(readArticle(text).title?.text).toBe(title);
    expect(readArticle(text).excluded).toEqual([]);
  });

  it('keeps article sentences that merely start like a label', () => {
    const text = 'Rubrik\n\nDela upp arbetet i små steg, säger hon till tidningen varje gång vi ses.\nAv alla förslag var detta bäst.';
    const a = readArticle(text);
    expect(a.excluded).toEqual([]);
    expect(a.bylines).toEqual([]);
  });

  it('reads an opinion byline without a colon, and not a sentence that mentions one', () => {
    const byline = 'Debattartikel av kommunalråd Eva Lund och Per Ek, Norran, den 3 maj 2024';
    const a = readArticle(`Bygg fler bostäder i Skellefteå\n${byline}\n\nBostadsbristen växer i hela länet.`);
    expect(a.bylines.map((b) => b.value)).toEqual(['kommunalråd Eva Lund och Per Ek, Norran, den 3 maj 2024']);
    const b = readArticle('Rubrik\n\nEn debattartikel av två forskare väckte debatt i veckan.');
    expect(b.bylines).toEqual([]);
  });

  it('drops cookie banner lines but keeps sentences about cookies', () => {
    const banner = 'Vi använder cookies för att ge dig en bättre upplevelse. Godkänn alla kakor';
    const body = 'Bagaren säljer kakor och cookies på torget varje lördag.';
    const text = `Rubrik\n\n${body}\n${banner}`;
    const excluded = readArticle(text).excluded.map((s) => text.slice(s.start, s.end));
    expect(excluded).toContain(banner);
    expect(excluded).not.toContain(body);
  });

  it('finds a signature at the end, also glued to a share button', () => {
    const a = readArticle('Rubrik\n\nText om något.Det säger hon.8 SIDOR/TTDela artikeln');
    expect(a.signature?.value).toBe('8 SIDOR/TT');
  });
});

describe('readArticle reads its labels from the lexicon', () => {
  const text = 'Rubrik\n\nSkriven av: Eva Strand\nFotad av: Ola Lind\n\nBrödtext om vädret i dag.';
  it.each([
    ['the default lexicon knows neither label', defaultLexicon(), [], []],
    [
      'a lexicon with both labels added',
      extendLexicon(defaultLexicon(), { bylineLabels: { add: ['Skriven av'] }, photoLabels: { add: ['Fotad av'] } }),
      ['Eva Strand'],
      ['Ola Lind'],
    ],
  ])('%s', (_name, lexicon, bylines, photos) => {
    const a = readArticle(text, lexicon);
    expect(a.bylines.map((b) => b.value)).toEqual(bylines);
    expect(a.photos.map((b) => b.value)).toEqual(photos);
  });

  it('a label removed from the lexicon no longer makes a byline', () => {
    const lex = extendLexicon(defaultLexicon(), { bylineLabels: { remove: ['Text'] } });
    expect(readArticle('Rubrik\n\nText: Karin Ek\n\nBrödtext.', lex).bylines).toEqual([]);
    expect(readArticle('Rubrik\n\nText: Karin Ek\n\nBrödtext.').bylines.map((b) => b.value)).toEqual(['Karin Ek']);
  });
});

// The photo labels are one list with the keyword step's (`Arkivfoto`, `Arkivbild`, `Genrebild` came from it).
describe('readArticle knows the merged photo labels', () => {
  it.each([
    ['Arkivfoto: Sportbyrån', 'Sportbyrån'],
    ['Arkivbild: Kalle Kula/Bildsajten', 'Kalle Kula/Bildsajten'],
    ['Genrebild: Fotostudion', 'Fotostudion'],
    ['Foto: Eva Strand', 'Eva Strand'],
  ])('a credit line %s is a photo credit', (line, value) => {
    const a = readArticle(`Hamnen byggs om\n\nHamnen får nya kajer i höst.\n${line}\n\nKranarna är nya.`);
    expect(a.photos.map((p) => p.value)).toEqual([value]);
  });
  it.each([
    'Arkivfoton från 1950-talet visar hamnen.',
    'Genrebilden i tidningen visade en annan hamn.',
    'Bilden är en arkivbild: hamnen såg annorlunda ut då.',
  ])('an article line with a label word is no credit: %s', (line) => {
    const a = readArticle(`Hamnen byggs om\n\n${line}\n\nKranarna är nya.`);
    expect(a.photos).toEqual([]);
  });
});

// Furniture inside article lines (our own phrasings): 01b marks it, the keyword step reads the marks.
describe('readArticle marks furniture inside article lines', () => {
  const marked = (text: string) => readArticle(text).furniture.map((f) => text.slice(f.start, f.end));
  it.each([
    ['Hamnen byggs om.\n\nKajen blir längre. Bilden är en genrebild. Foto: Fotostudion\n\nKranarna är nya.', 'Foto: Fotostudion'],
    ['Hamnen byggs om.\n\nKajen blir längre. Arkivfoto : Sportbyrån/TT\n\nKranarna är nya.', 'Arkivfoto : Sportbyrån/TT'],
    ['Hamnen byggs om.\n\nKajen blir längre, FOTO: Eva Strand\n\nKranarna är nya.', 'FOTO: Eva Strand'],
    ['Hamnen byggs om.\n\nBild av Eva Strand från Bildsajten\n\nKranarna är nya.', 'Bild av Eva Strand från Bildsajten'],
    ['Hamnen byggs om.\n\nAv Redaktionen, Publicerat för två dagar sedan.\n\nKranarna är nya.', 'Av Redaktionen, Publicerat för två dagar sedan.'],
    ['Hamnen byggs om.\n\n· Uppdaterad: i går kväll\n\nKranarna är nya.', '· Uppdaterad: i går kväll'],
    ['Hamnen byggs om.\n\nHamnredaktionen · Postad för en timme sedan\n\nKranarna är nya.', 'Hamnredaktionen · Postad för en timme sedan'],
  ])('%s', (text, furniture) => {
    expect(marked(text)).toEqual([furniture]);
  });
  it.each([
    // A label word without its colon, or glued to another word, is article text.
    'Hamnen byggs om.\n\nHon tog en bild av kajen i går. Fotot visar kranarna.\n\nKranarna är nya.',
    'Hamnen byggs om.\n\nTT-foto: så ser kajen ut. Bildtext: kranen.\n\nKranarna är nya.',
    // A date label in lower case, or late in the line, is article text.
    'Hamnen byggs om.\n\nBoken, publicerad 1990, handlar om hamnen.\n\nKranarna är nya.',
    'Hamnen byggs om.\n\nKajen som byggdes för länge sedan blev Uppdaterad i år.\n\nKranarna är nya.',
    // A paragraph that opens with a label word is article text: too long for a date line, or
    // the label opens the line with neither a date nor a colon after it.
    'Hamnen byggs om.\n\nUppdaterad statistik från hamnbolaget visar att fler fartyg lägger till vid kajen än för tio år sedan.\n\nKranarna är nya.',
    'Hamnen byggs om.\n\nDatum för invigningen är inte klart.\n\nKranarna är nya.',
    'Hamnen byggs om.\n\nÄndrad trafik vid kajen i sommar.\n\nKranarna är nya.',
  ])('no furniture in: %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
  it('marks no credit when a caller empties the photo labels (not every colon after a space)', () => {
    const text = 'Hamnen byggs om.\n\nResultatet blev 3 : 1 för hemmalaget. Foto: Fotostudion\n\nKranarna är nya.';
    const lex = extendLexicon(defaultLexicon(), { photoLabels: { replace: [] } });
    expect(readArticle(text, lex).furniture).toEqual([]);
    expect(marked(text)).toEqual(['Foto: Fotostudion']);
  });
  it('reads no photo or date line from emptied label lists (not every line that opens with a colon)', () => {
    const text = 'Hamnen byggs om.\n\n: Karin Ek\n\nKranarna är nya.';
    const lex = extendLexicon(defaultLexicon(), { photoLabels: { replace: [] }, dateLabels: { replace: [] } });
    const a = readArticle(text, lex);
    expect(a.photos).toEqual([]);
    expect(a.dates).toEqual([]);
  });
});

// Photo credits by Swedish (our own phrasings): a listed label and its colon, on a line of its own
// (`photos`) or inside a line (`credits`). Step 05 reads these marks, not a test of its own.
describe('readArticle finds photo credits by their labels', () => {
  const creditsOf = (line: string): string[] => {
    const a = readArticle(`Hamnen byggs om.\n\n${line}\n\nKranarna är nya.`);
    return [...a.photos, ...(a.credits ?? [])].map((c) => `${c.label}|${c.value}`);
  };
  it.each([
    ['Foto: Anna Ek/TT', ['Foto|Anna Ek/TT']],
    ['Arkivfoto: Bildbyrån', ['Arkivfoto|Bildbyrån']],
    // Compounds that are credit labels (listed in the lexicon's photoLabels).
    ['Pressbild: Företaget', ['Pressbild|Företaget']],
    ['Pressfoto: Hamnbolaget', ['Pressfoto|Hamnbolaget']],
    ['Skärmbild: SVT', ['Skärmbild|SVT']],
    ['Skärmdump: Sveriges Radio', ['Skärmdump|Sveriges Radio']],
    ['Kajen blir längre. Genrefoto: Bildbyrån.', ['Genrefoto|Bildbyrån']],
    ['Kajen blir längre. Pressbild: Hamnbolaget', ['Pressbild|Hamnbolaget']],
    // Two credits in one line: each is read.
    ['Kajen blir längre. Foto: Anna Ek Grafik: Per Berg', ['Foto|Anna Ek', 'Grafik|Per Berg']],
  ])('a credit: %s', (line, want) => {
    expect(creditsOf(line)).toEqual(want);
  });
  it.each([
    // The definite form describes the picture; it credits nobody.
    'Bilden: en genrebild',
    // No colon: `från` says where as often as who (`Bild från mötet`).
    'Skärmbild från SVT',
    // Compounds in -bild and -foto that are ordinary words, not labels.
    'Hon visade en fotobild: Anna Ek stod längst fram.',
    'Hennes förebild: Astrid Lindgren',
    'Partiets världsbild: alla ska med',
    'Polisens lägesbild: Hamnen är lugn.',
    // A label glued to another word, and an author line that names the photographer too.
    'TT-foto: Anna Ek',
    'Text och foto: Karin Ek',
  ])('no credit: %s', (line) => {
    expect(creditsOf(line)).toEqual([]);
  });
  it('reads a line of many credits in one pass (each value runs to the next label)', () => {
    const line = 'Kajen. ' + 'Foto: Anna Ek '.repeat(20000);
    const credits = readArticle(line).credits ?? [];
    expect(credits.length).toBe(20000);
    expect(new Set(credits.map((c) => c.value))).toEqual(new Set(['Anna Ek']));
  });
});
