// STUB (lead): replaced by keyword extraction (single-document scoring + BM25 corpus weighting).
import type { Entity, Keyword, Quote, TextContext } from '../../types';
import { buildContext } from '../context';
import { findEntities } from '../05-entities';
import { findQuotes } from '../06-quotes';

/** Options for keyword extraction. */
export interface KeywordOptions {
  /** How many keywords to return (default 10). */
  limit?: number;
}

/** Finds keywords in an analysed text (pipeline step 07). */
export function findKeywords(_ctx: TextContext, _entities: readonly Entity[], _quotes: readonly Quote[], _options: KeywordOptions = {}): Keyword[] {
  return [];
}

/**
 * Extracts the key phrases of a Swedish text.
 *
 * @param text Any string.
 * @param options Keyword options.
 */
export function extractKeywords(text: string, options: KeywordOptions = {}): Keyword[] {
  const ctx = buildContext(text, {}, 'extractKeywords');
  const entities = findEntities(ctx);
  return findKeywords(ctx, entities, findQuotes(ctx, entities), options);
}
