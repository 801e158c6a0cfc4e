import type { Token, TokenKind } from '../../types';
import { assertString } from '../../internal/assert-string';

// FIRST CUT (lead): a single regex scan so that later stages can be built now.
// The tokenizer issue replaces this with ordered passes in ./passes/.
const RE =
  /(https?:\/\/[^\s]+[^\s.,;:!?)”"»])|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})|(#[\p{L}\p{N}_]+)|(@[\p{L}\p{N}_]+)|(\p{N}+(?:[.,:]\p{N}+)*%?)|([\p{L}\p{M}\u00ad]+(?:[-:'][\p{L}\p{M}\p{N}\u00ad]+)*)|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*)|([\p{P}])|([^\s])/gu;
const KINDS: TokenKind[] = ['url', 'email', 'hashtag', 'mention', 'number', 'word', 'emoji', 'punctuation', 'symbol'];

/**
 * Splits Swedish text into tokens with UTF-16 offsets. Whitespace is not a token.
 *
 * @param text Any string.
 * @returns Tokens in text order with `text.slice(start, end) === token.text`.
 */
export function tokenize(text: string): Token[] {
  assertString(text, 'tokenize');
  const out: Token[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const t = m[0];
    out.push({ text: t, start: m.index, end: m.index + t.length, kind: KINDS[g - 1] ?? 'symbol', normal: t.normalize('NFC').replace(/\u00ad/g, '').toLowerCase() });
  }
  return out;
}
