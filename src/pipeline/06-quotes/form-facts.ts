/**
 * The quote step's word-list facts of a token's form, by form id (`internal/form-ids`): whether
 * the word is a role noun (`ministern`), shaped like a role before a name (`Grundaren`,
 * `EU-ministern`), and the nationality it names (`Norske` → `norsk`). Each is worked out from the
 * word lists the first time a form is seen (an ending look-up per ending length of a list of
 * hundreds), then read from an array: the people register asks them around every mention.
 *
 * @module
 */
import { FormInts, FormMemo, formIdsOf, memoOf, type TextForms } from '../../internal/form-ids';
import type { Token } from '../../types';
import { isRoleWord, nationalityOf, roleShaped } from './people';
import type { QuoteWords } from './words';

/** Bit: whether the form is a role noun is known. */
const ROLE_WORD_KNOWN = 1;
/** Bit: the form is a role noun ({@link isRoleWord}). */
const ROLE_WORD = 2;
/** Bit: whether the form is shaped like a role is known. */
const ROLE_SHAPED_KNOWN = 4;
/** Bit: the form is shaped like a role before a name ({@link roleShaped}). */
const ROLE_SHAPED = 8;

/** One text's forms and the memos of its word lists. */
export interface QuoteFormFacts {
  /** The tokens. */
  tokens: readonly Token[];
  /** Their form ids. */
  ids: TextForms;
  /** The word lists the facts come from. */
  words: QuoteWords;
  /** Fact bits by form id (-1: nothing known yet). */
  bits: Int32Array;
  /** Nationality by form id (`''`: none; `undefined`: not known yet). */
  nations: (string | undefined)[];
  /** The nationality memo (to store in {@link QuoteFormFacts.nations}). */
  nationMemo: FormMemo<string>;
}

/** The fact bits of forms, one memo per word lists (per lexicon). */
const bitMemos = new WeakMap<QuoteWords, FormInts>();
/** The nationalities of forms, one memo per word lists. */
const nationMemos = new WeakMap<QuoteWords, FormMemo<string>>();

/**
 * The form facts of one text (ask once per text: the ids first, then the memos, so that the
 * memos are long enough for every id of the text).
 *
 * @param tokens The text's tokens.
 * @param words The quote step's word lists.
 */
export function quoteFormFacts(tokens: readonly Token[], words: QuoteWords): QuoteFormFacts {
  const ids = formIdsOf(tokens);
  const nationMemo = memoOf(nationMemos, words, () => new FormMemo<string>());
  return { tokens, ids, words, bits: memoOf(bitMemos, words, () => new FormInts()).values(), nations: nationMemo.values(), nationMemo };
}

/** The bits of a form id with the fact `known` / `yes` worked out by `test` when not known yet. */
function fact(f: QuoteFormFacts, id: number, known: number, yes: number, test: () => boolean): boolean {
  let v = f.bits[id]!;
  if (v < 0) v = 0;
  if (!(v & known)) {
    v |= known | (test() ? yes : 0);
    f.bits[id] = v;
  }
  return (v & yes) !== 0;
}

/**
 * {@link isRoleWord} of token `i`'s normal form (`ministern`).
 *
 * @param f The text's form facts.
 * @param i A token index.
 */
export function roleWordAt(f: QuoteFormFacts, i: number): boolean {
  return fact(f, f.ids.normal[i]!, ROLE_WORD_KNOWN, ROLE_WORD, () => isRoleWord(f.tokens[i]!.normal, f.words));
}

/**
 * {@link roleShaped} of token `i` as written (`Grundaren`, `EU-ministern`).
 *
 * @param f The text's form facts.
 * @param i A token index.
 */
export function roleShapedAt(f: QuoteFormFacts, i: number): boolean {
  return fact(f, f.ids.text[i]!, ROLE_SHAPED_KNOWN, ROLE_SHAPED, () => roleShaped(f.tokens[i]!.text, f.words));
}

/**
 * The nationality adjective token `i` as written stands for (`Norske`, `norrmannen` → `norsk`), or
 * undefined ({@link nationalityOf}).
 *
 * @param f The text's form facts.
 * @param i A token index.
 */
export function nationalityAt(f: QuoteFormFacts, i: number): string | undefined {
  const id = f.ids.text[i]!;
  let n = f.nations[id];
  if (n === undefined) n = f.nationMemo.set(f.nations, id, nationalityOf(f.tokens[i]!.text, f.words) ?? '');
  return n === '' ? undefined : n;
}
