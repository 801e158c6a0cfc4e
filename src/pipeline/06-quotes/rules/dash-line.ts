import { SENTENCE_FINAL_CHARS } from '../../../internal/punctuation';
import type { Span } from '../../../types';
import { attributionSentence, findAttribution, introSpeaker, type Attribution } from '../attribution';
import { dashBody, firstPerson, narration, reporterQuestion, trimSpan, wordCount } from '../lines';
import type { FindRule, FindState, Found } from '../model';
import { isLower } from '../people';
import type { RawSpeaker } from '../speaker';

/** {@link findAttribution} over tokens `[a, b)` of one dash quote's lines. */
type FindAt = (a: number, b: number) => Attribution | null;

/**
 * {@link findAttribution} for one dash quote, each token range scanned once: {@link extentOf} asks
 * the quote's lines first and {@link partsOf} asks the same ranges again (a pure function of the
 * range: the second answer is the first one's object).
 */
function attributionsOf(state: FindState): FindAt {
  const { ctx: { text, tokens }, words: w } = state;
  const from: number[] = [];
  const to: number[] = [];
  const found: (Attribution | null)[] = [];
  return (a, b) => {
    for (let i = 0; i < from.length; i++) if (from[i] === a && to[i] === b) return found[i]!;
    const r = findAttribution(text, tokens, a, b, w);
    from.push(a);
    to.push(b);
    found.push(r);
    return r;
  };
}

/**
 * The last line of a dash quote that starts on line `li` (body from token `b0`): the line itself,
 * or in one-sentence-per-line paragraphs the following lines up to the attribution
 * (`– Vi vann.` / `Det var skönt, säger hon.`), or over first-person lines; narration
 * (`Enligt …`, `Han tillägger att …`, quotation marks) ends it.
 */
function extentOf(state: FindState, li: number, b0: number, isDash: readonly boolean[], findAt: FindAt): number {
  const { ctx: { text, tokens }, lines, words: w } = state;
  const line = lines[li]!;
  let last = li;
  if (findAt(b0, line.t1)) return last;
  for (let k = li + 1; k < lines.length && k <= li + 4; k++) {
    const l = lines[k]!;
    if (l.para !== line.para || !l.hard || isDash[k]) break;
    // `– Jag har alltid drömt om det.` / `Att få göra det här är en dröm.` / `Det säger Anna Ek.`:
    // the quote runs up to the attribution sentence two or more lines on.
    if (attributionSentence(text, tokens, l.t0, l.t1, w)) {
      if (k > li + 1) return k - 1;
      break;
    }
    if (narration(tokens, l, w)) break;
    if (findAt(l.t0, l.t1)) return k;
  }
  while (last + 1 < lines.length) {
    const l = lines[last + 1]!;
    if (l.para !== line.para || !l.hard || isDash[last + 1] || !firstPerson(tokens, l, w) || narration(tokens, l, w)) break;
    if (!SENTENCE_FINAL_CHARS.includes(text[lines[last]!.end - 1]!)) break;
    last++;
  }
  return last;
}

/** The quoted parts of lines `[li, last]` with the attribution clauses cut out, and the speaker slot found. */
function partsOf(state: FindState, li: number, last: number, b0: number, body: number, findAt: FindAt): { parts: Span[]; seps: string[]; raw: RawSpeaker | null; cue: string | null } {
  const { ctx: { text, tokens }, lines, words: w } = state;
  const parts: Span[] = [];
  // The punctuation the attribution took from between two parts (`A, säger hon. B` → `. `).
  const seps: string[] = [];
  let pending = ' ';
  const push = (sp: Span): void => {
    if (parts.length > 0) seps.push(pending);
    parts.push(sp);
    pending = ' ';
  };
  let raw: RawSpeaker | null = null;
  let cue: string | null = null;
  let closed = false;
  for (let k = li; k <= last && !closed; k++) {
    const l = lines[k]!;
    let a = k === li ? b0 : l.t0;
    let from = k === li ? body : l.start;
    while (a < l.t1) {
      const at = findAt(a, l.t1);
      if (!at) break;
      const endOff = at.keepPunct ? (at.closing ? tokens[at.from - 1]!.end : tokens[at.from]!.end) : tokens[at.from]!.start;
      const sp = trimSpan(text, from, endOff);
      if (sp) push(sp);
      // A reporting verb's speaker wins over an earlier `enligt` source.
      if (!raw || (cue?.toLowerCase() === 'enligt' && at.cue.toLowerCase() !== 'enligt')) {
        raw = at.raw;
        cue = at.cue;
      }
      if (at.closing) {
        closed = true;
        break;
      }
      const closer = tokens[at.to - 1]?.text ?? '';
      pending = at.to - 1 > at.from && /^[.!?,;]$/.test(closer) ? `${closer} ` : ' ';
      a = at.to;
      from = at.to < l.t1 ? tokens[at.to]!.start : l.end;
      if (from >= l.end) break;
      // What follows the attribution is the quote's second part, unless it is narration
      // (`…, säger Anna Ek. Enligt henne …`, `… Anna Ek berättar att …`).
      if (narration(tokens, { ...l, t0: a }, w) || text.startsWith(at.raw.text, from)) {
        closed = true;
        break;
      }
    }
    if (closed) break;
    if (from < l.end) {
      const sp = trimSpan(text, from, l.end);
      if (sp && wordCount(tokens, a, l.t1) > 0) push(sp);
    }
  }
  return { parts, seps, raw, cue };
}

/** The dash quote starting on line `li`, or null when the line is no quote. */
function dashQuoteAt(state: FindState, li: number, isDash: readonly boolean[]): Found | null {
  const { ctx: { text, tokens }, lines, words: w } = state;
  const line = lines[li]!;
  const body = dashBody(text, line);
  let b0 = line.t0;
  while (b0 < line.t1 && tokens[b0]!.start < body) b0++;
  if (b0 >= line.t1) return null;
  // A lower-case start after a line that does not end a sentence: a parenthetical dash in a
  // hard-wrapped sentence (`Förslaget\n– som lades fram i går –\nfår kritik`), not speech.
  if (isLower(tokens[b0]) && li > 0 && lines[li - 1]!.para === line.para && !/[.!?…:”"]$/.test(text.slice(lines[li - 1]!.start, lines[li - 1]!.end))) return null;
  // `– Hur länge? frågar vi.`: the reporter asking, not a quote.
  if (reporterQuestion(tokens, line, w)) return null;
  const findAt = attributionsOf(state);
  const last = extentOf(state, li, b0, isDash, findAt);
  let { parts, seps, raw, cue } = partsOf(state, li, last, b0, body, findAt);
  // `Det säger X.` on the next line.
  if (!raw && last + 1 < lines.length) {
    const l = lines[last + 1]!;
    const at = attributionSentence(text, tokens, l.t0, l.t1, w);
    if (at) ({ raw, cue } = at);
  }
  if (parts.length === 0) return null;
  const f: Found = { kind: 'dash', parts, raw, cue, line: li, lastLine: last, rule: dashLine.id, seps };
  // `Laura Hartman säger:` / `Så här säger hon:` / `Anna Ek:` on the line before.
  if (!raw && li > 0) {
    const intro = introSpeaker(text, tokens, lines[li - 1]!, w);
    if (intro) {
      f.raw = intro.raw;
      f.cue = intro.cue;
      f.intro = true;
    }
  }
  return f;
}

/** `– Vi vill att fler ska hitta hit, säger Maria Lind.`: a line that opens with a dash is a quote. */
export const dashLine: FindRule = {
  id: 'dash-line',
  doc: 'A line opening with a dash is a quote, its attribution cut out: `– Vi öppnar i maj, säger hon. Alla är välkomna.`',
  stage: 'find',
  apply(state) {
    const { ctx: { text }, lines } = state;
    const isDash = lines.map((l) => dashBody(text, l) >= 0);
    for (let li = 0; li < lines.length; li++) {
      if (!isDash[li]) continue;
      const f = dashQuoteAt(state, li, isDash);
      if (!f) continue;
      state.found.push(f);
      li = f.lastLine;
    }
  },
};
