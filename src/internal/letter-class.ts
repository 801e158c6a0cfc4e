/**
 * Letter-class tests by Unicode general category (`\p{Ll}`, `\p{Lu}`, `\p{L}`, `\p{N}`), on code
 * points, each with one regular expression made once. A regular-expression literal written inside
 * a function is a new object every time the function runs; these tests are asked per token by the
 * entity rules, so they keep their patterns here. (`isCap` / `isLowerStart` in step 05's features
 * test one UTF-16 code unit by case mapping instead: faster, and they differ on rare letters such as
 * `ϒ` or letters outside the BMP.)
 *
 * @module
 */

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const NUMBER_START = /^\p{N}/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
const SOFT_HYPHENS = /\u00ad/g;

/** Whether `s` holds a lower-case letter (`\p{Ll}`): `Kyiv` yes, `FN` no. */
export function hasLowerLetter(s: string): boolean {
  return HAS_LOWER.test(s);
}

/** Whether `s` holds an upper-case letter (`\p{Lu}`). */
export function hasUpperLetter(s: string): boolean {
  return HAS_UPPER.test(s);
}

/** Whether `s` holds a letter of any kind (`\p{L}`): `–` and `12` no. */
export function hasLetter(s: string): boolean {
  // Fast path: an ASCII letter first (most words).
  const c = s.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122) return true;
  return HAS_LETTER.test(s);
}

/** Whether `s` starts with a lower-case letter (`\p{Ll}`). */
export function startsLowerLetter(s: string): boolean {
  return LOWER_START.test(s);
}

/** Whether `s` starts with an upper-case letter (`\p{Lu}`). */
export function startsUpperLetter(s: string): boolean {
  // Fast path: an ASCII first character is upper case only as A–Z.
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** Whether `s` starts with a number character (`\p{N}`): `4`, `½`. */
export function startsNumber(s: string): boolean {
  return NUMBER_START.test(s);
}

/** Whether `s` is one or more lower-case letters and nothing else (`\p{Ll}+`): `kraftnät` yes, `EU-nivå` no. */
export function allLowerLetters(s: string): boolean {
  return ALL_LOWER.test(s);
}

/** Whether `s` has a hyphen before a lower-case letter (`EU-anpassade`, `LO-ekonomen`). */
export function hasHyphenBeforeLower(s: string): boolean {
  return HYPHEN_LOWER.test(s);
}

/** `s` without soft hyphens (U+00AD, invisible break hints: `Finans\u00adinspektionen` → `Finansinspektionen`); `s` itself when it has none. */
export function withoutSoftHyphens(s: string): string {
  return s.includes('\u00ad') ? s.replace(SOFT_HYPHENS, '') : s;
}
