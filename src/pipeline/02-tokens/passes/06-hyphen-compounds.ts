import { F_LETTER, PUNCT, WORD, glued, merge, Out, type Piece } from './piece';

/** A single hyphen: `-` U+002D, `‐` U+2010, non-breaking `‑` U+2011. */
function isHyphen(text: string, p: Piece | undefined): boolean {
  if (p === undefined || p.t !== PUNCT || p.e - p.s !== 1) return false;
  const c = text.charCodeAt(p.s);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** A piece that can be part of a compound: a word or number (not a URL, e-mail, hashtag …). */
function isPart(p: Piece | undefined): boolean {
  return p !== undefined && p.t === WORD && (p.k === null || p.k === 'word' || p.k === 'number');
}

/**
 * Pass 06 — hyphen compounds: parts glued by a hyphen are one token (`IT-avdelningen`,
 * `A-inkomster`, `u-länderna`, `60-talet`, `41/2-åringar`, `manisk-depressiva`). A hyphen glued to
 * the end of a word before a space, comma, slash or `)` is a truncated compound and stays with its word
 * (`läs- och skrivkunnighet`, `1700- och 1800-talen`), as in Talbanken. Dashes (`–` `—`) are never
 * joined: `Stockholm–Göteborg` is three tokens.
 */
export function hyphenCompounds(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let i = 0;
  while (i < n) {
    const p = ps[i]!;
    if (!isPart(p) || !isHyphen(text, ps[i + 1]) || !glued(p, ps[i + 1])) {
      out.push(p);
      i++;
      continue;
    }
    let j = i;
    while (isHyphen(text, ps[j + 1]) && glued(ps[j], ps[j + 1]) && isPart(ps[j + 2]) && glued(ps[j + 1], ps[j + 2])) j += 2;
    // truncated compound: `läs-` before whitespace / `,` / `/` / end
    if (isHyphen(text, ps[j + 1]) && glued(ps[j], ps[j + 1])) {
      const after = ps[j + 2];
      if (after === undefined || !glued(ps[j + 1], after) || isChar2(text, after, 44, 47) || isChar2(text, after, 41, 41)) j += 1;
    }
    if (j === i) {
      out.push(p);
      i++;
      continue;
    }
    let f = 0;
    for (let k = i; k <= j; k++) f |= ps[k]!.f;
    out.push(merge(ps, i, j, (f & F_LETTER) !== 0 ? 'word' : 'number'));
    i = j + 1;
  }
  return out.done();
}

function isChar2(text: string, p: Piece, a: number, b: number): boolean {
  if (p.e - p.s !== 1) return false;
  const c = text.charCodeAt(p.s);
  return c === a || c === b;
}
