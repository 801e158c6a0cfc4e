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

/** Quote dashes (en dash, em dash); a hyphen counts when a space follows. */
export const DASHES = '–—';
/** Horizontal white space (not a line break). */
export const WS = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\r\f\v]/;

/** Whether `c` (the character after `. ! ? … , :`) starts a lost line break before a dash; returns the dash offset or -1. */
function lostDashBreak(text: string, i: number, pEnd: number): { k: number; spaces: number } {
  let k = i + 1;
  if (text[k] === '”' || text[k] === '"') k++;
  let spaces = 0;
  while (k < pEnd && WS.test(text[k]!) && spaces < 3) {
    k++;
    spaces++;
  }
  return { k, spaces };
}

/** Splits paragraphs into lines at line breaks and at lost line breaks. Linear. */
export function splitLines(ctx: TextContext): Line[] {
  const { text, tokens } = ctx;
  const out: Line[] = [];
  let ti = 0;
  const push = (a: number, b: number, para: number, hard: boolean): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b <= a) return;
    while (ti < tokens.length && tokens[ti]!.start < a) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= b) tj++;
    out.push({ start: a, end: b, para, hard, t0: ti, t1: tj });
    ti = tj;
  };
  ctx.paragraphs.forEach((p, para) => {
    let from = p.start;
    let hard = true;
    const isLowerAt = (k: number): boolean => k >= p.start && /\p{Ll}/u.test(text[k] ?? '');
    for (let i = p.start; i < p.end; i++) {
      // Speed: only a line break and `. ! ? … , :` matter here; everything else is skipped by
      // its char code, without making a one-character string.
      const code = text.charCodeAt(i);
      if (code !== 0x0a && code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026 && code !== 0x2c && code !== 0x3a) continue;
      const c = text[i]!;
      if (c === '\n') {
        push(from, i, para, hard);
        from = i + 1;
        hard = true;
        continue;
      }
      // Lost line break before a dash: `skadade.– Möbler`, `igen. – Vi`.
      const { k, spaces } = lostDashBreak(text, i, p.end);
      // Also a hyphen used as a quote dash after a sentence end: `vann. - Nu är vi tillbaka …`.
      const hyphenDash = text[k] === '-' && spaces > 0 && SENTENCE_FINAL_CHARS.includes(c) && text[k + 1] === ' ' && /\p{Lu}/u.test(text[k + 2] ?? '');
      if (c !== ',' && (DASHES.includes(text[k] ?? '') || hyphenDash) && k + 1 < p.end && !DASHES.includes(text[k + 1]!) && text[k + 1] !== '\n') {
        push(from, k, para, hard);
        from = k;
        hard = false;
        i = k;
        continue;
      }
      // Lost line break between sentences: `tidigare.Det säger`, `Lindqvist,Hon leder`.
      // Also before a byline in capitals or a number: `Lindqvist.8 SIDOR/TT`, `glädjen.MARTIN EK/8 SIDOR`.
      const next = text[k] ?? '';
      const gluedStart = (/\p{Lu}/u.test(next) && /\p{L}/u.test(text[k + 1] ?? '')) || (c !== ',' && /\d/.test(next));
      if (c !== ':' && spaces === 0 && k === i + 1 && isLowerAt(i - 1) && isLowerAt(i - 2) && gluedStart) {
        push(from, k, para, hard);
        from = k;
        hard = false;
      }
    }
    push(from, p.end, para, hard);
  });
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
