/**
 * Word rules that keep tokens out of keywords by where and how they stand in the text.
 *
 * @module
 */
import { NO_WORD, perText, TOKEN_HYPHEN_END, TOKEN_NOT_TEXT, type KeywordDoc } from '../doc';
import type { WordRule } from './types';

/** Endings of a shared compound's first part glued to its conjunction (`-och`, `-eller`), from the lexicon's `keywordSharedCompoundConjunctions`, once per text. */
const gluedEndings = perText((doc) => doc.lexicon.keywordSharedCompoundConjunctions.map((c) => `-${c}`));

/**
 * The first part of a shared compound written together with its conjunction (`kultur-och` of
 * `kultur-och fritidsnämnden`, a slip for `kultur- och`): the part and the conjunction, or `null`.
 *
 * @param w A word in lower case.
 * @param doc The text (its lexicon's conjunctions decide).
 */
export function gluedCompoundPart(w: string, doc: KeywordDoc): { part: string; conj: string } | null {
  for (const e of gluedEndings(doc)) {
    if (w.length > e.length + 1 && w.endsWith(e)) return { part: w.slice(0, w.length - e.length), conj: e.slice(1) };
  }
  return null;
}

/** Tokens of bylines, photo credits and site furniture, and tokens without letters, are no keyword words. */
export const articleTextOnly: WordRule = {
  id: 'article-text-only',
  doc: "bylines, photo credits and site furniture ('Foto: Lena Ström', 'Dela artikeln') and numbers give no keywords",
  stage: 'word',
  tokens: TOKEN_NOT_TEXT,
  // (the test is the token fact `TOKEN_NOT_TEXT`, made once per token by the facts pass of ../doc)
  apply: (i, doc) => ((doc.facts[i]! & TOKEN_NOT_TEXT) !== 0 ? NO_WORD : undefined),
};

/** The first part of a shared compound is no word alone. */
export const sharedCompoundPart: WordRule = {
  id: 'shared-compound-part',
  doc: "the first part of a shared compound ('infrastruktur- och bostadsminister') is no keyword alone",
  stage: 'word',
  tokens: TOKEN_HYPHEN_END,
  apply(i, doc) {
    const t = doc.tokens[i]!.text;
    return t.charCodeAt(t.length - 1) === 45 ? NO_WORD : undefined;
  },
};

/**
 * The first part of a shared compound written together with its conjunction is no word alone:
 * with the compound after it, it is one keyword (`shared-compound`).
 */
export const gluedCompoundPartWord: WordRule = {
  id: 'glued-compound-part',
  doc: "a shared compound's first part glued to its conjunction ('kultur-och fritidsnämnden') is no keyword alone",
  stage: 'word',
  apply(i, doc) {
    const t = doc.tokens[i]!;
    return t.kind === 'word' && t.normal.includes('-') && gluedCompoundPart(t.normal, doc) !== null ? NO_WORD : undefined;
  },
};
