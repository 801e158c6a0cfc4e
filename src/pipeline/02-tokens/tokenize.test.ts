import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeForAnalysis } from '.';

const texts = (s: string) => tokenize(s).map((t) => t.text);

// Our own Swedish sentences; each row: input, expected token texts.
const cases: [string, string[]][] = [
  // abbreviations stay one token
  ['Vi köpte t.ex. äpplen och bl.a. päron.', ['Vi', 'köpte', 't.ex.', 'äpplen', 'och', 'bl.a.', 'päron', '.']],
  ['Det s.k. tillitsbaserade arbetet, dvs. mindre kontroll, fortsätter.', ['Det', 's.k.', 'tillitsbaserade', 'arbetet', ',', 'dvs.', 'mindre', 'kontroll', ',', 'fortsätter', '.']],
  ['Mötet är stängt p.g.a. sjukdom fr.o.m. i dag.', ['Mötet', 'är', 'stängt', 'p.g.a.', 'sjukdom', 'fr.o.m.', 'i', 'dag', '.']],
  ['Bussen går kl. 8 och kostar ca 40 kr, jfr nr 5.', ['Bussen', 'går', 'kl.', '8', 'och', 'kostar', 'ca', '40', 'kr', ',', 'jfr', 'nr', '5', '.']],
  ['Vi bor vid S:t Eriksgatan.', ['Vi', 'bor', 'vid', 'S:t', 'Eriksgatan', '.']],
  // the older spaced forms (Talbanken): one token with a space inside
  ['Det s k basbeloppet, t ex pension, o s v.', ['Det', 's k', 'basbeloppet', ',', 't ex', 'pension', ',', 'o s v', '.']],
  ['Han är bl a ordförande, d v s chef f n.', ['Han', 'är', 'bl a', 'ordförande', ',', 'd v s', 'chef', 'f n', '.']],
  // a sentence-final abbreviation gives its dot to the sentence (Talbanken)
  ['Vi sålde böcker, skivor etc. Sedan stängde vi.', ['Vi', 'sålde', 'böcker', ',', 'skivor', 'etc', '.', 'Sedan', 'stängde', 'vi', '.']],
  ['Det gäller Norden, dvs. Sverige och Norge, omkr. 5 miljoner.', ['Det', 'gäller', 'Norden', ',', 'dvs.', 'Sverige', 'och', 'Norge', ',', 'omkr.', '5', 'miljoner', '.']],
  ['Vi sålde böcker, skivor etc. till alla.', ['Vi', 'sålde', 'böcker', ',', 'skivor', 'etc.', 'till', 'alla', '.']],
  // negative: ordinary words are not abbreviations at a sentence end
  ['Vi ses till jul. Hon kom kl. 8.', ['Vi', 'ses', 'till', 'jul', '.', 'Hon', 'kom', 'kl.', '8', '.']],
  ['Den 1 jul. 1971 ändrades reglerna.', ['Den', '1', 'jul.', '1971', 'ändrades', 'reglerna', '.']],
  ['Det var i viss mån. Sedan gick hon.', ['Det', 'var', 'i', 'viss', 'mån', '.', 'Sedan', 'gick', 'hon', '.']],
  ['Vi gick ut.De kom in.', ['Vi', 'gick', 'ut', '.', 'De', 'kom', 'in', '.']],
  // initials
  ['Boken skrevs av J. Nivre och A. I. Rabin.', ['Boken', 'skrevs', 'av', 'J.', 'Nivre', 'och', 'A.', 'I.', 'Rabin', '.']],
  ['Han tog vitamin A. Det hjälpte.', ['Han', 'tog', 'vitamin', 'A', '.', 'Det', 'hjälpte', '.']],
  // colon suffixes
  ['SVT:s reporter och EU:s chef kom 1:a gången, den 99:e.', ['SVT:s', 'reporter', 'och', 'EU:s', 'chef', 'kom', '1:a', 'gången', ',', 'den', '99:e', '.']],
  ['Text:Stina', ['Text', ':', 'Stina']],
  // numbers
  ['Räntan är 0,6 procent och 2,5 % i år.', ['Räntan', 'är', '0,6', 'procent', 'och', '2,5', '%', 'i', 'år', '.']],
  ['Senast ändrad 09:44, tåget går 14.30 den 2018-01-11.', ['Senast', 'ändrad', '09:44', ',', 'tåget', 'går', '14.30', 'den', '2018-01-11', '.']],
  ['Mellan 1896-1923 och 2-3 gånger, 1974/75.', ['Mellan', '1896-1923', 'och', '2-3', 'gånger', ',', '1974/75', '.']],
  ['Det kostar 1\u00a0000 kronor, inte 1 000 kronor.', ['Det', 'kostar', '1\u00a0000', 'kronor', ',', 'inte', '1', '000', 'kronor', '.']],
  ['Det var -5 grader och $20 eller 30€.', ['Det', 'var', '-5', 'grader', 'och', '$', '20', 'eller', '30', '€', '.']],
  // hyphen compounds and truncated compounds
  ['IT-avdelningen betalar A-inkomster på 60-talet.', ['IT-avdelningen', 'betalar', 'A-inkomster', 'på', '60-talet', '.']],
  ['Läs- och skrivkunnighet under 1700- och 1800-talen.', ['Läs-', 'och', 'skrivkunnighet', 'under', '1700-', 'och', '1800-talen', '.']],
  // dashes and quotation marks are their own tokens
  ['– Det är bra, säger hon.', ['–', 'Det', 'är', 'bra', ',', 'säger', 'hon', '.']],
  ['Huset skadade.– Möbler förstördes.', ['Huset', 'skadade', '.', '–', 'Möbler', 'förstördes', '.']],
  ['Läs mer på nätet.8 SIDOR', ['Läs', 'mer', 'på', 'nätet', '.', '8', 'SIDOR']],
  ['Han sa ”nej” och »kanske« – eller "ja".', ['Han', 'sa', '”', 'nej', '”', 'och', '»', 'kanske', '«', '–', 'eller', '"', 'ja', '"', '.']],
  ['Stockholm–Göteborg', ['Stockholm', '–', 'Göteborg']],
  ['Vänta...', ['Vänta', '...']],
  ['Vad?! Nej!', ['Vad', '?!', 'Nej', '!']],
  // apostrophes
  ["Columbus' resa och O'Briens 'fina' hus", ["Columbus'", 'resa', 'och', "O'Briens", "'", 'fina', "'", 'hus']],
  // list markers (Talbanken)
  ['Välj a) kaffe b) te eller (c) vatten.', ['Välj', 'a)', 'kaffe', 'b)', 'te', 'eller', '(c)', 'vatten', '.']],
  ['Magdalena Andersson (S) talade.', ['Magdalena', 'Andersson', '(', 'S', ')', 'talade', '.']],
  ['7. För en närmare beskrivning', ['7.', 'För', 'en', 'närmare', 'beskrivning']],
  ['Gruppen heter 1. Sedan kom de.', ['Gruppen', 'heter', '1', '.', 'Sedan', 'kom', 'de', '.']],
  // URLs, e-mail, hashtags, mentions
  ['Läs på https://www.svt.se/nyheter/inrikes/a-1. Eller svt.se, skriv till info@svt.se.', ['Läs', 'på', 'https://www.svt.se/nyheter/inrikes/a-1', '.', 'Eller', 'svt.se', ',', 'skriv', 'till', 'info@svt.se', '.']],
  ['(www.regeringen.se/press)', ['(', 'www.regeringen.se/press', ')']],
  ['Följ #val2022 och @svtnyheter!', ['Följ', '#val2022', 'och', '@svtnyheter', '!']],
  // emoji: ZWJ sequences, flags, skin tones
  ['Familjen 👩‍👩‍👧 heja 🇸🇪 tumme 👍🏽!', ['Familjen', '👩‍👩‍👧', 'heja', '🇸🇪', 'tumme', '👍🏽', '!']],
  ['Ring 1️⃣ eller #️⃣ ❤️ ™', ['Ring', '1️⃣', 'eller', '#️⃣', '❤️', '™']],
  ['(se https://sv.wikipedia.org/wiki/Sverige_(land))', ['(', 'se', 'https://sv.wikipedia.org/wiki/Sverige_(land)', ')']],
  // ordinal-like list numbers before a lower-case word
  ['den 3. mars', ['den', '3.', 'mars']],
  // soft hyphens and no-break spaces
  ['infor\u00admation\u00a0och mer', ['infor\u00admation', 'och', 'mer']],
];

describe('tokenize', () => {
  it.each(cases)('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps offsets: slice gives the token text', () => {
    const s = 'Laura Hartman, ordförande för Tillitsdelegationen, t.ex. SVT:s 09:44.';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('sets kinds', () => {
    const kinds = Object.fromEntries(tokenize('Hej 42 , € https://a.se x@y.se #a @b 😀').map((t) => [t.text, t.kind]));
    expect(kinds).toEqual({
      Hej: 'word', '42': 'number', ',': 'punctuation', '€': 'symbol', 'https://a.se': 'url', 'x@y.se': 'email',
      '#a': 'hashtag', '@b': 'mention', '😀': 'emoji',
    });
  });

  it('normalizes: lower case, NFC, soft hyphens removed', () => {
    const [a, b] = tokenize('Ö\u0308VERST infor\u00admation');
    expect(a!.text).toBe('Ö\u0308VERST');
    expect(b!.normal).toBe('information');
    expect(tokenize('A\u030aNGEST')[0]!.normal).toBe('ångest');
  });

  it('never makes whitespace a token', () => {
    expect(tokenize(' \n\t\u00a0\u2009\u200b\ufeff ')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('rejects a non-string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('tokenizeForAnalysis (the pipeline’s tokens)', () => {
  it('makes the tokens of tokenize in step 04’s shape: the same fields in the same order, a plain JSON object', () => {
    const text = 'Anna Ek (S) läste 12,5 sidor i går, t.ex. om Åre!';
    const toks = tokenizeForAnalysis(text);
    expect(toks.map((t) => [t.text, t.start, t.end, t.kind, t.normal])).toEqual(tokenize(text).map((t) => [t.text, t.start, t.end, t.kind, t.normal]));
    for (const t of toks) {
      expect(Object.keys(t)).toEqual(['text', 'start', 'end', 'kind', 'normal', 'pos', 'lemma', 'stopword', 'stem']);
      expect(JSON.parse(JSON.stringify(t))).toEqual({ text: t.text, start: t.start, end: t.end, kind: t.kind, normal: t.normal, pos: 'X', lemma: t.normal, stopword: false, stem: t.normal });
    }
  });
});
