/**
 * `analyze` and `summarize`: the whole pipeline, each step once and in order, for an instance
 * configuration (its lexicon, disabled rules and optional steps) or the default one.
 *
 * @module
 */
import type { EntityGroup, Keyword, Quote, TextContext, Entity } from '../types';
import { createContext } from '../pipeline/pipeline-context';
import type { AnnotateOptions } from '../pipeline/04-annotate';
import { findEntities, groupEntities, type EntityOptions } from '../pipeline/05-entities';
import { findQuotes, type QuoteOptions } from '../pipeline/06-quotes';
import { findKeywords, type KeywordOptions } from '../pipeline/07-keywords';
import { buildSummary, type Summary, type SummaryOptions } from '../pipeline/08-summary';
import { defaultConfig, type SwedishConfig } from '../api/config';
import { ANALYZE_KEYS, SUMMARY_KEYS, checkKeys } from '../api/options';
import { entityOptions, keywordOptions, quoteOptions } from '../api/step-options';
import { instanceTagger } from '../api/tagger';

/** Options for {@link analyze}. */
export interface AnalyzeOptions extends AnnotateOptions {
  /** Entity options (e.g. your own gazetteer entries); the quote step's speakers come from the same entities. */
  entities?: EntityOptions;
  /** Quote options (not `entities`: `analyze` runs the entity step once, with `options.entities`). */
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
 * What an instance's `analyze` returns: a step left out of its `steps` gives an empty list, and
 * `summary` is `null` when the summary step is left out.
 */
export type InstanceDocument = Omit<AnalyzedDocument, 'summary'> & {
  /** The keyword summary, or `null` when the instance leaves the summary step out. */
  summary: Summary | null;
};

/**
 * Runs the whole pipeline on a text, each step once and in order: paragraphs, tokens,
 * sentences, token annotations (stopword, stem, part of speech, lemma), document structure,
 * entities, quotes (speakers from the entities), keywords and the summary.
 *
 * @param text Any string.
 * @param options Options for the steps.
 * @returns The document with every step's output.
 * @throws TypeError when `text` is not a string or an option is unknown.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  return analyzeWith(defaultConfig(), text, options) as AnalyzedDocument;
}

/**
 * Summarises a Swedish news article: title, top keywords, people / organisations / places
 * with mention counts, quotes by speaker, word and sentence counts, LIX readability and the
 * metadata in the text (byline, photo credit, dates). Site furniture (share buttons, view
 * counters, "read more" lists) is kept out of the keywords and counts.
 *
 * @param text Any string.
 * @param options The nested options of {@link analyze} (`keywords: { limit, model }`, `entities`, …);
 *   the flat `limit` and `model` are deprecated but still read.
 * @throws TypeError when `text` is not a string or an option is unknown.
 */
export function summarize(text: string, options: SummaryOptions = {}): Summary {
  return summarizeWith(defaultConfig(), text, options);
}

/**
 * {@link analyze} with an instance configuration.
 *
 * @param cfg The instance configuration.
 * @param text Any string.
 * @param options Options for the steps.
 */
export function analyzeWith(cfg: SwedishConfig, text: string, options: AnalyzeOptions = {}): InstanceDocument {
  checkKeys(options, ANALYZE_KEYS, 'analyze options');
  return runPipeline(cfg, text, options, 'analyze', cfg.steps.has('summary'));
}

/**
 * {@link summarize} with an instance configuration (the summary step always runs).
 *
 * @param cfg The instance configuration.
 * @param text Any string.
 * @param options Summary options.
 */
export function summarizeWith(cfg: SwedishConfig, text: string, options: SummaryOptions = {}): Summary {
  checkKeys(options, SUMMARY_KEYS, 'summarize options');
  const { limit, model, ...nested } = options;
  if (limit !== undefined || model !== undefined) {
    if (nested.keywords?.limit !== undefined && limit !== undefined) throw new TypeError('swedish-nlp: summarize got both limit and keywords.limit');
    if (nested.keywords?.model !== undefined && model !== undefined) throw new TypeError('swedish-nlp: summarize got both model and keywords.model');
    nested.keywords = { ...nested.keywords, ...(limit !== undefined ? { limit } : {}), ...(model !== undefined ? { model } : {}) };
  }
  return runPipeline(cfg, text, nested, 'summarize', true).summary!;
}

/** Steps 01–08 in order, each once (optional steps as the configuration says); `fn` names the public function. */
function runPipeline(cfg: SwedishConfig, text: string, options: AnalyzeOptions, fn: string, withSummary: boolean): InstanceDocument {
  if (options.quotes?.entities !== undefined) {
    throw new TypeError(`swedish-nlp: ${fn} runs the entity step once: give entity options as options.entities, not options.quotes.entities`);
  }
  const on = cfg.steps;
  const eOpts = entityOptions(cfg, options.entities, `${fn} options.entities`);
  const qOpts = quoteOptions(cfg, options.quotes, `${fn} options.quotes`);
  const kOpts = keywordOptions(cfg, options.keywords, `${fn} options.keywords`);
  const annotate: AnnotateOptions = {};
  if (options.stopwords !== undefined) annotate.stopwords = options.stopwords;
  if (options.tag !== undefined) annotate.tag = options.tag;
  const ctx = createContext(text, annotate, fn, { lexicon: cfg.lexicon, tagger: on.has('tags') ? instanceTagger(cfg) : undefined });
  const article = ctx.document;
  const entities = on.has('entities') ? findEntities(ctx, eOpts) : [];
  const quotes = on.has('quotes') ? findQuotes(ctx, entities, qOpts) : [];
  const keywords = on.has('keywords') ? findKeywords(ctx, entities, quotes, kOpts, article) : [];
  const entityGroups = groupEntities(entities);
  const summary = withSummary ? buildSummary(ctx, entityGroups, quotes, keywords, article) : null;
  // The context's text fields, without its lexicon and document structure (fields named: a rest
  // pattern and a spread copy property by property on a slow path).
  return { text: ctx.text, paragraphs: ctx.paragraphs, sentences: ctx.sentences, tokens: ctx.tokens, entities, entityGroups, quotes, keywords, summary };
}
