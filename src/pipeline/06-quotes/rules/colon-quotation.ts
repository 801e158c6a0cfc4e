import { firstStartingAtOrAfter } from '../../../internal/search';
import { introSpeaker } from '../attribution';
import { trimSpan, wordCount } from '../lines';
import type { FindRule, FindState, Found, Line } from '../model';

const OPENERS = '”"»“„';
const CLOSERS = '”"«“';

/** The quoted words `[qs, qe)` of a quotation that runs from `open` to the end of line `l`, or null. */
function wholeQuotation(state: FindState, l: Line, open: number): { qs: number; qe: number } | null {
  const { ctx: { text, tokens } } = state;
  let e = l.end;
  while (e > open && /[\s*_]/.test(text[e - 1]!)) e--;
  if (!OPENERS.includes(text[open] ?? '') || !CLOSERS.includes(text[e - 1] ?? '') || e - 1 <= open + 1) return null;
  const inner = text.slice(open + 1, e - 1);
  if (/[”"»«“„]/.test(inner)) return null;
  const a = firstStartingAtOrAfter(tokens, open + 1);
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= e - 1) b++;
  return wordCount(tokens, a, b) >= 4 ? { qs: open + 1, qe: e - 1 } : null;
}

/**
 * A quotation that a colon introduces and that fills the rest of its line: the end of the title
 * (`Kaptenen efter förlusten: ”Vi måste skapa fler chanser framåt”`) or a whole paragraph after a line ending
 * in a colon (`… med följande motivering:` / `”Hon har under många år …”`).
 */
function colonQuotationAt(state: FindState, li: number): Found | null {
  const { ctx: { text, tokens }, lines, words: w } = state;
  const l = lines[li]!;
  let open = -1;
  if (li === 0) {
    const m = /:\s*[”"»“„][^:]*$/.exec(text.slice(l.start, l.end));
    if (m) open = l.start + m.index + m[0].search(/[”"»“„]/);
  } else if (text[lines[li - 1]!.end - 1] === ':') {
    open = l.start;
    while (open < l.end && /[\s*>#]/.test(text[open]!)) open++;
  }
  if (open < 0) return null;
  const q = wholeQuotation(state, l, open);
  const sp = q && trimSpan(text, q.qs, q.qe);
  if (!sp) return null;
  const f: Found = { kind: 'marks', parts: [sp], raw: null, cue: null, line: -1, lastLine: -1, rule: colonQuotation.id };
  const intro = li > 0 ? introSpeaker(text, tokens, lines[li - 1]!, w) : null;
  if (intro) {
    f.raw = intro.raw;
    f.cue = intro.cue;
  }
  return f;
}

/** `… med följande motivering:` / `”Hon har i många år …”`: a quotation a colon introduces is a quote, with or without a speaker. */
export const colonQuotation: FindRule = {
  id: 'colon-quotation',
  doc: 'A quotation of four words or more that a colon introduces and that fills its line: `Kaptenen efter förlusten: ”Vi måste skapa fler chanser framåt”`, `… följande motivering:` / `”Hon har …”`.',
  stage: 'find',
  apply(state) {
    const taken = state.found.flatMap((f) => f.parts);
    const free = (a: number, b: number): boolean => !taken.some((p) => p.start < b && a < p.end);
    for (let li = 0; li < state.lines.length; li++) {
      const f = colonQuotationAt(state, li);
      if (f && free(f.parts[0]!.start - 1, f.parts[0]!.end + 1)) state.found.push(f);
    }
  },
};
