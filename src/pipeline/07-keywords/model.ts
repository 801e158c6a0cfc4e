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
   * Corpus weights (BM25 inverse document frequency, 0..1) of the terms of one document:
   * 1 for a term the corpus never saw, near 0 for a term found in every document. Terms are stems.
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
  const k1 = 1.2;
  const b = 0.75;
  const v = bm25({ k: 1, k1, b, norm: 'none' });
  const size = docs.length;
  let total = 0;
  for (const d of docs) {
    v.learn([...d]);
    total += d.length;
  }
  // The vectorizer weighs a one-term document as idf × (k1 + 1) / (k1 × (1 − b + b / avgDL) + 1);
  // dividing by that factor gives the term's IDF. An unseen term has document frequency 0.
  const avgDL = size > 0 ? Math.max(1, total / size) : 1;
  const oneTerm = (k1 + 1) / (k1 * (1 - b + b / avgDL) + 1);
  const idfUnseen = Math.log((size + 0.5) / 0.5 + 1);
  const cache = new Map<string, number>();
  return {
    size,
    weigh(terms) {
      const out = new Map<string, number>();
      if (size === 0) return out;
      for (const t of terms) {
        if (out.has(t)) continue;
        let w = cache.get(t);
        if (w === undefined) {
          const bow = v.bowOf([t]) as Record<string, number>;
          const x = bow[t];
          w = x === undefined ? 1 : Math.min(1, x / oneTerm / idfUnseen);
          if (cache.size < 100_000) cache.set(t, w);
        }
        out.set(t, w);
      }
      return out;
    },
  };
}
