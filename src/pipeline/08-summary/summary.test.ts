import { describe, expect, it } from 'vitest';
import { buildSummary, lixBand, lixFromCounts, toMarkdown } from './index';
import { summarize } from '../../analyze';
import { buildContext } from '../context';

describe('LIX', () => {
  // Counted by hand:
  //   "Katten sover i solen."  4 words, no word longer than six letters.
  //   "Hunden springer runt i trädgården och skäller högt."  8 words; long: springer (8),
  //   trädgården (10), skäller (7).
  //   W = 12, S = 2, L = 3: LIX = 12/2 + 100·3/12 = 6 + 25 = 31 → medium.
  it('matches a hand count on a two-sentence text', () => {
    const s = summarize('Katten sover i solen. Hunden springer runt i trädgården och skäller högt.');
    expect(s.words).toBe(12);
    expect(s.sentences).toBe(2);
    expect(s.readability.longWords).toBe(3);
    expect(s.readability.lix).toBe(31);
    expect(s.readability.band).toBe('medium');
  });

  // "Regeringen presenterade budgetpropositionen."  3 words, all longer than six letters:
  //   LIX = 3/1 + 100·3/3 = 103 → very hard.
  // "Vi åt mat. Det var gott. Sen gick vi hem."  10 words, 3 sentences, no long word:
  //   LIX = 10/3 = 3.33… → 3.3, very easy.
  // "Sjuksköterskan på avdelningen ringde föräldrarna."  5 words; long: sjuksköterskan (14),
  //   avdelningen (11), föräldrarna (11), ringde is six letters and not long:
  //   LIX = 5/1 + 100·3/5 = 5 + 60 = 65 → very hard.
  it.each([
    ['Regeringen presenterade budgetpropositionen.', 3, 1, 3, 103, 'very-hard'],
    ['Vi åt mat. Det var gott. Sen gick vi hem.', 10, 3, 0, 3.3, 'very-easy'],
    ['Sjuksköterskan på avdelningen ringde föräldrarna.', 5, 1, 3, 65, 'very-hard'],
  ])('%s', (text, w, s, l, lix, band) => {
    const r = summarize(text).readability;
    expect([r.words, r.sentences, r.longWords, r.lix, r.band]).toEqual([w, s, l, lix, band]);
  });

  it('uses the standard bands (lix.se), a boundary value belonging to the band above', () => {
    expect(lixBand(0).band).toBe('very-easy');
    expect(lixBand(24.9).band).toBe('very-easy');
    expect(lixBand(25).band).toBe('easy');
    expect(lixBand(30).band).toBe('medium');
    expect(lixBand(40).band).toBe('fairly-hard');
    expect(lixBand(50).band).toBe('hard');
    expect(lixBand(60).band).toBe('very-hard');
    expect(lixBand(30).sv).toBe('Normaltext, skönlitteratur');
    expect(lixFromCounts(0, 0, 0).lix).toBe(0);
  });
});

const ARTIKEL = `Biblioteket i Kiruna flyttar till nya stadshuset

Text: Maja Nilsson
Foto: Olle Sten/TT
Publicerad 3 februari 2025 kl 10.12
Sedd av 2 017

Biblioteket i Kiruna flyttar in i det nya stadshuset i mars. Flytten tar två veckor och biblioteket håller stängt under tiden.

– Vi får mer plats för barnen och för studenterna, säger bibliotekschefen Eva Lind.

Biblioteket har i dag över 40 000 böcker. Alla böcker ska packas i lådor. Eva Lind hoppas att många kommer till invigningen.

Läs mer:
Kiruna flyttar stadskärnan
Nytt stadshus invigt`;

describe('summarize', () => {
  it('finds the title, metadata, keywords and counts of an article', () => {
    const s = summarize(ARTIKEL);
    expect(s.title).toBe('Biblioteket i Kiruna flyttar till nya stadshuset');
    expect(s.metadata.bylines).toEqual(['Maja Nilsson']);
    expect(s.metadata.photos).toEqual(['Olle Sten/TT']);
    expect(s.metadata.dates).toEqual([{ label: 'Publicerad', value: '3 februari 2025 kl 10.12' }]);
    expect(s.keywords.length).toBeGreaterThan(3);
    expect(s.keywords.map((k) => k.text.toLowerCase()).slice(0, 3)).toContain('bibliotek');
    // Furniture is kept out of the keywords and the counts.
    for (const k of s.keywords) expect(k.text).not.toMatch(/Sedd|Läs mer|Maja|Olle|stadskärna/);
    // Topics and names apart, each keyword in one of them.
    expect(s.topics.every((k) => k.kind === 'topic')).toBe(true);
    expect(s.names.every((k) => k.kind === 'name')).toBe(true);
    expect(s.topics.length + s.names.length).toBe(s.keywords.length);
    expect(s.names.map((k) => k.text)).toContain('Kiruna');
    expect(s.words).toBeGreaterThan(50);
    expect(s.words).toBeLessThan(80);
  });

  it('keeps working with no title, no entities and no quotes', () => {
    const s = summarize('');
    expect(s.title).toBeNull();
    expect(s.keywords).toEqual([]);
    expect(s.words).toBe(0);
    expect(s.sentences).toBe(0);
    expect(s.readability.lix).toBe(0);
    expect(s.quotesBySpeaker).toEqual({});
    expect(() => summarize(5 as unknown as string)).toThrow(TypeError);
    expect(() => summarize('–'.repeat(100_000))).not.toThrow();
  });

  it('builds from the earlier steps’ outputs (buildSummary)', () => {
    const ctx = buildContext('Hunden skäller. Katten sover.');
    const s = buildSummary(ctx, [], [], []);
    expect(s.words).toBe(4);
    expect(s.sentences).toBe(2);
    expect(s.people).toEqual([]);
  });
});

describe('toMarkdown', () => {
  it('renders title, metadata, keywords and readability', () => {
    const md = toMarkdown(summarize(ARTIKEL));
    expect(md.startsWith('# Biblioteket i Kiruna flyttar till nya stadshuset\n')).toBe(true);
    expect(md).toContain('Text: Maja Nilsson');
    expect(md).toContain('Foto: Olle Sten/TT');
    expect(md).toMatch(/\*\*Ämnen:\*\* .*bibliotek/);
    expect(md).toMatch(/\*\*Namn:\*\* .*Kiruna/);
    expect(md).toMatch(/\*\*Läsbarhet:\*\* LIX \d+(\.\d)? \(/);
    const en = toMarkdown(summarize(ARTIKEL), { lang: 'en' });
    expect(en).toContain('**Topics:**');
    expect(en).toContain('**Names:**');
    expect(en).toContain('**Readability:**');
  });

  it('escapes Markdown in the text', () => {
    const md = toMarkdown(summarize('Rubrik med *stjärnor* och [länk]\n\nBrödtext om stjärnor.'));
    expect(md.split('\n')[0]).toBe('# Rubrik med \\*stjärnor\\* och \\[länk\\]');
    expect(toMarkdown(summarize(''))).toContain('# Utan rubrik');
    expect(toMarkdown(summarize('Rubrik om bank\u00adsektorn\n\nText.'))).toContain('# Rubrik om banksektorn');
  });
});
