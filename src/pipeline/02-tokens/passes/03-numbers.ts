import { PUNCT, SYM, WORD, glued, isDigits, merge, Out, type Piece } from './piece';

/** Separators that join two digit groups into one number: `,` `.` `:` `/` `-`. */
function isNumberJoiner(text: string, p: Piece | undefined): boolean {
  if (p === undefined || p.t !== PUNCT || p.e - p.s !== 1) return false;
  const c = text.charCodeAt(p.s);
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
export function numbers(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let i = 0;
  while (i < n) {
    const p = ps[i]!;
    let from = i;
    // a leading minus: '-' or '−' after whitespace (or an opening bracket), glued to digits
    if (
      (p.t === PUNCT || p.t === SYM) && p.e - p.s === 1 && (text.charCodeAt(p.s) === 45 || text.charCodeAt(p.s) === 0x2212) &&
      isDigits(ps[i + 1]) && glued(p, ps[i + 1]) && !(glued(out.last(), p) && out.last()!.t === WORD)
    ) {
      from = i;
      i++;
    } else if (!isDigits(p) || p.k !== null) {
      out.push(p);
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const sep = ps[j + 1];
      const next = ps[j + 2];
      if (isNumberJoiner(text, sep) && glued(ps[j], sep) && isDigits(next) && glued(sep, next)) {
        j += 2;
        continue;
      }
      // thousands: 1-3 digits, one no-break space, exactly 3 digits
      if (
        sep !== undefined && isDigits(sep) && sep.s === ps[j]!.e + 1 && sep.e - sep.s === 3 &&
        isThousandsGap(text.charCodeAt(ps[j]!.e)) && lastGroupLength(text, ps[j]!) <= 3
      ) {
        j += 1;
        continue;
      }
      break;
    }
    out.push(from === j ? p : merge(ps, from, j, 'number'));
    i = j + 1;
  }
  return out.done();
}

/** Number of digits after the last non-digit of a number piece. */
function lastGroupLength(text: string, p: Piece): number {
  let k = p.e;
  while (k > p.s) {
    const c = text.charCodeAt(k - 1);
    if (c < 48 || c > 57) break;
    k--;
  }
  return p.e - k;
}
