// STUB (lead): replaced by quote extraction and speaker attribution.
import type { Entity, Quote, TextContext } from '../../types';
import { buildContext } from '../context';
import { findEntities, type EntityOptions } from '../05-entities';

/** Options for quote extraction. */
export interface QuoteOptions {
  /** Options passed to the entity step that supplies speaker names. */
  entities?: EntityOptions;
}

/** Finds quotes in an analysed text whose entities are known (pipeline step 06). */
export function findQuotes(_ctx: TextContext, _entities: readonly Entity[], _options: QuoteOptions = {}): Quote[] {
  return [];
}

/**
 * Extracts direct quotes from Swedish (news) text and attributes them to speakers.
 *
 * @param text Any string.
 * @param options Quote options.
 */
export function extractQuotes(text: string, options: QuoteOptions = {}): Quote[] {
  const ctx = buildContext(text, {}, 'extractQuotes');
  return findQuotes(ctx, findEntities(ctx, options.entities), options);
}

/** Groups quotes by speaker name (`null` speakers under the empty string), in order of first quote. */
export function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const by = new Map<string, Quote[]>();
  for (const q of quotes) {
    const k = q.speaker?.name ?? '';
    const list = by.get(k) ?? [];
    list.push(q);
    by.set(k, list);
  }
  return by;
}
