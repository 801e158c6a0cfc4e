/**
 * The working state of the entity step (05) and the span helpers its rules share: the tokens, which
 * tokens start a sentence, the document evidence, the look-ups, and the mentions being built.
 *
 * @module
 */
import type { AnalyzedToken, EntityType } from '../../types';
import type { Lexicon } from '../../data/sv/lexicon';
import type { ArticleParts } from '../01b-document';
import {
  AGENCY_PREPOSITIONS,
  NOT_ORG_HEAD_WORDS,
} from '../../data/sv/entity-lexicon';
import { isCap, isCommonWord, isLowerStart, type DocInfo } from './features';
import { longestEnding } from '../../internal/endings';
import { lastOwnerMemo } from '../../internal/form-ids';
import { wordSet } from '../../internal/lexicon';
import type { Span0 } from './foreign';
import { COMMON, FIRST_NAME, NEVER, ORG_HEAD, ORG_HEAD_INDEF_END, PLACE_ASSOC_HEAD, type TokenFacts } from './facts';
import { isFirstName } from './gazetteer';
import type { TextTriggers } from './triggers';
import { allLowerLetters, hasHyphenBeforeLower } from '../../internal/letter-class';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const SUPERLATIVE_END = /st[ae]$/;
const A_OR_S_END = /(?:a|s)$/;
const S_END = /s$/;

export type { Span0 } from './foreign';

/** Everything the rules of step 05 read and change. */
export interface EntityWork {
  /** The analysed text. */
  text: string;
  /** All tokens of the text. */
  tokens: readonly AnalyzedToken[];
  /** 1 where a token starts a sentence, line or quote. */
  initialTok: Uint8Array;
  /** Document-level capitalisation evidence. */
  doc: DocInfo;
  /** The user's gazetteer entries (they win over the built-in lists). */
  user: ReadonlyMap<string, EntityType>;
  /** User entries, then the built-in gazetteers. */
  lookup: (name: string) => EntityType | null;
  /** The word lists of this run (`ctx.lexicon`, or the default Swedish lexicon). */
  lexicon: Lexicon;
  /** The document structure (step 01b: `ctx.document`); rules read it with `documentOf(w)`, which reads the text when it is missing. */
  document?: ArticleParts | undefined;
  /** The mentions being built, in text order. */
  spans: Span0[];
  /** Tokens of foreign phrases that name nothing (`Memorandum of Understanding`): no rule tags their pieces. */
  blocked: Uint8Array;
  /** Tokens inside a model, gazetteer or list-rule mention (set before the per-mention rules). */
  modelTaken: Uint8Array;
  /** Tokens inside any mention (set before the token scan, grown by it). */
  taken: Uint8Array;
  /** 1 at the first token of a person mention (token scan). */
  perFrom: Uint8Array;
  /** 1 at the token after a person mention (token scan). */
  perTo: Uint8Array;
  /** One-word names already typed in the text (`Rabin` → PER), for their later mentions. */
  single: Map<string, EntityType>;
  /** Per-token facts (./facts), built by the rule runner at its start when missing. */
  facts?: TokenFacts;
  /** The list rules' trigger tokens (./triggers), found on first use (`triggersOf`). */
  triggers?: TextTriggers;
}

/**
 * The never-a-name words of one lexicon (`neverEntity` and `nonNameCapitalised`, matched
 * lower-cased) and the answers of {@link isNever} by form as written (speed: no lower-cased copy per
 * call; rules ask it per token), at most 50,000 forms before the answers start over. One per lexicon:
 * an instance's added or removed words never reach another instance.
 */
interface NeverWords {
  words: ReadonlySet<string>;
  byForm: Map<string, boolean>;
}

/** The never-a-name words of a lexicon (made once per lexicon; the lexicon asked last is tried first). */
const neverWordsOf = lastOwnerMemo((lex: Lexicon): NeverWords => ({ words: new Set([...lex.neverEntity, ...lex.nonNameCapitalised]), byForm: new Map() }));

/**
 * Closed-class words and capitalised words that never name anything (`Det`, `Enligt`, `Måndag`):
 * the lexicon's `neverEntity` and `nonNameCapitalised`, matched lower-cased.
 *
 * @param w A word as written.
 * @param lex The lexicon of the run (`w.lexicon`).
 */
export function isNever(w: string, lex: Lexicon): boolean {
  const nw = neverWordsOf(lex);
  let r = nw.byForm.get(w);
  if (r === undefined) {
    r = nw.words.has(w.toLowerCase());
    if (nw.byForm.size >= 50_000) nw.byForm = new Map();
    nw.byForm.set(w, r);
  }
  return r;
}

/**
 * Whether token `k`'s written form is a never-a-name word ({@link isNever} of its text): the `NEVER`
 * fact of the rule runner's token facts when present (the same test, kept per form id), else the look-up.
 */
export function neverAt(w: Pick<EntityWork, 'tokens' | 'facts' | 'lexicon'>, k: number): boolean {
  return w.facts ? (w.facts.at(k) & NEVER) !== 0 : isNever(w.tokens[k]!.text, w.lexicon);
}

/** Whether token `k`'s written form is a first name (`isFirstName` of its text), from the token facts when present (see {@link neverAt}). */
export function firstNameAt(w: Pick<EntityWork, 'tokens' | 'facts'>, k: number): boolean {
  return w.facts ? (w.facts.at(k) & FIRST_NAME) !== 0 : isFirstName(w.tokens[k]!.text);
}

/** Whether token `k`'s lower-cased form is a common word (`isCommonWord` of its normal form), from the token facts when present (see {@link neverAt}). */
export function commonAt(w: Pick<EntityWork, 'tokens' | 'facts'>, k: number): boolean {
  return w.facts ? (w.facts.at(k) & COMMON) !== 0 : isCommonWord(w.tokens[k]!.normal);
}

/** Lower-case prepositions of an agency phrase (`för`, `mot`). */
export const AGENCY_PREP: ReadonlySet<string> = new Set(AGENCY_PREPOSITIONS.split('|'));
const NOT_ORG_HEAD = NOT_ORG_HEAD_WORDS.split('|');

/** Whether a lower-case word ends in a word that names an area, not a body (`östersjöområdet`). */
export function isAreaWord(lower: string): boolean {
  for (const w of NOT_ORG_HEAD) if (lower.endsWith(w)) return true;
  return false;
}

/** Whether a lower-case word ends in one of `heads` (the word itself or a compound; `min` extra letters). */
export function endsWithHead(w: string, heads: readonly string[], min: number): boolean {
  // `området` (the area) ends in `rådet` (the council) but names no body.
  for (const h of heads) if (w.length >= h.length + min && w.endsWith(h) && !(h === 'rådet' && isAreaWord(w))) return true;
  return false;
}

/** Whether the text between two offsets is one space (or one no-break space): same line, nothing in between. */
export function oneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0xa0);
}

/**
 * The token right after a mention that the mention may take (`Sobekhotep` + `IV`, `Tele2` + `Arena`):
 * it follows the mention's last token one space apart and no model, gazetteer or list mention holds
 * it; else `undefined`.
 */
export function freeNext(sp: Span0, w: EntityWork): AnalyzedToken | undefined {
  const nx = w.tokens[sp.b];
  return nx && !w.modelTaken[sp.b] && sp.end === w.tokens[sp.b - 1]!.end && oneSpace(w.text, sp.end, nx.start) ? nx : undefined;
}

/** Takes the token right after a mention into it (`Sobekhotep` + `IV`, `Tele2` + `Arena`): its end, words and token range grow by one. */
export function takeNext(sp: Span0, w: { tokens: readonly AnalyzedToken[] }): void {
  growTo(sp, w.tokens, sp.b + 1);
}

/** Whether a token may continue an agency name phrase: a lower-case word, no closed-class word, no verb. */
function phraseWord(t: AnalyzedToken | undefined, lex: Lexicon): boolean {
  return !!t && t.kind === 'word' && isLowerStart(t.text) && !isNever(t.text, lex) && !wordSet(lex.phraseStopVerbs).has(t.normal);
}

/**
 * `Myndigheten för civilt försvar`, `Inspektionen för vård och omsorg`: an organisation ending in an
 * agency head, followed by för/mot and at most two lower-case words (plus one `och` + word), takes
 * the phrase; it stops at closed-class words and verbs. Returns whether the span grew.
 */
export function extendAgency(sp: Span0, tokens: readonly AnalyzedToken[], lex: Lexicon): boolean {
  const prep = tokens[sp.b];
  // (speed: the type and the preposition first, the head's lower-case form and suffix only then)
  if (sp.type !== 'ORG' || !prep || !AGENCY_PREP.has(prep.normal) || prep.start !== sp.end + 1) return false;
  const last = sp.words[sp.words.length - 1]!.toLowerCase();
  if (!(wordSet(lex.agencyHeads).has(last) || (lexiconOrgSuffix(last, lex) !== '' && sp.words.length === 1))) return false;
  let b = sp.b + 1;
  let n = 0;
  while (n < 2 && phraseWord(tokens[b], lex)) { b++; n++; }
  if (n === 0) return false;
  if (tokens[b]?.normal === 'och' && phraseWord(tokens[b + 1], lex)) b += 2;
  for (let k = sp.b; k < b; k++) sp.words.push(tokens[k]!.text);
  sp.b = b;
  sp.end = tokens[b - 1]!.end;
  return true;
}

/** Whether exactly one plain space lies between tokens `x` and `y` (speed: no slice, no closure per call). */
function spaceBetween(text: string, x: AnalyzedToken | undefined, y: AnalyzedToken | undefined): boolean {
  return !!x && !!y && y.start === x.end + 1 && text.charCodeAt(x.end) === 0x20;
}

/**
 * `Allmänna barnhuset`, `Svenska kraftnät`, `Ideella körers riksförbund`: after the capitalised
 * part of a name (tokens before `b`, first word `first`), one lower-case organisation head, or one
 * lower-case adjective/genitive and a head. Returns the index after the head, or -1. Only adjacent
 * words (one space) count; superlatives (`Sveriges största banken`), closed-class words and verbs
 * never start the tail. With `place` (the capitalised part is a place) an association compound
 * also ends the name (`Hjo tennisklubb`). With `facts` (the rule runner's token facts) the head
 * tests read them instead of scanning the head lists.
 */
export function orgPhraseEnd(tokens: readonly AnalyzedToken[], b: number, first: string, text: string, lex: Lexicon, place = false, facts?: TokenFacts): number {
  const h1 = tokens[b];
  if (!h1 || !spaceBetween(text, tokens[b - 1], h1) || h1.kind !== 'word' || !allLowerLetters(h1.text)) return -1;
  const w1 = h1.text;
  // (the head tests read the token facts when the rule runner has them: no scan of the head lists per call)
  const f1 = facts ? facts.at(b) : undefined;
  if (endsInHead(f1, ORG_HEAD, w1, lex.orgPhraseHeads, 0) || (first === 'Statens' && endsInHead(f1, ORG_HEAD_INDEF_END, w1, lex.orgPhraseHeadsIndef, 3))) return b + 1;
  // After a place: an association compound (`Wales fotbollsförbund`, `Hjo tennisklubb`).
  if (place && endsInHead(f1, PLACE_ASSOC_HEAD, w1, lex.placeAssociationHeads, 3)) return b + 1;
  // One middle word: a weak adjective (`Kungliga tekniska högskolan`) or a genitive (`skolors`).
  if (isNever(w1, lex) || wordSet(lex.phraseStopVerbs).has(w1) || SUPERLATIVE_END.test(w1) || !A_OR_S_END.test(w1)) return -1;
  const h2 = tokens[b + 1];
  if (!h2 || !spaceBetween(text, h1, h2) || h2.kind !== 'word' || !allLowerLetters(h2.text)) return -1;
  const w2 = h2.text;
  const f2 = facts ? facts.at(b + 1) : undefined;
  if (endsInHead(f2, ORG_HEAD, w2, lex.orgPhraseHeads, 0) || (S_END.test(w1) && endsInHead(f2, ORG_HEAD_INDEF_END, w2, lex.orgPhraseHeadsIndef, 3))) return b + 2;
  return -1;
}

/** A head test of {@link orgPhraseEnd}: the fact `bit` of flags `f`, or (no facts: `f` is undefined) the scan of `heads`. */
function endsInHead(f: number | undefined, bit: number, w: string, heads: readonly string[], min: number): boolean {
  return f !== undefined ? (f & bit) !== 0 : endsWithHead(w, heads, min);
}

/**
 * Whether `pv` is a lower-case company category noun (`klädkedjan`, `bolaget`, `storbanken`) one
 * space before `next`. `jätten` counts only in a compound (`telekomjätten`).
 */
export function companyCategoryBefore(pv: AnalyzedToken | undefined, next: AnalyzedToken, text: string, lex: Lexicon): boolean {
  if (!pv || pv.kind !== 'word' || !isLowerStart(pv.text) || !oneSpace(text, pv.end, next.start)) return false;
  return isCompanyCategoryNoun(pv.normal, lex);
}

/**
 * The answers of {@link isCompanyCategoryNoun} by word form, one map per lexicon (at most 50,000
 * forms each; the lexicon asked last is tried first).
 */
const categoryAnswers = lastOwnerMemo((_lex: Lexicon) => ({ byForm: new Map<string, boolean>() }));

/**
 * The list part of {@link companyCategoryBefore}: the word ends in one of the lexicon's
 * `companyCategoryHeads`, and is longer than it where the head is in `companyCategoryCompoundOnly`.
 * Kept per word form and lexicon (speed: one scan of the list per form, not per mention).
 *
 * @param w A lower-cased word.
 * @param lex The lexicon of the run.
 */
export function isCompanyCategoryNoun(w: string, lex: Lexicon): boolean {
  const memo = categoryAnswers(lex);
  let r = memo.byForm.get(w);
  if (r !== undefined) return r;
  r = false;
  const compoundOnly = wordSet(lex.companyCategoryCompoundOnly);
  for (const h of lex.companyCategoryHeads) if (w.endsWith(h) && (w.length > h.length || !compoundOnly.has(h))) { r = true; break; }
  if (memo.byForm.size >= 50_000) memo.byForm = new Map();
  memo.byForm.set(w, r);
  return r;
}

/** A word that may be part of a company name after a category noun: capitalised, no closed-class word, no `EU-anpassade`. */
export function companyNameWord(t: AnalyzedToken | undefined, lex: Lexicon): boolean {
  return !!t && t.kind === 'word' && isCap(t.text) && !isNever(t.text, lex) && !hasHyphenBeforeLower(t.text);
}

/**
 * The end of a company name that starts at token `k` right after a category noun and is known up to
 * `from`: it goes on with capitalised words one space apart (`Stora Enso`, `Nordic Data Labs`) and
 * `&` joining two of them with or without spaces (`H&M`, `Hennes & Mauritz`), up to four words in
 * all. Stops at a sentence, line or quote start. Returns `from` when nothing follows, and `k` when
 * the run runs into a mention already found (that mention wins; no span is made or grown).
 */
export function companyNameEnd(tokens: readonly AnalyzedToken[], k: number, from: number, taken: Uint8Array, initialTok: Uint8Array, text: string, lex: Lexicon): number {
  let e = from;
  for (let n = from - k; n < 4; n++) {
    const x = tokens[e];
    if (!x || initialTok[e]) break;
    const gap = text.slice(tokens[e - 1]!.end, x.start);
    if (gap === ' ' && companyNameWord(x, lex)) {
      if (taken[e]) return k;
      e++;
      continue;
    }
    const y = tokens[e + 1];
    if (x.text === '&' && (gap === ' ' || gap === '') && companyNameWord(y, lex) && text.slice(x.end, y!.start) === gap && !initialTok[e + 1]) {
      if (taken[e] || taken[e + 1]) return k;
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

/**
 * Whether a lower-cased word is one of the lexicon's title words (`statsminister`, `professor`):
 * `lexicon.titles`, so an instance's added title reaches the rules (the entity model's own title
 * feature keeps the list it was trained with, `isTitle` of ./features).
 *
 * @param lower A word in lower case.
 * @param lex The lexicon of the run.
 */
export function isLexiconTitle(lower: string, lex: Lexicon): boolean {
  return wordSet(lex.titles).has(lower);
}

/**
 * The organisation-name ending of a lower-case word in the lexicon's `orgSuffixes`
 * (`tillitsdelegationen` → `delegationen`), or '': the rules' test, so an instance's added ending
 * reaches them (the model's `osuf` features keep the trained list, `orgSuffix` of ./features).
 *
 * @param lower A word in lower case.
 * @param lex The lexicon of the run.
 */
export function lexiconOrgSuffix(lower: string, lex: Lexicon): string {
  return longestEnding(lower, lex.orgSuffixes, 3);
}

/** A title word of the lexicon, also in the definite form (`förbundskanslern`, `ministern` → `förbundskansler`, `minister`). */
export function isTitleWord(lower: string, lex: Lexicon): boolean {
  const titles = wordSet(lex.titles);
  return titles.has(lower) || (lower.endsWith('n') && titles.has(lower.slice(0, -1))) || (lower.endsWith('en') && titles.has(lower.slice(0, -2)));
}

/** A one-token mention of token `k` (whole token, not sentence-initial). */
export function tokenSpan(tokens: readonly AnalyzedToken[], k: number, type: EntityType): Span0 {
  const t = tokens[k]!;
  return { a: k, b: k + 1, start: t.start, end: t.end, type, words: [t.text], initial: false };
}

/** Grows a mention to token index `e` (exclusive), taking the words between. */
export function growTo(sp: Span0, tokens: readonly AnalyzedToken[], e: number): void {
  for (let x = sp.b; x < e; x++) sp.words.push(tokens[x]!.text);
  sp.b = e;
  sp.end = tokens[e - 1]!.end;
}
