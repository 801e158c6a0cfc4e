/**
 * A compact text encoding for sorted word lists with a small number per word (a class mask), used
 * by the generated data tables (the SALDO lexicon, the world names) to keep the package small.
 *
 * Front coding: each word after the first shares a prefix with the word before it, so an entry is
 * a header symbol and the rest of the word. The header symbol stands for a pair (the length of the
 * shared prefix, the word's number) and is a character that never occurs in a word, so it also
 * ends the previous entry: no separators, no JSON. The pairs get symbols by frequency, the most
 * frequent the one-byte (ASCII) ones, then Latin-1 letters and signs (two bytes in UTF-8). Symbols
 * above U+00FF are used only when a word has such a character already: a text of Latin-1
 * characters stays a one-byte string in V8, and so do the words sliced from it (a two-byte key
 * makes every look-up of a one-byte word slower). When the pairs outnumber the symbols, the rest
 * are written after an escape symbol as two base-64 digits.
 *
 * Layout: `<count: 2 base-64 digits>`, `count` × `<symbol><prefix length: base 64><number: base 64>`,
 * `<escape symbol>`, then the entries. Deterministic: ties in frequency go by prefix length, then
 * number.
 *
 * @module
 */

/** Base-64 digits for the header's small numbers (prefix lengths and word numbers 0–63). */
const B64 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';

/** Longest shared prefix written (a longer one is cut: the rest of the word is written out). */
const MAX_PREFIX = 63;

/** Highest code unit a symbol can have (the decoder's table size); symbols are below it. */
const SYMBOL_LIMIT = 0x800;

/**
 * Characters a symbol may be, in order of preference: ASCII that needs no escape in a JavaScript
 * string literal (never a quote, backslash, `$` or a control character; never `.` or `(`, so that no
 * word of the text reads as a property access or a call to a source scan), then Latin-1 (U+00A1–
 * U+00FF without the soft hyphen), then, when `wide`, U+0100–U+07FF without the combining marks.
 *
 * @param wide Whether symbols above U+00FF may be used (a word has such a character already).
 */
function symbolCandidates(wide: boolean): string[] {
  const out: string[] = [];
  for (const c of ' !#%&)*+,-/0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~') out.push(c);
  for (let u = 0xa1; u <= 0xff; u++) if (u !== 0xad) out.push(String.fromCharCode(u));
  if (wide) for (let u = 0x100; u < SYMBOL_LIMIT; u++) if (u < 0x300 || u > 0x36f) out.push(String.fromCharCode(u));
  return out;
}

/**
 * Encodes a word list. Words are sorted by code unit first (duplicates keep the first number).
 *
 * @param words The words (any characters; every word's characters are kept out of the symbols).
 * @param numbers The number of each word (0–63), or none (all 0).
 * @throws RangeError when a number is outside 0–63 or the words leave too few free symbols.
 */
export function encodeFrontCoded(words: readonly string[], numbers?: readonly number[]): string {
  const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : a - b));
  const used = new Set<string>();
  for (const w of words) for (const c of w) used.add(c);
  const entries: { pair: number; rest: string }[] = [];
  const freq = new Map<number, number>();
  let prev: string | undefined;
  for (const i of order) {
    const w = words[i]!;
    if (w === prev) continue;
    const n = numbers?.[i] ?? 0;
    if (!Number.isInteger(n) || n < 0 || n > 63) throw new RangeError(`front coding: number ${n} of "${w}" is not 0–63`);
    let p = 0;
    const max = Math.min(prev?.length ?? 0, w.length, MAX_PREFIX);
    while (p < max && prev!.charCodeAt(p) === w.charCodeAt(p)) p++;
    // Never split a surrogate pair.
    if (p > 0 && p < w.length && (w.charCodeAt(p) & 0xfc00) === 0xdc00) p--;
    const pair = p * 64 + n;
    entries.push({ pair, rest: w.slice(p) });
    freq.set(pair, (freq.get(pair) ?? 0) + 1);
    prev = w;
  }
  const pairs = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a - b);
  const free = symbolCandidates([...used].some((c) => c.charCodeAt(0) > 0xff)).filter((c) => !used.has(c));
  if (free.length < 2) throw new RangeError('front coding: too few free symbols');
  // The last free symbol escapes the pairs beyond the others.
  const direct = Math.min(pairs.length, free.length - 1, 64 * 64 - 1);
  const escape = free[direct]!;
  const symbol = new Map(pairs.slice(0, direct).map((p, k) => [p, free[k]!]));
  let head = B64[direct >> 6]! + B64[direct & 63]!;
  for (const p of pairs.slice(0, direct)) head += symbol.get(p)! + B64[p >> 6]! + B64[p & 63]!;
  head += escape;
  return head + entries.map((e) => (symbol.get(e.pair) ?? escape + B64[e.pair >> 6]! + B64[e.pair & 63]!) + e.rest).join('');
}

/**
 * Decodes {@link encodeFrontCoded}'s text, calling `each` with every word and its number in sorted
 * order. Linear in the text; no intermediate arrays.
 *
 * @param s The encoded text ('' for an empty list).
 * @param each Called once per word.
 */
export function decodeFrontCoded(s: string, each: (word: string, n: number) => void): void {
  if (!s) return;
  const count = B64.indexOf(s[0]!) * 64 + B64.indexOf(s[1]!);
  const code = new Int16Array(SYMBOL_LIMIT).fill(-1);
  const prefix = new Uint8Array(count + 1);
  const number = new Uint8Array(count + 1);
  let at = 2;
  for (let k = 0; k < count; k++, at += 3) {
    code[s.charCodeAt(at)] = k;
    prefix[k] = B64.indexOf(s[at + 1]!);
    number[k] = B64.indexOf(s[at + 2]!);
  }
  code[s.charCodeAt(at++)] = count; // the escape: prefix length and number follow as base-64 digits
  const end = s.length;
  let prev = '';
  while (at < end) {
    const k = code[s.charCodeAt(at++)]!;
    if (k === count) {
      prefix[k] = B64.indexOf(s[at++]!);
      number[k] = B64.indexOf(s[at++]!);
    }
    const from = at;
    for (; at < end; at++) {
      const c = s.charCodeAt(at);
      if (c < SYMBOL_LIMIT && code[c]! >= 0) break;
    }
    const p = prefix[k]!;
    const w = p === 0 ? s.slice(from, at) : prev.slice(0, p) + s.slice(from, at);
    each(w, number[k]!);
    prev = w;
  }
}

/**
 * Decodes a list encoded without numbers into its words, in sorted order (how the world-name
 * tables are read).
 *
 * @param s The encoded text.
 */
export function decodeFrontCodedList(s: string): string[] {
  const out: string[] = [];
  decodeFrontCoded(s, (w) => out.push(w));
  return out;
}
