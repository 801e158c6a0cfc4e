import { F_LOWER, K_NONE, K_NUMBER, K_WORD, PUNCT, WORD, copy, gapHasBlankLine, glued, isChar, isDigits, len, merge, type Pieces } from './piece';

/** A list label: one lower-case letter, or one or two digits. */
function isLabel(P: Pieces, i: number): boolean {
  if (i >= P.n || P.t[i] !== WORD || P.k[i] !== K_NONE) return false;
  if (len(P, i) === 1 && (P.f[i]! & F_LOWER) !== 0) return true;
  return isDigits(P, i) && len(P, i) <= 2;
}

/** `s` and `m`: lower-case party labels in older text (`Palme och (s)`), not list labels. */
function isPartyLetter(text: string, P: Pieces, i: number): boolean {
  const c = text.charCodeAt(P.s[i]!);
  return len(P, i) === 1 && (c === 115 || c === 109);
}

/**
 * Pass 08 — list markers, as Talbanken tokenizes them: `a)`, `1)` after whitespace when no
 * bracket is open, and `(a)` — each one token. Decision: `(a)` only with a lower-case letter, so
 * party labels such as `(S)`, `(M)` and the older lower-case `(s)`, `(m)` stay three tokens.
 */
export function listMarkers(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let depth = 0;
  let i = 0;
  while (i < n) {
    // an unclosed bracket is forgotten at a paragraph break (a wrapped line keeps it open)
    if (depth > 0 && w > 0 && P.s[i]! - P.e[w - 1]! > 1 && gapHasBlankLine(text, P.e[w - 1]!, P.s[i]!)) depth = 0;
    const gluedBefore = w > 0 && glued(P, w - 1, i);
    if (P.t[i] === PUNCT && len(P, i) === 1) {
      const c = text.charCodeAt(P.s[i]!);
      if (c === 40) {
        const q = i + 1;
        if (
          !gluedBefore && isLabel(P, q) && (P.f[q]! & F_LOWER) !== 0 && !isPartyLetter(text, P, q) && glued(P, i, q) &&
          isChar(text, P, i + 2, 41) && glued(P, q, i + 2) && !glued(P, i + 2, i + 3)
        ) {
          merge(P, i, i + 2, K_WORD, w++);
          i += 3;
          continue;
        }
        depth++;
      } else if (c === 41 && depth > 0) depth--;
    } else if (depth === 0 && isLabel(P, i) && !gluedBefore && isChar(text, P, i + 1, 41) && glued(P, i, i + 1) && !glued(P, i + 1, i + 2)) {
      merge(P, i, i + 1, isDigits(P, i) ? K_NUMBER : K_WORD, w++);
      i += 2;
      continue;
    }
    copy(P, i++, w++);
  }
  P.n = w;
}
