import {
  ABBREVIATIONS, ABBREVIATIONS_THAT_ARE_WORDS, AMBIGUOUS_ABBREVIATIONS, DOTTED_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS,
  SPACED_ABBREVIATIONS, TITLE_ABBREVIATIONS,
} from '../../../data/sv/abbreviations';
import {
  F_DIGIT_FIRST, F_LOWER, F_UPPER, K_NONE, K_NUMBER, K_WORD, PUNCT, WORD, copy, gapHasNewline, glued, isChar, isDigits,
  isLetters, len, merge, type Pieces,
} from './piece';

const AMBIGUOUS = new Set(AMBIGUOUS_ABBREVIATIONS);
const SINGLE = new Set(ABBREVIATIONS.filter((a) => !AMBIGUOUS.has(a)));
const DOTTED = new Set(DOTTED_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
const FINAL = new Set(SENTENCE_FINAL_ABBREVIATIONS);
const BEFORE_NAMES = new Set(TITLE_ABBREVIATIONS);
const WORDS = new Set(ABBREVIATIONS_THAT_ARE_WORDS);
/** Spaced forms by their first part: `t` → [['t','ex'], ['t','o','m'], …], longest first. */
const SPACED = new Map<string, string[][]>();
for (const form of SPACED_ABBREVIATIONS) {
  const parts = form.split(' ');
  const list = SPACED.get(parts[0]!) ?? [];
  list.push(parts);
  list.sort((a, b) => b.length - a.length);
  SPACED.set(parts[0]!, list);
}
/** Longest dotted chain looked at (keeps the pass linear on `a.a.a.a…`). */
const MAX_CHAIN = 6;

function lower(text: string, P: Pieces, i: number): string {
  return text.slice(P.s[i], P.e[i]).toLowerCase();
}

/** A single `.` piece glued after piece `i`. */
function dotAfter(text: string, P: Pieces, i: number): boolean {
  return isChar(text, P, i + 1, 46) && glued(P, i, i + 1);
}

/** The text goes on in the same sentence after piece `j`: a lower-case word or a number follows. */
function continues(P: Pieces, j: number): boolean {
  const q = j + 1;
  return q < P.n && P.t[q] === WORD && (P.f[q]! & (F_LOWER | F_DIGIT_FIRST)) !== 0;
}

/**
 * A new sentence may start after piece `j` (an abbreviation's dot): the text ends, or a capital
 * (or, with `digits`, a digit) comes next, possibly after a bracket, quote or dash.
 */
function mayEnd(text: string, P: Pieces, j: number, digits: boolean): boolean {
  const q = j + 1;
  if (q >= P.n) return true;
  if (P.t[q] === WORD) return (P.f[q]! & F_UPPER) !== 0 || (digits && (P.f[q]! & F_DIGIT_FIRST) !== 0);
  if (P.t[q] !== PUNCT || isChar(text, P, q, 44) || isChar(text, P, q, 59) || isChar(text, P, q, 58) || text.charCodeAt(P.s[q]!) === 46) return false;
  // a bracket, quote or dash: look at what follows it (`ff.)` `Ålderspension` ends; `m.m. '` `i det` goes on)
  const r = j + 2;
  if (r >= P.n) return true;
  if (P.t[r] === WORD) return (P.f[r]! & F_UPPER) !== 0 || (digits && (P.f[r]! & F_DIGIT_FIRST) !== 0);
  return false;
}

/**
 * Pass 04 — abbreviations, initials and list numbers.
 *
 * - spaced forms that Talbanken keeps as one token: `t ex`, `s k`, `bl a`, `o s v` (one space, or one
 *   line break of wrapped text, between parts);
 * - dotted chains: `t.ex.`, `bl.a.`, `fr.o.m.`, `p.g.a.`, `U.S.A.` (listed, or all parts one or two letters);
 * - listed single abbreviations with their full stop: `kl.`, `resp.`, `tel.`; words that are also
 *   ordinary words (`jul.`, `mån.`) only when the sentence goes on (lower-case word or number next);
 *   abbreviations that often end a sentence (`etc.`, `proc.`) give their dot to the sentence end;
 * - initials: one capital letter + `.` before a capitalised word that is not a common sentence starter
 *   (`J. Nivre`, `A. I. Rabin`);
 * - list numbers `7.` at the start of a line or after sentence punctuation, before a word
 *   (`7. För en närmare …`), or before a lower-case word (`2. inbördes hjälp`), as Talbanken
 *   tokenizes them; `i grupp 1. Nästa …` keeps its full stop as punctuation.
 */
export function abbreviations(text: string, P: Pieces): void {
  const n = P.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    // fast precheck: every rule below needs a glued `.` or (spaced forms) one space and a short word
    if (isLetters(P, i) && len(P, i) <= 5 && (dotAfter(text, P, i) || (len(P, i) <= 2 && i + 1 < P.n && P.s[i + 1] === P.e[i]! + 1))) {
      const j = spaced(text, P, i) ?? dotted(text, P, i) ?? single(text, P, i) ?? initial(text, P, i);
      if (j !== null) {
        merge(P, i, j, K_WORD, w++);
        i = j + 1;
        continue;
      }
    } else if (isDigits(P, i) && P.k[i] === K_NONE && len(P, i) <= 3 && dotAfter(text, P, i) && listNumber(text, P, i, w)) {
      merge(P, i, i + 1, K_NUMBER, w++);
      i += 2;
      continue;
    }
    copy(P, i++, w++);
  }
  P.n = w;
}

function spaced(text: string, P: Pieces, i: number): number | null {
  if (len(P, i) > 2) return null;
  const forms = SPACED.get(lower(text, P, i));
  if (forms === undefined) return null;
  outer: for (const parts of forms) {
    let j = i;
    for (let k = 1; k < parts.length; k++) {
      const q = j + 1;
      const gap = text.charCodeAt(P.e[j]!);
      if (!isLetters(P, q) || P.s[q] !== P.e[j]! + 1 || (gap !== 32 && gap !== 10)) continue outer;
      if (len(P, q) !== parts[k]!.length || text.slice(P.s[q], P.e[q]) !== parts[k]) continue outer;
      j++;
    }
    // not glued to a following hyphen or colon (`s k-` is something else); a glued `.` is punctuation
    if (glued(P, j, j + 1) && (isChar(text, P, j + 1, 45) || isChar(text, P, j + 1, 58))) continue;
    return j;
  }
  return null;
}

function dotted(text: string, P: Pieces, i: number): number | null {
  if (len(P, i) > 4) return null;
  let j = i;
  let segs = 1;
  let short = len(P, i) <= 2;
  const upper = P.f[i]! & F_UPPER;
  while (segs < MAX_CHAIN && dotAfter(text, P, j) && isLetters(P, j + 2) && glued(P, j + 1, j + 2) && len(P, j + 2) <= 4) {
    j += 2;
    segs++;
    // one- and two-letter parts of one case only (`t.o.m.`, `U.S.A.`): `på.De` is a lost space
    if (len(P, j) > 2 || (P.f[j]! & F_UPPER) !== upper) short = false;
  }
  if (segs < 2) return null;
  const key = text.slice(P.s[i], P.e[j]).toLowerCase();
  if (!short && !DOTTED.has(key)) return null;
  if (!dotAfter(text, P, j)) return j;
  return FINAL.has(key) && mayEnd(text, P, j + 1, true) ? j : j + 1;
}

function single(text: string, P: Pieces, i: number): number | null {
  if (!dotAfter(text, P, i)) return null;
  const w = lower(text, P, i);
  // the whole text is one abbreviation and its dot (`Dec.`, `osv.`): one token, unless it is also a word
  if (i === 0 && P.n === 2 && (SINGLE.has(w) || FINAL.has(w) || AMBIGUOUS.has(w)) && !WORDS.has(w)) return i + 1;
  // Talbanken: an abbreviation that ends its sentence gives up its dot (`79 proc` `.`, `etc` `.`)
  if (FINAL.has(w)) return mayEnd(text, P, i + 1, true) ? null : i + 1;
  if (AMBIGUOUS.has(w)) return continues(P, i + 1) ? i + 1 : null;
  if (BEFORE_NAMES.has(w)) return i + 1;
  if (SINGLE.has(w)) return mayEnd(text, P, i + 1, false) ? null : i + 1;
  return null;
}

function initial(text: string, P: Pieces, i: number): number | null {
  if (len(P, i) !== 1 || (P.f[i]! & F_UPPER) === 0 || !dotAfter(text, P, i)) return null;
  const q = i + 2;
  if (q >= P.n || P.t[q] !== WORD || glued(P, i + 1, q)) return null;
  // after a capitalised name and before a lower-case word, the sentence goes on: a middle initial
  // or a regnal number (`Anders I. tycker`, `Karl X. var`)
  if ((P.f[q]! & F_UPPER) === 0) return (P.f[q]! & F_LOWER) !== 0 && i > 0 && P.t[i - 1] === WORD && (P.f[i - 1]! & F_UPPER) !== 0 && !glued(P, i - 1, i) ? i + 1 : null;
  // the next word is itself an initial (`A. I. Rabin`) or a name, not a common sentence starter
  if (!(len(P, q) === 1 && dotAfter(text, P, q)) && STARTERS.has(lower(text, P, q))) return null;
  return i + 1;
}

/** `w` is where the pass writes: piece `w - 1` is the (already rewritten) previous piece. */
function listNumber(text: string, P: Pieces, i: number, w: number): boolean {
  const q = i + 2;
  if (q >= P.n || P.t[q] !== WORD || glued(P, i + 1, q) || (P.f[q]! & F_DIGIT_FIRST) !== 0) return false;
  // an inline numbered item goes on in lower case (`förökelse 2. inbördes hjälp 3. undvikande …`)
  if ((P.f[q]! & F_LOWER) !== 0 && len(P, i) <= 2) return true;
  if (w === 0 || gapHasNewline(text, P.e[w - 1]!, P.s[i]!)) return true;
  if (P.t[w - 1] !== PUNCT || glued(P, w - 1, i)) return false;
  const c = text.charCodeAt(P.s[w - 1]!);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}
