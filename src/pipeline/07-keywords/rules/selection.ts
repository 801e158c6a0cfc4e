/**
 * The selection's choices as named rules: after the ranker, the greedy selection picks keywords
 * without near-duplicates (select.ts). Each choice it makes is an entry here, so that it can be
 * switched off by id (`rules: { disable: ['word-family'] }`) and is listed in `keyword.rules`
 * where it kept or changed a keyword. The entries carry no code of their own: the selection runs
 * in one pass over its pool and reads which entries are enabled ({@link selectSwitches}).
 *
 * Order: the choices about a candidate inside a chosen phrase (dropped, unless the title says it
 * alone; the noun that ends a chosen name always), then those about a phrase around a chosen one
 * (it replaces it; a name with its noun replaces the bare name), then the word family, then the
 * names cap and its exception.
 *
 * @module
 */
import type { SelectRule } from './types';

/** A sub-phrase that mostly occurs inside a chosen phrase is dropped. */
export const insideChosenPhrase: SelectRule = {
  id: 'inside-chosen-phrase',
  doc: "a sub-phrase that mostly occurs inside a chosen phrase is dropped ('sektor' beside 'offentlig sektor')",
  stage: 'select',
};

/** A word the title says on its own is neither dropped inside nor replaced by a longer phrase. */
export const titleWordAlone: SelectRule = {
  id: 'title-word-alone',
  doc: "a word the title says on its own stays beside a longer phrase around it ('Buller i skolan': 'buller' beside 'lågfrekvent buller')",
  stage: 'select',
};

/** The common noun that ends a chosen name is dropped, however often it occurs alone. */
export const nameHeadNoun: SelectRule = {
  id: 'name-head-noun',
  doc: "the common noun that ends a chosen name is dropped ('hovrätt' beside 'Svea hovrätt', 'kommun' beside 'Umeå kommun')",
  stage: 'select',
};

/** A phrase that covers most uses of a chosen sub-phrase takes its place. */
export const coveringPhrase: SelectRule = {
  id: 'covering-phrase',
  doc: "a phrase that covers most uses of a chosen sub-phrase takes its place ('upphandling' → 'offentlig upphandling')",
  stage: 'select',
};

/** A one-word name gives way to the name with the noun the text (almost) always has after it. */
export const nameNounReplace: SelectRule = {
  id: 'name-noun-replace',
  doc: "a one-word name gives way to the name with the noun the text almost always has after it, even at a tenth of its score ('Göta' → 'Göta kanal')",
  stage: 'select',
};

/** The third of one word family weighs less. */
export const wordFamily: SelectRule = {
  id: 'word-family',
  doc: "a candidate sharing a word or compound part with two chosen keywords weighs less ('life science-grupp' after 'life science', 'life science-område')",
  stage: 'select',
};

/** Names take at most half of the list. */
export const namesCap: SelectRule = {
  id: 'names-cap',
  doc: "names take at most half of the keywords ('Lena Ström', 'Per Lund' … give way to topics such as 'bostadsbrist')",
  stage: 'select',
};

/** The names cap does not hold for a list of people. */
export const listOfPeople: SelectRule = {
  id: 'list-of-people',
  doc: "in a list of people, most sentences opening with a name, names may fill the list ('Årets pristagare: Lena Ström får … Per Lund skriver …')",
  stage: 'select',
};

/** The selection rules in order (see the module comment). */
export const SELECT_RULES: readonly SelectRule[] = [insideChosenPhrase, titleWordAlone, nameHeadNoun, coveringPhrase, nameNounReplace, wordFamily, namesCap, listOfPeople];

/** The selection's switch of each rule (select.ts reads `on.family`, not a set of ids, in its loop). */
const SWITCH_RULES = {
  inside: insideChosenPhrase,
  titleAlone: titleWordAlone,
  headNoun: nameHeadNoun,
  covering: coveringPhrase,
  nameNoun: nameNounReplace,
  family: wordFamily,
  namesCap,
  listOfPeople,
} as const;

/** Which selection rules are on (all by default), by the switch names of `SWITCH_RULES`. */
export type SelectSwitches = { -readonly [K in keyof typeof SWITCH_RULES]: boolean };

/**
 * The switches of the enabled selection rules.
 *
 * @param enabled The enabled selection rules.
 */
export function selectSwitches(enabled: readonly SelectRule[]): SelectSwitches {
  const on = new Set(enabled.map((r) => r.id));
  const out = {} as SelectSwitches;
  for (const k of Object.keys(SWITCH_RULES) as (keyof SelectSwitches)[]) out[k] = on.has(SWITCH_RULES[k].id);
  return out;
}

/** Every selection rule on. */
export const ALL_SELECT: Readonly<SelectSwitches> = selectSwitches(SELECT_RULES);
