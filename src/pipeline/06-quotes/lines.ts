/**
 * Lines and small token helpers of the quote step: the text split into lines (also where a line
 * break was lost), dash bodies, span trimming, and the line tests the rules share (narration,
 * first person, list items, question lines).
 *
 * @module
 */
import { lastStartingAtOrBefore } from '../../internal/search';
import { isSentenceFinalToken, SENTENCE_FINAL_CHARS } from '../../internal/punctuation';
import type { Span, TextContext, Token } from '../../types';
import type { Line } from './model';
import { isCap } from './people';
import { isCue } from './speaker';
import type { QuoteWords } from './words';
import { isSpaceCode } from '../01-paragraphs';

/** Quote dashes (en dash, em dash); a hyphen counts when a space follows. */
export const DASHES = '–—';
/** Horizontal white space (not a line break). */
export const WS = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\r\f\v]/;

/** Whether a char code is horizontal white space: {@link WS} by code, without a one-character string. */
function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 13 || c === 12 || c === 11;
}

/** Whether a char code is a quote dash of {@link DASHES} (en dash, em dash). */
function isDashCode(c: number): boolean {
  return c === 0x2013 || c === 0x2014;
}

/**
 * After `. ! ? … , :` at `i`: the offset after an optional closing quotation mark (`”`, `"`) and
 * up to three horizontal spaces before `pEnd`, where a lost line break would put the next line.
 */
function lostBreakAt(text: string, i: number, pEnd: number): number {
  let q = i + 1;
  const c = text.charCodeAt(q);
  if (c === 0x201d || c === 0x22) q++;
  let k = q;
  while (k < pEnd && k - q < 3 && isHorizontalSpace(text.charCodeAt(k))) k++;
  return k;
}

/** Whether `text[k]` is a lower-case letter at or after the paragraph start `pStart`. */
function isLowerAt(text: string, k: number, pStart: number): boolean {
  return k >= pStart && /\p{Ll}/u.test(text[k] ?? '');
}

/**
 * Where a line of paragraph `[pStart, pEnd)` ends at the `. ! ? … , :` at `i` though no line break
 * follows: -1 when it does not; else the next line's start, negated minus 2 when the next line
 * starts with a dash (the scan goes on after the dash).
 */
function lostBreak(text: string, i: number, c: number, pStart: number, pEnd: number): number {
  const k = lostBreakAt(text, i, pEnd);
  const spaces = k > i + 1 ? k - i - 1 - (text.charCodeAt(i + 1) === 0x201d || text.charCodeAt(i + 1) === 0x22 ? 1 : 0) : 0;
  // Lost line break before a dash: `skadade.– Möbler`, `igen. – Vi`; also a hyphen used as a quote
  // dash after a sentence end: `vann. - Nu är vi tillbaka …`.
  if (c !== 0x2c && k + 1 < pEnd && !isDashCode(text.charCodeAt(k + 1)) && text.charCodeAt(k + 1) !== 0x0a) {
    const d = text.charCodeAt(k);
    if (isDashCode(d) || (d === 0x2d && spaces > 0 && c !== 0x3a && text.charCodeAt(k + 1) === 0x20 && /\p{Lu}/u.test(text[k + 2] ?? ''))) return -2 - k;
  }
  // Lost line break between sentences: `tidigare.Det säger`, `Lindqvist,Hon leder`.
  // Also before a byline in capitals or a number: `Lindqvist.8 SIDOR/TT`, `glädjen.MARTIN EK/8 SIDOR`.
  if (c === 0x3a || k !== i + 1 || !isLowerAt(text, i - 1, pStart) || !isLowerAt(text, i - 2, pStart)) return -1;
  const next = text[k] ?? '';
  const gluedStart = (/\p{Lu}/u.test(next) && /\p{L}/u.test(text[k + 1] ?? '')) || (c !== 0x2c && /\d/.test(next));
  return gluedStart ? k : -1;
}

/**
 * Splits paragraphs into lines at line breaks and at lost line breaks. Linear. Speed: only a line
 * break and `. ! ? … , :` matter, tested by char code; the letter tests run only where the cheap
 * ones (no space, no closing quotation mark) leave a glued sentence start possible.
 */
export function splitLines(ctx: TextContext): Line[] {
  const { text, tokens } = ctx;
  const out: Line[] = [];
  let ti = 0;
  const push = (a: number, b: number, para: number, hard: boolean): void => {
    // (`isSpaceCode` is `/\s/` by char code: no one-character string and regex per character)
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    while (ti < tokens.length && tokens[ti]!.start < a) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= b) tj++;
    out.push({ start: a, end: b, para, hard, t0: ti, t1: tj });
    ti = tj;
  };
  const paragraphs = ctx.paragraphs;
  for (let para = 0; para < paragraphs.length; para++) {
    const pStart = paragraphs[para]!.start;
    const pEnd = paragraphs[para]!.end;
    let from = pStart;
    let hard = true;
    for (let i = pStart; i < pEnd; i++) {
      const code = text.charCodeAt(i);
      if (code !== 0x0a && code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026 && code !== 0x2c && code !== 0x3a) continue;
      if (code === 0x0a) {
        push(from, i, para, hard);
        from = i + 1;
        hard = true;
        continue;
      }
      const k = lostBreak(text, i, code, pStart, pEnd);
      if (k === -1) continue;
      const at = k >= 0 ? k : -2 - k;
      push(from, at, para, hard);
      from = at;
      hard = false;
      if (k < 0) i = at;
    }
    push(from, pEnd, para, hard);
  }
  return out;
}

/** Whether `pos` lies inside one of the non-overlapping spans sorted by start. */
export function inSpans(spans: readonly Span[], pos: number): boolean {
  const i = lastStartingAtOrBefore(spans, pos);
  return i >= 0 && pos < spans[i]!.end;
}

/** Number of word/number tokens in `[a, b)`. */
export function wordCount(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'number') n++;
  return n;
}

/** Whether token `k` starts a sentence within `[a, …)`: first token or after sentence-final punctuation. */
export function sentenceStartAt(tokens: readonly Token[], k: number, a: number): boolean {
  return k === a || isSentenceFinalToken(tokens[k - 1]!.text);
}

/** Whether the line opens with a quote dash; returns the offset after the dash and spaces, or -1. */
export function dashBody(text: string, line: Line): number {
  // Markdown emphasis or a block quote before the dash (`**– …**`, `> – …`).
  let s0 = line.start;
  while (s0 < line.end && s0 - line.start < 4 && /[*_>\s]/.test(text[s0]!)) s0++;
  const c = text[s0]!;
  let k = s0 + 1;
  if (DASHES.includes(c)) {
    if (DASHES.includes(text[k] ?? '') || text[k] === '-') return -1;
  } else if (c === '-') {
    if (!WS.test(text[k] ?? '')) return -1;
  } else return -1;
  while (k < line.end && WS.test(text[k]!)) k++;
  return k < line.end ? k : -1;
}

/** Trims whitespace (and a trailing comma, dash or Markdown emphasis) off a span. */
export function trimSpan(text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /[\s,–*_-]/.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}

/**
 * Whether a line is narration that ends a quote running over several lines: it holds quotation
 * marks (another quote), opens with `Enligt`, or has a reporting verb after a third-person subject
 * (`Han tillägger att …`).
 */
export function narration(tokens: readonly Token[], line: Line, w: QuoteWords): boolean {
  for (let k = line.t0; k < line.t1; k++) {
    const t = tokens[k]!;
    if ('”"»«“„'.includes(t.text)) return true;
    if (k === line.t0 && t.normal === 'enligt') return true;
    // `Han tillägger att …`, `Anna Ek menar …` — but not `Jag tror …` (speech).
    const prev = tokens[k - 1];
    if (isCue(t, w) && k > line.t0 && prev && (/^(han|hon|hen|de)$/.test(prev.normal) || (isCap(prev) && !w.firstPerson.has(prev.normal)))) return true;
  }
  return false;
}

/** Whether a line contains a first- or second-person word (speech rather than narration). */
export function firstPerson(tokens: readonly Token[], line: Line, w: QuoteWords): boolean {
  for (let k = line.t0; k < line.t1; k++) if (w.firstPerson.has(tokens[k]!.normal)) return true;
  return false;
}

/** Whether a line reads like a list item: no sentence-final punctuation and short. */
export function listLike(text: string, tokens: readonly Token[], line: Line): boolean {
  const words = wordCount(tokens, line.t0, line.t1);
  const last = text[line.end - 1]!;
  return !SENTENCE_FINAL_CHARS.includes(last) && !'”"»'.includes(last) && words < 8;
}

/**
 * Whether a dash line is the reporter's own question: it ends `? frågar vi.` / `? undrar jag`
 * (the interviewer writing in the first person). Looks at the last four tokens only.
 */
export function reporterQuestion(tokens: readonly Token[], line: Line, w: QuoteWords): boolean {
  let k = line.t1 - 1;
  if (k >= line.t0 && /^[.!]$/.test(tokens[k]!.text)) k--;
  return k - 2 >= line.t0 && /^(vi|jag)$/.test(tokens[k]!.normal) && w.askVerbs.has(tokens[k - 1]!.normal) && tokens[k - 2]!.text === '?';
}

/**
 * An interviewer's question on a line of its own before an answer (`Varför skrev du boken?`,
 * `**Vad händer nu?**`): one short sentence (at most 25 words) ending in `?`, outside any quote.
 */
export function questionLine(text: string, tokens: readonly Token[], line: Line, skip: (at: number) => boolean): boolean {
  let e = line.end;
  while (e > line.start && /[\s*_]/.test(text[e - 1]!)) e--;
  if (e === line.start || text[e - 1] !== '?' || skip(line.start) || skip(e - 1)) return false;
  // One sentence: `Karin Ek leder utredningen. Vad händer nu?` is running text, not a question line.
  return wordCount(tokens, line.t0, line.t1) <= 25 && !/[.!?…]\s/.test(text.slice(line.start, e - 1));
}

/** Token range `[a, b)` of a span, searching from a line's first token. */
export function tokenRange(tokens: readonly Token[], sp: Span, line: Line): [number, number] {
  let a = line.t0;
  while (a > 0 && tokens[a - 1]!.end > sp.start) a--;
  while (a < tokens.length && tokens[a]!.start < sp.start) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= sp.end) b++;
  return [a, b];
}
