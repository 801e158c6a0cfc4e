/**
 * Pipeline step 06: direct quotes and who said them.
 *
 * The step reads the text as a Swedish news reader does. It splits the paragraphs into lines (also
 * where a line break was lost: `skadade.– Möbler`), then runs the ordered rule table of
 * `rules/index.ts`: the finding rules (dash lines, list items, `Name: statement` headlines,
 * quotation marks, interviewer questions), then on each quote in text order the speaker rules
 * (the attribution's own speaker resolved against the people of the text, `säger hon` to an
 * unknown name, groups, the person the line before introduces, the last speaker), then the review
 * rules that fill quotes still without a speaker from the quotes around them. Every quote carries
 * the id of the rule that found it (`quote.rule`), every speaker the id of the rule that gave it
 * (`speaker.rule`); rules can be switched off by id (`rules: { disable: ['previous-speaker'] }`).
 *
 * @module
 */
import { enabledRules, type RuleOptions } from '../../internal/rules';
import type { Entity, Quote, QuotePart, Speaker, SpeakerResolution } from '../../types';
import { SPEAKER_CONFIDENCE } from '../../data/sv/quote-confidence';
import type { EntityOptions } from '../05-entities';
import { inSpans, splitLines } from './lines';
import { give, type Draft, type Who, type FindRule, type FindState, type Found, type ResolveState, type ReviewRule, type SpeakerRule } from './model';
import { buildPeople, isRoleWord, type People } from './people';
import { RULES } from './rules';
import { quoteWords, type QuoteWords } from './words';
import { lexiconOf, type PipelineContextLike } from '../../internal/lexicon';
import { sortInOrder } from '../../internal/sort-in-order';

export { RULES } from './rules';

/** Options of the quote step (`findQuotes`). */
export interface QuoteStepOptions {
  /** Rules to switch off by id (`{ disable: ['previous-speaker'] }`); see `RULES`. */
  rules?: RuleOptions;
}

/** Options for quote extraction (`extractQuotes` in `src/api/quotes.ts`, which runs the entity step first). */
export interface QuoteOptions extends QuoteStepOptions {
  /** Options passed to the entity step that supplies speaker names. */
  entities?: EntityOptions;
}

/** The register of people, plus every named speaker slot (names the first-name list does not know). */
function peopleOf(state: FindState, found: readonly Found[]): People {
  const { ctx: { text, tokens }, entities, words } = state;
  const people = buildPeople(text, tokens, entities, words);
  for (const f of found) {
    if (f.raw?.kind === 'name' && f.raw.text.includes(' ') && !people.byName.has(f.raw.text)) {
      const p = people.person(f.raw.text);
      people.mention(p, f.raw.start, f.raw.end);
      const last = f.raw.role?.split(' ').pop() ?? '';
      if (f.raw.role && isRoleWord(last, words)) p.titles.push(last.toLowerCase());
    }
  }
  people.sort();
  return people;
}

/** Runs the speaker rules on each quote in text order; the last speaker carries over. */
function attribute(state: ResolveState, rules: readonly SpeakerRule[]): void {
  for (const d of state.drafts) {
    for (const r of rules) {
      const who = r.apply(d, state);
      if (who !== undefined) give(d, who, r);
    }
    if (d.speaker && d.found.kind !== 'headline') state.lastSpeaker = d.speaker;
    state.lastEnd = d.end;
  }
}

/**
 * How sure a speaker is: the share of right speakers measured for its rule and resolution (else
 * for its resolution) on annotated texts, from `src/data/sv/quote-confidence.ts`.
 */
export function speakerConfidence(rule: string, resolution: SpeakerResolution): number {
  return SPEAKER_CONFIDENCE[`${rule}/${resolution}`] ?? SPEAKER_CONFIDENCE[resolution] ?? 0.5;
}

/**
 * The speaker a quote returns: the draft speaker's fields in their order without `start` and
 * `end`, then the rule, resolution and confidence, then `start` and `end` when both are known.
 * Speed: copied key by key into a new literal (a rest pattern, a spread and `Object.assign` took
 * V8's slow paths: about a tenth of the step).
 */
function speakerOf(who: Who, rule: string, resolution: SpeakerResolution): Speaker {
  const out: Record<string, unknown> = {};
  const src = who as unknown as Record<string, unknown>;
  for (const k in src) if (k !== 'start' && k !== 'end') out[k] = src[k];
  out.rule = rule;
  out.resolution = resolution;
  out.confidence = speakerConfidence(rule, resolution);
  if (who.start !== undefined && who.end !== undefined) {
    out.start = who.start;
    out.end = who.end;
  }
  return out as unknown as Speaker;
}

/** The quote of a draft, as the step returns it. */
function toQuote(d: Draft, text: string): Quote {
  const f = d.found;
  let speaker: Speaker | null = null;
  if (d.speaker) {
    const resolution = d.resolution ?? 'explicit';
    speaker = speakerOf(d.speaker, d.speakerRule!, resolution);
  }
  const parts: QuotePart[] = f.parts.map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) }));
  return { text: d.text, start: d.start, end: d.end, kind: f.kind, speaker, cue: f.cue, parts, rule: f.rule };
}

/** The parts joined by one space, with the punctuation the attribution took from between them put back. */
function joinParts(text: string, f: Found): string {
  let out = '';
  f.parts.forEach((p, i) => {
    const piece = text.slice(p.start, p.end);
    if (i > 0) out += /[.!?…]$/.test(out) ? ' ' : (f.seps?.[i - 1] ?? ' ');
    out += piece;
  });
  return out;
}

/** Where a span begins (the order of entities, quotes and their parts). */
const startOf = (x: { start: number }): number => x.start;

/**
 * Finds quotes in an analysed text whose entities are known (pipeline step 06).
 *
 * @param ctx The analysed text (steps 01–04).
 * @param entities The entities of the text (step 05), for speaker names.
 * @param options Rules to switch off.
 * @throws TypeError when `options.entities` is given: the entities are the second argument here
 *   (the option applies to `extractQuotes`).
 */
export function findQuotes(ctx: PipelineContextLike, entities: readonly Entity[], options: QuoteStepOptions = {}): Quote[] {
  if ((options as QuoteOptions).entities !== undefined) throw new TypeError('findQuotes: options.entities is not used here; pass the entities as the second argument (or use extractQuotes)');
  const { text, tokens } = ctx;
  if (tokens.length === 0) return [];
  const rules = enabledRules(RULES, options.rules);
  const words: QuoteWords = quoteWords(lexiconOf(ctx));
  const find: FindState = { ctx, lines: splitLines(ctx), entities: sortInOrder([...entities], startOf), words, found: [], questionLines: new Set() };
  for (const r of rules) if (r.stage === 'find') (r as FindRule).apply(find);
  const found = sortInOrder(find.found.slice(), (x) => x.parts[0]!.start);
  // No quote, nothing to attribute: the people of the text are read only for speakers.
  if (found.length === 0) return [];
  const people = peopleOf(find, found);
  const spans = sortInOrder(found.flatMap((f) => f.parts), startOf);
  const skip = (at: number): boolean => inSpans(spans, at);
  const drafts: Draft[] = found.map((f) => ({
    found: f,
    text: joinParts(text, f),
    start: f.parts[0]!.start,
    end: f.parts[f.parts.length - 1]!.end,
    speaker: null,
    speakerRule: null,
    resolution: null,
  }));
  // (fields named, not `...find`: the spread copied them on a slow path, ~5 % of the step)
  const { lines, questionLines } = find;
  const env = { people, entities: find.entities, skip, words };
  const state: ResolveState = { ctx, lines, entities: find.entities, words, found, questionLines, people, skip, env, drafts, lastSpeaker: null, lastEnd: 0 };
  attribute(state, rules.filter((r): r is SpeakerRule => r.stage === 'speaker'));
  for (const r of rules) if (r.stage === 'review') (r as ReviewRule).apply(state);
  return drafts.map((d) => toQuote(d, text));
}

/** Options of {@link quotesBySpeaker}. */
export interface QuotesBySpeakerOptions {
  /** Quotes whose speaker's confidence is below this count as unknown (under the empty string). Default 0. */
  minConfidence?: number;
}

/**
 * Groups quotes by speaker name (`null` speakers under the empty string), in order of first quote.
 *
 * @param quotes Quotes from `extractQuotes` or the quote step (`findQuotes`).
 * @param options `minConfidence`: speakers less sure than this count as unknown.
 */
export function quotesBySpeaker(quotes: readonly Quote[], options: QuotesBySpeakerOptions = {}): Map<string, Quote[]> {
  const min = options.minConfidence ?? 0;
  if (typeof min !== 'number' || Number.isNaN(min)) throw new TypeError('quotesBySpeaker: minConfidence must be a number');
  const by = new Map<string, Quote[]>();
  for (const q of quotes) {
    const k = q.speaker && (q.speaker.confidence ?? 1) >= min ? q.speaker.name : '';
    const list = by.get(k) ?? [];
    list.push(q);
    by.set(k, list);
  }
  return by;
}
