import { COLON_SUFFIXES } from '../../../data/sv/abbreviations';
import { F_LOWER, K_WORD, copy, glued, isChar, isLetters, isWordish, len, merge, type Pieces } from './piece';

const SUFFIXES = new Set(COLON_SUFFIXES);

/** No lower-case letter in `text.slice(s, e)` (`SVT`, `EU`, `1`, `99`). */
function isAcronymOrNumber(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128 && text[k] !== text[k]!.toUpperCase()) return false;
  }
  return true;
}

/**
 * Pass 05 — colon suffixes: an abbreviation, acronym or number with an inflection after a colon
 * is one token (`SVT:s`, `EU:s`, `FN:s`, `1:a`, `3:e`, `99:e`, `S:t`, `Maj:t`, `H:son`, `c:a`, `Tv:n`).
 * Decision: the part before the colon must be an acronym or number, or at most three characters,
 * and the part after it a known suffix in lower case, so `Text:Stina` stays three tokens.
 */
export function colonSuffixes(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    if (
      isWordish(P, i) && isChar(text, P, i + 1, 58) && glued(P, i, i + 1) && isLetters(P, i + 2) && (P.f[i + 2]! & F_LOWER) !== 0 &&
      glued(P, i + 1, i + 2) && len(P, i + 2) <= 5 && SUFFIXES.has(text.slice(P.s[i + 2], P.e[i + 2])) &&
      (len(P, i) <= 3 || isAcronymOrNumber(text, P.s[i]!, P.e[i]!))
    ) {
      merge(P, i, i + 2, K_WORD, w++);
      i += 3;
      continue;
    }
    copy(P, i++, w++);
  }
  P.n = w;
}
