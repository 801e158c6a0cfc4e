/**
 * Occurrence weights: an occurrence that attributes or lists says less about the topic than one
 * the text talks about.
 *
 * @module
 */
import { adjacent, type KeywordDoc } from '../doc';
import type { WeightRule } from './types';

/**
 * Weight of an occurrence of a common noun right before a person's name: a title that
 * attributes, like a reporting verb.
 */
const W_ROLE = 0.5;
/** Weight of a name's occurrence inside an enumeration of names. news-dev: +0.003. */
const W_LIST = 0.7;
/** Weight of a party label in parentheses after a name. */
const W_LABEL = 0.3;

/** A common noun right before a person's name is a title that attributes. */
export const roleBeforeName: WeightRule = {
  id: 'role-before-name',
  doc: "a title before a person's name attributes, like a reporting verb ('utrikesminister Tobias Billström', 'pressekreterare Lena Ström')",
  stage: 'weight',
  apply(_from, to, isName, doc) {
    const { tokens } = doc;
    return !isName && to + 1 < tokens.length && doc.personAt[to + 1] && adjacent(doc.text, tokens[to]!, tokens[to + 1]!) ? W_ROLE : 1;
  },
};

/** A name with `,` or `och` and another name on either side is one item of an enumeration. */
export const nameInList: WeightRule = {
  id: 'name-in-list',
  doc: "a name in an enumeration of names counts less ('FS-Banken, Electrolux och SEB')",
  stage: 'weight',
  apply(from, to, isName, doc) {
    if (!isName) return 1;
    return (listSepAt(from - 1, doc) && nameAt(from - 2, doc)) || (listSepAt(to + 1, doc) && nameAt(to + 2, doc)) ? W_LIST : 1;
  },
};

/** Whether token `k` separates the items of an enumeration (`,` or `och`). */
function listSepAt(k: number, doc: KeywordDoc): boolean {
  const { tokens } = doc;
  return k >= 0 && k < tokens.length && (tokens[k]!.text === ',' || tokens[k]!.normal === 'och');
}

/** Whether token `k` is a name word. */
function nameAt(k: number, doc: KeywordDoc): boolean {
  return k >= 0 && k < doc.tokens.length && doc.infos[k]!.name;
}

/**
 * A party label in parentheses after a name tells who the person is, like a title; the party's
 * own name in the text counts in full.
 */
export const partyLabel: WeightRule = {
  id: 'party-label',
  doc: "a party label after a name counts little ('Karin Lindqvist (S)')",
  stage: 'weight',
  apply(from, to, isName, doc) {
    const { tokens } = doc;
    return isName && from === to && from > 0 && tokens[from - 1]!.text === '(' && tokens[to + 1]?.text === ')' ? W_LABEL : 1;
  },
};
