import type { AnalyzedToken, Sentence, Token } from '../../types';
import { stopwords as defaultStopwords } from './stopwords';
import { stem } from './stem';
import { tagTokens } from './tag';

/** Options for the token annotations. */
export interface AnnotateOptions {
  /** Stopword list to use instead of the default. */
  stopwords?: ReadonlySet<string>;
}

/**
 * Adds `pos`, `lemma`, `stopword` and `stem` to the tokens of each sentence (new objects;
 * the input is not changed). The tagger sees one sentence at a time.
 *
 * @param sentences Sentences of one text, in order.
 * @param options Annotation options.
 * @returns The same sentences with annotated tokens.
 */
export function annotateSentences(sentences: readonly Sentence<Token>[], options: AnnotateOptions = {}): Sentence<AnalyzedToken>[] {
  const sw = options.stopwords ?? defaultStopwords;
  return sentences.map((s) => ({
    ...s,
    tokens: tagTokens(s.tokens).map((t) => ({ ...t, stopword: sw.has(t.normal), stem: t.kind === 'word' ? stem(t.normal) : t.normal })),
  }));
}
