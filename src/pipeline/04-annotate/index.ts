import type { AnalyzedToken, Sentence, Token, Upos } from '../../types';
import { stopwords as defaultStopwords } from './stopwords';
import { cachedStem } from './stem';
import type { Lexicon } from '../../data/sv/lexicon';
import { wordSet } from '../../internal/lexicon';

/**
 * A part-of-speech tagger for one sentence: parallel arrays of tags and lemmas for its tokens
 * (`tagLabels` of `04-annotate/tag`). Injected, so that a step that needs no tags never loads
 * the tagger model: this module does not import it. It gets the lexicon of the call (its listed names
 * count for the name rules).
 */
export type TokenTagger = (tokens: readonly Token[], lexicon?: Lexicon) => {
  pos: readonly Upos[];
  lemma: readonly string[];
  /** `cachedStem(normal)` of the word tokens, when the tagger has them at hand (empty slots are looked up). */
  stem?: readonly (string | undefined)[];
};

/** Options for the token annotations. */
export interface AnnotateOptions {
  /** Stopword list to use instead of the default. */
  stopwords?: ReadonlySet<string>;
  /**
   * Run the part-of-speech tagger (default `true` where the caller has one). With `false`, every token
   * gets pos `X` and its lower-case form as lemma: faster, for steps that do not need tags
   * (`tagEntities` uses it).
   */
  tag?: boolean;
}

/**
 * Fills `pos`, `lemma`, `stopword` and `stem` of the tokens of each sentence, in place: the
 * tokens come from `tokenizeForAnalysis` (02-tokens), made in their final shape, so that a token is
 * one object through the pipeline (an annotated copy of each token cost about 5 % of the bytes
 * `analyze` allocates). The tagger sees one sentence at a time; without a tagger (or with
 * `tag: false`) every token gets pos `X` and its normal form as lemma.
 *
 * @param sentences Sentences of one text, in order, with tokens from `tokenizeForAnalysis`.
 * @param options Annotation options.
 * @param lexicon The lexicon whose `stopwords` flag tokens when `options.stopwords` is not given
 *   (default: the built-in stopword list).
 * @param tagger The part-of-speech tagger (none: pos `X`).
 * @returns The same sentences, their tokens annotated.
 */
export function annotateSentences(
  sentences: Sentence<AnalyzedToken>[],
  options: AnnotateOptions = {},
  lexicon?: Lexicon,
  tagger?: TokenTagger,
): Sentence<AnalyzedToken>[] {
  const sw = options.stopwords ?? (lexicon ? wordSet(lexicon.stopwords) : defaultStopwords);
  const useTagger = options.tag === false ? undefined : tagger;
  for (let i = 0; i < sentences.length; i++) {
    const tokens = sentences[i]!.tokens;
    const labels = useTagger ? useTagger(tokens, lexicon) : null;
    const stems = labels?.stem;
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j]!;
      t.pos = labels ? labels.pos[j]! : 'X';
      t.lemma = labels ? labels.lemma[j]! : t.normal;
      t.stopword = sw.has(t.normal);
      t.stem = t.kind === 'word' ? ((stems !== undefined ? stems[j] : undefined) ?? cachedStem(t.normal)) : t.normal;
    }
  }
  return sentences;
}
