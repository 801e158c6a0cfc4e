/**
 * Word rules that keep tokens out of keywords by where and how they stand in the text.
 *
 * @module
 */
import { NO_WORD, TOKEN_HYPHEN_END, TOKEN_NOT_TEXT } from '../doc';
import type { WordRule } from './types';

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
