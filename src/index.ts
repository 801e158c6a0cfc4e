/**
 * swedish-nlp — Swedish text analysis for JavaScript and TypeScript.
 *
 * The pipeline runs in numbered steps (see `src/pipeline/`): paragraphs → tokens →
 * sentences → token annotations → entities → quotes → keywords → summary.
 *
 * @module
 */

// Types
export type {
  AnalyzedToken,
  Entity,
  EntityGroup,
  EntityType,
  Keyword,
  Paragraph,
  Quote,
  QuoteKind,
  QuotePart,
  Sentence,
  Span,
  Speaker,
  SpeakerResolution,
  TaggedToken,
  TextContext,
  Token,
  TokenKind,
  Upos,
} from './types';

// 01–03: paragraphs, tokens, sentences
export { splitParagraphs } from './pipeline/01-paragraphs';
export { tokenize } from './pipeline/02-tokens';
export { splitSentences } from './pipeline/03-sentences';

// 04: token annotations
export {
  stopwords,
  isStopword,
  removeStopwords,
  createStopwords,
  type CreateStopwordsOptions,
  type StopwordOptions,
} from './pipeline/04-annotate/stopwords';
export { stem } from './pipeline/04-annotate/stem';
export { tag, tagTokens } from './pipeline/04-annotate/tag';
export type { AnnotateOptions } from './pipeline/04-annotate';

// 05–08: entities, quotes, keywords, summary
export { groupEntities, type EntityOptions } from './pipeline/05-entities';
export { tagEntities } from './api/entities';
export { firstNameSex, lookupGazetteer } from './pipeline/05-entities/gazetteer';
export { quotesBySpeaker, type QuoteOptions } from './pipeline/06-quotes';
export type { QuoteStepOptions, QuotesBySpeakerOptions } from './pipeline/06-quotes';
export { extractQuotes } from './api/quotes';
export { type KeywordOptions } from './pipeline/07-keywords';
export { extractKeywords } from './api/keywords';
export type { ExtractKeywordsOptions } from './api/step-options';
export { type Summary } from './pipeline/08-summary';
export { createKeywordModel, type KeywordModel } from './pipeline/07-keywords';
export { type RankerModel } from './pipeline/07-keywords';
export { readArticle, type ArticleParts, type MetadataItem } from './pipeline/01b-document';
export {
  toMarkdown,
  lixFromCounts,
  lixBand,
  type SummaryOptions,
  type MarkdownOptions,
  type ArticleMetadata,
  type Readability,
  type LixBand,
} from './pipeline/08-summary';

// Everything at once
export { analyze, summarize, type AnalyzeOptions, type AnalyzedDocument, type InstanceDocument } from './analyze';

// Instances: your own lexicon, rules and steps, no global state
export { createSwedish, type Swedish } from './instance';
export type { SwedishOptions, StepName } from './api/config';
export { defaultLexicon, extendLexicon } from './data/sv/lexicon';
export type { Lexicon, LexiconOverrides, LexiconListField, LexiconMapField, ListChange, MapChange, WordList } from './data/sv/lexicon';
export type { RuleOptions } from './internal/rules';

// Views for people: HTML and plain text
export { toHtml, htmlStyles, toText, type HtmlOptions, type TextOptions, type RenderLang } from './render';
