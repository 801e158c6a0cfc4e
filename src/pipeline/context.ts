/**
 * `buildContext`: the pipeline context with the default part-of-speech tagger, for the step
 * wrappers, tests and scripts that want tags. Code that may run without tags imports
 * `createContext` from `./pipeline-context` instead, which does not load the tagger model.
 *
 * @module
 */
import type { AnnotateOptions } from './04-annotate';
import { tagLabels } from './04-annotate/tag';
import { createContext, type ContextSetup, type PipelineContext } from './pipeline-context';

export { createContext, type ContextSetup, type PipelineContext, type TokenTagger } from './pipeline-context';

/**
 * Runs the pipeline steps 01–04 in order (paragraphs → tokens → sentences → token annotations)
 * with the default tagger unless `setup.tagger` gives another (or `options.tag` is `false`).
 *
 * @param text Any string.
 * @param options Annotation options.
 * @param fn Name of the public function calling, for error messages.
 * @param setup The lexicon (and a tagger other than the default).
 */
export function buildContext(text: string, options: AnnotateOptions = {}, fn = 'analyze', setup: ContextSetup = {}): PipelineContext {
  return createContext(text, options, fn, { ...setup, tagger: setup.tagger ?? tagLabels });
}
