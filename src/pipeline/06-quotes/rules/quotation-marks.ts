import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../../../internal/search';
import { isSentenceFinalToken } from '../../../internal/punctuation';
import type { Paragraph, Span } from '../../../types';
import { attributionSentence, subjectBefore } from '../attribution';
import { inSpans, trimSpan, wordCount } from '../lines';
import type { FindRule, FindState, Found, Who } from '../model';
import { firstNameLike, isCap, isLower } from '../people';
import { isCue, parseSpeaker, type RawSpeaker } from '../speaker';

const OPEN_CLOSE: Record<string, string> = { '”': '”', '"': '"', '»': '«»', '“': '”“', '„': '“”' };

/** The closing mark of a quotation opened at `i` in paragraph `pi`, and whether it runs on into later paragraphs. */
function closeOf(text: string, paras: readonly Paragraph[], pi: number, i: number, c: string, closers: string): { close: number; cont: boolean } {
  const p = paras[pi]!;
  for (let k = i + 1; k < p.end; k++) if (closers.includes(text[k]!)) return { close: k, cont: false };
  // A long quotation runs on into the next paragraph, which opens with the mark again and is not
  // closed at the end of this one (Swedish convention). Only when the mark opens the paragraph or
  // follows a colon (`skrev: ”…`) — a stray mark mid-sentence is a typo. At most five paragraphs
  // on (each paragraph is then scanned a bounded number of times).
  let close = -1;
  let cont = false;
  if (i === p.start || /^[\s*>#]*$/.test(text.slice(p.start, i)) || /:\s*$/.test(text.slice(Math.max(p.start, i - 3), i))) {
    for (let pj = pi + 1; pj < paras.length && pj <= pi + 5 && close < 0; pj++) {
      const q = paras[pj]!;
      if (text[q.start] !== c) break;
      for (let k = q.start + 1; k < q.end; k++) {
        if (closers.includes(text[k]!)) {
          close = k;
          break;
        }
      }
      cont = true;
    }
  }
  return { close, cont };
}

/**
 * A short quotation (`”Helt otroligt!” säger Anna Ek.`) is speech only when it opens a sentence
 * and a reporting verb with a speaker follows right after the mark; otherwise it is a scare quote
 * or a name (`det så kallade ”lyftet”`).
 */
function shortIsSpeech(state: FindState, p: Paragraph, qs: number, qe: number, b: number): boolean {
  const { ctx: { text, tokens }, words: w } = state;
  const om = qs - 1;
  const lead = text.slice(Math.max(p.start, om - 4), om);
  const opens = om === p.start || /(?:[.!?…]\s+|\n\s*)[*>\s]*$/.test(lead) || (om - p.start < 5 && /^[\s*>#]*$/.test(text.slice(p.start, om)));
  let k = b;
  while (k < tokens.length && tokens[k]!.start <= qe) k++;
  if (tokens[k]?.text === ',') k++;
  const t = tokens[k];
  const said = !!t && isCue(t, w) && t.normal !== 'enligt' && !/\n/.test(text.slice(qe, t.start)) && !!parseSpeaker(text, tokens, k + 1, Math.min(tokens.length, k + 30), w);
  return opens && said;
}

/** One part per line when the quotation runs over several lines (a continued paragraph's opening mark dropped). */
function partsOf(text: string, qs: number, qe: number, cont: boolean, c: string): Span[] {
  const parts: Span[] = [];
  let from = qs;
  for (let k = qs; k <= qe; k++) {
    if (k === qe || text[k] === '\n') {
      let sp = trimSpan(text, from, k);
      if (sp && cont && parts.length > 0 && text[sp.start] === c) sp = trimSpan(text, sp.start + 1, sp.end);
      if (sp) parts.push(sp);
      from = k + 1;
    }
  }
  return parts;
}

/** The attribution of a quotation `[qs, qe)` whose words are tokens `[a, b)`: after, as its own sentence, before a colon, or a verb before it. */
function attributionOf(state: FindState, qe: number, a: number, b: number): { raw: RawSpeaker; cue: string | null } | null {
  const { ctx: { text, tokens }, lines, words: w } = state;
  // After: `”…”, skriver X` / `”…” säger X` / `…?” frågar hon`.
  let k = b;
  while (k < tokens.length && tokens[k]!.start <= qe) k++;
  const afterMarks = k;
  const lc = lastStartingAtOrBefore(lines, qe);
  const lineEnd = lc >= 0 ? lines[lc]!.t1 : tokens.length;
  if (k < lineEnd && tokens[k]!.text === ',') k++;
  if (isCue(tokens[k], w) && k < lineEnd) {
    const raw = parseSpeaker(text, tokens, k + 1, lineEnd, w);
    if (raw) return { raw, cue: tokens[k]!.text };
  }
  // After, as its own sentence: `”…” Det säger X.`
  let k2 = afterMarks;
  if (k2 < tokens.length && /^[.!?]$/.test(tokens[k2]!.text)) k2++;
  const at = attributionSentence(text, tokens, k2, Math.min(tokens.length, k2 + 30), w);
  if (at) return { raw: at.raw, cue: at.cue };
  return a > 0 ? attributionBefore(state, a) : null;
}

/** `X säger: ”…”`, `säger X: ”…”`, `Enligt X: ”…”`, or `Hon säger att det är ”…”` before the quotation's first token `a`. */
function attributionBefore(state: FindState, a: number): { raw: RawSpeaker; cue: string | null } | null {
  const { ctx: { text, tokens }, words: w } = state;
  if (tokens[a - 2]?.text === ':') {
    let s = a - 2;
    while (s > 0 && !/^[.!?…”"]+$/.test(tokens[s - 1]!.text) && a - s < 25) s--;
    for (let q = s; q < a - 2; q++) {
      if (!isCue(tokens[q], w)) continue;
      const raw = parseSpeaker(text, tokens, q + 1, a - 2, w) ?? subjectBefore(text, tokens, q, s, w);
      if (raw) return { raw, cue: tokens[q]!.text };
    }
  }
  return verbBefore(state, a);
}

/**
 * Inside a sentence with a reporting or quoting verb before the marks: `Hon säger att det är ”…”`,
 * `Han kallar beslutet ”…”`, `Hon beskriver läget som ”…”` — the verb's subject.
 */
export function verbBefore(state: FindState, a: number): { raw: RawSpeaker; cue: string } | null {
  const { ctx: { text, tokens }, words: w } = state;
  let s = a - 1;
  while (s > 0 && !isSentenceFinalToken(tokens[s - 1]!.text) && a - s < 30) s--;
  for (let q = a - 2; q >= s; q--) {
    const quoting = w.quotingVerbs.has(tokens[q]!.normal);
    if (!(isCue(tokens[q], w) || quoting) || tokens[q]!.normal === 'enligt') continue;
    const raw = subjectBefore(text, tokens, q, s, w) ?? (quoting ? null : parseSpeaker(text, tokens, q + 1, a - 1, w));
    return raw ? { raw, cue: tokens[q]!.text } : null;
  }
  return null;
}

/** The author(s) of a byline `Debattartikel av statsminister A, utrikesminister B och C, Tidningen …`. */
function bylineSpeaker(state: FindState, li: number): Who | null {
  const { ctx: { text, tokens }, lines } = state;
  for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
    const l = lines[k]!;
    let a = -1;
    for (let t = l.t0; t < Math.min(l.t1, l.t0 + 3); t++) if (tokens[t]!.normal === 'av') a = t + 1;
    if (a < 0) continue;
    const names: string[] = [];
    let t = a;
    while (t < l.t1) {
      while (t < l.t1 && (isLower(tokens[t]) || /^(?:\p{Lu}+-)\p{Ll}+$/u.test(tokens[t]!.text))) t++;
      if (!isCap(tokens[t]) || !firstNameLike(tokens[t]!.text, state.words)) break;
      let e = t + 1;
      while (e < l.t1 && isCap(tokens[e])) e++;
      names.push(text.slice(tokens[t]!.start, tokens[e - 1]!.end));
      t = e;
      if (tokens[t]?.text === ',' || tokens[t]?.normal === 'och') t++;
      else break;
    }
    if (names.length === 0) continue;
    const name = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
    return { name, named: true };
  }
  return null;
}

/** A quotation found at `[qs, qe)` (opening mark at `i`, closing at `close`): with its attribution, as a quoted heading, or null. */
function quotationAt(state: FindState, p: Paragraph, i: number, close: number, cont: boolean): Found | null {
  const { ctx: { text, tokens }, lines, words: w } = state;
  const c = text[i]!;
  const qs = i + 1;
  const qe = close;
  const a = firstStartingAtOrAfter(tokens, qs);
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= qe) b++;
  const nWords = wordCount(tokens, a, b);
  if (nWords === 0) return null;
  if (nWords < 4 && !shortIsSpeech(state, p, qs, qe, b)) return null;
  const parts = partsOf(text, qs, qe, cont, c);
  if (parts.length === 0) return null;
  const f: Found = { kind: 'marks', parts, raw: null, cue: null, line: -1, lastLine: -1, rule: quotationMarks.id };
  const li0 = lastStartingAtOrBefore(lines, qs);
  const lineOf = li0 >= 0 && qs < lines[li0]!.end ? lines[li0] : undefined;
  const at = attributionOf(state, qe, a, b);
  if (at) {
    f.raw = at.raw;
    f.cue = at.cue;
    return f;
  }
  // A whole heading in quotation marks (`# ”Den verkliga segern …”`) is the author's statement;
  // a title noun before the marks (`rapporten ”…”`) is never speech.
  const prevWord = a > 0 ? tokens[a - 2] : undefined;
  const titled = !!prevWord && prevWord.kind === 'word' && w.titleNounSuffixes.some((s) => prevWord.normal.endsWith(s));
  if (lineOf && !titled && /^[#*\s]*$/.test(text.slice(lineOf.start, i)) && /^[\s*.!?]*$/.test(text.slice(close + 1, lineOf.end))) {
    f.fixed = bylineSpeaker(state, li0);
    return f;
  }
  return null;
}

/** `”Vi ser ingen annan utväg”, skriver vd Karl Berg.`: words in quotation marks with a speaker are a quote. */
export const quotationMarks: FindRule = {
  id: 'quotation-marks',
  doc: 'Words in quotation marks (four or more, or fewer opening a sentence before `säger X`) with an attribution: `”Vi ser ingen utväg”, skriver Karl Berg.`',
  stage: 'find',
  apply(state) {
    const { ctx: { text, paragraphs: paras }, lines } = state;
    const dashSpans = state.found.filter((f) => f.kind === 'dash').map((f) => ({ start: lines[f.line]!.start, end: lines[f.lastLine]!.end }));
    // Offset before which the scan must not look for openers (after a quotation that ran on into later paragraphs).
    let resume = 0;
    for (let pi = 0; pi < paras.length; pi++) {
      const p = paras[pi]!;
      const exhausted = new Set<string>();
      for (let i = Math.max(p.start, resume); i < p.end; i++) {
        // Speed: skip by char code everything that is not an opening mark of OPEN_CLOSE (" ” » “ „).
        const code = text.charCodeAt(i);
        if (code !== 0x22 && code !== 0x201d && code !== 0xbb && code !== 0x201c && code !== 0x201e) continue;
        const c = text[i]!;
        const closers = OPEN_CLOSE[c];
        if (!closers || exhausted.has(c)) continue;
        // An opening mark stands before a word, after a space, bracket, dash, colon or line start.
        if (i > p.start && !/[\s([–—:\-#*]/.test(text[i - 1]!)) continue;
        if (/\s/.test(text[i + 1] ?? ' ')) continue;
        const { close, cont } = closeOf(text, paras, pi, i, c, closers);
        if (close < 0) {
          exhausted.add(c);
          continue;
        }
        if (cont) resume = close + 1;
        const opened = i;
        i = close;
        if (inSpans(dashSpans, opened + 1)) continue;
        const f = quotationAt(state, p, opened, close, cont);
        if (f) state.found.push(f);
      }
    }
  },
};
