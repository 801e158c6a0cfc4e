/**
 * LIX, läsbarhetsindex (Björnsson 1968): words per sentence plus the percentage of long
 * words (more than six letters). LIX = W/S + 100 × L/W.
 *
 * @module
 */

/** Readability band of a LIX value. */
export type LixBand = 'very-easy' | 'easy' | 'medium' | 'fairly-hard' | 'hard' | 'very-hard';

/** LIX readability of a text. */
export interface Readability {
  /** The LIX value, rounded to one decimal (0 for a text without words). */
  lix: number;
  /** The band the value falls in. */
  band: LixBand;
  /** The band's usual Swedish description (`Normaltext, skönlitteratur`). */
  bandSv: string;
  /** The band's description in English. */
  bandEn: string;
  /** Words counted. */
  words: number;
  /** Sentences counted. */
  sentences: number;
  /** Words of more than six letters. */
  longWords: number;
}

// The bands as published by lix.se (Björnsson's scale): < 25 children's books, 25–30 easy
// texts, 30–40 normal text and fiction, 40–50 factual information (e.g. Wikipedia), 50–60
// specialist texts, > 60 difficult specialist texts, research, dissertations. A value on a
// boundary belongs to the band above (30 is "medium").
const BANDS: readonly [number, LixBand, string, string][] = [
  [25, 'very-easy', 'Barnböcker', "very easy (children's books)"],
  [30, 'easy', 'Enkla texter', 'easy'],
  [40, 'medium', 'Normaltext, skönlitteratur', 'medium (normal text, fiction, newspapers)'],
  [50, 'fairly-hard', 'Sakinformation, t.ex. Wikipedia', 'fairly hard (factual information)'],
  [60, 'hard', 'Facktexter', 'hard (specialist texts)'],
  [Infinity, 'very-hard', 'Svåra facktexter, forskning, avhandlingar', 'very hard (research, dissertations)'],
];

/**
 * The LIX band of a value.
 *
 * @param lix A LIX value.
 */
export function lixBand(lix: number): {
  /** The band. */
  band: LixBand;
  /** Its Swedish name. */
  sv: string;
  /** Its English name. */
  en: string;
} {
  for (const [max, band, sv, en] of BANDS) if (lix < max) return { band, sv, en };
  const last = BANDS[BANDS.length - 1]!;
  return { band: last[1], sv: last[2], en: last[3] };
}

/** Number of letters in a word (digits, hyphens and other marks do not count). */
export function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // ASCII and Latin-1 letters on the fast path; other code points by the Unicode class.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) n++;
    else if (c >= 0x100) {
      const cp = word.codePointAt(i)!;
      if (/\p{L}/u.test(String.fromCodePoint(cp))) n++;
      if (cp > 0xffff) i++;
    }
  }
  return n;
}

/**
 * Computes LIX from counts.
 *
 * @param words Number of words.
 * @param sentences Number of sentences.
 * @param longWords Number of words with more than six letters.
 */
export function lixFromCounts(words: number, sentences: number, longWords: number): Readability {
  const lix = words === 0 ? 0 : words / Math.max(1, sentences) + (100 * longWords) / words;
  const rounded = Math.round(lix * 10) / 10;
  const b = lixBand(rounded);
  return { lix: rounded, band: b.band, bandSv: b.sv, bandEn: b.en, words, sentences, longWords };
}
