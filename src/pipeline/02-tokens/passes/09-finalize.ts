import type { Token } from '../../../types';
import { EMOJI, F_DIGIT, F_HAS_UPPER, F_LETTER, F_NORM, F_SHY, KIND_NAMES, K_NONE, PUNCT, SYM, type Pieces } from './piece';

/** `%` `‰` `‱` `&` are Unicode punctuation but symbols for UD and for readers. */
function isSymbolPunct(c: number): boolean {
  return c === 37 || c === 0x2030 || c === 0x2031 || c === 38;
}

/**
 * Pass 09 — turns pieces into tokens: `text` is the exact slice, `normal` the lower-cased NFC form
 * without soft hyphens (NFC only when a piece holds characters that can change under it,
 * lower-casing only when it holds a capital).
 */
export function finalize(text: string, P: Pieces): Token[] {
  const n = P.n;
  const out: Token[] = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    const s = P.s[i]!;
    const e = P.e[i]!;
    const f = P.f[i]!;
    const t = text.slice(s, e);
    let kind = KIND_NAMES[P.k[i]!]!;
    if (P.k[i] === K_NONE) {
      const ty = P.t[i];
      if (ty === PUNCT) kind = e - s === 1 && isSymbolPunct(text.charCodeAt(s)) ? 'symbol' : 'punctuation';
      else if (ty === SYM) kind = 'symbol';
      else if (ty === EMOJI) kind = 'emoji';
      else kind = (f & F_LETTER) !== 0 ? 'word' : (f & F_DIGIT) !== 0 ? 'number' : 'symbol';
    }
    let normal = t;
    if ((f & F_SHY) !== 0) normal = normal.replace(/\u00ad/g, '');
    if ((f & F_NORM) !== 0) normal = normal.normalize('NFC');
    if ((f & F_HAS_UPPER) !== 0) normal = normal.toLowerCase();
    out[i] = { text: t, start: s, end: e, kind, normal };
  }
  return out;
}
