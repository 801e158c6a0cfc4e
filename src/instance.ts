/**
 * `createSwedish`: an instance of the library bound to one configuration (a lexicon, rules
 * switched off, the optional steps of `analyze`), with no global state: two instances never
 * affect each other, and the top-level functions are the default instance.
 *
 * @module
 */
import type { Entity, Keyword, Paragraph, Quote, Sentence, TaggedToken, Token } from './types';
import type { Lexicon } from './data/sv/lexicon';
import { wordSet } from './internal/lexicon';
import { splitParagraphs } from './pipeline/01-paragraphs';
import { tokenize } from './pipeline/02-tokens';
import { splitSentences } from './pipeline/03-sentences';
import { isStopword, removeStopwords } from './pipeline/04-annotate/stopwords';
import { stem } from './pipeline/04-annotate/stem';
import { tagText } from './pipeline/04-annotate/tag';
import type { EntityOptions } from './pipeline/05-entities';
import type { QuoteOptions } from './pipeline/06-quotes';
import type { Summary, SummaryOptions } from './pipeline/08-summary';
import { analyzeWith, summarizeWith, type AnalyzeOptions, type InstanceDocument } from './analyze';
import { resolveConfig, type SwedishConfig, type SwedishOptions } from './api/config';
import { tagEntitiesWith } from './api/entities';
import { extractQuotesWith } from './api/quotes';
import { extractKeywordsWith } from './api/keywords';
import type { ExtractKeywordsOptions } from './api/step-options';

/** The functions of one `createSwedish` instance, bound to its configuration. */
export interface Swedish {
  /** The instance's lexicon (frozen): the default Swedish lexicon with the instance's changes. */
  readonly lexicon: Lexicon;
  /** The optional steps `analyze` runs. */
  readonly steps: readonly string[];
  /** Rule ids switched off in every rule step. */
  readonly disabledRules: readonly string[];
  /** The whole pipeline with this instance's lexicon, rules and steps (see the top-level `analyze`). */
  analyze(text: string, options?: AnalyzeOptions): InstanceDocument;
  /** The article summary (see the top-level `summarize`); the summary step always runs. */
  summarize(text: string, options?: SummaryOptions): Summary;
  /** Paragraphs (see the top-level `splitParagraphs`; no configuration applies). */
  splitParagraphs(text: string): Paragraph[];
  /** Tokens (see the top-level `tokenize`; no configuration applies). */
  tokenize(text: string): Token[];
  /** Sentences (see the top-level `splitSentences`; no configuration applies). */
  splitSentences(text: string): Sentence[];
  /** Part of speech and lemma (see the top-level `tag`), with this instance's lexicon and its tag and lemma corrections switched off by `rules.disable`. */
  tag(text: string): TaggedToken[];
  /** The Snowball stem of a word (see the top-level `stem`). */
  stem(word: string): string;
  /** Whether a word is a stopword of this instance's lexicon (`lexicon.stopwords`). */
  isStopword(word: string): boolean;
  /** The tokens or words that are not stopwords of this instance's lexicon. */
  removeStopwords<T extends Pick<Token, 'normal'> | string>(tokens: readonly T[]): T[];
  /** Entities with this instance's lexicon (its `gazetteer` entries) and rules. */
  tagEntities(text: string, options?: EntityOptions): Entity[];
  /** Quotes and speakers with this instance's lexicon and rules. */
  extractQuotes(text: string, options?: QuoteOptions): Quote[];
  /** Keywords with this instance's lexicon and rules. */
  extractKeywords(text: string, options?: ExtractKeywordsOptions): Keyword[];
}

/**
 * Creates an instance of the library bound to one configuration. Everything is checked here:
 * unknown option keys, lexicon fields, step names and rule ids are a `TypeError`.
 *
 * @example
 * ```ts
 * const sv = createSwedish({
 *   lexicon: {
 *     reportingVerbs: { add: ['bloggar'] },
 *     gazetteer: { Blåbärsgruppen: 'ORG' },
 *     stopwords: { remove: ['inte'] },
 *   },
 *   rules: { disable: ['media-subbrand'] },
 *   steps: ['entities', 'quotes'],
 * });
 * sv.analyze(text).quotes;
 * ```
 * @param options The lexicon changes, rules switched off and the optional steps of `analyze`.
 * @returns The bound functions.
 * @throws TypeError on an option the instance cannot honour.
 */
export function createSwedish(options: SwedishOptions = {}): Swedish {
  const cfg: SwedishConfig = resolveConfig(options);
  const stopwords = wordSet(cfg.lexicon.stopwords);
  return Object.freeze({
    lexicon: cfg.lexicon,
    steps: Object.freeze([...cfg.steps]),
    disabledRules: cfg.disable,
    analyze: (text: string, o?: AnalyzeOptions) => analyzeWith(cfg, text, o),
    summarize: (text: string, o?: SummaryOptions) => summarizeWith(cfg, text, o),
    splitParagraphs,
    tokenize,
    splitSentences,
    tag: (text: string) => tagText(text, cfg.lexicon, cfg.disable.length ? { disable: cfg.disable } : undefined),
    stem,
    isStopword: (word: string) => isStopword(word, { stopwords }),
    removeStopwords: <T extends Pick<Token, 'normal'> | string>(tokens: readonly T[]) => removeStopwords(tokens, { stopwords }),
    tagEntities: (text: string, o?: EntityOptions) => tagEntitiesWith(cfg, text, o),
    extractQuotes: (text: string, o?: QuoteOptions) => extractQuotesWith(cfg, text, o),
    extractKeywords: (text: string, o?: ExtractKeywordsOptions) => extractKeywordsWith(cfg, text, o),
  });
}
