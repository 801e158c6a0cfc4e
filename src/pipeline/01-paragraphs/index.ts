import type { Paragraph } from '../../types';
import { assertString } from '../../internal/assert-string';

/**
 * Splits text into paragraphs: blocks separated by one or more blank lines
 * (lines holding only whitespace). Leading and trailing whitespace of a block is
 * not part of the paragraph. Linear time.
 *
 * @param text Any string.
 * @returns The paragraphs in order; `[]` for empty or blank text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  assertString(text, 'splitParagraphs');
  const out: Paragraph[] = [];
  const re = /\n[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]*\n|\u2029/g;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
    // A run of blank lines: the next match may start inside the whitespace we skip.
    re.lastIndex = from - 1 > m.index ? from - 1 : from;
  }
  push(from, text.length);
  return out;
}
