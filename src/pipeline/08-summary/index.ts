// STUB (lead): replaced by the keyword summary.
import type { EntityGroup, Keyword, Quote, TextContext } from '../../types';

/** A keyword summary of one article. */
export interface Summary {
  /** The title, when the text has one. */
  title: string | null;
  /** Top keywords. */
  keywords: Keyword[];
  /** People, organisations and places with mention counts. */
  entities: EntityGroup[];
  /** Quotes grouped by speaker name (`''` for unknown speakers). */
  quotesBySpeaker: Record<string, Quote[]>;
  /** Number of words. */
  words: number;
  /** Number of sentences. */
  sentences: number;
}

/** Builds the summary from the outputs of the earlier steps (pipeline step 08). */
export function buildSummary(ctx: TextContext, entities: EntityGroup[], quotes: readonly Quote[], keywords: Keyword[]): Summary {
  const bySpeaker: Record<string, Quote[]> = {};
  for (const q of quotes) (bySpeaker[q.speaker?.name ?? ''] ??= []).push(q);
  return {
    title: null,
    keywords,
    entities,
    quotesBySpeaker: bySpeaker,
    words: ctx.tokens.filter((t) => t.kind === 'word').length,
    sentences: ctx.sentences.length,
  };
}
