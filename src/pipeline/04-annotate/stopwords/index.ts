// STUB (lead): replaced by the curated stopwords-iso list (src/data/sv/stopwords.ts).
import type { Token } from '../../../types';

/** The default Swedish stopword list (lower case). */
export const stopwords: ReadonlySet<string> = new Set(['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för']);

/** Whether `word` (any case) is a default stopword. */
export function isStopword(word: string): boolean {
  return stopwords.has(word.toLowerCase());
}

/** Returns the tokens that are not stopwords. */
export function removeStopwords<T extends Token>(tokens: readonly T[]): T[] {
  return tokens.filter((t) => !stopwords.has(t.normal));
}
