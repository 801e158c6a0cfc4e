/**
 * The plain typed objects that flow through the swedish-nlp pipeline.
 *
 * Text flows one way: text → paragraphs → tokens → sentences → token annotations
 * (stopword, stem, pos, lemma) → entities → quotes → keywords → summary.
 * Every object that points into the text carries UTF-16 `start`/`end` offsets with
 * `text.slice(start, end) === object.text` where it has a `text` field.
 *
 * They are data only: fields, no methods, the same JSON whatever made them. The tokens of
 * `analyze()` and the other whole-pipeline calls are made by a small constructor for speed (see
 * docs/quality.md, speed pass 6), so their prototype is not `Object.prototype`: compare them by
 * fields (`toEqual`, JSON), not by prototype (`toStrictEqual` against an object literal).
 *
 * @module
 */

/** A half-open range `[start, end)` of UTF-16 code units in the analysed text. */
export interface Span {
  /** Offset of the first code unit (inclusive). */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
}

/** What kind of thing a token is. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** One token of the text. Whitespace is never a token. */
export interface Token extends Span {
  /** The token exactly as written: `text.slice(start, end)`. */
  text: string;
  /** What kind of token this is. */
  kind: TokenKind;
  /** Lower-cased NFC form, with soft hyphens removed; use it for look-ups. */
  normal: string;
}

/** A sentence: a span of the text and the tokens inside it. */
export interface Sentence<T extends Token = Token> extends Span {
  /** The sentence exactly as written: `text.slice(start, end)`. */
  text: string;
  /** The tokens of the sentence, in order. */
  tokens: T[];
}

/** A paragraph: a block of text separated from its neighbours by a blank line. */
export interface Paragraph extends Span {
  /** The paragraph exactly as written, without the surrounding blank lines. */
  text: string;
}

/** The 17 Universal Dependencies part-of-speech tags. */
export type Upos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X';

/** A token with its part of speech and lemma. */
export interface TaggedToken extends Token {
  /** Universal Dependencies part-of-speech tag. */
  pos: Upos;
  /** Base form (`styrningen` → `styrning`, `sa` → `säga`). */
  lemma: string;
}

/** A token with every per-token annotation `analyze` adds. */
export interface AnalyzedToken extends TaggedToken {
  /** Whether the token is in the stopword list in use. */
  stopword: boolean;
  /** Snowball Swedish stem of `normal`. */
  stem: string;
}

/** Entity types. */
export type EntityType = 'PER' | 'ORG' | 'LOC';

/** One mention of a named entity in the text. */
export interface Entity extends Span {
  /** The mention exactly as written (`Tillitsdelegationens`). */
  text: string;
  /** Entity type. */
  type: EntityType;
  /** Canonical base form (`Tillitsdelegationen`; `FN:s` → `FN`; `Hartman` → `Laura Hartman`). */
  name: string;
  /** Identifier shared by every mention of the same entity in this text. */
  id: string;
  /** Id of the rule that made or last changed the mention (`model` for an untouched model mention; see `ENTITY_RULES`). */
  rule?: string;
  /**
   * Set when the mention is in an author line (`Av Johan Ek`) or a photo credit (`Foto: Anna
   * Berg/TT`): metadata of the article, not one of its people or subjects.
   */
  metadata?: 'byline' | 'photo' | undefined;
}

/** An entity with all of its mentions in a text. */
export interface EntityGroup {
  /** The identifier shared by the mentions. */
  id: string;
  /** Canonical name. */
  name: string;
  /** Entity type. */
  type: EntityType;
  /** Number of mentions. */
  count: number;
  /** The mentions, in text order. */
  mentions: Entity[];
  /** True when every mention is in an author line or photo credit (`entity.metadata`): not a person or subject of the article. */
  metadata?: boolean | undefined;
}

/**
 * How a quote's speaker was found: `explicit` (named in the attribution, `säger Anna Ek`, or an
 * unnamed source as written, `enligt polisen`), `pronoun` (`säger hon` → the woman named before),
 * `role` (`säger tränaren` → the person introduced as coach), `interview` (the person the lead
 * introduces owns the answers), `previous` (an unattributed quote continues the speaker before or
 * after it), `title` (a headline or title quotation given to the person of its role).
 */
export type SpeakerResolution = 'explicit' | 'pronoun' | 'role' | 'interview' | 'previous' | 'title';

/** Who said a quote. */
export interface Speaker {
  /** Full name as the text gives it somewhere, or the noun phrase for unnamed sources (`polisen`). */
  name: string;
  /** Role from an apposition (`ordförande för Tillitsdelegationen`), when the text gives one. */
  role?: string;
  /** The entity id of the speaker, when the speaker is a tagged entity. */
  entityId?: string;
  /** `true` for a named person or organisation, `false` for unnamed sources. */
  named: boolean;
  /** Id of the quote-step rule that gave this speaker (`speaker-attribution`, `previous-speaker` …). */
  rule: string;
  /** How the speaker was found. */
  resolution: SpeakerResolution;
  /**
   * How sure the step is, in [0, 1]: the measured share of right speakers for this rule and
   * resolution on annotated texts (see `src/data/sv/quote-confidence.ts`).
   */
  confidence: number;
  /** Offset of the words that name the speaker (the name in the attribution, or the mention a pronoun, role or interview points to), when there are such words. */
  start?: number;
  /** End offset of the words that name the speaker, when there are such words. */
  end?: number;
}

/** How a quote is marked in the text. */
export type QuoteKind = 'dash' | 'marks' | 'headline';

/** One piece of a quote: its span and its words as written. */
export interface QuotePart extends Span {
  /** The piece exactly as written: `text.slice(start, end)`. */
  text: string;
}

/** A direct quote. */
export interface Quote extends Span {
  /**
   * The quoted words only: the parts joined by one space, with the punctuation the attribution
   * took from between them put back (`– A, säger hon. B` → `A. B`; `– A, säger hon, och B` → `A, och B`).
   */
  text: string;
  /** How the quote is marked. */
  kind: QuoteKind;
  /** Who said it, or `null` when unknown. */
  speaker: Speaker | null;
  /** The reporting verb as written (`säger`, `enligt` …), or `null`. */
  cue: string | null;
  /** The quoted pieces when an attribution splits the quote; one part otherwise. */
  parts: QuotePart[];
  /** Id of the quote-step rule that found the quote (`dash-line`, `quotation-marks` …). */
  rule: string;
}

/** A keyword or key phrase of a text. */
export interface Keyword {
  /** Display form: lemma phrase in lower case except names (`tillitsbaserad styrning`, `Laura Hartman`). */
  text: string;
  /** Grouping key shared by inflections (stems joined by a space). */
  key: string;
  /** Relevance score, higher is more relevant. */
  score: number;
  /** Number of occurrences in the text. */
  count: number;
  /** Where it occurs. */
  spans: Span[];
  /** A name (`Laura Hartman`, `Falu kommun`) or a topic (`tillitsbaserad styrning`). */
  kind: 'topic' | 'name';
  /** Ids of the keyword rules that shaped it (`lemma-phrase`, `neuter-agreement`, `name-phrase` …). */
  rules: string[];
}

/** The analysis of a text up to the token annotations; later stages take this, never re-tokenise. */
export interface TextContext {
  /** The analysed text. */
  text: string;
  /** Paragraphs, in order. */
  paragraphs: Paragraph[];
  /** Sentences, in order; their tokens are the same objects as in `tokens`. */
  sentences: Sentence<AnalyzedToken>[];
  /** All tokens with their annotations, in order. */
  tokens: AnalyzedToken[];
}
