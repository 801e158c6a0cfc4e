/**
 * Greedy left-to-right decoding with an averaged perceptron, in two passes: the second pass
 * also sees the first-pass tags of the next two tokens. Shared by the runtime and the trainer.
 *
 * @module
 */
import { END_SYM, features, isCapitalised, START_SYM, TAGS, type SentenceView } from './features';

/** Anything that adds per-tag scores for a list of features. */
export interface Scorer {
  /**
   * Adds the weights of `feats` to `scores` (one slot per tag id).
   *
   * @param feats Feature keys (`features`).
   * @param scores Scores to add to, length `TAGS.length`.
   */
  score(feats: readonly number[], scores: Float64Array): void;
}

/** What the decoder needs. */
export interface Decoder {
  /** First-pass weights. */
  pass1: Scorer;
  /** Second-pass weights, or `null` for a single pass. */
  pass2: Scorer | null;
  /** Frequent unambiguous lower-cased words → tag id (fast path, no scoring). */
  dict: ReadonlyMap<string, number>;
}

const NT = TAGS.length;

/** Index of the highest score; the first one on ties (deterministic). */
export function argmax(scores: Float64Array): number {
  let best = 0;
  let bv = scores[0]!;
  for (let t = 1; t < scores.length; t++) {
    if (scores[t]! > bv) {
      bv = scores[t]!;
      best = t;
    }
  }
  return best;
}

/**
 * One greedy pass over a sentence.
 *
 * @param v The sentence view.
 * @param scorer Weights of this pass.
 * @param dict Fast-path tag dictionary.
 * @param first First-pass tag ids (second pass only), or `null`.
 */
export function decodePass(v: SentenceView, scorer: Scorer, dict: ReadonlyMap<string, number>, first: readonly number[] | null): number[] {
  const n = v.forms.length;
  const tags = new Array<number>(n);
  const feats: number[] = [];
  const scores = new Float64Array(NT);
  let p1 = START_SYM;
  let p2 = START_SYM;
  for (let i = 0; i < n; i++) {
    let t = dict.get(v.lowers[i]!);
    if (t === undefined) {
      const n1 = first ? (i + 1 < n ? first[i + 1]! : END_SYM) : undefined;
      const n2 = first ? (i + 2 < n ? first[i + 2]! : END_SYM) : undefined;
      scores.fill(0);
      features(v, i, p1, p2, feats, n1, n2);
      scorer.score(feats, scores);
      t = argmax(scores);
    }
    tags[i] = t;
    p2 = p1;
    p1 = t;
  }
  return tags;
}

/**
 * Tags one sentence: tag ids, in order.
 *
 * @param v The sentence view.
 * @param m The model.
 */
export function decode(v: SentenceView, m: Decoder): number[] {
  const first = decodePass(v, m.pass1, m.dict, null);
  return m.pass2 ? decodePass(v, m.pass2, m.dict, first) : first;
}

const PROPN_ID = TAGS.indexOf('PROPN');
const TITLE = /^\p{Lu}\p{Ll}/u;

/**
 * Whether a token is written as a title-case word (a capital, then a small letter: `Dalarna`, not
 * `EU` or `dalarna`): the only tokens the name rules change.
 *
 * @param form The token as written.
 */
export function isTitleCase(form: string): boolean {
  return TITLE.test(form);
}

/**
 * Name rules after decoding, for words the training data never saw (language decision: in running
 * Swedish text, a capitalised unknown word inside a sentence is almost always a name; at the start
 * of a sentence it is one when the next word is capitalised too: `Laura Hartman`).
 * Changes `tags` in place.
 *
 * @param forms Tokens as written.
 * @param unknown Whether each token is unknown to the model.
 * @param tags Tag ids from `decode`.
 * @param mode Which rules to apply (bit 1: inside a sentence, bit 2: at the start, bit 4: inside a
 *   sentence for words the lexicon does not know either, bit 8: at the start for such words,
 *   bit 16: anywhere for words listed as first names or places, `isListedName`).
 * @param inLexicon Whether the lexicon has a reading of each token (bits 4 and 8).
 * @param listed Whether the name gazetteer lists each token (bit 16).
 */
export function nameRules(
  forms: readonly string[],
  unknown: readonly boolean[],
  tags: number[],
  mode = 3,
  inLexicon?: readonly boolean[],
  listed?: (form: string) => boolean,
): number[] {
  const n = forms.length;
  for (let i = 0; i < n; i++) {
    if (!unknown[i] || !TITLE.test(forms[i]!)) continue;
    if (mode & 16 && listed !== undefined && listed(forms[i]!)) {
      tags[i] = PROPN_ID;
      continue;
    }
    if (i > 0 && (mode & 1 || (mode & 4 && inLexicon !== undefined && !inLexicon[i]))) tags[i] = PROPN_ID;
    else if (i === 0 && ((mode & 2 && i + 1 < n && TITLE.test(forms[i + 1]!)) || (mode & 8 && inLexicon !== undefined && !inLexicon[i]))) tags[i] = PROPN_ID;
  }
  return tags;
}

const NOUN_ID = TAGS.indexOf('NOUN');
const DET_ID = TAGS.indexOf('DET');

/** The lists {@link nameWordRules} reads (from the Lexicon: `honorifics`, `foreignArticles`). */
export interface NameWords {
  /** English titles before a name (`Mr`, `Ms.`), as written. */
  honorifics: ReadonlySet<string>;
  /** Foreign articles that begin a name or title (`The`, `El`), as written. */
  articles: ReadonlySet<string>;
  /** The first two words of listed place names of several words (`El Salvador`). */
  namePairs: ReadonlySet<string>;
  /** Abbreviated units after a number (`md`, `mkr`), as written. */
  units: ReadonlySet<string>;
}

/** Longest word the lists may hold: longer tokens are not looked up (the runtime's `shortCapital`). */
export const NAME_WORD_MAX = 5;

/**
 * Function words of foreign names, after decoding (language decision, from Swedish UD practice):
 * before a capitalised word, an English title is a common noun (`Mr Jones`, `Ms. Lind`: NOUN, as
 * Talbanken tags `dr` and `fru`), and a foreign article a determiner (`The Times`, `El País`: DET,
 * as Talbanken tags `the`), except where article and word begin a listed place (`El Salvador`: left
 * to the model). Changes `tags` in place.
 *
 * @param forms Tokens as written.
 * @param tags Tag ids.
 * @param words The lists.
 */
export function nameWordRules(forms: readonly string[], tags: number[], words: NameWords): number[] {
  const n = forms.length;
  for (let i = 0; i + 1 < n; i++) {
    const f = forms[i]!;
    const c = f.charCodeAt(0);
    if (c < 65 || c > 90 || f.length > NAME_WORD_MAX) continue;
    const next = forms[i + 1]!;
    if (!isCapitalised(next)) continue;
    if (words.honorifics.has(f)) tags[i] = NOUN_ID;
    else if (words.articles.has(f) && !words.namePairs.has(f + ' ' + next)) tags[i] = DET_ID;
  }
  return tags;
}

/**
 * Whether a token starts with a digit 0–9 (`1,4`, `2026`).
 *
 * @param form The token as written.
 */
export function startsWithDigit(form: string): boolean {
  const c = form.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Unit abbreviations after decoding (language decision, as Talbanken tags `kr`, `milj`, `km`): a
 * listed abbreviated unit right after a number is a noun (`1,4 md euro`, `12 mkr`), also where the
 * treebank never saw the abbreviation. Changes `tags` in place.
 *
 * @param forms Tokens as written.
 * @param tags Tag ids.
 * @param words The lists (`units`).
 */
export function unitRules(forms: readonly string[], tags: number[], words: NameWords): number[] {
  for (let i = 1; i < forms.length; i++) if (startsWithDigit(forms[i - 1]!) && words.units.has(forms[i]!)) tags[i] = NOUN_ID;
  return tags;
}
