import type { TextContext } from '../types';
import { assertString } from '../internal/assert-string';
import { splitParagraphs } from './01-paragraphs';
import { tokenize } from './02-tokens';
import { segmentSentences } from './03-sentences';
import { annotateSentences, type AnnotateOptions } from './04-annotate';

/**
 * Runs the pipeline steps 01–04 in order: paragraphs → tokens → sentences → token annotations.
 * Later steps (entities, quotes, keywords, summary) take the result and never re-tokenise.
 *
 * @param text Any string.
 * @param options Annotation options.
 * @param fn Name of the public function calling, for error messages.
 */
export function buildContext(text: string, options: AnnotateOptions = {}, fn = 'analyze'): TextContext {
  assertString(text, fn);
  const paragraphs = splitParagraphs(text);
  const sentences = annotateSentences(segmentSentences(text, tokenize(text), paragraphs), options);
  return { text, paragraphs, sentences, tokens: sentences.flatMap((s) => s.tokens) };
}
