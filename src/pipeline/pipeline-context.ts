/**
 * The pipeline context and how it is made, without the part-of-speech tagger: the tagger is
 * injected ({@link ContextSetup.tagger}), so a function that needs no tags (`tagEntities`) never
 * loads the tagger model. `buildContext` in `./context` is the same with the default tagger.
 *
 * @module
 */
import type { AnalyzedToken, TextContext } from '../types';
import { assertString } from '../internal/assert-string';
import { formIdsOf } from '../internal/form-ids';
import { defaultLexicon, type Lexicon } from '../data/sv/lexicon';
import { splitParagraphs } from './01-paragraphs';
import { tokenizeForAnalysis } from './02-tokens';
import { segmentSentences } from './03-sentences';
import { annotateSentences, type AnnotateOptions, type TokenTagger } from './04-annotate';
import { readArticle, type ArticleParts } from './01b-document';

export type { TokenTagger } from './04-annotate';

/**
 * The context every step after 04 receives: the text, its paragraphs, sentences and annotated
 * tokens, the document structure (step 01b) and the Swedish {@link Lexicon} the steps read their
 * word lists from (`ctx.lexicon`). Steps that accept a plain {@link TextContext} read them with
 * `lexiconOf(ctx)` from `src/internal/lexicon.ts` and `documentOf(ctx)` from `./01b-document`
 * (the default lexicon, and the structure read then, when a context was built by hand).
 */
export interface PipelineContext extends TextContext {
  /** The word lists of this run (the default Swedish lexicon, or a caller's extension of it). */
  readonly lexicon: Lexicon;
  /** The document structure (title, bylines, photo credits, dates, furniture): step 01b, read once per run. */
  readonly document: ArticleParts;
}

/** How a context is built (set by the caller's instance, not per call). */
export interface ContextSetup {
  /** The lexicon the steps read (default: the built-in Swedish lexicon). */
  lexicon?: Lexicon | undefined;
  /** The part-of-speech tagger; without one every token gets pos `X` and its normal form as lemma. */
  tagger?: TokenTagger | undefined;
}

/**
 * Runs the pipeline steps 01–04 in order: paragraphs → document structure → tokens → sentences →
 * token annotations. Later steps (entities, quotes, keywords, summary) take the result and never
 * re-tokenise or re-read the document structure.
 *
 * @param text Any string.
 * @param options Annotation options.
 * @param fn Name of the public function calling, for error messages.
 * @param setup The lexicon and the tagger.
 */
export function createContext(text: string, options: AnnotateOptions = {}, fn = 'analyze', setup: ContextSetup = {}): PipelineContext {
  assertString(text, fn);
  const lexicon = setup.lexicon ?? defaultLexicon();
  const paragraphs = splitParagraphs(text);
  // The sentences hold every token once, in order, so the token list is the tokenizer's own
  // array: step 04 fills its objects in place.
  const tokens: AnalyzedToken[] = tokenizeForAnalysis(text);
  // Integer ids of the tokens' forms, made once here: the steps read their per-form facts by them
  // (`formIdsOf(ctx.tokens)` gives this same object back).
  const forms = formIdsOf(tokens);
  const sentences = annotateSentences(segmentSentences(text, tokens, paragraphs), options, lexicon, setup.tagger, forms);
  return { text, paragraphs, sentences, tokens, lexicon, document: readArticle(text, lexicon) };
}
