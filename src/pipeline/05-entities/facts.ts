/**
 * Per-token facts of one text for the entity step (05): one flag word per token, built in one pass
 * at the start of the rule table, so that the rules and the runner read a bit instead of asking the
 * word lists again token by token.
 *
 * A fact is either about the token in its place (a word token, one plain space before it) or about
 * its word form: capitalisation, a first name, a world name, and memberships in the lexicon's word
 * lists by the written form (`AB`, `tekniska`) or the lower-cased form (`säger`, `staden`,
 * `koncernen`, `kommun`). The form facts are kept per form id (`src/internal/form-ids.ts`) and per
 * lexicon (a caller's extended lexicon gets its own table), so a form seen before costs an array read.
 *
 * The runner uses the facts to skip a rule without calling it where a fact the rule needs is missing
 * at its token, at the token before or after, or in the whole text (`before`, `at`, `after` in
 * ./rules/types). A gate only ever says no: it names facts the rule itself tests before it can change anything.
 *
 * @module
 */
import type { AnalyzedToken } from '../../types';
import type { Lexicon } from '../../data/sv/lexicon';
import { CLUB_WORDS, OTHER_NAME_WORDS, PLACE_CATEGORY_NOUNS, REGION_PREFIXES } from '../../data/sv/entity-lexicon';
import { wordSet } from '../../internal/lexicon';
import { endsWithAny } from '../../internal/endings';
import { allLowerLetters } from '../../internal/letter-class';
import { formIdsOf, FormInts, memoOf, type TextForms } from '../../internal/form-ids';
import { commonWordsGeneration, isCap, isCommonWord } from './features';
import { isFirstName } from './gazetteer';
import { exonymMaxWords, worldFacts, worldRunMayStart } from './world';
import { AGENCY_PREP, endsWithHead, isCompanyCategoryNoun, isLexiconTitle, isNever } from './work';

/** The token is a word (`kind === 'word'`). */
export const WORD = 1 << 0;
/** Exactly one plain space (U+0020) lies between the token before and this one. */
export const SPACE = 1 << 1;
/** The form starts with a capital letter (`isCap`). */
export const CAP = 1 << 2;
/** The form is all lower-case letters (`allLowerLetters`: `sjukhuset`). */
export const ALL_LOWER = 1 << 3;
/** The form is a first name as written or in title case (`Maria`, `MARIA`). */
export const FIRST_NAME = 1 << 4;
/** The form starts a Swedish name of a world place (`Nilen`, `Karibiska` of `Karibiska havet`). */
export const EXONYM = 1 << 5;
/** The world lists hold the form, or a multi-word world name starts with it (`Trudeau`, `Baton`). */
export const WORLD = 1 << 6;
/** A region word before a place (`Region`, `Landstinget`). */
export const REGION = 1 << 7;
/** A company form of the lexicon (`AB`, `Inc`). */
export const COMPANY_FORM = 1 << 8;
/** A field adjective of an institution in the lexicon (`tekniska`). */
export const INSTITUTION_ADJECTIVE = 1 << 9;
/** The form `län`. */
export const LAN = 1 << 10;
/** An opening parenthesis. */
export const PAREN_OPEN = 1 << 11;
/** A reporting verb of the lexicon, lower-cased form (`säger`). */
export const REPORTING_VERB = 1 << 12;
/** A noun for a kind of place, lower-cased form (`staden`, `hamnstaden`). */
export const PLACE_NOUN = 1 << 13;
/** A company category noun, lower-cased form (`klädkedjan`, `bolaget`). */
export const COMPANY_CATEGORY = 1 << 14;
/** `från` or `via`, lower-cased form. */
export const FROM_VIA = 1 << 15;
/** `av`, lower-cased form. */
export const AV = 1 << 16;
/** A word before another name in parentheses (`numera`, `tidigare`), lower-cased form. */
export const OTHER_NAME = 1 << 17;
/** A title word, lower-cased form (`statsminister`). */
export const TITLE = 1 << 18;
/** A place-organisation head of the lexicon or its genitive, lower-cased form (`kommun`, `kommuns`). */
export const PLACE_ORG_HEAD = 1 << 19;
/** A preposition of an agency phrase, lower-cased form (`för`, `mot`). */
export const AGENCY_PREPOSITION = 1 << 20;
/** An agency head, lower-cased form (`myndigheten`). */
export const AGENCY_HEAD_WORD = 1 << 21;
/** A closed-class or never-a-name word as written (`isNever`: `Det`, `Enligt`). */
export const NEVER = 1 << 22;
/** A common word, lower-cased form (`isCommonWord`: `polisen`). */
export const COMMON = 1 << 23;
/** The token starts a sentence, line or quote (`initialTok`). */
export const INITIAL = 1 << 24;
/** A club word as written (`FF`, `Hockey`, `IF`). */
export const CLUB = 1 << 25;
/** The first word of a sports league as written (`Premier` of `Premier League`, `Allsvenskan`). */
export const LEAGUE = 1 << 26;
/** The form as written ends in a definite organisation head (`sjukhuset`; `endsWithHead` over the lexicon's `orgPhraseHeads`). */
export const ORG_HEAD = 1 << 27;
/** The form as written ends in an indefinite organisation head after three letters or more (the lexicon's `orgPhraseHeadsIndef`). */
export const ORG_HEAD_INDEF_END = 1 << 28;
/** The form as written ends in a place association head after three letters or more (`tennisklubb`; the lexicon's `placeAssociationHeads`). */
export const PLACE_ASSOC_HEAD = 1 << 29;
/**
 * The form as written begins with two capital letters (`\p{Lu}`: `DGSE`, `TTDela`) or has a hyphen
 * (`LO-ekonomen`, `Kultur-`): what the acronym and hyphen-compound token rules need. Bit 31 (bit 30
 * marks a token's form facts as read), so a flag word with it is a negative 32-bit integer.
 */
export const CAPS_OR_HYPHEN = 1 << 31;

/** Two capital letters first (`\p{Lu}`, as the acronym rules' patterns read them). */
const TWO_CAPITALS = /^\p{Lu}\p{Lu}/u;

const PLACE_NOUNS = PLACE_CATEGORY_NOUNS.split('|');
const PLACE_NOUN_EXACT = new Set(PLACE_NOUNS);
/** The place nouns that also count as the head of a compound (five letters or more: `hamnstaden`, not `miljön`). */
const PLACE_NOUN_HEADS = PLACE_NOUNS.filter((h) => h.length >= 5);
/** Region words before a place (`Region`, `Landstinget`): `REGION_PREFIXES`, one set for the facts and the rules. */
export const REGION_PREFIX: ReadonlySet<string> = new Set(REGION_PREFIXES.split('|'));
/** Words for another name in parentheses (`numera`, `tidigare`): `OTHER_NAME_WORDS`, one set for the facts and the rules. */
export const OTHER_NAME_WORD: ReadonlySet<string> = new Set(OTHER_NAME_WORDS.split('|'));
/** Words that end a club name (`IF`, `BK`): `CLUB_WORDS`, one set for the facts and the rules. */
export const CLUB_WORD: ReadonlySet<string> = new Set(CLUB_WORDS.split('|'));

/** The sports leagues of a lexicon: the names, and the longest name in words by its first word. */
export interface Leagues {
  names: ReadonlySet<string>;
  maxWords: ReadonlyMap<string, number>;
}

const leagues = new WeakMap<readonly string[], Leagues>();

/**
 * The leagues of a lexicon's `sportsLeagues` list, built once per list (an instance's changed list gets its own).
 *
 * @param lex The lexicon of the run.
 */
export function leaguesOf(lex: Lexicon): Leagues {
  const list = lex.sportsLeagues;
  return memoOf(leagues, list, () => {
    const names = new Set(list);
    const maxWords = new Map<string, number>();
    for (const l of names) { const ws = l.split(' '); maxWords.set(ws[0]!, Math.max(maxWords.get(ws[0]!) ?? 0, ws.length)); }
    return { names, maxWords };
  });
}

/** Whether a lower-cased word is a noun for a kind of place (`staden`), also as a compound head of five letters or more (`hamnstaden`). */
export function isPlaceCategoryNoun(n: string): boolean {
  return PLACE_NOUN_EXACT.has(n) || endsWithAny(n, PLACE_NOUN_HEADS, 3);
}

/** Facts of a form as written. */
function writtenFacts(text: string, lex: Lexicon): number {
  let f = 0;
  if (isCap(text)) f |= CAP;
  if (allLowerLetters(text)) f |= ALL_LOWER;
  if (isFirstName(text)) f |= FIRST_NAME;
  if (exonymMaxWords(text) > 0) f |= EXONYM;
  if (worldFacts(text) !== '' || worldRunMayStart(text)) f |= WORLD;
  if (REGION_PREFIX.has(text)) f |= REGION;
  if (wordSet(lex.companyForms).has(text)) f |= COMPANY_FORM;
  if (wordSet(lex.institutionAdjectives).has(text)) f |= INSTITUTION_ADJECTIVE;
  if (text === 'län') f |= LAN;
  if (text === '(') f |= PAREN_OPEN;
  if (isNever(text, lex)) f |= NEVER;
  if (CLUB_WORD.has(text)) f |= CLUB;
  if (leaguesOf(lex).maxWords.has(text)) f |= LEAGUE;
  if (endsWithHead(text, lex.orgPhraseHeads, 0)) f |= ORG_HEAD;
  if (endsWithHead(text, lex.orgPhraseHeadsIndef, 3)) f |= ORG_HEAD_INDEF_END;
  if (endsWithHead(text, lex.placeAssociationHeads, 3)) f |= PLACE_ASSOC_HEAD;
  if (text.includes('-') || TWO_CAPITALS.test(text)) f |= CAPS_OR_HYPHEN;
  return f;
}

/** Facts of a lower-cased form. */
function normalFacts(n: string, lex: Lexicon): number {
  let f = 0;
  if (wordSet(lex.reportingVerbs).has(n)) f |= REPORTING_VERB;
  if (isPlaceCategoryNoun(n)) f |= PLACE_NOUN;
  if (isCompanyCategoryNoun(n, lex)) f |= COMPANY_CATEGORY;
  if (n === 'från' || n === 'via') f |= FROM_VIA;
  if (n === 'av') f |= AV;
  if (OTHER_NAME_WORD.has(n)) f |= OTHER_NAME;
  if (isLexiconTitle(n, lex)) f |= TITLE;
  const heads = wordSet(lex.placeOrgHeads);
  if (heads.has(n) || (n.endsWith('s') && heads.has(n.slice(0, -1)))) f |= PLACE_ORG_HEAD;
  if (AGENCY_PREP.has(n)) f |= AGENCY_PREPOSITION;
  if (wordSet(lex.agencyHeads).has(n)) f |= AGENCY_HEAD_WORD;
  if (isCommonWord(n)) f |= COMMON;
  return f;
}

/** The facts that depend on the written form (the others on the lower-cased form). */
const WRITTEN = CAP | ALL_LOWER | FIRST_NAME | EXONYM | WORLD | REGION | COMPANY_FORM | INSTITUTION_ADJECTIVE | LAN | PAREN_OPEN | NEVER | CLUB | LEAGUE | ORG_HEAD | ORG_HEAD_INDEF_END | PLACE_ASSOC_HEAD | CAPS_OR_HYPHEN;

/**
 * The form facts of one lexicon by form id (`src/internal/form-ids.ts`): by normal form (its
 * written facts as if written so) and written facts by written form, `-1` where not worked out yet.
 * One pair per lexicon (a caller's lexicon never reads the built-in one's answers), emptied with the
 * id table, and made again when the common-word list changes.
 */
interface FormTables {
  byNormal: FormInts;
  byText: FormInts;
  /** The common-word list the answers were made with. */
  generation: number;
}

const formTables = new WeakMap<Lexicon, FormTables>();

/** The form tables of a lexicon. */
function formTablesOf(lex: Lexicon): FormTables {
  let m = formTables.get(lex);
  if (!m || m.generation !== commonWordsGeneration) {
    formTables.set(lex, (m = { byNormal: new FormInts(), byText: new FormInts(), generation: commonWordsGeneration }));
  }
  return m;
}

/**
 * The form facts of token `k`: one array read by its normal form's id, a second by its written
 * form's id only where the two differ (the same string has the same id).
 */
function formFacts(t: AnalyzedToken, k: number, ids: TextForms, byNormal: Int32Array, byText: Int32Array, lex: Lexicon): number {
  const nid = ids.normal[k]!;
  let f = byNormal[nid]!;
  // (-1: not worked out yet; a form with CAPS_OR_HYPHEN is negative too)
  if (f === -1) byNormal[nid] = f = writtenFacts(t.normal, lex) | normalFacts(t.normal, lex);
  const tid = ids.text[k]!;
  if (tid === nid) return f;
  let g = byText[tid]!;
  if (g === -1) byText[tid] = g = writtenFacts(t.text, lex);
  return (f & ~WRITTEN) | g;
}

/** Set once a token's form facts are in its flag word. */
const READY = 1 << 30;
/** The facts read from the form tables, on first use per token (the others are set for every token at the start). */
const FORM_FACTS = ALL_LOWER | FIRST_NAME | EXONYM | WORLD | REGION | COMPANY_FORM | INSTITUTION_ADJECTIVE | LAN | REPORTING_VERB |
  PLACE_NOUN | COMPANY_CATEGORY | FROM_VIA | AV | OTHER_NAME | TITLE | PLACE_ORG_HEAD | AGENCY_PREPOSITION | AGENCY_HEAD_WORD | NEVER | COMMON | CLUB | LEAGUE | ORG_HEAD | ORG_HEAD_INDEF_END | PLACE_ASSOC_HEAD |
  CAPS_OR_HYPHEN;

/**
 * The facts of one text's tokens. `WORD`, `SPACE`, `CAP`, `PAREN_OPEN` and `INITIAL` are set for every token
 * in one pass at the start (character tests only); the form facts are read on a token's first
 * {@link TokenFacts.at} (speed: a look-up only for the tokens the rules ask about: capitalised
 * tokens, their neighbours and the borders of mentions).
 */
export class TokenFacts {
  /** Flags per token index; index `tokens.length` and over are 0. */
  private readonly flags: Uint32Array;
  /** Every fact that may hold at some token of the text (the form facts are assumed to). */
  readonly any: number;
  private readonly ids: TextForms;
  private readonly byNormal: Int32Array;
  private readonly byText: Int32Array;

  /**
   * @param tokens The text's tokens.
   * @param text The text.
   * @param lex The lexicon of the run (its word lists decide the list facts).
   * @param initial 1 where a token starts a sentence, line or quote.
   */
  constructor(private readonly tokens: readonly AnalyzedToken[], text: string, private readonly lex: Lexicon, initial?: Uint8Array) {
    // (the text's form ids, made by the pipeline context after tokenisation; the tables after them, so that they hold every id)
    this.ids = formIdsOf(tokens);
    const tables = formTablesOf(lex);
    this.byNormal = tables.byNormal.values();
    this.byText = tables.byText.values();
    const flags = (this.flags = new Uint32Array(tokens.length + 1));
    let any = FORM_FACTS;
    let prevEnd = -2;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      let f = 0;
      if (t.kind === 'word') f |= WORD;
      if (t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x20) f |= SPACE;
      if (isCap(t.text)) f |= CAP;
      else if (t.end === t.start + 1 && text.charCodeAt(t.start) === 0x28) f |= PAREN_OPEN;
      if (initial?.[k]) f |= INITIAL;
      flags[k] = f;
      any |= f;
      prevEnd = t.end;
    }
    this.any = any;
  }

  /** The facts at token `k` (0 outside the text). */
  at(k: number): number {
    if (k < 0 || k >= this.tokens.length) return 0;
    let f = this.flags[k]!;
    if ((f & READY) === 0) {
      f |= READY | (formFacts(this.tokens[k]!, k, this.ids, this.byNormal, this.byText, this.lex) & FORM_FACTS);
      this.flags[k] = f;
    }
    return f;
  }

  /** The facts set for every token at the start (`WORD`, `SPACE`, `CAP`, `PAREN_OPEN`, `INITIAL`) at token `k`, without a look-up. */
  eager(k: number): number {
    return this.flags[k]!;
  }
}

/**
 * Builds the facts of a text's tokens (see {@link TokenFacts}).
 *
 * @param tokens The text's tokens.
 * @param text The text.
 * @param lex The lexicon of the run.
 * @param initial 1 where a token starts a sentence, line or quote.
 */
export function tokenFacts(tokens: readonly AnalyzedToken[], text: string, lex: Lexicon, initial?: Uint8Array): TokenFacts {
  return new TokenFacts(tokens, text, lex, initial);
}
