/**
 * Per-token facts of one text for the entity step (05): one flag word per token, built in one pass
 * at the start of the rule table, so that the rules and the runner read a bit instead of asking the
 * word lists again token by token.
 *
 * A fact is either about the token in its place (a word token, one plain space before it) or about
 * its word form: capitalisation, a first name, a world name, and memberships in the lexicon's word
 * lists by the written form (`AB`, `tekniska`) or the lower-cased form (`säger`, `staden`,
 * `koncernen`, `kommun`). The form facts are kept per form and per lexicon (a caller's extended
 * lexicon gets its own table), so a form seen before costs one `Map` look-up.
 *
 * The runner uses the facts to skip a rule without calling it where a fact the rule needs is missing
 * at its token, at the token before or after, or in the whole text (`before`, `at`, `after` in
 * ./rules/types). A gate only ever says no: it names facts the rule itself tests before it can change anything.
 *
 * @module
 */
import type { AnalyzedToken } from '../../types';
import type { Lexicon } from '../../data/sv/lexicon';
import { OTHER_NAME_WORDS, PLACE_CATEGORY_NOUNS, REGION_PREFIXES } from '../../data/sv/entity-lexicon';
import { wordSet } from '../../internal/lexicon';
import { endsWithAny } from '../../internal/endings';
import { allLowerLetters } from '../../internal/letter-class';
import { isCap, isTitle } from './features';
import { isFirstName } from './gazetteer';
import { exonymMaxWords, worldFacts, worldRunMayStart } from './world';
import { AGENCY_HEAD, AGENCY_PREP, isCompanyCategoryNoun } from './work';

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

/** The facts of one text: a flag word per token (one more, 0, after the last) and their union. */
export interface TokenFacts {
  /** Flags per token index; index `tokens.length` is 0. */
  readonly flags: Uint32Array;
  /** Every flag set at some token of the text. */
  readonly any: number;
}

const PLACE_NOUNS = PLACE_CATEGORY_NOUNS.split('|');
const PLACE_NOUN_EXACT = new Set(PLACE_NOUNS);
/** The place nouns that also count as the head of a compound (five letters or more: `hamnstaden`, not `miljön`). */
const PLACE_NOUN_HEADS = PLACE_NOUNS.filter((h) => h.length >= 5);
const REGION_PREFIX = new Set(REGION_PREFIXES.split('|'));
const OTHER_NAME_WORD = new Set(OTHER_NAME_WORDS.split('|'));

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
  return f;
}

/** Facts of a lower-cased form. */
function normalFacts(n: string, lex: Lexicon): number {
  let f = 0;
  if (wordSet(lex.reportingVerbs).has(n)) f |= REPORTING_VERB;
  if (isPlaceCategoryNoun(n)) f |= PLACE_NOUN;
  if (isCompanyCategoryNoun(n)) f |= COMPANY_CATEGORY;
  if (n === 'från' || n === 'via') f |= FROM_VIA;
  if (n === 'av') f |= AV;
  if (OTHER_NAME_WORD.has(n)) f |= OTHER_NAME;
  if (isTitle(n)) f |= TITLE;
  const heads = wordSet(lex.placeOrgHeads);
  if (heads.has(n) || (n.endsWith('s') && heads.has(n.slice(0, -1)))) f |= PLACE_ORG_HEAD;
  if (AGENCY_PREP.has(n)) f |= AGENCY_PREPOSITION;
  if (AGENCY_HEAD.has(n)) f |= AGENCY_HEAD_WORD;
  return f;
}

/** Most forms kept per lexicon before the table is cleared (bounds memory on huge input). */
const FORMS_MAX = 100_000;
/** Form facts by lexicon, then by written form (the lower-cased form is a function of the written one). */
const formTables = new WeakMap<Lexicon, Map<string, number>>();

/** The form table of a lexicon. */
function formTable(lex: Lexicon): Map<string, number> {
  let m = formTables.get(lex);
  if (!m || m.size >= FORMS_MAX) formTables.set(lex, (m = new Map()));
  return m;
}

/**
 * Builds the facts of a text's tokens in one pass.
 *
 * @param tokens The text's tokens.
 * @param text The text.
 * @param lex The lexicon of the run (its word lists decide the list facts).
 */
export function tokenFacts(tokens: readonly AnalyzedToken[], text: string, lex: Lexicon): TokenFacts {
  const forms = formTable(lex);
  const flags = new Uint32Array(tokens.length + 1);
  let any = 0;
  let prevEnd = -2;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let f = forms.get(t.text);
    if (f === undefined) {
      f = writtenFacts(t.text, lex) | normalFacts(t.normal, lex);
      forms.set(t.text, f);
    }
    if (t.kind === 'word') f |= WORD;
    if (t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x20) f |= SPACE;
    flags[k] = f;
    any |= f;
    prevEnd = t.end;
  }
  return { flags, any };
}
