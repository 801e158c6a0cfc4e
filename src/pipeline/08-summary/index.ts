/**
 * Pipeline step 08: the keyword summary of an article — title, keywords, people,
 * organisations and places with mention counts, quotes by speaker, counts, LIX readability and
 * the article metadata (byline, photo credit, dates) found in the text.
 *
 * @module
 */
import type { EntityGroup, Keyword, Quote, TextContext } from '../../types';
import type { AnnotateOptions } from '../04-annotate';
import type { EntityOptions } from '../05-entities';
import type { QuoteOptions } from '../06-quotes';
import type { KeywordModel, KeywordOptions } from '../07-keywords';
import { documentOf, type ArticleParts } from '../01b-document';
import { letterCount, lixFromCounts, type Readability } from './lix';

export { lixBand, lixFromCounts, type LixBand, type Readability } from './lix';
export { toMarkdown, type MarkdownOptions } from './markdown';

/** Metadata of an article found in its text. */
export interface ArticleMetadata {
  /** Author lines without their label (`Anna Andersson`), in text order. */
  bylines: string[];
  /** Photo credits without their label (`Bertil Berg/TT`). */
  photos: string[];
  /** Dates with their label: `{ label: 'Senast ändrad', value: '09:44, 11 Jan 2018' }`. */
  dates: {
    /** The label as written (`Publicerad`, `Senast ändrad`). */
    label: string;
    /** The date as written. */
    value: string;
  }[];
  /** News agency or desk signature at the end (`8 SIDOR/TT`), or `null`. */
  signature: string | null;
}

/** A keyword summary of one article. */
export interface Summary {
  /** The title, when the text has one. */
  title: string | null;
  /** Top keywords, most relevant first. */
  keywords: Keyword[];
  /** The keywords that are topics (`kind: 'topic'`: `tillitsbaserad styrning`), most relevant first. */
  topics: Keyword[];
  /** The keywords that are names (`kind: 'name'`: `Laura Hartman`), most relevant first. */
  names: Keyword[];
  /** People, organisations and places with mention counts, most mentioned first. */
  entities: EntityGroup[];
  /** People (`PER`), most mentioned first. */
  people: EntityGroup[];
  /** Organisations (`ORG`), most mentioned first. */
  organisations: EntityGroup[];
  /** Places (`LOC`), most mentioned first. */
  places: EntityGroup[];
  /** Quotes grouped by speaker name (`''` for unknown speakers), speakers in order of first quote. */
  quotesBySpeaker: Record<string, Quote[]>;
  /** Number of words of the article text (metadata and site furniture not counted). */
  words: number;
  /** Number of sentences of the article text (those with at least one word). */
  sentences: number;
  /** LIX readability with its band. */
  readability: Readability;
  /** Byline, photo credit, dates and signature found in the text. */
  metadata: ArticleMetadata;
}

/**
 * Options for `summarize`: the same nested options as `analyze` (`keywords: { limit, model }`,
 * `entities`, `quotes`, `stopwords`, `tag`). The flat `limit` and `model` still work.
 */
export interface SummaryOptions extends AnnotateOptions {
  /** Entity options (your own `gazetteer` entries). */
  entities?: EntityOptions;
  /** Quote options (`rules`). Entity options for the speakers are `entities`, shared with the entity step. */
  quotes?: QuoteOptions;
  /** Keyword options (`limit`, corpus `model`). */
  keywords?: KeywordOptions;
  /**
   * How many keywords (default 10).
   *
   * @deprecated Use `keywords: { limit }`, as in `analyze`.
   */
  limit?: number;
  /**
   * A corpus model from `createKeywordModel`.
   *
   * @deprecated Use `keywords: { model }`, as in `analyze`.
   */
  model?: KeywordModel;
}

/**
 * Builds the summary from the outputs of the earlier steps (pipeline step 08); never re-tokenises.
 *
 * @param ctx The analysed text.
 * @param entities Entity groups (from `groupEntities`).
 * @param quotes Quotes from step 06.
 * @param keywords Keywords from step 07.
 * @param article The article parts (default: `documentOf(ctx)`, the context's step 01b).
 */
export function buildSummary(ctx: TextContext, entities: EntityGroup[], quotes: readonly Quote[], keywords: Keyword[], article?: ArticleParts): Summary {
  const parts = article ?? documentOf(ctx);
  const bySpeaker: Record<string, Quote[]> = {};
  for (const q of quotes) (bySpeaker[q.speaker?.name ?? ''] ??= []).push(q);

  // Counts over the article text: tokens inside metadata and furniture are left out.
  const ex = parts.excluded;
  let e = 0;
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const s of ctx.sentences) {
    let has = false;
    for (const t of s.tokens) {
      while (e < ex.length && ex[e]!.end <= t.start) e++;
      if (e < ex.length && ex[e]!.start < t.end) continue;
      if (t.kind !== 'word') continue;
      has = true;
      words++;
      if (t.text.length > 6 && letterCount(t.text) > 6) longWords++;
    }
    if (has) sentences++;
  }
  const sorted = [...entities].sort((a, b) => b.count - a.count);
  return {
    title: parts.title?.text ?? null,
    keywords,
    topics: keywords.filter((k) => k.kind !== 'name'),
    names: keywords.filter((k) => k.kind === 'name'),
    entities,
    // (a person named only in the byline or a photo credit is metadata, not one of the article's people)
    people: sorted.filter((g) => g.type === 'PER' && !g.metadata),
    organisations: sorted.filter((g) => g.type === 'ORG'),
    places: sorted.filter((g) => g.type === 'LOC'),
    quotesBySpeaker: bySpeaker,
    words,
    sentences,
    readability: lixFromCounts(words, sentences, longWords),
    metadata: {
      bylines: parts.bylines.map((m) => m.value),
      photos: parts.photos.map((m) => m.value),
      dates: parts.dates.map((m) => ({ label: m.label, value: m.value })),
      signature: parts.signature?.value ?? null,
    },
  };
}

