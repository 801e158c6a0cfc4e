import type { AnalyzedToken, Token, TokenKind } from '../../../types';
import { EMOJI, F_DIGIT, F_HAS_UPPER, F_LETTER, F_NORM, F_SHY, KIND_NAMES, K_NONE, PUNCT, SYM, type Pieces } from './piece';

/** `%` `‰` `‱` `&` are Unicode punctuation but symbols for UD and for readers. */
function isSymbolPunct(c: number): boolean {
  return c === 37 || c === 0x2030 || c === 0x2031 || c === 38;
}

/** The kind of piece `i` (`[s, e)`, flags `f`). */
function kindOf(text: string, P: Pieces, i: number, s: number, e: number, f: number): TokenKind {
  if (P.k[i] !== K_NONE) return KIND_NAMES[P.k[i]!]!;
  const ty = P.t[i];
  if (ty === PUNCT) return e - s === 1 && isSymbolPunct(text.charCodeAt(s)) ? 'symbol' : 'punctuation';
  if (ty === SYM) return 'symbol';
  if (ty === EMOJI) return 'emoji';
  return (f & F_LETTER) !== 0 ? 'word' : (f & F_DIGIT) !== 0 ? 'number' : 'symbol';
}

/** The normal form of a piece written `t` with flags `f`. */
function normalOf(t: string, f: number): string {
  let normal = t;
  if ((f & F_SHY) !== 0) normal = normal.replace(/\u00ad/g, '');
  if ((f & F_NORM) !== 0) normal = normal.normalize('NFC');
  if ((f & F_HAS_UPPER) !== 0) normal = normal.toLowerCase();
  return normal;
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
    out[i] = { text: t, start: s, end: e, kind: kindOf(text, P, i, s, e, f), normal: normalOf(t, f) };
  }
  return out;
}

/**
 * One token of the pipeline, made by a constructor, not an object literal: V8 moves the objects of
 * a literal whose objects outlive their first garbage collections (a text's tokens do) to be made
 * in the old generation from then on, where every young string stored in them (text, normal form,
 * and step 04's tag, lemma and stem) costs a remembered-set entry; a process then ran the tokens'
 * making at twice the CPU. A constructor's objects are always made young. The fields, their
 * order and their values are those of the literal (the JSON is the same).
 */
class PipelineToken implements AnalyzedToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  normal: string;
  pos: AnalyzedToken['pos'];
  lemma: string;
  stopword: boolean;
  stem: string;
  constructor(text: string, start: number, end: number, kind: TokenKind, normal: string) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.normal = normal;
    this.pos = 'X';
    this.lemma = normal;
    this.stopword = false;
    this.stem = normal;
  }
}

/**
 * {@link finalize} for the pipeline: the same tokens, made once in the shape of step 04's
 * {@link AnalyzedToken} (pos `X`, lemma and stem the normal form, not a stopword) for step 04
 * to fill in place, so that a token is one object, not a token and then an annotated copy.
 */
export function finalizeForAnalysis(text: string, P: Pieces): AnalyzedToken[] {
  const n = P.n;
  const out: AnalyzedToken[] = new Array<AnalyzedToken>(n);
  for (let i = 0; i < n; i++) {
    const s = P.s[i]!;
    const e = P.e[i]!;
    const f = P.f[i]!;
    const t = text.slice(s, e);
    const normal = normalOf(t, f);
    out[i] = new PipelineToken(t, s, e, kindOf(text, P, i, s, e, f), normal);
  }
  return out;
}
