import type { AnalyzedToken, Token } from '../../types';
import { assertString } from '../../internal/assert-string';
import { scan } from './passes/01-scan';
import { urlsEmails } from './passes/02-urls-emails';
import { numbers } from './passes/03-numbers';
import { abbreviations } from './passes/04-abbreviations';
import { colonSuffixes } from './passes/05-colon-suffixes';
import { hyphenCompounds } from './passes/06-hyphen-compounds';
import { apostrophes } from './passes/07-apostrophes';
import { listMarkers } from './passes/08-list-markers';
import { finalize, finalizeForAnalysis } from './passes/09-finalize';
import type { Pass, Pieces } from './passes/piece';

/**
 * The tokenizer passes in order (after the scan, before finalisation). Each pass merges glued
 * pieces by one family of rules; the order matters: URLs before numbers (`svt.se/2018`), numbers
 * before abbreviations (`1.1.1972`), abbreviations before hyphens (`t.ex.`), colon suffixes before
 * hyphens (`EU:s-ledare`).
 */
export const PASSES: readonly { name: string; run: Pass }[] = [
  { name: 'urls-emails', run: urlsEmails },
  { name: 'numbers', run: numbers },
  { name: 'abbreviations', run: abbreviations },
  { name: 'colon-suffixes', run: colonSuffixes },
  { name: 'hyphen-compounds', run: hyphenCompounds },
  { name: 'apostrophes', run: apostrophes },
  { name: 'list-markers', run: listMarkers },
];

/**
 * Splits Swedish text into tokens with UTF-16 offsets. Whitespace is never a token.
 *
 * Follows UD Swedish-Talbanken where it is the measure: abbreviations stay one token (`t.ex.`,
 * `bl.a.`, `kl.`, and the spaced `t ex`, `s k`, `o s v`), colon suffixes (`SVT:s`, `1:a`), numbers
 * with decimal comma, times, dates and ranges (`0,6`, `09:44`, `2018-01-11`, `2-3`), hyphen
 * compounds (`IT-avdelningen`), URLs, e-mail, hashtags, mentions and emoji sequences. Dashes and
 * quotation marks are their own tokens. Linear time in the length of the text.
 *
 * @param text Any string.
 * @returns Tokens in text order with `text.slice(start, end) === token.text`.
 * @throws TypeError when `text` is not a string.
 */
export function tokenize(text: string): Token[] {
  assertString(text, 'tokenize');
  return finalize(text, pieces(text));
}

/** The pieces of a text after the scan and every pass. */
function pieces(text: string): Pieces {
  const p = scan(text);
  for (const pass of PASSES) pass.run(text, p);
  return p;
}

/**
 * The tokens of {@link tokenize}, each already in the shape of an {@link AnalyzedToken} (pos `X`,
 * lemma and stem its normal form, not a stopword) that step 04 (`annotateSentences`) fills in
 * place: the pipeline context makes one object per token instead of a token and an annotated copy.
 *
 * @param text A string (the caller has checked it).
 * @returns Tokens in text order, as {@link tokenize} gives them, with the annotation fields.
 */
export function tokenizeForAnalysis(text: string): AnalyzedToken[] {
  return finalizeForAnalysis(text, pieces(text));
}
