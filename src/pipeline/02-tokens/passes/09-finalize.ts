import type { Token, TokenKind } from '../../../types';
import { EMOJI, F_DIGIT, F_LETTER, F_NORM, F_SHY, PUNCT, SYM, type Piece } from './piece';

let TEXT = '';

function isSymbolPunct(p: Piece): boolean {
  if (p.e - p.s !== 1) return false;
  const c = TEXT.charCodeAt(p.s);
  return c === 37 || c === 0x2030 || c === 0x2031 || c === 38;
}

function kindOf(p: Piece): TokenKind {
  if (p.k !== null) return p.k;
  // `%` `‰` `‱` `&` are Unicode punctuation but symbols for UD and for readers
  if (p.t === PUNCT) return isSymbolPunct(p) ? 'symbol' : 'punctuation';
  if (p.t === SYM) return 'symbol';
  if (p.t === EMOJI) return 'emoji';
  if ((p.f & F_LETTER) !== 0) return 'word';
  return (p.f & F_DIGIT) !== 0 ? 'number' : 'symbol';
}

/**
 * Pass 09 — turns pieces into tokens: `text` is the exact slice, `normal` the lower-cased NFC form
 * without soft hyphens (NFC only when a piece holds characters that can change under it).
 */
export function finalize(text: string, ps: readonly Piece[]): Token[] {
  TEXT = text;
  const out: Token[] = new Array<Token>(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const t = text.slice(p.s, p.e);
    let normal = t;
    if ((p.f & F_SHY) !== 0) normal = normal.replace(/\u00ad/g, '');
    if ((p.f & F_NORM) !== 0) normal = normal.normalize('NFC');
    out[i] = { text: t, start: p.s, end: p.e, kind: kindOf(p), normal: normal.toLowerCase() };
  }
  TEXT = ''; // do not keep a large text alive
  return out;
}
