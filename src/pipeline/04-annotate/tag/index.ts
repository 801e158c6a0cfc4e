// STUB (lead): replaced by the trained averaged-perceptron tagger and lemmatizer.
import type { Token, TaggedToken } from '../../../types';

/** Tags already-tokenized input with part of speech and lemma. */
export function tagTokens<T extends Token>(tokens: readonly T[]): (T & Pick<TaggedToken, 'pos' | 'lemma'>)[] {
  return tokens.map((t) => ({ ...t, pos: t.kind === 'punctuation' ? 'PUNCT' : t.kind === 'number' ? 'NUM' : 'X', lemma: t.normal }));
}
