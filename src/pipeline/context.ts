import type { TextContext } from '../types';
import { assertString } from '../internal/assert-string';
import { defaultLexicon, type Lexicon } from '../data/sv/lexicon';
import { splitParagraphs } from './01-paragraphs';
import { tokenize } from './02-tokens';
import { segmentSentences } from './03-sentences';
import { annotateSentences, type AnnotateOptions } from './04-annotate';

/**
 * The context every step after 04 receives: the text, its paragraphs, sentences and annotated
 * tokens, and the Swedish {@link Lexicon} the steps read their word lists from (`ctx.lexicon`).
 * Steps that accept a plain {@link TextContext} read it with `lexiconOf(ctx)` from
 * `src/internal/lexicon.ts` (the default lexicon when a context was built by hand).
 */
export interface PipelineContext extends TextContext {
  /** The word lists of this run (the default Swedish lexicon, or a caller's extension of it). */
  readonly lexicon: Lexicon;
}

/** How {@link buildContext} builds a context (not per-call options of the public functions). */
export interface ContextSetup {
  /** The lexicon the steps read (default: {@link defaultLexicon}). */
  lexicon?: Lexicon;
}

/**
 * Runs the pipeline steps 01–04 in order: paragraphs → tokens → sentences → token annotations.
 * Later steps (entities, quotes, keywords, summary) take the result and never re-tokenise.
 *
 * @param text Any string.
 * @param options Annotation options.
 * @param fn Name of the public function calling, for error messages.
 * @param setup The lexicon for the steps.
 */
export function buildContext(text: string, options: AnnotateOptions = {}, fn = 'analyze', setup: ContextSetup = {}): PipelineContext {
  assertString(text, fn);
  const lexicon = setup.lexicon ?? defaultLexicon();
  const paragraphs = splitParagraphs(text);
  const sentences = annotateSentences(segmentSentences(text, tokenize(text), paragraphs), options, lexicon);
  return { text, paragraphs, sentences, tokens: sentences.flatMap((s) => s.tokens), lexicon };
}
