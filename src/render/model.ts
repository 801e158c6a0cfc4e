/**
 * What both views read from a result: whether it is a whole `analyze()` document or a
 * `summarize()` summary, the quotes grouped by speaker, and the optional speaker details
 * (`start`/`end`, `resolution`, `confidence`) that the quote step may add.
 *
 * @module
 */
import type { AnalyzedDocument } from '../analyze';
import type { Summary } from '../pipeline/08-summary';
import type { Quote, Speaker } from '../types';
import type { Labels } from './labels';

/** A result the views render. */
export type RenderInput = AnalyzedDocument | Summary;

/** Speaker fields the views use when present (the quote step adds them; older results lack them). */
export interface SpeakerDetails {
  /** Offset of the words that name the speaker. */
  start?: number;
  /** Offset after them. */
  end?: number;
  /** How the speaker was found (`explicit`, `pronoun`, `role`, `interview`, `previous`, `title`). */
  resolution?: string;
  /** How sure, from 0 to 1. */
  confidence?: number;
}

/** The quotes of one speaker. */
export interface SpeakerGroup {
  /** Speaker name, `''` for quotes without a known speaker. */
  name: string;
  /** The speaker of the first quote (role, named), or `null`. */
  speaker: Speaker | null;
  /** The quotes, in text order. */
  quotes: Quote[];
}

/** `true` for an `analyze()` document (it has the text and its offsets), `false` for a summary. */
export function isDocument(result: RenderInput): result is AnalyzedDocument {
  return typeof (result as AnalyzedDocument).text === 'string' && Array.isArray((result as AnalyzedDocument).paragraphs);
}

/**
 * Checks that a value looks like an `analyze()` or `summarize()` result.
 *
 * @throws TypeError for anything else.
 */
export function checkInput(result: unknown, fn: string): RenderInput {
  const r = result as Partial<AnalyzedDocument & Summary> | null;
  const ok = typeof r === 'object' && r !== null && (isDocument(r as RenderInput) ? typeof r.summary === 'object' && r.summary !== null : Array.isArray(r.keywords) && typeof r.quotesBySpeaker === 'object');
  if (!ok) throw new TypeError(`${fn}: expected the result of analyze() or summarize()`);
  return result as RenderInput;
}

/** The summary part of a result. */
export function summaryOf(result: RenderInput): Summary {
  return isDocument(result) ? result.summary : result;
}

/** The optional speaker details, each only when it has the right type and range. */
export function speakerDetails(speaker: Speaker | null): SpeakerDetails {
  const s = (speaker ?? {}) as Speaker & Record<string, unknown>;
  const d: SpeakerDetails = {};
  if (Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) < (s.end as number)) {
    d.start = s.start as number;
    d.end = s.end as number;
  }
  if (typeof s.resolution === 'string' && s.resolution !== '') d.resolution = s.resolution;
  if (typeof s.confidence === 'number' && s.confidence >= 0 && s.confidence <= 1) d.confidence = s.confidence;
  return d;
}

/**
 * Quotes grouped by speaker name in order of each speaker's first quote; quotes without a
 * speaker last. A document groups all of its quotes; a summary uses its `quotesBySpeaker`.
 */
export function speakerGroups(result: RenderInput): SpeakerGroup[] {
  const source: readonly Quote[] = isDocument(result) ? result.quotes : Object.values(summaryOf(result).quotesBySpeaker).flat();
  const byName = new Map<string, SpeakerGroup>();
  for (const q of source) {
    const name = q.speaker?.name ?? '';
    let g = byName.get(name);
    if (!g) byName.set(name, (g = { name, speaker: q.speaker ?? null, quotes: [] }));
    g.quotes.push(q);
  }
  const groups = [...byName.values()];
  return [...groups.filter((g) => g.name !== ''), ...groups.filter((g) => g.name === '')];
}

/** How a quote is attributed, in words: `säger · pronomen, 80 %`; `''` when nothing is known. */
export function quoteNote(q: Quote, L: Labels): string {
  const parts: string[] = [];
  if (q.kind === 'headline') parts.push(L.headline);
  else if (q.cue) parts.push(q.cue);
  const d = speakerDetails(q.speaker);
  const how: string[] = [];
  if (d.resolution) how.push(Object.hasOwn(L.resolution, d.resolution) ? L.resolution[d.resolution]! : d.resolution);
  if (d.confidence !== undefined) how.push(`${L.confidence} ${Math.round(d.confidence * 100)} %`);
  if (how.length) parts.push(how.join(', '));
  return parts.join(' · ');
}
