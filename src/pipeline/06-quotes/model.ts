/**
 * The quote step's working objects: lines, quotes found before their speaker is known, the state
 * the rules share, and the three kinds of rule of the step's table (see `rules/index.ts`).
 *
 * @module
 */
import type { Entity, QuoteKind, Span, Speaker, SpeakerResolution, TextContext } from '../../types';
import type { Mention, People } from './people';
import type { RawSpeaker } from './speaker';
import type { QuoteWords } from './words';
import type { ResolveEnv } from './resolve';

/** A line of the text: a paragraph line, or a piece of one where a line break was lost. */
export interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  /** Paragraph index. */
  para: number;
  /** `true` when the line starts after a real line break (or a paragraph start), `false` when glued. */
  hard: boolean;
  /** Index of the line's first token. */
  t0: number;
  /** Index after the line's last token. */
  t1: number;
}

/** A quote found, before speaker resolution. */
export interface Found {
  /** How the quote is marked. */
  kind: QuoteKind;
  /** The quoted pieces. */
  parts: Span[];
  /** The speaker slot as written, when an attribution was found. */
  raw: RawSpeaker | null;
  /** The reporting verb as written. */
  cue: string | null;
  /** Line index of the quote's first line (dash quotes), -1 otherwise. */
  line: number;
  /** Last line index covered by the quote (dash quotes). */
  lastLine: number;
  /** Speaker already resolved (byline authors of a quoted heading). */
  fixed?: Who | null;
  /** An intro line before (`Hon säger:`) gave the speaker. */
  intro?: boolean;
  /** Id of the rule that found the quote. */
  rule: string;
  /** What stands between part i and part i + 1 in the joined text (one space when not given). */
  seps?: string[];
  /** The role before the colon of a `Role: statement` headline. */
  titleRole?: { start: number; end: number; text: string };
}

/** What the finding rules read and write. */
export interface FindState {
  /** The analysed text. */
  ctx: TextContext;
  /** The text's lines. */
  lines: Line[];
  /** Entities sorted by start. */
  entities: readonly Entity[];
  /** The word lists. */
  words: QuoteWords;
  /** The quotes found so far, headline first, then dash quotes, then quotations, each in text order. */
  found: Found[];
  /** Line indices of interviewer questions (dropped; skipped when an answer looks at the line before). */
  questionLines: Set<number>;
}

/** A speaker before the step says which rule gave it and how sure it is. */
export type Who = Omit<Speaker, 'rule' | 'resolution' | 'confidence'> & {
  /** How the speaker was found, when the resolving code knows better than the rule (`säger hon` → `pronoun`). */
  resolution?: SpeakerResolution;
};

/** A quote being attributed: what was found, and the speaker given so far. */
export interface Draft {
  /** The quote as found. */
  found: Found;
  /** The quoted words: the parts joined. */
  text: string;
  /** Start of the first part. */
  start: number;
  /** End of the last part. */
  end: number;
  /** The speaker so far. */
  speaker: Who | null;
  /** Id of the rule that gave the speaker. */
  speakerRule: string | null;
  /** How the speaker was found. */
  resolution: SpeakerResolution | null;
}

/** What the speaker rules read and write. */
export interface ResolveState extends FindState {
  /** The people of the text. */
  people: People;
  /** Whether an offset lies inside a quote. */
  skip: (at: number) => boolean;
  /** People, entities, quotes and words, for `resolve`. */
  env: ResolveEnv;
  /** The quotes in text order. */
  drafts: Draft[];
  /** The last speaker given to a non-headline quote before the current one. */
  lastSpeaker: Who | null;
  /** End offset of the quote before the current one. */
  lastEnd: number;
  /** The interviewee and the line of the lead that introduces them (`undefined` until looked for, `null` when none). */
  interview?: { mention: Mention; line: number } | null;
}

/** A rule that finds or drops quotes. */
export interface FindRule {
  /** Kebab-case id. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
  /** Runs when the quotes are found. */
  stage: 'find';
  /** Adds quotes to (or drops quotes from) `state.found`. */
  apply(state: FindState): void;
}

/** A rule that gives one quote its speaker (run on each quote in text order). */
export interface SpeakerRule {
  /** Kebab-case id. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
  /** Runs on each quote in text order. */
  stage: 'speaker';
  /** How the speakers this rule gives are found (overrides the resolver's own kind when set). */
  resolution?: SpeakerResolution;
  /** Returns the speaker for `draft`, or `undefined` to leave it as it is. */
  apply(draft: Draft, state: ResolveState): Who | null | undefined;
}

/** A rule that looks at all quotes once they have their speakers. */
export interface ReviewRule {
  /** Kebab-case id. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
  /** Runs once after the speaker rules. */
  stage: 'review';
  /** How the speakers this rule gives are found. */
  resolution: SpeakerResolution;
  /** Changes speakers of `state.drafts`. */
  apply(state: ResolveState): void;
}

/** One rule of the quote step's table. */
export type QuoteRule = FindRule | SpeakerRule | ReviewRule;

/** Sets a draft's speaker, the rule that gave it and how it was found (the rule's kind, else the resolver's, else `explicit`). */
export function give(draft: Draft, speaker: Who | null, rule: { id: string; resolution?: SpeakerResolution }): void {
  draft.speaker = speaker ? withoutResolution(speaker) : null;
  draft.speakerRule = speaker ? rule.id : null;
  draft.resolution = speaker ? (rule.resolution ?? speaker.resolution ?? 'explicit') : null;
}

/**
 * A copy of a speaker without its `resolution`, its other keys in order. Speed: copied key by key
 * (a spread copy and then `delete` left the object in V8's slow dictionary mode for every later read).
 */
function withoutResolution(who: Who): Who {
  const out: Record<string, unknown> = {};
  const src = who as unknown as Record<string, unknown>;
  for (const k in src) if (k !== 'resolution') out[k] = src[k];
  return out as unknown as Who;
}
