import { describe, expect, it } from 'vitest';
import { decodeFrontCoded, decodeFrontCodedList, encodeFrontCoded } from './front-coding';

/** Decodes into [word, number] pairs. */
function pairs(s: string): [string, number][] {
  const out: [string, number][] = [];
  decodeFrontCoded(s, (w, n) => out.push([w, n]));
  return out;
}

describe('front coding', () => {
  it.each<[string, string[], number[] | undefined]>([
    ['Swedish compounds with classes', ['bil', 'bilar', 'bilist', 'bilkö', 'båt', 'åka', 'ärlig', 'öl'], [1, 1, 1, 1, 1, 4, 2, 1]],
    ['words that are prefixes of each other', ['a', 'ab', 'abc', 'abcd', 'abd', 'b'], [0, 1, 2, 3, 4, 5]],
    ['names with spaces, dots, apostrophes and other scripts', ['A Coruña', "A'ana", 'Abū Tīj', 'Al Ḩillah', 'St. Louis', 'Łódź', 'Ōsaka'], undefined],
    ['characters that are symbols of other lists', ['#1', '!!', 'ÿ', 'Ā', 'ĀĀ', 'ĀĀĀ', 'z'], undefined],
    ['astral characters sharing a high surrogate', ['x😀a', 'x😁b', 'x😂'], undefined],
    ['one word', ['ensam'], [63]],
  ])('round-trips %s', (_, words, numbers) => {
    const enc = encodeFrontCoded(words, numbers);
    const want = words.map((w, i) => [w, numbers?.[i] ?? 0] as [string, number]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(pairs(enc)).toEqual(want);
    expect(decodeFrontCodedList(enc)).toEqual(want.map((p) => p[0]));
  });

  it('sorts unsorted input and drops duplicates (the first number wins)', () => {
    expect(pairs(encodeFrontCoded(['öl', 'bil', 'bil', 'bilar'], [1, 2, 4, 8]))).toEqual([
      ['bil', 2],
      ['bilar', 8],
      ['öl', 1],
    ]);
  });

  it('is deterministic and shares prefixes: a long sorted list is much shorter than the words joined', () => {
    const words = Array.from({ length: 500 }, (_, i) => `förhandling${String(i).padStart(3, '0')}`);
    const enc = encodeFrontCoded(words);
    expect(encodeFrontCoded([...words].reverse())).toBe(enc);
    expect(enc.length).toBeLessThan(words.join('|').length / 3);
  });

  it('keeps every symbol out of the words (no character of a word ends an entry)', () => {
    const words = ['abc', 'abd', 'x y', 'x-z'];
    const enc = encodeFrontCoded(words);
    const b64 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';
    const count = b64.indexOf(enc[0]!) * 64 + b64.indexOf(enc[1]!);
    const symbols = new Set(Array.from({ length: count }, (_, k) => enc[2 + 3 * k]!));
    for (const w of words) for (const c of w) expect(symbols.has(c)).toBe(false);
  });

  it('decodes an empty text to nothing and encodes an empty list to a header only', () => {
    expect(pairs('')).toEqual([]);
    expect(decodeFrontCodedList(encodeFrontCoded([]))).toEqual([]);
  });

  it.each([-1, 64, 1.5])('rejects the number %s', (n) => {
    expect(() => encodeFrontCoded(['ord'], [n])).toThrow(RangeError);
  });

  it('writes a prefix of at most 63 characters (longer shared prefixes are written out)', () => {
    const base = 'a'.repeat(100);
    expect(decodeFrontCodedList(encodeFrontCoded([base + 'b', base + 'c']))).toEqual([base + 'b', base + 'c']);
  });

  it('writes the pairs beyond the free symbols after the escape symbol', () => {
    // Words that use every ASCII and Latin-1 character but a few, with 64 numbers: more pairs than symbols.
    const alphabet = Array.from({ length: 0x100 - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).filter((c) => !'ÿþý'.includes(c));
    const words = alphabet.map((c, i) => `${c}${alphabet[(i * 7) % alphabet.length]}`);
    const numbers = words.map((_, i) => i % 64);
    const enc = encodeFrontCoded(words, numbers);
    const want = words.map((w, i) => [w, numbers[i]!] as [string, number]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(pairs(enc)).toEqual(want);
  });

  it('keeps a Latin-1 list Latin-1 (a one-byte string in V8, and so are the words sliced from it)', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `${'abcdefghijklmnopqrstuvwxyzåäöéü'[i % 31]}${i.toString(36)}${'åäö'[i % 3]}`);
    const enc = encodeFrontCoded(words, words.map((_, i) => (i * 13) % 64));
    expect([...enc].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
  });
});
