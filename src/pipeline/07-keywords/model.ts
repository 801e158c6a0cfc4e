/**
 * Corpus weighting for keywords: a BM25 model learned from the user's own documents
 * (wink-nlp's language-independent BM25 vectorizer, fed with our own stems), so that
 * words common to every document of the corpus drop in the ranking.
 *
 * @module
 */
/// <reference types="wink-nlp" />
import bm25 from 'wink-nlp/utilities/bm25-vectorizer';
import type { AnalyzedToken } from '../../types';

/** A corpus model for keyword weighting; make one with `createKeywordModel`. */
export interface KeywordModel {
  /** Number of documents the model learned. */
  readonly size: number;
  /**
   * BM25 weights of the terms of one document, scaled so that the strongest term is 1.
   * Terms are stems; a term never seen in the corpus gets the weight of the rarest corpus term.
   *
   * @param terms The document's content terms, in order, with repeats.
   */
  weigh(terms: readonly string[]): Map<string, number>;
}

/**
 * Whether a token is a content term for corpus statistics: a word that is not a stopword.
 *
 * @param t An analysed token.
 */
export function isCorpusTerm(t: AnalyzedToken): boolean {
  return t.kind === 'word' && !t.stopword && t.normal.length > 1;
}

/**
 * Builds a BM25 corpus model from the content terms (stems) of each document.
 *
 * @param docs Content terms of each document.
 */
export function learnModel(docs: readonly (readonly string[])[]): KeywordModel {
  // k = 1 keeps IDF positive for terms found in every document (they weigh almost nothing).
  const v = bm25({ k: 1, k1: 1.2, b: 0.75, norm: 'none' });
  const size = docs.length;
  for (const d of docs) v.learn([...d]);
  // IDF of a term the corpus never saw (document frequency 0), by the vectorizer's own formula.
  const idfUnseen = Math.log((size + 0.5) / 0.5 + 1);
  return {
    size,
    weigh(terms) {
      const out = new Map<string, number>();
      if (size === 0 || terms.length === 0) return out;
      const list = [...terms];
      const known = v.bowOf(list) as Record<string, number>;
      // With processOOV the vectorizer gives unseen terms an IDF of 1; rescale them to idfUnseen.
      const all = (v as unknown as { bowOf(t: string[], oov: boolean): Record<string, number> }).bowOf(list, true);
      let max = 0;
      for (const t of Object.keys(all)) {
        const w = known[t] ?? all[t]! * idfUnseen;
        out.set(t, w);
        if (w > max) max = w;
      }
      if (max > 0) for (const [t, w] of out) out.set(t, w / max);
      return out;
    },
  };
}
