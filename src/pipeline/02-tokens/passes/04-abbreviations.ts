import {
  ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS, DOTTED_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS,
  SPACED_ABBREVIATIONS, TITLE_ABBREVIATIONS,
} from '../../../data/sv/abbreviations';
import { F_DIGIT_FIRST, F_LOWER, F_UPPER, PUNCT, WORD, gapHasNewline, glued, isChar, isDigits, isLetters, merge, Out, type Piece } from './piece';

const AMBIGUOUS = new Set(AMBIGUOUS_ABBREVIATIONS);
const SINGLE = new Set(ABBREVIATIONS.filter((a) => !AMBIGUOUS.has(a)));
const DOTTED = new Set(DOTTED_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
const FINAL = new Set(SENTENCE_FINAL_ABBREVIATIONS);
const BEFORE_NAMES = new Set(TITLE_ABBREVIATIONS);
/** Spaced forms by their first part: `t` → [['t','ex'], ['t','o','m'], …], longest first. */
const SPACED = new Map<string, string[][]>();
for (const form of SPACED_ABBREVIATIONS) {
  const parts = form.split(' ');
  const list = SPACED.get(parts[0]!) ?? [];
  list.push(parts);
  list.sort((a, b) => b.length - a.length);
  SPACED.set(parts[0]!, list);
}
const MAX_CHAIN = 6;

function lower(text: string, p: Piece): string {
  return text.slice(p.s, p.e).toLowerCase();
}

/** A single `.` piece glued after `p`. */
function dotAfter(text: string, ps: Piece[], i: number): boolean {
  return isChar(text, ps[i + 1], 46) && glued(ps[i], ps[i + 1]);
}

/** The text goes on in the same sentence after piece `j`: a lower-case word or a number follows. */
function continues(ps: Piece[], j: number): boolean {
  const q = ps[j + 1];
  return q !== undefined && q.t === WORD && (q.f & (F_LOWER | F_DIGIT_FIRST)) !== 0;
}

/**
 * A new sentence may start after piece `j` (an abbreviation's dot): the text ends, or a capital, a
 * digit, or a dash / quote / bracket not followed by a lower-case word comes next.
 */
function mayEnd(text: string, ps: Piece[], j: number, digits: boolean): boolean {
  const q = ps[j + 1];
  if (q === undefined) return true;
  if (q.t === WORD) return (q.f & F_UPPER) !== 0 || (digits && (q.f & F_DIGIT_FIRST) !== 0);
  if (q.t !== PUNCT || isChar(text, q, 44) || isChar(text, q, 59) || isChar(text, q, 58) || text.charCodeAt(q.s) === 46) return false;
  // a bracket, quote or dash: look at what follows it (`ff.)` `Ålderspension` ends; `m.m. '` `i det` goes on)
  const r = ps[j + 2];
  if (r === undefined) return true;
  if (r.t === WORD) return (r.f & F_UPPER) !== 0 || (digits && (r.f & F_DIGIT_FIRST) !== 0);
  return false;
}

/**
 * Pass 04 — abbreviations, initials and list numbers.
 *
 * - spaced forms that Talbanken keeps as one token: `t ex`, `s k`, `bl a`, `o s v` (one space between parts);
 * - dotted chains: `t.ex.`, `bl.a.`, `fr.o.m.`, `p.g.a.`, `U.S.A.` (listed, or all parts one or two letters);
 * - listed single abbreviations with their full stop: `kl.`, `resp.`, `tel.`; words that are also
 *   ordinary words (`jul.`, `mån.`) only when the sentence goes on (lower-case word or number next);
 * - initials: one capital letter + `.` before a capitalised word that is not a common sentence starter
 *   (`J. Nivre`, `A. I. Rabin`);
 * - list numbers `7.` at the start of a line or after sentence punctuation, before a word
 *   (`7. För en närmare …`), or before a lower-case word (`2. inbördes hjälp`), as Talbanken
 *   tokenizes them; `i grupp 1. Nästa …` keeps its full stop as punctuation.
 */
export function abbreviations(text: string, ps: Piece[]): Piece[] {
  const out = new Out(ps);
  const n = ps.length;
  let i = 0;
  while (i < n) {
    const p = ps[i]!;
    if (isLetters(p) && p.e - p.s <= 5) {
      const j = spaced(text, ps, i) ?? dotted(text, ps, i) ?? single(text, ps, i) ?? initial(text, ps, i);
      if (j !== null) {
        out.push(merge(ps, i, j, 'word'));
        i = j + 1;
        continue;
      }
    } else if (isDigits(p) && p.k === null && p.e - p.s <= 3 && dotAfter(text, ps, i) && listNumber(text, ps, i, out)) {
      out.push(merge(ps, i, i + 1, 'number'));
      i += 2;
      continue;
    }
    out.push(p);
    i++;
  }
  return out.done();
}

function spaced(text: string, ps: Piece[], i: number): number | null {
  const p = ps[i]!;
  if (p.e - p.s > 2) return null;
  const forms = SPACED.get(lower(text, p));
  if (forms === undefined) return null;
  outer: for (const parts of forms) {
    let j = i;
    for (let k = 1; k < parts.length; k++) {
      const q = ps[j + 1];
      if (q === undefined || !isLetters(q) || q.s !== ps[j]!.e + 1 || text.charCodeAt(ps[j]!.e) !== 32) continue outer;
      if (q.e - q.s !== parts[k]!.length || text.slice(q.s, q.e) !== parts[k]) continue outer;
      j++;
    }
    // not glued to a following hyphen or colon (`s k-` is something else); a glued `.` is punctuation
    const after = ps[j + 1];
    if (after !== undefined && glued(ps[j], after) && (isChar(text, after, 45) || isChar(text, after, 58))) continue;
    return j;
  }
  return null;
}

function dotted(text: string, ps: Piece[], i: number): number | null {
  if (ps[i]!.e - ps[i]!.s > 4) return null;
  let j = i;
  let segs = 1;
  let short = ps[i]!.e - ps[i]!.s <= 2;
  const upper = ps[i]!.f & F_UPPER;
  while (segs < MAX_CHAIN && dotAfter(text, ps, j) && isLetters(ps[j + 2]) && glued(ps[j + 1], ps[j + 2]) && ps[j + 2]!.e - ps[j + 2]!.s <= 4) {
    j += 2;
    segs++;
    // one- and two-letter parts of one case only (`t.o.m.`, `U.S.A.`): `på.De` is a lost space
    if (ps[j]!.e - ps[j]!.s > 2 || (ps[j]!.f & F_UPPER) !== upper) short = false;
  }
  if (segs < 2) return null;
  const key = text.slice(ps[i]!.s, ps[j]!.e).toLowerCase();
  if (!short && !DOTTED.has(key)) return null;
  if (!dotAfter(text, ps, j)) return j;
  return FINAL.has(key) && mayEnd(text, ps, j + 1, true) ? j : j + 1;
}

function single(text: string, ps: Piece[], i: number): number | null {
  if (!dotAfter(text, ps, i)) return null;
  const w = lower(text, ps[i]!);
  // Talbanken: an abbreviation that ends its sentence gives up its dot (`79 proc` `.`, `etc` `.`)
  if (FINAL.has(w)) return mayEnd(text, ps, i + 1, true) ? null : i + 1;
  if (AMBIGUOUS.has(w)) return continues(ps, i + 1) ? i + 1 : null;
  if (BEFORE_NAMES.has(w)) return i + 1;
  if (SINGLE.has(w)) return mayEnd(text, ps, i + 1, false) ? null : i + 1;
  return null;
}

function initial(text: string, ps: Piece[], i: number): number | null {
  const p = ps[i]!;
  if (p.e - p.s !== 1 || (p.f & F_UPPER) === 0 || !dotAfter(text, ps, i)) return null;
  const q = ps[i + 2];
  if (q === undefined || q.t !== WORD || (q.f & F_UPPER) === 0 || glued(ps[i + 1], q)) return null;
  // the next word is itself an initial (`A. I. Rabin`) or a name, not a common sentence starter
  if (!(q.e - q.s === 1 && dotAfter(text, ps, i + 2)) && STARTERS.has(lower(text, q))) return null;
  return i + 1;
}

function listNumber(text: string, ps: Piece[], i: number, out: Out): boolean {
  const q = ps[i + 2];
  if (q === undefined || q.t !== WORD || glued(ps[i + 1], q) || (q.f & F_DIGIT_FIRST) !== 0) return false;
  // an inline numbered item goes on in lower case (`förökelse 2. inbördes hjälp 3. undvikande …`)
  if ((q.f & F_LOWER) !== 0 && ps[i]!.e - ps[i]!.s <= 2) return true;
  const prev = out.last();
  if (prev === undefined || gapHasNewline(text, prev.e, ps[i]!.s)) return true;
  if (prev.t !== PUNCT || glued(prev, ps[i])) return false;
  const c = text.charCodeAt(prev.s);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}
