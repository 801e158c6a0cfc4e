import { K_NONE, K_WORD, PUNCT, WORD, copy, gapHasBlankLine, glued, isLetters, len, merge, type Pieces } from './piece';

function isApostrophe(text: string, P: Pieces, i: number): boolean {
  if (i >= P.n || P.t[i] !== PUNCT || len(P, i) !== 1) return false;
  const c = text.charCodeAt(P.s[i]!);
  return c === 39 || c === 0x2019;
}

/**
 * Pass 07 — apostrophes. Between letters an apostrophe is part of the word (`O'Brien`,
 * `rock'n'roll`). After a word ending in s, x or z and before a space it is the Swedish genitive
 * (`Columbus'`, `Bales'`), unless a single quotation mark is open (`'… dosen'` closes a quote).
 * Otherwise `'` and `’` are quotation marks and their own tokens.
 */
export function apostrophes(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let open = false;
  let i = 0;
  while (i < n) {
    if (open && w > 0 && P.s[i]! - P.e[w - 1]! > 1 && gapHasBlankLine(text, P.e[w - 1]!, P.s[i]!)) open = false;
    if (P.t[i] === WORD && (P.k[i] === K_NONE || P.k[i] === K_WORD) && isApostrophe(text, P, i + 1) && glued(P, i, i + 1)) {
      if (isLetters(P, i + 2) && glued(P, i + 1, i + 2)) {
        let j = i + 2;
        while (isApostrophe(text, P, j + 1) && glued(P, j, j + 1) && isLetters(P, j + 2) && glued(P, j + 1, j + 2)) j += 2;
        merge(P, i, j, K_WORD, w++);
        i = j + 1;
        continue;
      }
      const last = text.charCodeAt(P.e[i]! - 1) | 32;
      if (!open && (last === 115 || last === 120 || last === 122) && (i + 2 >= n || !glued(P, i + 1, i + 2) || P.t[i + 2] === PUNCT)) {
        merge(P, i, i + 1, K_WORD, w++);
        i += 2;
        continue;
      }
    }
    if (isApostrophe(text, P, i)) {
      const gluedBefore = w > 0 && glued(P, w - 1, i);
      if (!gluedBefore && glued(P, i, i + 1) && P.t[i + 1] === WORD) open = true;
      else if (gluedBefore) open = false;
    }
    copy(P, i++, w++);
  }
  P.n = w;
}
