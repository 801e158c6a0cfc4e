/**
 * Trigger tokens of the entity step's list rules (05), found in one shared scan per text: the
 * tokens where a list rule can start or must find its key word (an English connector, a leading
 * `The`, an English head noun, a noun for a work). A list rule then visits only those tokens, or
 * does nothing in a text that has none, instead of scanning every token itself.
 *
 * A trigger is a fact of a word form (as written, or lower-cased for the work nouns), kept per form
 * id (`src/internal/form-ids.ts`), so a form seen before costs an array read. The word lists are
 * the constant lists of `src/data/sv/entity-lexicon.ts`, except the English connectors and head
 * nouns and the foreign place words, which are the lexicon's (one table per lexicon).
 * A trigger only ever says where a rule *may* act: the rules still make every test of their own.
 *
 * @module
 */
import type { AnalyzedToken } from '../../types';
import { WORK_NOUNS_DEFINITE, WORK_NOUNS_INDEFINITE } from '../../data/sv/entity-lexicon';
import { isEnglishConnector, isEnglishOrgHead } from './foreign';
import { endsWithAny } from '../../internal/endings';
import { formIdsOf, FormInts, memoOf } from '../../internal/form-ids';
import { wordSet } from '../../internal/lexicon';
import type { Lexicon } from '../../data/sv/lexicon';

/** The form as written is an English connector in the lexicon (`of`, `the`, `and`, `for`: `foreignConnectors`, `foreignConnectorsWeak`). */
export const EN_CONNECTOR = 1 << 0;
/** The form as written is `The`. */
export const THE = 1 << 1;
/** The form as written is an English head noun of a body in the lexicon (`Fund`, `Facility`: `englishOrgHeads`). */
export const EN_ORG_HEAD = 1 << 2;
/** The form as written begins or ends a foreign place name in the lexicon (`Mount`, `Park`: `foreignPlaceStarts`, `foreignPlaceEnds`). */
export const PLACE_WORD = 1 << 4;
/** The lower-cased form is a noun for a work (`filmen`, `debutromanen`, `album`: `WORK_NOUNS_DEFINITE`, `WORK_NOUNS_INDEFINITE`). */
export const WORK_NOUN = 1 << 3;

const WORK_DEFINITE = WORK_NOUNS_DEFINITE.split('|');
const WORK_DEFINITE_SET = new Set(WORK_DEFINITE);
const WORK_INDEFINITE = new Set(WORK_NOUNS_INDEFINITE.split('|'));

/** The triggers of a form as written that no lexicon changes. */
function writtenTriggers(w: string): number {
  return w === 'The' ? THE : 0;
}

/** Whether a lower-cased form is a definite noun for a work, or a compound ending in one (`filmen`, `debutromanen`). */
export function isDefiniteWorkNoun(n: string): boolean {
  return WORK_DEFINITE_SET.has(n) || endsWithAny(n, WORK_DEFINITE, 3);
}

/** Whether a lower-cased form is an indefinite noun for a work (`album`, `bok`), a title's noun only after a possessive. */
export function isIndefiniteWorkNoun(n: string): boolean {
  return WORK_INDEFINITE.has(n);
}

/** Whether a lower-cased form is a noun for a work: the word-list part of `work-title`'s test. */
export function isWorkNounForm(n: string): boolean {
  return isDefiniteWorkNoun(n) || isIndefiniteWorkNoun(n);
}

/** Triggers by written-form id, and the work-noun test by normal-form id (`-1`: not worked out yet). */
const byText = new FormInts();
const byNormal = new FormInts();
/** The lexicon's triggers (`EN_CONNECTOR`, `EN_ORG_HEAD`, `PLACE_WORD`) by written-form id, one table per lexicon (a caller's lexicon never reads the built-in one's). */
const byLexicon = new WeakMap<Lexicon, FormInts>();

/** The lexicon triggers of a form as written. */
function lexiconTriggers(w: string, lex: Lexicon): number {
  let f = wordSet(lex.foreignPlaceStarts).has(w) || wordSet(lex.foreignPlaceEnds).has(w) ? PLACE_WORD : 0;
  if (isEnglishConnector(w, lex)) f |= EN_CONNECTOR;
  if (isEnglishOrgHead(w, lex)) f |= EN_ORG_HEAD;
  return f;
}

/** The trigger tokens of one text. */
export interface TextTriggers {
  /** Trigger bits per token index (index `tokens.length` is 0). */
  readonly bits: Uint8Array;
  /** Every trigger found somewhere in the text. */
  readonly any: number;
  /** The indices of the tokens with `WORK_NOUN`, ascending. */
  readonly workNouns: readonly number[];
}

/**
 * Finds the trigger tokens of a text in one pass (see the module comment).
 *
 * @param tokens The text's tokens.
 * @param lex The lexicon of the run (its English connectors, head nouns and foreign place lists decide `EN_CONNECTOR`, `EN_ORG_HEAD` and `PLACE_WORD`).
 */
export function textTriggers(tokens: readonly AnalyzedToken[], lex: Lexicon): TextTriggers {
  const ids = formIdsOf(tokens);
  const t = byText.values();
  const nm = byNormal.values();
  const lx = memoOf(byLexicon, lex, () => new FormInts()).values();
  const bits = new Uint8Array(tokens.length + 1);
  const workNouns: number[] = [];
  let any = 0;
  for (let k = 0; k < tokens.length; k++) {
    const tid = ids.text[k]!, nid = ids.normal[k]!;
    let f = t[tid]!;
    if (f === -1) t[tid] = f = writtenTriggers(tokens[k]!.text);
    let g = nm[nid]!;
    if (g === -1) nm[nid] = g = isWorkNounForm(tokens[k]!.normal) ? WORK_NOUN : 0;
    let h = lx[tid]!;
    if (h === -1) lx[tid] = h = lexiconTriggers(tokens[k]!.text, lex);
    f |= g | h;
    if (f === 0) continue;
    bits[k] = f;
    any |= f;
    if (g !== 0) workNouns.push(k);
  }
  return { bits, any, workNouns };
}

/** The trigger tokens of the text of a working state, found on first use and kept on it. */
export function triggersOf(w: { tokens: readonly AnalyzedToken[]; lexicon: Lexicon; triggers?: TextTriggers | undefined }): TextTriggers {
  return (w.triggers ??= textTriggers(w.tokens, w.lexicon));
}
