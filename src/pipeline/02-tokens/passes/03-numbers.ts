import { K_NONE, K_NUMBER, PUNCT, SYM, WORD, copy, glued, isDigits, len, merge, type Pieces } from './piece';

/** Separators that join two digit groups into one number: `,` `.` `:` `/` `-`. */
function isNumberJoiner(text: string, P: Pieces, i: number): boolean {
  if (i >= P.n || P.t[i] !== PUNCT || len(P, i) !== 1) return false;
  const c = text.charCodeAt(P.s[i]!);
  return c === 44 || c === 46 || c === 58 || c === 47 || c === 45;
}

/** No-break, narrow no-break and thin spaces: thousands separators in typeset Swedish (`1 000`). */
function isThousandsGap(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Pass 03 — numbers. Digit groups glued by `,` `.` `:` `/` `-` are one number, as in UD
 * Swedish-Talbanken: decimal comma `0,6`, `1.300`, times `09:44` and `14.30`, dates `1.1.1972`
 * and ISO `2018-01-11`, ratios `1974/75`, phone numbers `08/680940`, ranges `2-3`, `1896-1923`.
 * A minus or hyphen after whitespace glued to digits is part of the number (`-67`, `−5`).
 *
 * Decision: thousands are joined only across a no-break, narrow no-break or thin space
 * (`1 000` with U+00A0/U+202F/U+2009). An ordinary space is a token boundary, as in Talbanken
 * (`år 1971 621 kr` must stay three tokens). `%` and currency signs are their own tokens (UD).
 */
export function numbers(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    let from = i;
    const t = P.t[i];
    if (
      (t === PUNCT || t === SYM) && len(P, i) === 1 && (text.charCodeAt(P.s[i]!) === 45 || text.charCodeAt(P.s[i]!) === 0x2212) &&
      isDigits(P, i + 1) && glued(P, i, i + 1) && !(w > 0 && glued(P, w - 1, i) && P.t[w - 1] === WORD)
    ) {
      // a leading minus: '-' or '−' after whitespace (or an opening bracket), glued to digits
      i++;
    } else if (!isDigits(P, i) || P.k[i] !== K_NONE) {
      copy(P, i++, w++);
      continue;
    }
    let j = i;
    for (;;) {
      if (isNumberJoiner(text, P, j + 1) && glued(P, j, j + 1) && isDigits(P, j + 2) && glued(P, j + 1, j + 2)) {
        j += 2;
        continue;
      }
      // thousands: 1-3 digits, one no-break space, exactly 3 digits
      if (
        isDigits(P, j + 1) && P.s[j + 1] === P.e[j]! + 1 && len(P, j + 1) === 3 && isThousandsGap(text.charCodeAt(P.e[j]!)) &&
        lastGroupLength(text, P.s[j]!, P.e[j]!) <= 3
      ) {
        j += 1;
        continue;
      }
      break;
    }
    if (from === j) copy(P, i, w++);
    else merge(P, from, j, K_NUMBER, w++);
    i = j + 1;
  }
  P.n = w;
}

/** Number of digits after the last non-digit of `text.slice(s, e)`. */
function lastGroupLength(text: string, s: number, e: number): number {
  let k = e;
  while (k > s) {
    const c = text.charCodeAt(k - 1);
    if (c < 48 || c > 57) break;
    k--;
  }
  return e - k;
}
