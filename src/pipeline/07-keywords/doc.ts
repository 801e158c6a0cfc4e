/**
 * The facts about one text that the keyword rules read: where the title and lead are, which
 * tokens are furniture, which tokens belong to which entity, how each word is written, and each
 * token's keyword facts ({@link WordInfo}) once the word rules have run.
 *
 * @module
 */
import type { AnalyzedToken, Entity, Span, TextContext } from '../../types';
import { cachedStem, stem } from '../04-annotate/stem';
import type { ArticleParts } from '../01b-document';
import { lexiconOf, wordRanks, wordSet, type PipelineContextLike } from '../../internal/lexicon';
import { hasLetter, startsUpperLetter } from '../../internal/letter-class';
import type { Lexicon } from '../../data/sv/lexicon';
import { FormInts, formIdsOf, memoOf } from '../../internal/form-ids';

/** Words counted as the lead. */
const LEAD_WORDS = 60;

/** Per-token facts for candidate building. */
export interface WordInfo {
  /** Can be part of a phrase of common words. */
  content: boolean;
  /** Is (part of) a proper name. */
  name: boolean;
  /** May end a phrase (noun-like). */
  head: boolean;
  /** May stand before the head of a phrase (an adjective, a foreign word). */
  mod: boolean;
  /** The word's display form. */
  display: string;
  /** The word's key piece (a stem). */
  key: string;
  /** Entity group id when the token is inside an entity mention. */
  entity: string | null;
  /** Id of the word rule that decided these facts (`''` for a word that takes no part). */
  rule: string;
  /**
   * The background IDF of `key`, kept by the candidates once worked out (-1 or absent: not yet).
   * It is a function of `key` alone, so the word facts one form's tokens share (`lemma-word`)
   * carry it from text to text. (`NO_WORD` is frozen and never takes one.)
   */
  keyIdf?: number;
}

/**
 * The facts of a token that takes no part in keywords, shared by all of them: only content
 * tokens' display, key and entity are ever read.
 */
export const NO_WORD: WordInfo = Object.freeze({ content: false, name: false, head: false, mod: false, display: '', key: '', entity: null, rule: '', keyIdf: -1 });

/** One text as the keyword rules see it. */
export interface KeywordDoc {
  /** The text. */
  text: string;
  /** Its tokens. */
  tokens: readonly AnalyzedToken[];
  /** Its sentences. */
  sentences: TextContext['sentences'];
  /** Whether the caller gave entities (then their tagger has judged capitalised words). */
  hasEntities: boolean;
  /** Whether the tokens carry parts of speech. */
  tagged: boolean;
  /** Sentence index of each token. */
  sentOf: Int32Array;
  /** First token index of each sentence (-1: none). */
  sentFirst: Int32Array;
  /** 1 for tokens inside metadata or site furniture. */
  excluded: Uint8Array;
  /** 1 for tokens of the furniture step 01b marks inside article lines (photo credits, date lines). */
  furniture: Uint8Array;
  /** The title, when the text has one. */
  title: Span | null;
  /** End of the lead (the first words after the title). */
  leadEnd: number;
  /** Entity mention id of each token. */
  entityOf: (string | null)[];
  /** Canonical name by entity id. */
  entityName: Map<string, string>;
  /** Key (stems of the name) by entity id. */
  entityKey: Map<string, string>;
  /** Entity type by entity id. */
  entityType: Map<string, string>;
  /** 1 for tokens that begin a person's name. */
  personAt: Uint8Array;
  /**
   * Where the casing evidence of its normal forms is kept (read through {@link casingOf}: whether
   * a form is written in lower case somewhere, how often it is capitalised inside a sentence).
   */
  casing: Casing;
  /** 1 for capitalised tokens at the start of a sentence or line. */
  initial: Uint8Array;
  /** Capitalised forms as written. */
  capForms: Set<string>;
  /** Each token's shape facts (bits `TOKEN_…`), read once: the word rules' cheap tests. */
  facts: Uint8Array;
  /** Each token's normal-form id (`internal/form-ids`): per-form facts are array reads. */
  normalIds: Int32Array;
  /**
   * The lexicon's list facts of each normal form (bits `FORM_…`), by form id, -1 where not yet
   * known: read through {@link formFacts}.
   */
  formBits: Int32Array;
  /** Keyword facts of each token (filled by the word rules). */
  infos: WordInfo[];
  /** Neuter head lemmas (filled after the word rules). */
  neuterHeads: Set<string>;
  /** The text's lexicon (the rules read their word lists from it, as sets memoised per list: `wordSet`). */
  lexicon: Lexicon;
  /** The lexicon's keyword function words (never start, end or make up a keyword). */
  functionWords: ReadonlySet<string>;
  /** Function words and weak words together: never keywords of common words. */
  dropWords: ReadonlySet<string>;
  /** Topics Swedish news takes for granted (`sverige`). */
  implicitTopics: ReadonlySet<string>;
  /** Rank of each stem among the most common words of everyday Swedish (0: most common); absent when rarer. */
  commonRank: ReadonlyMap<string, number>;
  /**
   * The stem of a lower-case word, cached: the one stem cache of steps 04 and 07, the same
   * function for every text (so that the name keys cached by stemmer, {@link nameKey}, carry over).
   */
  stemOf(w: string): string;
  /** The lower case of a string, cached. */
  lowerOf(w: string): string;
  /** Per-text memos of the rules, by slot (see {@link perText}). */
  memos: unknown[];
}

/** The next free memo slot. */
let memoSlots = 0;

/**
 * A fact about a whole text that a rule works out once, on its first question, and then reads by
 * token (`creditTokens(doc)[i]`): the memo sits in a slot of the text's own `memos` array (an
 * array index per question, no `WeakMap` look-up, and it goes with the text).
 *
 * @param build Works the fact out for one text.
 */
export function perText<T>(build: (doc: KeywordDoc) => T): (doc: KeywordDoc) => T {
  const slot = memoSlots++;
  return (doc) => {
    let v = doc.memos[slot] as T | undefined;
    if (v === undefined) doc.memos[slot] = v = build(doc);
    return v;
  };
}

const dropSets = new WeakMap<Lexicon, ReadonlySet<string>>();
/** The lexicon's function words and weak words in one set, built once per lexicon. */
function dropWordsOf(lex: Lexicon): ReadonlySet<string> {
  let s = dropSets.get(lex);
  if (!s) dropSets.set(lex, (s = new Set([...lex.keywordFunctionWords, ...lex.keywordWeakWords])));
  return s;
}

/** Form fact: the normal form is a keyword function word or weak word (`dropWords`). */
export const FORM_DROP = 1;
/** Form fact: the normal form is a keyword function word (`functionWords`). */
export const FORM_FUNCTION = 2;

/** The list facts of normal forms, by form id, one memo per lexicon (its lists decide them). */
const formFactMemos = new WeakMap<Lexicon, FormInts>();

/**
 * The lexicon's list facts of token `i`'s normal form (bits `FORM_…`): worked out from the word
 * sets the first time a form is seen, then an array read (forms repeat within and across texts).
 *
 * @param doc The text.
 * @param i A token index.
 */
export function formFacts(doc: KeywordDoc, i: number): number {
  const id = doc.normalIds[i]!;
  let f = doc.formBits[id]!;
  if (f < 0) {
    const w = doc.tokens[i]!.normal;
    f = (doc.dropWords.has(w) ? FORM_DROP : 0) | (doc.functionWords.has(w) ? FORM_FUNCTION : 0);
    doc.formBits[id] = f;
  }
  return f;
}

/**
 * Reads the facts of a text that do not depend on the word rules.
 *
 * @param ctx The analysed text.
 * @param entities Entity mentions from step 05.
 * @param parts The article parts.
 */
export function readKeywordDoc(ctx: PipelineContextLike, entities: readonly Entity[], parts: ArticleParts): KeywordDoc {
  const { text, tokens, sentences } = ctx;
  const lex = lexiconOf(ctx);
  const lowers = new Map<string, string>();
  const n = tokens.length;
  // The per-token and per-sentence arrays are views of one buffer: one backing store per text
  // instead of seven (each typed array of a few hundred bytes is allocated off the heap).
  const buf = new ArrayBuffer(4 * (n + sentences.length) + 5 * n);
  const bytes = (k: number): Uint8Array => new Uint8Array(buf, 4 * (n + sentences.length) + k * n, n);
  const doc: KeywordDoc = {
    text,
    tokens,
    sentences,
    hasEntities: entities.length > 0,
    tagged: tokens.some((t) => t.kind === 'word' && t.pos !== 'X'),
    sentOf: new Int32Array(buf, 0, n),
    sentFirst: new Int32Array(buf, 4 * n, sentences.length).fill(-1),
    excluded: excludedTokens(tokens, parts.excluded, bytes(0)),
    // (a structure built by hand before the field existed has no furniture marks)
    furniture: excludedTokens(tokens, parts.furniture ?? [], bytes(1)),
    title: parts.title,
    leadEnd: leadEnd(tokens, parts.title, text.length),
    entityOf: new Array<string | null>(tokens.length).fill(null),
    entityName: new Map(),
    entityKey: new Map(),
    entityType: new Map(),
    personAt: bytes(2),
    initial: bytes(3),
    capForms: new Set(),
    facts: bytes(4),
    normalIds: formIdsOf(tokens).normal,
    // (after the ids: the array is long enough for every id of this text)
    formBits: memoOf(formFactMemos, lex, () => new FormInts()).values(),
    casing: { serial: 0, values: casingInts.values() },
    infos: [],
    neuterHeads: new Set(),
    lexicon: lex,
    functionWords: wordSet(lex.keywordFunctionWords),
    dropWords: dropWordsOf(lex),
    implicitTopics: wordSet(lex.keywordImplicitTopics),
    commonRank: wordRanks(lex.keywordCommonStems),
    // Stems and lower case looked up once per form (`toLowerCase` is slow on non-ASCII text).
    stemOf: cachedStem,
    lowerOf: (w) => {
      if (noUpperCase(w)) return w;
      let r = lowers.get(w);
      if (r === undefined) lowers.set(w, (r = w.toLowerCase()));
      return r;
    },
    memos: [],
  };
  indexSentences(doc);
  indexEntities(doc, entities);
  readFacts(doc);
  return doc;
}

/** Sentence index of each token and first token of each sentence. */
function indexSentences(doc: KeywordDoc): void {
  const { tokens, sentOf, sentFirst } = doc;
  let k = 0;
  doc.sentences.forEach((s, si) => {
    if (s.tokens.length === 0) return;
    // Re-synchronise if a caller's context does not list the same token objects in order.
    if (tokens[k] !== s.tokens[0]) k = tokens.indexOf(s.tokens[0]!, k);
    if (k < 0) {
      k = 0;
      return;
    }
    sentFirst[si] = k;
    for (let j = 0; j < s.tokens.length && k < tokens.length; j++) sentOf[k++] = si;
  });
}

/** 1 for the tokens inside the excluded spans (metadata, furniture), in `out` (zeros, one per token). */
function excludedTokens(tokens: readonly AnalyzedToken[], ex: readonly Span[], out: Uint8Array): Uint8Array {
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (e < ex.length && ex[e]!.end <= t.start) e++;
    if (e < ex.length && ex[e]!.start < t.end) out[i] = 1;
  }
  return out;
}

/** End of the lead: the first LEAD_WORDS words after the title. */
function leadEnd(tokens: readonly AnalyzedToken[], title: Span | null, end: number): number {
  let words = 0;
  for (const t of tokens) {
    if (title && t.start < title.end) continue;
    if (t.kind === 'word' && ++words >= LEAD_WORDS) return t.end;
  }
  return end;
}

/** The entities in text order (step 05 gives them so: copied and sorted only when not). */
function byStart(entities: readonly Entity[]): readonly Entity[] {
  for (let k = 1; k < entities.length; k++) if (entities[k]!.start < entities[k - 1]!.start) return [...entities].sort((a, b) => a.start - b.start);
  return entities;
}

/** Entity mention of each token, the names and keys of the entities, and where persons begin. */
function indexEntities(doc: KeywordDoc, entities: readonly Entity[]): void {
  const { tokens } = doc;
  const ents = byStart(entities);
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (e < ents.length && ents[e]!.end <= t.start) e++;
    const en = ents[e];
    // A "name" longer than a name can be is an upstream slip: its tokens fall back to casing.
    if (en && en.start < t.end && en.end - en.start <= 120 && en.name.length <= 120) {
      doc.entityOf[i] = en.id;
      if (en.type === 'PER' && en.start >= t.start) doc.personAt[i] = 1;
      if (!doc.entityName.has(en.id)) {
        doc.entityName.set(en.id, en.name);
        doc.entityKey.set(en.id, nameKey(en.name, doc.stemOf));
        doc.entityType.set(en.id, en.type);
      }
    }
  }
}

/**
 * The casing evidence of the normal forms of a text, by form id, in one array for every text:
 * `serial << 8 | capitalised mid-sentence (0–127) << 1 | written in lower case`, where an entry
 * whose serial is not the text's own counts as none (no set or map filled per text, and no
 * clearing). Only the last text read owns the array: an older text asked again reads its own once more.
 */
export interface Casing {
  /** The serial of the text in the array (0: none yet). */
  serial: number;
  /** The array (of the form ids' generation the text was read in). */
  values: Int32Array;
}

/** The casing evidence of all texts, by normal-form id (see {@link Casing}). */
let casingInts = new FormInts();
/** The serial of the last text read, and the text. */
let casingSerial = 0;
let casingOwner: KeywordDoc | null = null;
/** Casing bit ({@link casingOf}): the form is written in lower case somewhere in the text. */
export const CASE_LOWER = 1;
/** Most mid-sentence capitals counted (the rules ask for none, one, more). */
const CAPS_MAX = 127;

/** Makes a text the owner of the casing array, with a new serial. */
function ownCasing(doc: KeywordDoc): void {
  if (++casingSerial >= 1 << 23) {
    // (serials are 23 bits: start over with a new array; a text read before keeps its own)
    casingInts = new FormInts();
    casingSerial = 1;
    doc.casing.values = casingInts.values();
  }
  doc.casing.serial = casingSerial;
  casingOwner = doc;
}

/**
 * Casing evidence of word token `i` (whose capital `upper` tells): whether its normal form is
 * written lower-case, and how often capitalised mid-sentence.
 */
function readCasing(doc: KeywordDoc, i: number, t: AnalyzedToken, upper: boolean): void {
  const { serial, values } = doc.casing;
  const id = doc.normalIds[i]!;
  const v = values[id]!;
  const mine = v >> 8 === serial ? v & 255 : 0;
  if (!upper) values[id] = (serial << 8) | mine | CASE_LOWER;
  else {
    // Only capitalised words need to know whether they start a sentence.
    doc.initial[i] = isInitial(doc.text, t.start) ? 1 : 0;
    doc.capForms.add(t.text);
    if (!doc.initial[i]) values[id] = (serial << 8) | (Math.min(CAPS_MAX, (mine >> 1) + 1) << 1) | (mine & CASE_LOWER);
    else if (mine === 0) values[id] = serial << 8;
  }
}

/**
 * The casing evidence of token `i`'s normal form in its text: bit {@link CASE_LOWER} when it is
 * written in lower case somewhere, and above it (`>> 1`) how often it is capitalised inside a
 * sentence (counted up to 127).
 *
 * @param doc The text.
 * @param i A token index.
 */
export function casingOf(doc: KeywordDoc, i: number): number {
  if (casingOwner !== doc) {
    // Another text was read since: this one's evidence again, under a new serial.
    ownCasing(doc);
    const { tokens, facts } = doc;
    for (let k = 0; k < tokens.length; k++) if (tokens[k]!.kind === 'word') readCasing(doc, k, tokens[k]!, (facts[k]! & TOKEN_UPPER) !== 0);
  }
  const v = doc.casing.values[doc.normalIds[i]!]!;
  return v >> 8 === doc.casing.serial ? v & 255 : 0;
}

/** Token fact: the token begins with a capital (`Stockholm`, `GÖTEBORG`). */
export const TOKEN_UPPER = 1;
/** Token fact: the token is written in capitals ({@link allCapitals}: `GÖTEBORG`, `TV4`). */
export const TOKEN_CAPS = 2;
/** Token fact: the token ends with a hyphen (`infrastruktur-`). */
export const TOKEN_HYPHEN_END = 4;
/** Token fact: the lower-case form begins with a digit or a character below it (`24-åringen`). */
export const TOKEN_DIGIT = 8;
/** Token fact: the token is inside an entity mention. */
export const TOKEN_ENTITY = 16;
/** Token fact: no article text (metadata or furniture, no word or hashtag, or no letter: `articleTextOnly`). */
export const TOKEN_NOT_TEXT = 32;
/** Token fact: furniture step 01b marks inside an article line (`furniture`). */
export const TOKEN_FURNITURE = 64;
/** Token fact: the token is on a line whose words (at least three) are all in capitals (a heading). */
export const TOKEN_CAPS_LINE = 128;
/** One more than the largest combination of token facts. */
export const TOKEN_FACTS = 256;

/** Each token's shape facts and the casing evidence of the words, in one pass over the tokens. */
function readFacts(doc: KeywordDoc): void {
  const { tokens, facts, entityOf } = doc;
  ownCasing(doc);
  // (words in capitals: a heading in capitals needs three)
  let capsWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = t.text;
    let f = 0;
    if (startsUpperLetter(s)) f |= TOKEN_UPPER;
    if (allCapitals(s)) f |= TOKEN_CAPS;
    if (s.charCodeAt(s.length - 1) === 45) f |= TOKEN_HYPHEN_END;
    if (t.normal.charCodeAt(0) <= 57) f |= TOKEN_DIGIT;
    if (entityOf[i] !== null) f |= TOKEN_ENTITY;
    if (doc.excluded[i] || (t.kind !== 'word' && t.kind !== 'hashtag') || !hasLetter(t.normal)) f |= TOKEN_NOT_TEXT;
    if (doc.furniture[i]) f |= TOKEN_FURNITURE;
    facts[i] = f;
    if (t.kind === 'word') {
      readCasing(doc, i, t, (f & TOKEN_UPPER) !== 0);
      if (f & TOKEN_CAPS) capsWords++;
    }
  }
  if (capsWords >= 3) markCapsLines(doc);
}

/** Index of the first token of each token's line (worked out once per text). */
export const lineStartsOf = perText((doc: KeywordDoc): Int32Array => {
  const { tokens, text } = doc;
  const out = new Int32Array(tokens.length);
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      for (let c = tokens[i - 1]!.end; c < tokens[i]!.start; c++) {
        if (text.charCodeAt(c) === 10) {
          first = i;
          break;
        }
      }
    }
    out[i] = first;
  }
  return out;
});

/** Adds {@link TOKEN_CAPS_LINE} to the tokens of lines whose words (at least three) are all in capitals. */
function markCapsLines(doc: KeywordDoc): void {
  const { tokens, facts } = doc;
  const line = lineStartsOf(doc);
  for (let a = 0; a < tokens.length; ) {
    let b = a;
    let words = 0;
    let caps = true;
    for (; b < tokens.length && line[b] === a; b++) {
      // A word not in capitals rules the line out: only its end is looked for then.
      if (!caps) continue;
      const t = tokens[b]!;
      if (t.kind !== 'word' || !hasLetter(t.text)) continue;
      words++;
      if (!(facts[b]! & TOKEN_CAPS)) caps = false;
    }
    if (caps && words >= 3) for (let k = a; k < b; k++) facts[k] = facts[k]! | TOKEN_CAPS_LINE;
    a = b;
  }
}

const CAPS = /^[\p{Lu}\d-]+$/u;
const LETTER = /\p{L}/u;

/** Whether a token is a word in capitals (`GÖTEBORG`, `TIPS`, `TV4`): two characters or more, a letter, no lower case. */
export function allCapitals(s: string): boolean {
  const c = s.charCodeAt(0);
  // Fast path: a word that begins with a lower-case ASCII letter.
  if (c >= 97 && c <= 122) return false;
  // And one whose second letter is lower-case ASCII (`Stockholm`): not all capitals.
  const c1 = s.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  return s.length >= 2 && LETTER.test(s) && CAPS.test(s);
}


/**
 * Whether `toLowerCase` leaves a string as it is, by a cheap exact scan: no A–Z, and nothing above
 * ASCII but the Latin-1 lower-case letters (`ß`, `à`–`ÿ`: `åäö`). Anything else (`Å`, `Σ`) is
 * left to `toLowerCase`.
 */
export function noUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : c < 223 || c > 255) return false;
  }
  return true;
}

/** Whether only spaces (no punctuation, no line break) separate two tokens. */
export function adjacent(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const ch = text[i]!;
    if (ch !== ' ' && ch !== '\u00a0' && ch !== '\t') return false;
  }
  return true;
}

/** Whether a word starts a sentence or a line (its capital says nothing about being a name). */
export function isInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || '"”»«\'–—-(#*•'.includes(text[i]!))) i--;
  if (i < 0) return true;
  return '.!?:\n\r'.includes(text[i]!);
}

/** Keys of names by stemmer (the texts' `stemOf`, or `stem`): the quoted-speaker rule asks for the same candidates' keys again. */
const nameKeys = new WeakMap<(w: string) => string, Map<string, string>>();
/** Most keys kept per stemmer before its cache is cleared (bounds memory with the shared `stem`). */
const NAME_KEYS_MAX = 20_000;

/**
 * The key of a name: the stems of its words in lower case, the genitive `:s` dropped.
 *
 * @param name A name as written.
 * @param stemFn The stemmer (a pure function: keys are cached per stemmer and name).
 */
export function nameKey(name: string, stemFn: (w: string) => string = stem): string {
  let keys = nameKeys.get(stemFn);
  if (!keys) nameKeys.set(stemFn, (keys = new Map()));
  let r = keys.get(name);
  if (r === undefined) {
    r = name
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => stemFn(w.toLowerCase().replace(/:s$/, '')))
      .join(' ');
    if (keys.size >= NAME_KEYS_MAX) keys.clear();
    keys.set(name, r);
  }
  return r;
}

