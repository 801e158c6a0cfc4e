/**
 * Feature extraction for the averaged-perceptron tagger. Shared by the runtime and by the
 * trainer (`scripts/train/tagger.ts`), so that both see exactly the same features.
 *
 * @module
 */
import type { Upos } from '../../../types';
import { hashString, mix } from '../../../internal/feature-hash';

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
  /** The part hashes of each token ({@link partHashes}), computed once per sentence. */
  parts: readonly PartHashes[];
}

/** The hashes of the parts of a token that its neighbours' features use (no strings per feature). */
export interface PartHashes {
  /** `hashString(featWord(lower))`. */
  word: number;
  /** Hash of the last 3 characters of the feature word. */
  suffix3: number;
  /** Hash of the ambiguity class. */
  cls: number;
  /** Hash of the word shape ({@link wordShape}). */
  shape: number;
  /** Hash of the lexicon signature. */
  lex: number;
  /** Whether the token is capitalised ({@link isCapitalised}). */
  cap: boolean;
}

/**
 * The part hashes of one token.
 *
 * @param form The token as written.
 * @param w `featWord(lower)`.
 * @param cls Its ambiguity class (`-` when unknown).
 * @param lx Its lexicon signature.
 */
export function partHashes(form: string, w: string, cls: string, lx: string): PartHashes {
  return { word: hashString(w), suffix3: hashString(w, w.length > 3 ? w.length - 3 : 0), cls: hashString(cls), shape: hashString(wordShape(form)), lex: hashString(lx), cap: form !== '' && isCapitalised(form) };
}

/** The part hashes of the pseudo-tokens before the start (`^`) and after the end (`$`) of a sentence. */
export const EDGE_PARTS: readonly [PartHashes, PartHashes] = [partHashes('', '^', '^', '^'), partHashes('', '$', '$', '$')];

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
 * @param lexOf The lexicon signature of a lower-cased word.
 */
export function sentenceView(
  forms: readonly string[],
  lowers: readonly string[],
  classOf: (lower: string) => string | undefined,
  lexOf: (lower: string) => string = () => '',
): SentenceView {
  const words = lowers.map(featWord);
  const classes = lowers.map((l) => classOf(l) ?? '-');
  const lexs = lowers.map(lexOf);
  return { forms, lowers, words, classes, lexs, parts: forms.map((f, i) => partHashes(f, words[i]!, classes[i]!, lexs[i]!)) };
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
 * Template ids: a feature's key is `mix(template, part)` or `mix(mix(template, a), b)`. The letters
 * are the names the features had as strings (`w` + word, `s3` + suffix …); a new template gets a new number.
 */
export const T = {
  bias: 1,
  w: 2,
  a: 3,
  L: 4,
  Le: 5,
  Lu: 6,
  /** `s1` … `s5`: 7 … 11 (suffix of length k: 6 + k). */
  s: 6,
  /** `f1` … `f3`: 12 … 14 (prefix of length k: 11 + k). */
  f: 11,
  h: 15,
  y: 16,
  m1: 17,
  m2: 18,
  q1: 19,
  q2: 20,
  i: 21,
  I: 22,
  e: 23,
  t: 24,
  u: 25,
  v: 26,
  M: 27,
  Q: 28,
  W: 29,
  c: 30,
  C: 31,
  n: 32,
  o: 33,
  N: 34,
  r: 35,
} as const;

/** Tag symbol of the pseudo-tag before the sentence start (tag ids are 0 … 16). */
export const START_SYM = TAGS.length;
/** Tag symbol of the pseudo-tag after the sentence end (second pass). */
export const END_SYM = TAGS.length + 1;

const BIAS = mix(T.bias, 0);

/**
 * The key of the word-bigram feature (`W`): this word and the next one.
 *
 * @param word `PartHashes.word` of this word.
 * @param next `PartHashes.word` of the next word (of `$` after the last).
 */
export function bigramKey(word: number, next: number): number {
  return mix(mix(T.W, word), next);
}
const HYPHEN = mix(T.y, 0);

/**
 * The features of a token that depend on the token alone (word, suffixes, prefixes, shape):
 * the runtime caches their summed weights per word form. Written into `out` (cleared first).
 *
 * @param form The token as written.
 * @param lower The lower-cased token.
 * @param w `featWord(lower)`.
 * @param cls The ambiguity class of the word.
 * @param out Array to fill with feature keys.
 * @param lx The word's {@link lexSignature}.
 */
export function wordFeatures(form: string, lower: string, w: string, cls: string, out: number[], lx = ''): number[] {
  out.length = 0;
  out.push(BIAS, mix(T.w, hashString(w)), mix(T.a, hashString(cls)));
  if (lx !== '') {
    const hl = hashString(lx);
    out.push(mix(T.L, hl), mix(T.Le, hashString(lx, 0, lx.indexOf('.'))));
    if (cls === '-') out.push(mix(T.Lu, hl));
  }
  const len = lower.length;
  if (len <= 40) {
    for (let k = 1; k <= 5 && k <= len; k++) out.push(mix(T.s + k, hashString(lower, len - k)));
    for (let k = 1; k <= 3 && k < len; k++) out.push(mix(T.f + k, hashString(lower, 0, k)));
  }
  out.push(mix(T.h, hashString(wordShape(form))));
  if (form.includes('-')) out.push(HYPHEN);
  return out;
}

/**
 * The features of token `i` that depend on its context, appended to `out` as keys.
 *
 * First pass: left context tags only (`p1`, `p2` = predicted tags of the two previous tokens).
 * Second pass: `n1`, `n2` = first-pass tags of the two next tokens are added.
 *
 * @param v The sentence view.
 * @param i Token index.
 * @param p1 Predicted tag id of token i-1 (or {@link START_SYM}).
 * @param p2 Predicted tag id of token i-2 (or {@link START_SYM}).
 * @param out Array to append to.
 * @param n1 Second pass only: first-pass tag id of token i+1 (or {@link END_SYM}).
 * @param n2 Second pass only: first-pass tag id of token i+2 (or {@link END_SYM}).
 */
export function contextFeatures(v: SentenceView, i: number, p1: number, p2: number, out: number[], n1?: number, n2?: number): number[] {
  const ps = v.parts;
  const n = ps.length;
  const x = ps[i]!;
  const [S, E] = EDGE_PARTS;
  const m1 = i > 0 ? ps[i - 1]! : S;
  const m2 = i > 1 ? ps[i - 2]! : S;
  const q1 = i + 1 < n ? ps[i + 1]! : E;
  const q2 = i + 2 < n ? ps[i + 2]! : E;
  out.push(mix(T.m1, m1.word), mix(T.m2, m2.word), mix(T.q1, q1.word), mix(T.q2, q2.word), mix(i === 0 ? T.i : T.I, x.shape), mix(T.e, q1.cls));
  out.push(mix(T.t, p1), mix(mix(T.u, p2), p1), mix(mix(T.v, p1), x.word), mix(mix(T.M, m1.suffix3), p1), mix(T.Q, q1.suffix3), bigramKey(x.word, q1.word));
  // The lexicon's word classes of a capitalised word by its position (a capital inside a sentence
  // on a word the lexicon does not know: a name).
  if (x.cap) out.push(mix(i === 0 ? T.c : T.C, x.lex));
  if (n1 !== undefined) {
    const nn2 = n2 ?? END_SYM;
    out.push(mix(T.n, n1), mix(mix(T.o, n1), nn2), mix(mix(T.N, p1), n1), mix(mix(T.r, n1), x.word));
  }
  return out;
}

/**
 * All features of token `i` (word features then context features), as the trainer uses them.
 *
 * @param v The sentence view.
 * @param i Token index.
 * @param p1 Predicted tag id of token i-1 (or {@link START_SYM}).
 * @param p2 Predicted tag id of token i-2 (or {@link START_SYM}).
 * @param out Array to fill.
 * @param n1 Second pass only: first-pass tag id of token i+1.
 * @param n2 Second pass only: first-pass tag id of token i+2.
 */
export function features(v: SentenceView, i: number, p1: number, p2: number, out: number[], n1?: number, n2?: number): number[] {
  wordFeatures(v.forms[i]!, v.lowers[i]!, v.words[i]!, v.classes[i]!, out, v.lexs[i]);
  return contextFeatures(v, i, p1, p2, out, n1, n2);
}
