import { COLON_SUFFIXES } from '../../../data/sv/abbreviations';
import { F_LOWER, WORD, glued, isChar, isLetters, merge, Out, type Piece } from './piece';

const SUFFIXES = new Set(COLON_SUFFIXES);

/** Every letter of the piece is upper-case or a digit (`SVT`, `EU`, `1`, `99`). */
function isAcronymOrNumber(text: string, p: Piece): boolean {
  for (let k = p.s; k < p.e; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xe9) return false;
  }
  return true;
}

/**
 * Pass 05 — colon suffixes: an abbreviation, acronym or number with an inflection after a colon
 * is one token (`SVT:s`, `EU:s`, `FN:s`, `1:a`, `3:e`, `99:e`, `S:t`, `Maj:t`, `H:son`, `c:a`, `Tv:n`).
 * Decision: the part before the colon must be an acronym or number, or at most three characters,
 * and the part after it a known suffix in lower case, so `Text:Stina` stays three tokens.
 */
export function colonSuffixes(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let i = 0;
  while (i < n) {
    const p = ps[i]!;
    const colon = ps[i + 1];
    const suf = ps[i + 2];
    if (
      p.t === WORD && (p.k === null || p.k === 'number') && isChar(text, colon, 58) && glued(p, colon) && suf !== undefined &&
      isLetters(suf) && (suf.f & F_LOWER) !== 0 && glued(colon, suf) && suf.e - suf.s <= 5 &&
      SUFFIXES.has(text.slice(suf.s, suf.e)) && (p.e - p.s <= 3 || isAcronymOrNumber(text, p))
    ) {
      out.push(merge(ps, i, i + 2, 'word'));
      i += 3;
      continue;
    }
    out.push(p);
    i++;
  }
  return out.done();
}
