// STUB (lead): replaced by the Snowball Swedish stemmer.
/** Snowball Swedish stem of a word (lower-case it first). */
export function stem(word: string): string {
  return word.toLowerCase();
}
