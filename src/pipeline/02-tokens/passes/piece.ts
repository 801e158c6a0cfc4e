import type { TokenKind } from '../../../types';

/**
 * The raw chunks of the text between the passes, as parallel typed arrays (no object per chunk:
 * the tokenizer's hot path stays allocation-light). Piece `i` is the half-open UTF-16 range
 * `[s[i], e[i])` with structural type `t[i]`, flags `f[i]` and decided kind `k[i]` (`K_NONE` until a
 * pass decides). Whitespace is never a piece, so pieces `a` and `b` are "glued" exactly when
 * `e[a] === s[b]`. Passes rewrite the arrays in place: they read piece `i` and write at `w ≤ i`.
 */
export class Pieces {
  /** Number of pieces. */
  n = 0;
  /** Start offsets. */
  s: Int32Array;
  /** End offsets. */
  e: Int32Array;
  /** Structural types ({@link WORD}, {@link PUNCT}, {@link SYM}, {@link EMOJI}). */
  t: Uint8Array;
  /** Flags ({@link F_LETTER} …). */
  f: Uint8Array;
  /** Decided kinds ({@link K_NONE}, {@link K_WORD} …). */
  k: Uint8Array;

  /** @param capacity Initial capacity (grows by doubling). */
  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.s = new Int32Array(c);
    this.e = new Int32Array(c);
    this.t = new Uint8Array(c);
    this.f = new Uint8Array(c);
    this.k = new Uint8Array(c);
  }

  /** Appends a piece. */
  add(s: number, e: number, t: number, f: number, k: number): void {
    if (this.n === this.s.length) this.grow();
    const i = this.n++;
    this.s[i] = s;
    this.e[i] = e;
    this.t[i] = t;
    this.f[i] = f;
    this.k[i] = k;
  }

  private grow(): void {
    const c = this.s.length * 2;
    this.s = grown(this.s, c);
    this.e = grown(this.e, c);
    this.t = grown(this.t, c);
    this.f = grown(this.f, c);
    this.k = grown(this.k, c);
  }
}

/** A copy of `a` with room for `c` entries. */
function grown<T extends Int32Array | Uint8Array>(a: T, c: number): T {
  const b = new (a.constructor as new (n: number) => T)(c);
  b.set(a);
  return b;
}

/** Kind not decided yet. */
export const K_NONE = 0;
/** `word` */
export const K_WORD = 1;
/** `number` */
export const K_NUMBER = 2;
/** `punctuation` */
export const K_PUNCT = 3;
/** `symbol` */
export const K_SYMBOL = 4;
/** `url` */
export const K_URL = 5;
/** `email` */
export const K_EMAIL = 6;
/** `hashtag` */
export const K_HASHTAG = 7;
/** `mention` */
export const K_MENTION = 8;
/** `emoji` */
export const K_EMOJI = 9;
/** Token kind by kind code. */
export const KIND_NAMES: readonly TokenKind[] = ['word', 'word', 'number', 'punctuation', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji'];

/** A run of letters, digits and combining marks (and whatever a pass merged into a word or number). */
export const WORD = 1;
/** One punctuation character, or a run of `.`, `-`, `–`, `—`, `!`/`?`. */
export const PUNCT = 2;
/** One symbol code point (or a lone surrogate). */
export const SYM = 3;
/** One emoji sequence (ZWJ sequences, flags, skin tones, keycaps). */
export const EMOJI = 4;

/** Contains a letter. */
export const F_LETTER = 1;
/** Contains a digit. */
export const F_DIGIT = 2;
/** First character is an upper-case letter. */
export const F_UPPER = 4;
/** First character is a lower-case letter. */
export const F_LOWER = 8;
/** Contains characters that may change under NFC. */
export const F_NORM = 16;
/** Contains a soft hyphen. */
export const F_SHY = 32;
/** First character is a digit. */
export const F_DIGIT_FIRST = 64;
/** Contains an upper-case letter (so `normal` needs lower-casing). */
export const F_HAS_UPPER = 128;

/** Character classes. */
export const C_OTHER = 0;
/** Whitespace, control and invisible format characters: never part of a token. */
export const C_SPACE = 1;
/** Upper- or title-case letter. */
export const C_UPPER = 2;
/** Lower-case letter. */
export const C_LOWER = 3;
/** Other letter (no case). */
export const C_LETTER = 4;
/** Digit or other number character. */
export const C_DIGIT = 5;
/** Combining mark. */
export const C_MARK = 6;
/** Punctuation. */
export const C_PUNCT = 7;
/** Symbol (or unassigned / private use). */
export const C_SYM = 8;
/** Emoji base (Extended_Pictographic outside the old symbol blocks). */
export const C_EMOJI = 9;
/** Regional indicator (flag halves). */
export const C_RI = 10;
/** Soft hyphen U+00AD. */
export const C_SHY = 11;
/** Zero-width joiner. */
export const C_ZWJ = 12;
/** Variation selector. */
export const C_VS = 13;
/** Emoji skin-tone modifier. */
export const C_SKIN = 14;
/** Combining enclosing keycap U+20E3. */
export const C_KEYCAP = 15;
/** Tag characters (subdivision flags). */
export const C_TAG = 16;
/** Lone surrogate. */
export const C_LONE = 17;

const RE_SPACE = /[\s\p{Z}\p{Cc}\p{Cf}]/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /\p{L}/u;
const RE_DIGIT = /\p{N}/u;
const RE_MARK = /\p{M}/u;
const RE_PUNCT = /\p{P}/u;
const RE_PICT = /\p{Extended_Pictographic}/u;

/** Classifies one code point with Unicode property regexes (called once per distinct code point). */
function classifySlow(cp: number): number {
  if (cp === 0xad) return C_SHY;
  if (cp === 0x200d) return C_ZWJ;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return C_VS;
  if (cp === 0x20e3) return C_KEYCAP;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return C_SKIN;
  if (cp >= 0xe0020 && cp <= 0xe007f) return C_TAG;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return C_RI;
  const ch = String.fromCodePoint(cp);
  if (RE_SPACE.test(ch)) return C_SPACE;
  // Extended_Pictographic outside the old letterlike block (`©` `®` `™` stay symbols)
  if (RE_PICT.test(ch) && cp >= 0x2100 && cp !== 0x2122) return C_EMOJI;
  if (RE_UPPER.test(ch)) return C_UPPER;
  if (RE_LOWER.test(ch)) return C_LOWER;
  if (RE_LETTER.test(ch)) return C_LETTER;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_PUNCT.test(ch)) return C_PUNCT;
  return C_SYM;
}

const BMP = new Uint8Array(0x10000).fill(255);
const ASTRAL = new Map<number, number>();
for (let c = 0; c < 128; c++) BMP[c] = classifySlow(c);

/** Class of a BMP code unit that is not a surrogate. */
export function classOf(c: number): number {
  const k = BMP[c]!;
  if (k !== 255) return k;
  const v = classifySlow(c);
  BMP[c] = v;
  return v;
}

/** Class of an astral code point. */
export function classOfAstral(cp: number): number {
  let v = ASTRAL.get(cp);
  if (v === undefined) {
    v = classifySlow(cp);
    ASTRAL.set(cp, v);
  }
  return v;
}

/** `true` when piece `i` exists and is exactly the one character `code`. */
export function isChar(text: string, P: Pieces, i: number, code: number): boolean {
  return i >= 0 && i < P.n && P.e[i]! - P.s[i]! === 1 && text.charCodeAt(P.s[i]!) === code;
}

/** `true` when pieces `a` and `b` exist and `b` follows `a` with nothing between them. */
export function glued(P: Pieces, a: number, b: number): boolean {
  return a >= 0 && b < P.n && P.e[a] === P.s[b];
}

/** Length of piece `i` in code units. */
export function len(P: Pieces, i: number): number {
  return P.e[i]! - P.s[i]!;
}

/** A word piece of letters only (no digits), kind not decided. */
export function isLetters(P: Pieces, i: number): boolean {
  return i < P.n && P.t[i] === WORD && P.k[i] === K_NONE && (P.f[i]! & (F_LETTER | F_DIGIT)) === F_LETTER;
}

/** A word piece of digits only (possibly merged into a number). */
export function isDigits(P: Pieces, i: number): boolean {
  return i < P.n && P.t[i] === WORD && (P.f[i]! & (F_LETTER | F_DIGIT)) === F_DIGIT && (P.k[i] === K_NONE || P.k[i] === K_NUMBER);
}

/** A word piece (any kind decided by the earlier passes except URL, e-mail, hashtag, mention, emoji). */
export function isWordish(P: Pieces, i: number): boolean {
  return i < P.n && P.t[i] === WORD && P.k[i]! <= K_NUMBER;
}

/** Writes pieces `from..to` (inclusive) merged into one piece at `w` (`w ≤ from`). */
export function merge(P: Pieces, from: number, to: number, k: number, w: number, t = WORD): void {
  let f = 0;
  for (let i = from; i <= to; i++) f |= P.f[i]!;
  f = (f & ~(F_UPPER | F_LOWER | F_DIGIT_FIRST)) | (P.f[from]! & (F_UPPER | F_LOWER | F_DIGIT_FIRST));
  const s = P.s[from]!;
  const e = P.e[to]!;
  P.s[w] = s;
  P.e[w] = e;
  P.t[w] = t;
  P.f[w] = f;
  P.k[w] = k;
}

/** Copies piece `i` to `w` (`w ≤ i`). */
export function copy(P: Pieces, i: number, w: number): void {
  if (i === w) return;
  P.s[w] = P.s[i]!;
  P.e[w] = P.e[i]!;
  P.t[w] = P.t[i]!;
  P.f[w] = P.f[i]!;
  P.k[w] = P.k[i]!;
}

/** `true` when the gap between offsets `a` and `b` of `text` holds a line break. */
export function gapHasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** `true` when the gap between offsets `a` and `b` holds a blank line (two line breaks). */
export function gapHasBlankLine(text: string, a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2029) n++;
    if (n >= 2 || c === 0x2029) return true;
  }
  return false;
}

/** A pass: rewrites the pieces in place (usually merging glued neighbours). */
export type Pass = (text: string, P: Pieces) => void;
