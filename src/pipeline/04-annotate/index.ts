import type { AnalyzedToken, Sentence, Token } from '../../types';
import { stopwords as defaultStopwords } from './stopwords';
import { stem } from './stem';
import { tagTokens } from './tag';

/** Options for the token annotations. */
export interface AnnotateOptions {
  /** Stopword list to use instead of the default. */
  stopwords?: ReadonlySet<string>;
}

/** Most distinct word forms kept in the stem cache before it is cleared (bounds memory on huge input). */
const STEM_CACHE_MAX = 50_000;
/** Stems by normalised form: `stem` is pure and news text repeats its words (≈10 ms/MB less). */
let stemCache = new Map<string, string>();

/** The Snowball stem of a normalised word form, cached. */
function cachedStem(normal: string): string {
  let r = stemCache.get(normal);
  if (r === undefined) {
    r = stem(normal);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache = new Map();
    stemCache.set(normal, r);
  }
  return r;
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
  const out: Sentence<AnalyzedToken>[] = new Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // Speed: one object literal per token (the token's fields in the tokenizer's key order,
    // then pos, lemma, stopword, stem) instead of an object spread of the tagged token: about
    // a quarter less time in this loop. Adding the two fields to the tagger's new objects in
    // place was measured 3× slower (every object changes shape). The token fields are read from
    // the input token rather than the tagger's copy (`tagTokens` returns one token per input
    // token, in order, with the input's fields and `pos`/`lemma` added): the input objects are
    // faster to read, which halves this loop again.
    const src = s.tokens;
    const tagged = tagTokens(src);
    const same = tagged.length === src.length;
    const tokens: AnalyzedToken[] = new Array(tagged.length);
    for (let j = 0; j < tagged.length; j++) {
      const x = tagged[j]!;
      const t = same ? src[j]! : x;
      tokens[j] = { text: t.text, start: t.start, end: t.end, kind: t.kind, normal: t.normal, pos: x.pos, lemma: x.lemma, stopword: sw.has(t.normal), stem: t.kind === 'word' ? cachedStem(t.normal) : t.normal };
    }
    out[i] = { ...s, tokens };
  }
  return out;
}
