/**
 * The Snowball Swedish stemmer (current Snowball version, with the `et` rule and the
 * `öst` ending), written for speed: char codes only, no regular expressions, and the
 * only allocation is the final `slice` when something is removed.
 *
 * Algorithm: https://snowballstem.org/algorithms/swedish/stemmer.html — Snowball
 * (c) Dr Martin Porter and Richard Boulton, BSD-3-Clause. It agrees with the Snowball
 * reference output (`voc.txt` → `output.txt`, 30 738 words) on every word; see
 * `scripts/eval/stem.ts`.
 *
 * Every step only removes letters from the end (`öst` → `ös` and `fullt` → `full` drop
 * the final `t`), so the stem is always a prefix of the lower-cased word.
 *
 * @module
 */
import { assertString } from '../../../internal/assert-string';

// Char codes used below.
const A = 0x61; // a
const D = 0x64; // d
const E = 0x65; // e
const G = 0x67; // g
const I = 0x69; // i
const K = 0x6b; // k
const N = 0x6e; // n
const R = 0x72; // r
const S = 0x73; // s
const T = 0x74; // t
const O_UML = 0xf6; // ö

/** Vowels of the algorithm: `a e i o u y ä å ö`. */
function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === 0xe4 || c === 0xe5 || c === 0xf6;
}

/** Letters after which a final `s` is removed: `b c d f g h j k l m n o p r t v y`. */
function isSEnding(c: number): boolean {
  switch (c) {
    case 0x62: case 0x63: case 0x64: case 0x66: case 0x67: case 0x68: case 0x6a: case 0x6b:
    case 0x6c: case 0x6d: case 0x6e: case 0x6f: case 0x70: case 0x72: case 0x74: case 0x76: case 0x79:
      return true;
    default:
      return false;
  }
}

/** Letters before `öst` that allow `öst` → `ös`: `i k l n p r t u v`. */
function isOstEnding(c: number): boolean {
  switch (c) {
    case 0x69: case 0x6b: case 0x6c: case 0x6e: case 0x70: case 0x72: case 0x74: case 0x75: case 0x76:
      return true;
    default:
      return false;
  }
}

/**
 * Main suffixes, grouped by their last letter, longest first (the algorithm removes the
 * longest one that lies in R1). `s` and `et` have conditions and are handled separately.
 */
const MAIN_A = ['heterna', 'arna', 'erna', 'orna', 'a'];
const MAIN_D = ['ad'];
const MAIN_E = ['ande', 'arne', 'aste', 'ade', 'are', 'e'];
const MAIN_N = ['anden', 'heten', 'aren', 'ern', 'en'];
const MAIN_R = ['heter', 'ar', 'er', 'or'];
const MAIN_S = ['hetens', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'ades', 'erns', 'ens', 'as', 'es', 's'];
const MAIN_T = ['andet', 'het', 'ast', 'at', 'et'];

/**
 * Words where a final `et` is part of the stem, not the definite ending (`frihet`, `societet`,
 * `alfabet`, `komet`, `raket`, `paket`, `staket` …): the text before `et` ends with one of these.
 * From the Snowball algorithm.
 */
const ET_EXCEPTIONS = [
  'h', 'iet', 'uit', 'fab', 'cit', 'dit', 'alit', 'ilit', 'mit', 'nit', 'pit', 'rit', 'sit', 'tit', 'ivit', 'kvit', 'xit',
  'kom', 'rak', 'pak', 'stak',
];

/** Whether `w[0, end)` ends with `suf`. */
function endsWith(w: string, end: number, suf: string): boolean {
  const n = suf.length;
  if (n > end) return false;
  const off = end - n;
  for (let i = 0; i < n; i++) if (w.charCodeAt(off + i) !== suf.charCodeAt(i)) return false;
  return true;
}

/**
 * The longest of `list` (sorted longest first) that ends `w[0, end)` and starts at or after `p1`;
 * returns it, or `''` when none does.
 */
function longest(w: string, end: number, p1: number, list: readonly string[]): string {
  const room = end - p1;
  for (let i = 0; i < list.length; i++) {
    const suf = list[i]!;
    if (suf.length <= room && endsWith(w, end, suf)) return suf;
  }
  return '';
}

/** Position one code point before `i` (steps over a surrogate pair). */
function back(w: string, i: number): number {
  if (i >= 2) {
    const lo = w.charCodeAt(i - 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      const hi = w.charCodeAt(i - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) return i - 2;
    }
  }
  return i - 1;
}

/**
 * The condition for removing `et` whose `e` is at `pos`: the letters before it are
 * consonant, vowel, and at least one more letter; and they do not end with an exception.
 */
function etCondition(w: string, pos: number): boolean {
  let c = pos;
  if (c <= 0) return false;
  const cons = back(w, c);
  if (isVowel(w.charCodeAt(cons))) return false;
  c = cons;
  if (c <= 0) return false;
  c = back(w, c);
  if (!isVowel(w.charCodeAt(c))) return false;
  if (c <= 0) return false;
  for (let i = 0; i < ET_EXCEPTIONS.length; i++) if (endsWith(w, pos, ET_EXCEPTIONS[i]!)) return false;
  return true;
}

/** Start of R1: after the first consonant that follows a vowel, but at least three letters in. */
function regionR1(w: string, len: number): number {
  // x: after the first three code points.
  let x = 0;
  for (let n = 0; n < 3; n++) {
    if (x >= len) return len; // shorter than three letters: R1 is empty
    const c = w.charCodeAt(x);
    x += c >= 0xd800 && c <= 0xdbff && x + 1 < len && (w.charCodeAt(x + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  let i = 0;
  while (i < len && !isVowel(w.charCodeAt(i))) i++;
  while (i < len && isVowel(w.charCodeAt(i))) i++;
  if (i >= len) return len;
  // Past the consonant (a whole surrogate pair counts as one letter).
  const c = w.charCodeAt(i);
  i += c >= 0xd800 && c <= 0xdbff && i + 1 < len && (w.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return i < x ? x : i;
}

/** Main-suffix step: returns the new end. */
function mainSuffix(w: string, end: number, p1: number): number {
  let list: readonly string[];
  switch (w.charCodeAt(end - 1)) {
    case A: list = MAIN_A; break;
    case D: list = MAIN_D; break;
    case E: list = MAIN_E; break;
    case N: list = MAIN_N; break;
    case R: list = MAIN_R; break;
    case S: list = MAIN_S; break;
    case T: list = MAIN_T; break;
    default: return end;
  }
  const suf = longest(w, end, p1, list);
  const n = suf.length;
  if (n === 0) return end;
  if (n === 1 && suf === 's') {
    // `ets` goes when the `et` rule allows it (the `et` may lie before R1) …
    const s = end - 1;
    if (s >= 2 && w.charCodeAt(s - 2) === E && w.charCodeAt(s - 1) === T && etCondition(w, s - 2)) return s - 2;
    // … otherwise a lone `s` only after a valid s-ending.
    return s >= 1 && isSEnding(w.charCodeAt(s - 1)) ? s : end;
  }
  if (n === 2 && suf === 'et') return etCondition(w, end - 2) ? end - 2 : end;
  return end - n;
}

/** Consonant-pair step (`dd gd nn dt gt kt tt` in R1 lose their last letter): returns the new end. */
function consonantPair(w: string, end: number, p1: number): number {
  if (end - 2 < p1) return end;
  const a = w.charCodeAt(end - 2);
  const b = w.charCodeAt(end - 1);
  const pair =
    (b === D && (a === D || a === G)) ||
    (b === N && a === N) ||
    (b === T && (a === D || a === G || a === K || a === T));
  return pair ? end - 1 : end;
}

/** Other-suffix step (`lig ig els` go, `öst` → `ös`, `fullt` → `full`, in R1): returns the new end. */
function otherSuffix(w: string, end: number, p1: number): number {
  const room = end - p1;
  const last = w.charCodeAt(end - 1);
  if (last === G) {
    if (room >= 3 && endsWith(w, end, 'lig')) return end - 3;
    if (room >= 2 && w.charCodeAt(end - 2) === I) return end - 2;
  } else if (last === S) {
    if (room >= 3 && endsWith(w, end, 'els')) return end - 3;
  } else if (last === T) {
    if (room >= 5 && endsWith(w, end, 'fullt')) return end - 1;
    if (room >= 3 && w.charCodeAt(end - 3) === O_UML && w.charCodeAt(end - 2) === S) {
      return end >= 4 && isOstEnding(w.charCodeAt(end - 4)) ? end - 1 : end;
    }
  }
  return end;
}

/**
 * What the word needs before stemming: 0 nothing (plain lower case), 1 lower-casing only
 * (everything below U+0300 is already NFC), 2 lower-casing and NFC.
 */
function normalizing(w: string): number {
  let need = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x41) continue;
    if (c >= 0x300) return 2;
    if (c <= 0x5a || (c >= 0xc0 && c <= 0xde) || c >= 0x100) need = 1; // A-Z, Latin-1 upper case, Latin Extended
  }
  return need;
}

/**
 * The Snowball Swedish stem of a word: `flickornas` → `flick`, `friheten` → `frihet`,
 * `rapporterade` → `rapporter`, `Tillitsbaserad` → `tillitsbaser`.
 *
 * The word is lower-cased and NFC-normalised first. Any string gives a result (an empty
 * string gives `''`); the stem is always a prefix of the normalised word.
 *
 * @param word One word (the pipeline passes `token.normal`).
 * @returns The stem.
 * @throws TypeError when `word` is not a string.
 */
export function stem(word: string): string {
  assertString(word, 'stem', 'word');
  const need = normalizing(word);
  const w = need === 0 ? word : need === 1 ? word.toLowerCase() : word.toLowerCase().normalize('NFC');
  const len = w.length;
  if (len < 3) return w;
  const p1 = regionR1(w, len);
  if (p1 >= len) return w;
  let end = mainSuffix(w, len, p1);
  if (end > p1) end = consonantPair(w, end, p1);
  if (end > p1) end = otherSuffix(w, end, p1);
  return end === len ? w : w.slice(0, end);
}

/** Most distinct words kept in the stem cache before it is cleared (bounds memory on huge input). */
const STEM_CACHE_MAX = 50_000;
/** Stems by word: `stem` is pure and news text repeats its words. */
let stemCache = new Map<string, string>();

/**
 * {@link stem}, cached by word (one cache for the whole pipeline: step 04 stems every word token,
 * and the keyword step asks again for the same words, ≈10 ms/MB less for each).
 *
 * @param word One word.
 * @returns `stem(word)`.
 */
export function cachedStem(word: string): string {
  let r = stemCache.get(word);
  if (r === undefined) {
    r = stem(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache = new Map();
    stemCache.set(word, r);
  }
  return r;
}
