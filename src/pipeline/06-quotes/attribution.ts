/**
 * Attribution clauses: `, säger X` / `? frågar hon` inside a line, `Det säger X.` as a sentence of
 * its own, and the line before a quote that introduces its speaker (`Laura Hartman säger:`).
 *
 * @module
 */
import { isSentenceFinalToken } from '../../internal/punctuation';
import type { Token } from '../../types';
import type { Line } from './model';
import { firstNameLike, isCap, roleShaped } from './people';
import { isCue, parseSpeaker, type RawSpeaker } from './speaker';
import { sentenceStartAt } from './lines';
import type { QuoteWords } from './words';

/** An attribution found in a token range. */
export interface Attribution {
  /** Token index where the clause starts (the comma, or the `Det` of `Det säger X.`). */
  from: number;
  /** Token index after the clause (the sentence-final punctuation is included in the clause). */
  to: number;
  /** Whether the punctuation before the verb (`?`, `!`) stays with the quote. */
  keepPunct: boolean;
  /** `Det säger X.` style: the quote ends here, what follows is narration. */
  closing: boolean;
  /** The reporting verb as written. */
  cue: string;
  /** The speaker slot. */
  raw: RawSpeaker;
}

/** `, säger X` / `? frågar hon` / `– säger hon` at token `k`, or null. */
function clauseAt(text: string, tokens: readonly Token[], k: number, a: number, b: number, w: QuoteWords): Attribution | null {
  const t = tokens[k]!;
  if (!((t.text === ',' || t.text === '?' || t.text === '!' || t.text === '–' || t.text === '…') && k > a && isCue(tokens[k + 1], w) && k + 1 < b)) return null;
  const raw = parseSpeaker(text, tokens, k + 2, b, w);
  // `, enligt förslaget, med …` is a parenthesis inside the quote, not its attribution: an
  // unnamed source after `enligt` must end the sentence.
  let npEnd = k + 2;
  if (raw && raw.kind === 'np') while (npEnd < b && tokens[npEnd]!.end <= raw.end) npEnd++;
  const parenthesis = !!raw && raw.kind === 'np' && tokens[k + 1]!.normal === 'enligt' && npEnd < b && !isSentenceFinalToken(tokens[npEnd]?.text ?? '.');
  if (!raw || parenthesis) return null;
  const to = raw.endToken < b ? raw.endToken + 1 : b;
  return { from: k, to, keepPunct: t.text !== ',' && t.text !== '–', closing: false, cue: tokens[k + 1]!.text, raw };
}

/** Finds the first attribution clause in tokens `[a, b)`. */
export function findAttribution(text: string, tokens: readonly Token[], a: number, b: number, w: QuoteWords): Attribution | null {
  for (let k = a; k < b; k++) {
    const clause = clauseAt(text, tokens, k, a, b, w);
    if (clause) return clause;
    // `Det säger X.` opening a sentence.
    const t = tokens[k]!;
    if (t.kind === 'word' && w.openers.has(t.normal) && sentenceStartAt(tokens, k, a) && k > a && isCue(tokens[k + 1], w) && tokens[k + 1]!.normal !== 'enligt' && k + 1 < b) {
      const raw = parseSpeaker(text, tokens, k + 2, b, w);
      if (raw && raw.kind !== 'np') {
        const to = raw.endToken < b ? raw.endToken + 1 : b;
        return { from: k, to, keepPunct: true, closing: true, cue: tokens[k + 1]!.text, raw };
      }
    }
  }
  return null;
}

/** Whether tokens `[a, b)` start with `Det säger X` (an attribution sentence of its own). */
export function attributionSentence(text: string, tokens: readonly Token[], a: number, b: number, w: QuoteWords): Attribution | null {
  const t = tokens[a];
  if (!t || t.kind !== 'word' || !w.openers.has(t.normal) || !isCue(tokens[a + 1], w) || a + 1 >= b) return null;
  const raw = parseSpeaker(text, tokens, a + 2, b, w);
  if (!raw || raw.kind === 'np') return null;
  return { from: a, to: raw.endToken < b ? raw.endToken + 1 : b, keepPunct: true, closing: true, cue: tokens[a + 1]!.text, raw };
}

/** The speaker a line ending in a colon introduces (`Laura Hartman säger:`, `Hon förklarar:`, `Anna Ek:`). */
export function introSpeaker(text: string, tokens: readonly Token[], p: Line, w: QuoteWords): { raw: RawSpeaker; cue: string | null } | null {
  if (text[p.end - 1] !== ':') return null;
  // `Anna Ek:` alone on the line (an interview transcript).
  if (p.t1 - p.t0 >= 3 && p.t1 - p.t0 <= 5) {
    let k = p.t0;
    while (k < p.t1 - 1 && isCap(tokens[k])) k++;
    if (k === p.t1 - 1 && k - p.t0 >= 2 && firstNameLike(tokens[p.t0]!.text, w)) {
      const start = tokens[p.t0]!.start;
      const end = tokens[k - 1]!.end;
      return { raw: { kind: 'name', start, end, text: text.slice(start, end), endToken: k }, cue: null };
    }
  }
  // Only the last sentence of the line introduces the quote.
  let s0 = p.t1 - 1;
  while (s0 > p.t0 && !isSentenceFinalToken(tokens[s0 - 1]!.text)) s0--;
  for (let k = s0; k < p.t1; k++) {
    if (!isCue(tokens[k], w)) continue;
    const raw = parseSpeaker(text, tokens, k + 1, p.t1 - 1, w) ?? subjectBefore(text, tokens, k, s0, w);
    if (raw) return { raw, cue: tokens[k]!.text };
  }
  return null;
}

/** The subject right before a reporting verb (`Laura Hartman säger:`, `Hon förklarar:`). */
export function subjectBefore(text: string, tokens: readonly Token[], k: number, a: number, w: QuoteWords): RawSpeaker | null {
  const prev = tokens[k - 1];
  if (!prev || k - 1 < a) return null;
  if (w.pronouns.has(prev.normal)) return { kind: 'pronoun', start: prev.start, end: prev.end, text: prev.text, endToken: k };
  if (!isCap(prev)) return null;
  let s = k - 1;
  while (s - 1 >= a && isCap(tokens[s - 1]) && k - s < 4) s--;
  // A role before the name (`Grundaren Ali Demir säger:`) is no part of it.
  while (s < k - 2 && roleShaped(tokens[s]!.text, w) && firstNameLike(tokens[s + 1]!.text, w)) s++;
  // A common noun opening the sentence (`Polisen beskriver …`) is an unnamed source.
  if (s === k - 1 && (prev as { pos?: string }).pos === 'NOUN' && !firstNameLike(prev.text, w) && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && sentenceStartAt(tokens, s, a)) {
    return { kind: 'np', start: prev.start, end: prev.end, text: prev.normal, endToken: k };
  }
  return { kind: 'name', start: tokens[s]!.start, end: prev.end, text: text.slice(tokens[s]!.start, prev.end), endToken: k };
}
