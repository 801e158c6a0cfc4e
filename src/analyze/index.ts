import type { EntityGroup, Keyword, Quote, TextContext, Entity } from '../types';
import { buildContext } from '../pipeline/context';
import type { AnnotateOptions } from '../pipeline/04-annotate';
import { findEntities, groupEntities, type EntityOptions } from '../pipeline/05-entities';
import { findQuotes, type QuoteOptions } from '../pipeline/06-quotes';
import { findKeywords, type KeywordOptions } from '../pipeline/07-keywords';

/** Options for {@link analyze}. */
export interface AnalyzeOptions extends AnnotateOptions {
  /** Entity options. */
  entities?: EntityOptions;
  /** Quote options. */
  quotes?: QuoteOptions;
  /** Keyword options. */
  keywords?: KeywordOptions;
}

/** The full analysis of one text. */
export interface AnalyzedDocument extends TextContext {
  /** Entity mentions, in text order. */
  entities: Entity[];
  /** Entities grouped by id with mention counts, most mentioned first. */
  entityGroups: EntityGroup[];
  /** Direct quotes with speakers, in text order. */
  quotes: Quote[];
  /** Keywords, most relevant first. */
  keywords: Keyword[];
}

/**
 * Runs the whole pipeline on a text: paragraphs, sentences, tokens (with stopword, stem,
 * part of speech and lemma), entities, quotes and keywords.
 *
 * @param text Any string.
 * @param options Options for the stages.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  const ctx = buildContext(text, options, 'analyze');
  const entities = findEntities(ctx, options.entities);
  const quotes = findQuotes(ctx, entities, options.quotes);
  const keywords = findKeywords(ctx, entities, quotes, options.keywords);
  return { ...ctx, entities, entityGroups: groupEntities(entities), quotes, keywords };
}
