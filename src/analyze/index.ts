import type { EntityGroup, Keyword, Quote, TextContext, Entity } from '../types';
import { buildContext } from '../pipeline/context';
import type { AnnotateOptions } from '../pipeline/04-annotate';
import { findEntities, groupEntities, type EntityOptions } from '../pipeline/05-entities';
import { findQuotes, type QuoteOptions } from '../pipeline/06-quotes';
import { readArticle } from '../pipeline/01b-document';
import { findKeywords, type KeywordOptions } from '../pipeline/07-keywords';
import { buildSummary, type Summary, type SummaryOptions } from '../pipeline/08-summary';

/** Options for {@link analyze}. */
export interface AnalyzeOptions extends AnnotateOptions {
  /** Entity options (e.g. your own gazetteer entries). */
  entities?: EntityOptions;
  /** Quote options. */
  quotes?: QuoteOptions;
  /** Keyword options (`limit`, a corpus `model`). */
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
  /** The keyword summary (title, metadata, keywords, entities, quotes by speaker, counts, LIX). */
  summary: Summary;
}

/**
 * Runs the whole pipeline on a text, each step once and in order: paragraphs, tokens,
 * sentences, token annotations (stopword, stem, part of speech, lemma), entities, quotes
 * (speakers from the entities), keywords and the summary.
 *
 * @param text Any string.
 * @param options Options for the steps.
 * @returns The document with every step's output.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  return runPipeline(text, options, 'analyze');
}

/**
 * Summarises a Swedish news article: title, top keywords, people / organisations / places
 * with mention counts, quotes by speaker, word and sentence counts, LIX readability and the
 * metadata in the text (byline, photo credit, dates). Site furniture (share buttons, view
 * counters, "read more" lists) is kept out of the keywords and counts.
 *
 * @param text Any string.
 * @param options Summary options (`limit`, corpus `model`, …).
 */
export function summarize(text: string, options: SummaryOptions = {}): Summary {
  const { limit, model, entities, ...annotate } = options;
  const keywords: KeywordOptions = {};
  if (limit !== undefined) keywords.limit = limit;
  if (model !== undefined) keywords.model = model;
  const steps: AnalyzeOptions = { ...annotate, keywords };
  if (entities !== undefined) steps.entities = entities;
  return runPipeline(text, steps, 'summarize').summary;
}

/** Steps 01–08 in order, each once; `fn` names the public function for error messages. */
function runPipeline(text: string, options: AnalyzeOptions, fn: string): AnalyzedDocument {
  const ctx = buildContext(text, options, fn);
  const article = readArticle(text, ctx.lexicon);
  const entities = findEntities(ctx, options.entities);
  const quotes = findQuotes(ctx, entities, options.quotes);
  const keywords = findKeywords(ctx, entities, quotes, options.keywords, article);
  const entityGroups = groupEntities(entities);
  const summary = buildSummary(ctx, entityGroups, quotes, keywords, article);
  const { lexicon: _lexicon, ...plain } = ctx;
  return { ...plain, entities, entityGroups, quotes, keywords, summary };
}
