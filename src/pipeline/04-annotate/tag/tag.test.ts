import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tag, tagTokens } from './index';
import { tokenize } from '../../02-tokens';
import { lemmatize, lemmaBase, editOf, applyEdit, type LemmaModel } from './lemma';
import { featWord, wordShape } from './features';
import type { Token } from '../../../types';

/** `text/POS/lemma` for every token. */
const show = (s: string): string[] => tag(s).map((t) => `${t.text}/${t.pos}/${t.lemma}`);

describe('tag: clear Swedish sentences', () => {
  const cases: [string, string[]][] = [
    ['Hon sa att styrningen fungerar.', ['Hon/PRON/hon', 'sa/VERB/säga', 'att/SCONJ/att', 'styrningen/NOUN/styrning', 'fungerar/VERB/fungera', './PUNCT/.']],
    ['Det var en vacker dag i Stockholm.', ['Det/PRON/den', 'var/AUX/vara', 'en/DET/en', 'vacker/ADJ/vacker', 'dag/NOUN/dag', 'i/ADP/i', 'Stockholm/PROPN/Stockholm', './PUNCT/.']],
    [
      'Vi har inte sett några större förändringar under året.',
      ['Vi/PRON/vi', 'har/AUX/ha', 'inte/PART/inte', 'sett/VERB/se', 'några/DET/någon', 'större/ADJ/stor', 'förändringar/NOUN/förändring', 'under/ADP/under', 'året/NOUN/år', './PUNCT/.'],
    ],
    ['Kommunerna måste anställa fler lärare.', ['Kommunerna/NOUN/kommun', 'måste/AUX/måste', 'anställa/VERB/anställa', 'fler/ADJ/många', 'lärare/NOUN/lärare', './PUNCT/.']],
  ];
  it.each(cases)('%s', (s, expected) => {
    expect(show(s)).toEqual(expected);
  });
});

describe('lemmas of unknown compounds and inflections', () => {
  // Compounds inflect at the end: the head decides the lemma, the first part is kept.
  const cases: [string, string, string][] = [
    ['Tillitsdelegationens rapport kom i dag.', 'Tillitsdelegationens', 'tillitsdelegation'],
    ['Hon skrev om styrningar i skolan.', 'styrningar', 'styrning'],
    ['Cykelbanornas underhåll sköts av kommunen.', 'Cykelbanornas', 'cykelbana'],
    ['Hälsoministern meddelade beslutet.', 'Hälsoministern', 'hälsominister'],
    ['Vaccinationsprogrammen utökas nästa år.', 'Vaccinationsprogrammen', 'vaccinationsprogram'],
    ['Polisen grep två män i Göteborg.', 'män', 'man'],
    // An irregular frequent word (`blivit` → `bli`) must not teach its ending to unknown verbs.
    ['Hon har skrivit flera böcker om klimatförändringarna.', 'skrivit', 'skriva'],
    ['Hon har skrivit flera böcker om klimatförändringarna.', 'klimatförändringarna', 'klimatförändring'],
    ['EU-kommissionen föreslår nya regler.', 'EU-kommissionen', 'EU-kommission'],
    ['FN:s generalsekreterare besökte Sverige.', 'FN:s', 'FN'],
  ];
  it.each(cases)('%s → %s = %s', (s, word, lemma) => {
    const t = tag(s).find((x) => x.text === word);
    expect(t?.lemma).toBe(lemma);
  });

  it('sentence-initial common words are lower-cased, names keep their case', () => {
    const toks = tag('Regeringen besökte Sverige och Göteborgs hamn.');
    expect(toks[0]).toMatchObject({ pos: 'NOUN', lemma: 'regering' });
    expect(toks.find((t) => t.text === 'Sverige')).toMatchObject({ pos: 'PROPN', lemma: 'Sverige' });
    expect(toks.find((t) => t.text === 'Göteborgs')).toMatchObject({ pos: 'PROPN', lemma: 'Göteborg' });
  });

  it('punctuation is its own lemma; numbers with digits too', () => {
    const toks = tag('År 1971 kostade det 6400 kronor, sa hon!');
    for (const t of toks.filter((x) => x.kind === 'punctuation')) expect(t).toMatchObject({ pos: 'PUNCT', lemma: t.text });
    expect(toks.find((t) => t.text === '1971')).toMatchObject({ pos: 'NUM', lemma: '1971' });
  });
});

describe('lemma building blocks', () => {
  it('edits round-trip', () => {
    for (const [a, b] of [
      ['styrningen', 'styrning'],
      ['sa', 'säga'],
      ['män', 'man'],
      ['', 'x'],
    ] as const) {
      expect(applyEdit(a, editOf(a, b))).toBe(b);
    }
    expect(applyEdit('ab', '5:x')).toBeNull();
  });

  it('lemmaBase keeps names and inner capitals', () => {
    expect(lemmaBase('Regeringen', 'NOUN')).toBe('regeringen');
    expect(lemmaBase('A-inkomster', 'NOUN')).toBe('A-inkomster');
    expect(lemmaBase('Sverige', 'PROPN')).toBe('Sverige');
  });

  it('compound heads and genitive -s with a tiny hand-made model', () => {
    const m: LemmaModel = {
      lex: new Map([
        ['delegation\tH', '0:'],
        ['delegationen\tH', '2:'],
        ['män\tH', '2:an'],
      ]),
      rules: new Map([['Hs', '1:']]),
      maxSuffix: 1,
      minHead: 5,
    };
    expect(lemmatize('tillitsdelegationen', 'tillitsdelegationen', 'NOUN', 'H', m)).toBe('tillitsdelegation');
    expect(lemmatize('tillitsdelegationens', 'tillitsdelegationens', 'NOUN', 'H', m)).toBe('tillitsdelegation');
    expect(lemmatize('mäns', 'mäns', 'NOUN', 'H', m)).toBe('man');
    expect(lemmatize('bilars', 'bilars', 'NOUN', 'H', m)).toBe('bilar');
    expect(lemmatize('!', '!', 'PUNCT', 'M', m)).toBe('!');
  });

  it('reads -anden as a participle and -ren as an -are noun only where Swedish allows', () => {
    // The rule the treebank teaches: definite `-anden` → `-ande` (`sökanden` → `sökande`).
    const m: LemmaModel = { lex: new Map(), rules: new Map([['Hnden', '1:'], ['Hren', '1:']]), maxSuffix: 4, minHead: 5 };
    const cases: [string, string][] = [
      ['sökanden', 'sökande'],
      ['ordföranden', 'ordförande'],
      ['boenden', 'boende'],
      ['branden', 'brand'],
      ['stranden', 'strand'],
      ['handen', 'hand'],
      ['BRANDEN', 'BRAND'],
      // `-re` nouns are agent nouns in `-are`/`-ere`.
      ['läraren', 'lärare'],
      ['förhandlaren', 'förhandlare'],
      ['muren', 'mur'],
      ['turen', 'tur'],
    ];
    for (const [form, lemma] of cases) expect(lemmatize(form, form.toLowerCase(), 'NOUN', 'H', m)).toBe(lemma);
    // Other parts of speech are left to the rules.
    expect(lemmatize('branden', 'branden', 'VERB', 'H', m)).toBe('brande');
  });
});

describe('features', () => {
  it('folds numbers and compresses shapes', () => {
    expect(featWord('1971')).toBe('!YEAR');
    expect(featWord('6400')).toBe('!NUM');
    expect(featWord('10-åriga')).toBe('10-åriga');
    expect(wordShape('Tillitsdelegationen')).toBe('Xx');
    expect(wordShape('FN:s')).toBe('X:x');
    expect(wordShape('Åsa')).toBe('Xx');
  });
});

describe('tagTokens', () => {
  it('keeps extra fields, does not change its input, returns new objects', () => {
    const toks = tokenize('Hon läser boken.').map((t, i) => ({ ...t, id: i }));
    const before = JSON.stringify(toks);
    const out = tagTokens(toks);
    expect(JSON.stringify(toks)).toBe(before);
    expect(out.map((t) => t.id)).toEqual([0, 1, 2, 3]);
    expect(out[2]).toMatchObject({ text: 'boken', pos: 'NOUN', lemma: 'bok' });
    expect(out[0]).not.toBe(toks[0]);
  });

  it('tags a whole text of tokens as well as sentence by sentence', () => {
    const text = 'Hon sa att styrningen fungerar. Regeringen utreder frågan.';
    expect(tagTokens(tokenize(text)).map((t) => t.pos)).toEqual(tag(text).map((t) => t.pos));
  });

  it('gives token kinds without treebank examples a sensible tag', () => {
    const toks = tag('Läs mer på https://example.se eller mejla info@example.se 😀 #val2026 @svt');
    expect(toks.find((t) => t.kind === 'url')?.pos).toBe('X');
    expect(toks.find((t) => t.kind === 'email')?.pos).toBe('X');
    expect(toks.find((t) => t.kind === 'emoji')?.pos).toBe('SYM');
  });

  it('accepts an empty array and rejects a non-array', () => {
    expect(tagTokens([])).toEqual([]);
    expect(() => tagTokens('text' as unknown as Token[])).toThrow(TypeError);
  });
});

describe('robustness', () => {
  const junk = ['', ' ', '\u0000\u0001', '\ud800', '\udc00x\ud800', '—'.repeat(100_000), '¿¿ ### ~~~ §§', 'a'.repeat(50_000), '.'.repeat(10_000), 'Ä'.repeat(1000) + ' ' + '1'.repeat(1000)];
  it.each(junk.map((j) => [j.slice(0, 20), j]))('junk %j', (_, s) => {
    const out = tag(s);
    for (const t of out) {
      expect(typeof t.pos).toBe('string');
      expect(typeof t.lemma).toBe('string');
      expect(s.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('rejects non-strings with a TypeError', () => {
    expect(() => tag(42 as unknown as string)).toThrow(TypeError);
    expect(() => tag(null as unknown as string)).toThrow(TypeError);
  });

  it('symbols and unknown punctuation get SYM or PUNCT', () => {
    for (const t of tag('¿ ‽ ⁂ ∑ ∞')) expect(['PUNCT', 'SYM']).toContain(t.pos);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = tag(s);
        return out.every((t) => typeof t.pos === 'string' && typeof t.lemma === 'string');
      }),
      { numRuns: 300 },
    );
  });
});
