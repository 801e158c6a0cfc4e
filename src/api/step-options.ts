/**
 * The options each rule step receives from an instance: the caller's per-call options, checked,
 * with the instance's lexicon gazetteer and disabled rules added.
 *
 * @module
 */
import type { EntityOptions } from '../pipeline/05-entities';
import type { QuoteOptions } from '../pipeline/06-quotes';
import type { KeywordOptions } from '../pipeline/07-keywords';
import type { SwedishConfig } from './config';
import { ENTITY_KEYS, KEYWORD_KEYS, QUOTE_KEYS, checkKeys, checkRules, withDisabled } from './options';

/**
 * Entity options for an instance (the entity step reads the lexicon's `gazetteer` from the context;
 * the caller's per-call `gazetteer` wins over it).
 *
 * @param cfg The instance configuration.
 * @param options The caller's entity options.
 * @param where Where they were given, for error messages.
 */
export function entityOptions(cfg: SwedishConfig, options: EntityOptions | undefined, where: string): EntityOptions | undefined {
  checkKeys(options, ENTITY_KEYS, where);
  checkRules((options as { rules?: unknown } | undefined)?.rules, `${where}.rules`);
  return withDisabled(options, cfg.disable);
}

/**
 * Quote options for an instance (`entities` is read by the caller, which runs the entity step).
 *
 * @param cfg The instance configuration.
 * @param options The caller's quote options.
 * @param where Where they were given, for error messages.
 */
export function quoteOptions(cfg: SwedishConfig, options: QuoteOptions | undefined, where: string): QuoteOptions | undefined {
  checkKeys(options, QUOTE_KEYS, where);
  checkRules((options as { rules?: unknown } | undefined)?.rules, `${where}.rules`);
  return withDisabled(options, cfg.disable);
}

/** `extractKeywords` options: the keyword options and whether to run the quote step. */
export type ExtractKeywordsOptions = KeywordOptions & {
  /** Run the quote step so that quoted speakers weigh more (default `false`: keywords need no quotes). */
  quotes?: boolean;
};

/**
 * Keyword options for an instance.
 *
 * @param cfg The instance configuration.
 * @param options The caller's keyword options.
 * @param where Where they were given, for error messages.
 */
export function keywordOptions(cfg: SwedishConfig, options: ExtractKeywordsOptions | undefined, where: string): KeywordOptions | undefined {
  checkKeys(options, KEYWORD_KEYS, where);
  checkRules((options as { rules?: unknown } | undefined)?.rules, `${where}.rules`);
  if (options?.limit !== undefined && (typeof options.limit !== 'number' || !(options.limit >= 0))) {
    throw new TypeError(`swedish-nlp: ${where}.limit must be a number ≥ 0`);
  }
  return withDisabled(options, cfg.disable);
}
