/**
 * `extractKeywords` for an instance: tokens, tags, document structure, entities, keywords; the
 * quote step only when asked (`{ quotes: true }`: quoted speakers weigh more).
 *
 * @module
 */
import type { Keyword } from '../types';
import { createContext } from '../pipeline/pipeline-context';
import { findEntities } from '../pipeline/05-entities';
import { findQuotes } from '../pipeline/06-quotes';
import { findKeywords } from '../pipeline/07-keywords';
import { defaultConfig, type SwedishConfig } from './config';
import { entityOptions, keywordOptions, quoteOptions, type ExtractKeywordsOptions } from './step-options';
import { instanceTagger } from './tagger';

/**
 * {@link extractKeywords} with an instance configuration.
 *
 * @param cfg The instance configuration.
 * @param text Any string.
 * @param options Keyword options (`limit`, corpus `model`, `quotes`).
 */
export function extractKeywordsWith(cfg: SwedishConfig, text: string, options?: ExtractKeywordsOptions): Keyword[] {
  const k = keywordOptions(cfg, options, 'extractKeywords options');
  const ctx = createContext(text, {}, 'extractKeywords', { lexicon: cfg.lexicon, tagger: instanceTagger(cfg) });
  const entities = findEntities(ctx, entityOptions(cfg, undefined, 'extractKeywords'));
  const quotes = options?.quotes ? findQuotes(ctx, entities, quoteOptions(cfg, undefined, 'extractKeywords')) : [];
  const { quotes: _q, ...forKeywords } = (k ?? {}) as ExtractKeywordsOptions;
  return findKeywords(ctx, entities, quotes, forKeywords, ctx.document);
}

/**
 * The keywords of a Swedish text, most relevant first: names and phrases from the title, the
 * lead and repeated content words, with site furniture left out.
 *
 * @param text Any string.
 * @param options `limit` (default 10), a corpus `model` from `createKeywordModel`, and `quotes: true`
 *   to run the quote step so that quoted speakers weigh more.
 * @returns Keywords, most relevant first.
 * @throws TypeError when `text` is not a string or an option is unknown.
 */
export function extractKeywords(text: string, options?: ExtractKeywordsOptions): Keyword[] {
  return extractKeywordsWith(defaultConfig(), text, options);
}
