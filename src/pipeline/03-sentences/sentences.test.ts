import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from '.';
import { splitParagraphs } from '../01-paragraphs';
import { tokenize } from '../02-tokens';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

// Our own Swedish texts; each row: input, expected sentence texts.
const cases: [string, string[]][] = [
  ['Det regnar. Vi stannar inne! Kommer du?', ['Det regnar.', 'Vi stannar inne!', 'Kommer du?']],
  // abbreviations, initials, numbers
  ['Vi köpte t.ex. äpplen. Sedan gick vi hem.', ['Vi köpte t.ex. äpplen.', 'Sedan gick vi hem.']],
  ['Hon kom kl. 8. Sedan åt vi.', ['Hon kom kl. 8.', 'Sedan åt vi.']],
  ['Boken är skriven av J. Nivre. Den är bra.', ['Boken är skriven av J. Nivre.', 'Den är bra.']],
  ['Vi sålde böcker, skivor etc. Sedan stängde vi.', ['Vi sålde böcker, skivor etc.', 'Sedan stängde vi.']],
  ['Vi ses till jul. Det blir fint.', ['Vi ses till jul.', 'Det blir fint.']],
  ['Det var den 3 mars. 2018 var ett bra år.', ['Det var den 3 mars.', '2018 var ett bra år.']],
  ['Räntan steg till 2,5 procent.', ['Räntan steg till 2,5 procent.']],
  // quotes and dashes
  ['– Kommer du? frågade hon. – Ja!', ['– Kommer du? frågade hon.', '– Ja!']],
  ['”Kommer du?” frågade hon. ”Ja.” Sedan gick de.', ['”Kommer du?” frågade hon.', '”Ja.”', 'Sedan gick de.']],
  ['Han sa: ”Vi ses.” Hon nickade.', ['Han sa: ”Vi ses.”', 'Hon nickade.']],
  ['(Se vidare sid 8.) Nästa stycke börjar här.', ['(Se vidare sid 8.)', 'Nästa stycke börjar här.']],
  ['Är det ett statustänkande? - nej, knappast.', ['Är det ett statustänkande? - nej, knappast.']],
  // text glued by lost line breaks
  ['Taket skadades.– Möbler förstördes.', ['Taket skadades.', '– Möbler förstördes.']],
  ['Läs mer på nätet.8 SIDOR', ['Läs mer på nätet.', '8 SIDOR']],
  ['Vi hittade ett ben.Det var gammalt.', ['Vi hittade ett ben.', 'Det var gammalt.']],
  // ellipsis
  ['Vänta lite ... och sedan? Ingenting ... Det tog slut.', ['Vänta lite ... och sedan?', 'Ingenting ...', 'Det tog slut.']],
  // colon: a long lead-in before a capital ends the sentence; a short label does not
  ['Man måste ställa sig frågan: Varför blev det så?', ['Man måste ställa sig frågan:', 'Varför blev det så?']],
  ['Foto: Tillitsdelegationen.', ['Foto: Tillitsdelegationen.']],
  ['Karin Ek: Vi behöver fler lärare', ['Karin Ek: Vi behöver fler lärare']],
  // paragraphs without final punctuation: headings, bylines
  ['Nya regler för pension\n\nFrån 1 juli gäller nya regler.\n\nText: Karin Ek', ['Nya regler för pension', 'Från 1 juli gäller nya regler.', 'Text: Karin Ek']],
  // news lines: a heading or byline on its own line (no wrapping in the text)
  [
    'Senast ändrad 09:44, 11 jan 2018\nFoto: Kommunen.\nKarin Ek, ordförande för nämnden.\nNämnden har beslutat att skolan ska byggas om under nästa år, vilket många föräldrar har väntat på länge.',
    ['Senast ändrad 09:44, 11 jan 2018', 'Foto: Kommunen.', 'Karin Ek, ordförande för nämnden.', 'Nämnden har beslutat att skolan ska byggas om under nästa år, vilket många föräldrar har väntat på länge.'],
  ],
  // a layout gap of two spaces, also at a paragraph start
  ['Lyssna  En familj var på semester.', ['Lyssna', 'En familj var på semester.']],
  ['Rubrik\n\n Lyssna  Den nya bron öppnar i dag.', ['Rubrik', 'Lyssna', 'Den nya bron öppnar i dag.']],
  // bullets on their own lines
  ['* Myndigheten ska stödja kommunerna\n* Myndigheten ska också bistå regionerna', ['* Myndigheten ska stödja kommunerna', '* Myndigheten ska också bistå regionerna']],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps a sentence across wrapped lines (hard-wrapped text)', () => {
    const wrapped = [
      'Tilläggspension grundas på inkomst av förvärvsarbete under hela det yrkesverksamma',
      'livet. Endast arbetsinkomst som man haft mellan 16 och 65 år räknas med i den',
      'Pensionsgrundande inkomsten. Arbetsinkomst för tid före år 1960 inverkar inte.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'Tilläggspension grundas på inkomst av förvärvsarbete under hela det yrkesverksamma\nlivet.',
      'Endast arbetsinkomst som man haft mellan 16 och 65 år räknas med i den\nPensionsgrundande inkomsten.',
      'Arbetsinkomst för tid före år 1960 inverkar inte.',
    ]);
  });

  it('splits a heading glued to its paragraph in re-wrapped text', () => {
    const s = [
      'Ålderspension Ålderspensionen från folkpensioneringen betalas ut varje månad till',
      'den som har fyllt 65 år och bor i landet sedan minst fem år tillbaka i tiden.',
      '',
      'Mat och hälsa Många svåra sjukdomar som malaria och smittkoppor trängs tillbaka',
      'genom aktiva insatser i hela världen under de senaste femtio åren, sägs det.',
    ].join('\n');
    expect(texts(s).map((x) => x.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'Ålderspension', 'Ålderspensionen från folkpensioneringen', 'Mat och hälsa', 'Många svåra sjukdomar',
    ]);
  });

  it('does not split a name after a heading-like start in news text', () => {
    expect(texts('Laura Hartman Om tillit är ordet för dagen enligt utredningen som har arbetat i två år med frågan om styrning i offentlig sektor.')).toHaveLength(1);
  });

  it('covers every token once, in order, never across paragraphs', () => {
    const s = 'Rubrik\n\nFörsta meningen. Andra meningen!\n\n– Tredje? Ja.';
    const tokens = tokenize(s);
    const paragraphs = splitParagraphs(s);
    const sentences = segmentSentences(s, tokens, paragraphs);
    expect(sentences.flatMap((x) => x.tokens)).toEqual(tokens);
    for (const x of sentences) expect(s.slice(x.start, x.end)).toBe(x.text);
    expect(sentences.map((x) => x.text)).toEqual(['Rubrik', 'Första meningen.', 'Andra meningen!', '– Tredje?', 'Ja.']);
  });

  it('handles empty and blank text, rejects a non-string', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
    expect(() => splitSentences(null as unknown as string)).toThrow(TypeError);
  });
});
