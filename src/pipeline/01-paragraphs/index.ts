import type { Paragraph } from '../../types';
import { assertString } from '../../internal/assert-string';

/** Whitespace by UTF-16 code unit, as `/\s/` (without a regex per character). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Splits text into paragraphs: blocks separated by one or more blank lines (lines holding only
 * whitespace) or by U+2029 PARAGRAPH SEPARATOR. Leading and trailing whitespace of a block is not
 * part of the paragraph. A single line break does not end a paragraph (see `splitSentences` for how
 * a single line break after a heading is handled). Linear time: one pass over the code units.
 *
 * @param text Any string.
 * @returns The paragraphs in order, non-overlapping; `[]` for empty or blank text.
 * @throws TypeError when `text` is not a string.
 */
export function splitParagraphs(text: string): Paragraph[] {
  assertString(text, 'splitParagraphs');
  return RARE_BREAKS.test(text) ? splitByCodeUnits(text) : splitByLines(text);
}

/** Line and paragraph breaks other than `\n`: texts with them take the code-unit path. */
const RARE_BREAKS = /[\r\v\f\u2028\u2029]/;

/** Fast path for `\n`-only texts: jumps from line to line with `indexOf`. */
function splitByLines(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  let start = -1;
  let end = -1;
  let pos = 0;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let a = pos;
    while (a < nl && isSpaceCode(text.charCodeAt(a))) a++;
    if (a === nl) {
      // a blank line ends the paragraph
      if (start >= 0) out.push({ text: text.slice(start, end), start, end });
      start = -1;
    } else {
      let b = nl;
      while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
      if (start < 0) start = a;
      end = b;
    }
    pos = nl + 1;
  }
  if (start >= 0) out.push({ text: text.slice(start, end), start, end });
  return out;
}

/** General path: one pass over the code units. */
function splitByCodeUnits(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  let start = -1; // first non-space offset of the current paragraph
  let end = -1; // offset after its last non-space code unit
  let newlines = 0; // line breaks since the last non-space code unit
  const flush = () => {
    if (start >= 0) out.push({ text: text.slice(start, end), start, end });
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2029) {
      flush();
      newlines = 0;
      continue;
    }
    if (isSpaceCode(c)) {
      // \r\n counts once; a lone \r, \n, U+2028, \v, \f each count as a line break
      if (c === 10 || c === 0x2028 || c === 11 || c === 12 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        newlines++;
        if (newlines >= 2) flush();
      }
      continue;
    }
    if (start < 0) start = i;
    end = i + 1;
    newlines = 0;
  }
  flush();
  return out;
}
