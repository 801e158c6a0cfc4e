import { F_LOWER, PUNCT, WORD, gapHasNewline, glued, isChar, isDigits, merge, Out, type Piece } from './piece';

/** A list label: one lower-case letter, or one or two digits. */
function isLabel(p: Piece | undefined): boolean {
  if (p === undefined || p.t !== WORD || p.k !== null) return false;
  if (p.e - p.s === 1 && (p.f & F_LOWER) !== 0) return true;
  return isDigits(p) && p.e - p.s <= 2;
}

/** `s` and `m`: lower-case party labels in older text (`Palme och (s)`), not list labels. */
function isPartyLetter(text: string, p: Piece): boolean {
  const c = text.charCodeAt(p.s);
  return p.e - p.s === 1 && (c === 115 || c === 109);
}

/**
 * Pass 08 — list markers, as Talbanken tokenizes them: `a)`, `1)` after whitespace when no
 * bracket is open, and `(a)` — each one token. Decision: `(a)` only with a lower-case letter, so
 * party labels such as `(S)`, `(M)` and the older lower-case `(s)`, `(m)` stay three tokens.
 */
export function listMarkers(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const p = ps[i]!;
    const prev = out.last();
    if (depth > 0 && prev !== undefined && p.s > prev.e && gapHasNewline(text, prev.e, p.s)) depth = 0;
    if (p.t === PUNCT && p.e - p.s === 1) {
      const c = text.charCodeAt(p.s);
      if (c === 40) {
        const q = ps[i + 1];
        if (!glued(prev, p) && isLabel(q) && (q!.f & F_LOWER) !== 0 && !isPartyLetter(text, q!) && glued(p, q) && isChar(text, ps[i + 2], 41) && glued(q, ps[i + 2]) && !glued(ps[i + 2], ps[i + 3])) {
          out.push(merge(ps, i, i + 2, 'word'));
          i += 3;
          continue;
        }
        depth++;
      } else if (c === 41 && depth > 0) depth--;
    } else if (depth === 0 && isLabel(p) && !glued(prev, p) && isChar(text, ps[i + 1], 41) && glued(p, ps[i + 1]) && !glued(ps[i + 1], ps[i + 2])) {
      out.push(merge(ps, i, i + 1, isDigits(p) ? 'number' : 'word'));
      i += 2;
      continue;
    }
    out.push(p);
    i++;
  }
  return out.done();
}
