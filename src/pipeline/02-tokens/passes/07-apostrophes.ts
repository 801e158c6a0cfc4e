import { PUNCT, WORD, gapHasBlankLine, glued, isLetters, merge, Out, type Piece } from './piece';

function isApostrophe(text: string, p: Piece | undefined): boolean {
  if (p === undefined || p.t !== PUNCT || p.e - p.s !== 1) return false;
  const c = text.charCodeAt(p.s);
  return c === 39 || c === 0x2019;
}

/**
 * Pass 07 — apostrophes. Between letters an apostrophe is part of the word (`O'Brien`,
 * `rock'n'roll`). After a word ending in s, x or z and before a space it is the Swedish genitive
 * (`Columbus'`, `Bales'`), unless a single quotation mark is open (`'… dosen'` closes a quote).
 * Otherwise `'` and `’` are quotation marks and their own tokens.
 */
export function apostrophes(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let open = false;
  let i = 0;
  while (i < n) {
    const p = ps[i]!;
    const before = out.last();
    if (open && before !== undefined && p.s - before.e > 1 && gapHasBlankLine(text, before.e, p.s)) open = false;
    if (p.t === WORD && (p.k === null || p.k === 'word') && isApostrophe(text, ps[i + 1]) && glued(p, ps[i + 1])) {
      const q = ps[i + 2];
      if (isLetters(q) && glued(ps[i + 1], q)) {
        let j = i + 2;
        while (isApostrophe(text, ps[j + 1]) && glued(ps[j], ps[j + 1]) && isLetters(ps[j + 2]) && glued(ps[j + 1], ps[j + 2])) j += 2;
        out.push(merge(ps, i, j, 'word'));
        i = j + 1;
        continue;
      }
      const last = text.charCodeAt(p.e - 1) | 32;
      if (!open && (last === 115 || last === 120 || last === 122) && (q === undefined || !glued(ps[i + 1], q) || q.t === PUNCT)) {
        out.push(merge(ps, i, i + 1, 'word'));
        i += 2;
        continue;
      }
    }
    if (isApostrophe(text, p)) {
      const prev = out.last();
      const next = ps[i + 1];
      if (!glued(prev, p) && glued(p, next) && next!.t === WORD) open = true;
      else if (glued(prev, p)) open = false;
    }
    out.push(p);
    i++;
  }
  return out.done();
}
