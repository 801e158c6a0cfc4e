import { F_LETTER, K_NUMBER, K_WORD, PUNCT, copy, glued, isWordish, len, merge, type Pieces } from './piece';

/** A single hyphen: `-` U+002D, `‐` U+2010, non-breaking `‑` U+2011. */
function isHyphen(text: string, P: Pieces, i: number): boolean {
  if (i >= P.n || P.t[i] !== PUNCT || len(P, i) !== 1) return false;
  const c = text.charCodeAt(P.s[i]!);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Piece `i` is one of the characters `,` `/` `)`. */
function endsTruncation(text: string, P: Pieces, i: number): boolean {
  if (len(P, i) !== 1) return false;
  const c = text.charCodeAt(P.s[i]!);
  return c === 44 || c === 47 || c === 41;
}

/**
 * Pass 06 — hyphen compounds: parts glued by a hyphen are one token (`IT-avdelningen`,
 * `A-inkomster`, `u-länderna`, `60-talet`, `41/2-åringar`, `manisk-depressiva`). A hyphen glued to
 * the end of a word before a space, comma, slash or `)` is a truncated compound and stays with its word
 * (`läs- och skrivkunnighet`, `1700- och 1800-talen`, `(sexual-)moral`), as in Talbanken. Dashes
 * (`–` `—`) are never joined: `Stockholm–Göteborg` is three tokens.
 */
export function hyphenCompounds(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    if (!isWordish(P, i) || !isHyphen(text, P, i + 1) || !glued(P, i, i + 1)) {
      copy(P, i++, w++);
      continue;
    }
    let j = i;
    while (isHyphen(text, P, j + 1) && glued(P, j, j + 1) && isWordish(P, j + 2) && glued(P, j + 1, j + 2)) j += 2;
    // truncated compound: `läs-` before whitespace / `,` / `/` / `)` / end
    if (isHyphen(text, P, j + 1) && glued(P, j, j + 1)) {
      if (j + 2 >= n || !glued(P, j + 1, j + 2) || endsTruncation(text, P, j + 2)) j += 1;
    }
    if (j === i) {
      copy(P, i++, w++);
      continue;
    }
    let f = 0;
    for (let k = i; k <= j; k++) f |= P.f[k]!;
    merge(P, i, j, (f & F_LETTER) !== 0 ? K_WORD : K_NUMBER, w++);
    i = j + 1;
  }
  P.n = w;
}
