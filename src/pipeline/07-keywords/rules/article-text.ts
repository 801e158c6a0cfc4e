/**
 * Word rules that keep tokens out of keywords by where and how they stand in the text.
 *
 * @module
 */
import { NO_WORD, TOKEN_HYPHEN_END, TOKEN_NOT_TEXT } from '../doc';
import { hasLetter } from '../../../internal/letter-class';
import type { WordRule } from './types';

/** Tokens of bylines, photo credits and site furniture, and tokens without letters, are no keyword words. */
export const articleTextOnly: WordRule = {
  id: 'article-text-only',
  doc: "bylines, photo credits and site furniture ('Foto: Lena Ström', 'Dela artikeln') and numbers give no keywords",
  stage: 'word',
  tokens: TOKEN_NOT_TEXT,
  apply(i, doc) {
    const t = doc.tokens[i]!;
    if (doc.excluded[i] || (t.kind !== 'word' && t.kind !== 'hashtag') || !hasLetter(t.normal)) return NO_WORD;
    return undefined;
  },
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
