/**
 * Feature extraction for the averaged-perceptron tagger. Shared by the runtime and by the
 * trainer (`scripts/train/tagger.ts`), so that both see exactly the same features.
 *
 * @module
 */
import type { Upos } from '../../../types';

/** The 17 UPOS tags in the order the model stores them (index = tag id). */
export const TAGS: readonly Upos[] = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
];

/** Tag id → UPOS, one letter per tag (`A` = ADJ …), used in the compact model encoding. */
export const TAG_LETTERS = 'ABCDEFGHIJKLMNOPQ';

/** Pseudo-tag before the sentence start. */
const START = '^';
/** Pseudo-tag after the sentence end (second pass). */
const END = '$';

const DIGIT = /\p{Nd}/u;
const YEAR = /^(1[5-9]|20)\d\d$/;
const NUMERIC = /^[\p{Nd}.,:\-–/ ]+$/u;

/**
 * The word as the word features see it: lower-cased, numbers folded to a few classes
 * (years and plain numbers share weights; mixed forms such as `10-åriga` keep their letters).
 *
 * @param lower The lower-cased token.
 */
export function featWord(lower: string): string {
  if (lower.length > 40) return '!LONG';
  if (!DIGIT.test(lower)) return lower;
  if (YEAR.test(lower)) return '!YEAR';
  if (NUMERIC.test(lower)) return '!NUM';
  return lower;
}

/**
 * A compressed word shape: upper → `X`, lower → `x`, digit → `d`, other characters kept;
 * runs of the same class collapsed, at most 6 symbols (`Tillitsdelegationen` → `Xx`, `FN:s` → `X:x`).
 *
 * @param form The token as written.
 */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  const n = Math.min(form.length, 30);
  for (let i = 0; i < n && out.length < 6; i++) {
    const ch = form[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo !== up) c = ch === lo ? 'x' : 'X';
      else if (DIGIT.test(ch)) c = 'd';
      else c = ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Per-sentence arrays the features read; built once per sentence. */
export interface SentenceView {
  /** Tokens as written. */
  forms: readonly string[];
  /** Lower-cased tokens. */
  lowers: readonly string[];
  /** `featWord` of each token. */
  words: readonly string[];
  /** Ambiguity class of each token: the sorted tag letters the training data has for it, `-` when unknown. */
  classes: readonly string[];
  /** What the SALDO lexicon says about each token ({@link lexSignature}), `''` for nothing. */
  lexs: readonly string[];
}

/**
 * The lexicon feature value of a word: the class masks of its candidate lemmas listed in the lexicon
 * themselves and by compound head (`3.0` = noun or adjective, no head-only reading), `''` when none.
 *
 * @param exact Class mask of candidates listed themselves.
 * @param head Class mask of candidates listed by their compound head.
 */
export function lexSignature(exact: number, head: number): string {
  return exact === 0 && head === 0 ? '' : exact + '.' + head;
}

/**
 * Builds the per-sentence arrays.
 *
 * @param forms Tokens as written.
 * @param lowers The lower-cased tokens (the tokenizer's `normal`).
 * @param classOf The ambiguity class of a lower-cased word, `undefined` when unknown.
 */
export function sentenceView(
  forms: readonly string[],
  lowers: readonly string[],
  classOf: (lower: string) => string | undefined,
  lexOf: (lower: string) => string = () => '',
): SentenceView {
  return { forms, lowers, words: lowers.map(featWord), classes: lowers.map((l) => classOf(l) ?? '-'), lexs: lowers.map(lexOf) };
}

/**
 * Whether a token starts with a capital letter (`Beijing`, `EU`).
 *
 * @param form The token as written.
 */
export function isCapitalised(form: string): boolean {
  const c = form.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  const ch = form[0]!;
  return ch !== ch.toLowerCase();
}

/** The last `n` characters of `s` (all of it when shorter). */
export function suffix(s: string, n: number): string {
  return s.length <= n ? s : s.slice(s.length - n);
}

/**
 * The features of a token that depend on the token alone (word, suffixes, prefixes, shape):
 * the runtime caches their summed weights per word form. Written into `out` (cleared first).
 *
 * @param form The token as written.
 * @param lower The lower-cased token.
 * @param w `featWord(lower)`.
 * @param cls The ambiguity class of the word.
 * @param out Array to fill.
 * @param lx The word's {@link lexSignature}.
 */
export function wordFeatures(form: string, lower: string, w: string, cls: string, out: string[], lx = ''): string[] {
  out.length = 0;
  out.push('b', 'w' + w, 'a' + cls);
  if (lx !== '') {
    out.push('L' + lx, 'Le' + lx.slice(0, lx.indexOf('.')));
    if (cls === '-') out.push('Lu' + lx);
  }
  const len = lower.length;
  if (len <= 40) {
    for (let k = 1; k <= 5 && k <= len; k++) out.push('s' + k + lower.slice(len - k));
    for (let k = 1; k <= 3 && k < len; k++) out.push('f' + k + lower.slice(0, k));
  }
  out.push('h' + wordShape(form));
  if (form.includes('-')) out.push('y');
  return out;
}

/**
 * The features of token `i` that depend on its context, appended to `out`.
 *
 * First pass: left context tags only (`p1`, `p2` = predicted tags of the two previous tokens).
 * Second pass: `n1`, `n2` = first-pass tags of the two next tokens are added.
 *
 * @param v The sentence view.
 * @param i Token index.
 * @param p1 Predicted tag letter of token i-1 (or `^`).
 * @param p2 Predicted tag letter of token i-2 (or `^`).
 * @param out Array to append to.
 * @param n1 Second pass only: first-pass tag letter of token i+1 (or `$`).
 * @param n2 Second pass only: first-pass tag letter of token i+2 (or `$`).
 */
export function contextFeatures(v: SentenceView, i: number, p1: string, p2: string, out: string[], n1?: string, n2?: string): string[] {
  const { forms, words } = v;
  const n = forms.length;
  const w = words[i]!;
  const wm1 = i > 0 ? words[i - 1]! : START;
  const wm2 = i > 1 ? words[i - 2]! : START;
  const wp1 = i + 1 < n ? words[i + 1]! : END;
  const wp2 = i + 2 < n ? words[i + 2]! : END;
  const sh = wordShape(forms[i]!);
  out.push('m1' + wm1, 'm2' + wm2, 'q1' + wp1, 'q2' + wp2, i === 0 ? 'i' + sh : 'I' + sh, 'e' + (i + 1 < n ? v.classes[i + 1]! : END));
  out.push('t' + p1, 'u' + p2 + p1, 'v' + p1 + w, 'M' + suffix(wm1, 3) + p1, 'Q' + suffix(wp1, 3), 'W' + w + ' ' + wp1);
  // The lexicon's word classes of the neighbours, and of a capitalised word by its position (a
  // capital inside a sentence on a word the lexicon does not know: a name).
  if (isCapitalised(forms[i]!)) out.push((i === 0 ? 'c' : 'C') + v.lexs[i]!);
  if (n1 !== undefined) out.push('n' + n1, 'o' + n1 + (n2 ?? END), 'N' + p1 + n1, 'r' + n1 + w);
  return out;
}

/**
 * All features of token `i` (word features then context features), as the trainer uses them.
 *
 * @param v The sentence view.
 * @param i Token index.
 * @param p1 Predicted tag letter of token i-1 (or `^`).
 * @param p2 Predicted tag letter of token i-2 (or `^`).
 * @param out Array to fill.
 * @param n1 Second pass only: first-pass tag letter of token i+1.
 * @param n2 Second pass only: first-pass tag letter of token i+2.
 */
export function features(v: SentenceView, i: number, p1: string, p2: string, out: string[], n1?: string, n2?: string): string[] {
  wordFeatures(v.forms[i]!, v.lowers[i]!, v.words[i]!, v.classes[i]!, out, v.lexs[i]);
  return contextFeatures(v, i, p1, p2, out, n1, n2);
}
