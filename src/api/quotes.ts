/**
 * `extractQuotes` for an instance: tokens, tags, entities (for speaker names) and quotes.
 *
 * @module
 */
import type { Quote } from '../types';
import { createContext } from '../pipeline/pipeline-context';
import { findEntities } from '../pipeline/05-entities';
import { findQuotes, type QuoteOptions } from '../pipeline/06-quotes';
import { defaultConfig, type SwedishConfig } from './config';
import { entityOptions, quoteOptions } from './step-options';
import { instanceTagger } from './tagger';

/**
 * {@link extractQuotes} with an instance configuration.
 *
 * @param cfg The instance configuration.
 * @param text Any string.
 * @param options Quote options (`entities`: options of the entity step that names the speakers).
 */
export function extractQuotesWith(cfg: SwedishConfig, text: string, options?: QuoteOptions): Quote[] {
  const q = quoteOptions(cfg, options, 'extractQuotes options');
  const e = entityOptions(cfg, options?.entities, 'extractQuotes options.entities');
  const ctx = createContext(text, {}, 'extractQuotes', { lexicon: cfg.lexicon, tagger: instanceTagger(cfg) });
  const { entities: _e, ...forQuotes } = q ?? {};
  return findQuotes(ctx, findEntities(ctx, e), forQuotes);
}

/**
 * Finds the direct quotes in a text and who said them: dash quotes (`– Vi är glada, säger Anna.`),
 * quotation marks, interview answers; the speaker is a named person, a role (`ministern`) or `null`
 * when the evidence is weak.
 *
 * @param text Any string.
 * @param options Quote options (`entities`: options of the entity step that names the speakers).
 * @returns Quotes in text order.
 * @throws TypeError when `text` is not a string or an option is unknown.
 */
export function extractQuotes(text: string, options?: QuoteOptions): Quote[] {
  return extractQuotesWith(defaultConfig(), text, options);
}
