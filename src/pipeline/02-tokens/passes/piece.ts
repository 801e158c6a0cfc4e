import type { TokenKind } from '../../../types';

/**
 * A raw chunk of the text between the passes: a half-open UTF-16 range, a structural type, flags
 * and — once a pass has decided it — the token kind. Passes merge adjacent pieces; whitespace is
 * never a piece, so two pieces are "glued" exactly when `a.e === b.s`.
 */
export interface Piece {
  /** Start offset (inclusive). */
  s: number;
  /** End offset (exclusive). */
  e: number;
  /** Structural type: {@link WORD}, {@link PUNCT}, {@link SYM} or {@link EMOJI}. */
  t: number;
  /** Flags ({@link F_LETTER} …), OR-ed when pieces merge. */
  f: number;
  /** The token kind when a pass has decided it; `null` = derive from `t` and `f`. */
  k: TokenKind | null;
}

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
  if (RE_PICT.test(ch) && cp >= 0x2100) return C_EMOJI;
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

/** `true` when piece `p` is exactly the one character `code`. */
export function isChar(text: string, p: Piece | undefined, code: number): boolean {
  return p !== undefined && p.e - p.s === 1 && text.charCodeAt(p.s) === code;
}

/** `true` when `b` follows `a` with nothing between them. */
export function glued(a: Piece | undefined, b: Piece | undefined): boolean {
  return a !== undefined && b !== undefined && a.e === b.s;
}

/** A word piece of letters only (no digits). */
export function isLetters(p: Piece | undefined): boolean {
  return p !== undefined && p.t === WORD && p.k === null && (p.f & (F_LETTER | F_DIGIT)) === F_LETTER;
}

/** A word piece of digits only (possibly merged into a number). */
export function isDigits(p: Piece | undefined): boolean {
  return p !== undefined && p.t === WORD && (p.f & (F_LETTER | F_DIGIT)) === F_DIGIT && (p.k === null || p.k === 'number');
}

/** Merges pieces `from..to` (inclusive) of `ps` into one new piece. */
export function merge(ps: readonly Piece[], from: number, to: number, k: TokenKind | null, t = WORD): Piece {
  let f = 0;
  for (let i = from; i <= to; i++) f |= ps[i]!.f;
  const first = ps[from]!;
  f = (f & ~(F_UPPER | F_LOWER | F_DIGIT_FIRST)) | (first.f & (F_UPPER | F_LOWER | F_DIGIT_FIRST));
  return { s: first.s, e: ps[to]!.e, t, f, k };
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

/** A pass: rewrites the piece list (usually merging neighbours) and returns it. */
export type Pass = (text: string, pieces: Piece[]) => Piece[];

/**
 * The output of a pass, written in place over its input: a pass reads piece `i` and writes at
 * `n ≤ i`, so no new array is allocated (the tokenizer's hot path stays allocation-light).
 */
export class Out {
  /** Pieces written so far. */
  n = 0;
  /** @param a The input array, overwritten from the front. */
  constructor(private readonly a: Piece[]) {}
  /** Appends a piece. */
  push(p: Piece): void {
    this.a[this.n++] = p;
  }
  /** The last piece written. */
  last(): Piece | undefined {
    return this.n > 0 ? this.a[this.n - 1] : undefined;
  }
  /** Truncates the array to what was written and returns it. */
  done(): Piece[] {
    this.a.length = this.n;
    return this.a;
  }
}
