/**
 * Character-offset alignment between compromise's terms and swedish-nlp's tokens and spans.
 * The two tokenizers disagree on some strings (`t.ex.`, `EU:s`, `1 000`, dashes glued to words);
 * nothing here assumes they agree: a term and a token belong together when their character
 * ranges overlap.
 *
 * @module
 */
import type { Span } from '../types';

/** A compromise term as the plugin reads and writes it (compromise's internal term object). */
export interface CompromiseTerm {
  /** The term as written, without the punctuation and whitespace around it. */
  text: string;
  /** Punctuation and whitespace before the term. */
  pre: string;
  /** Punctuation and whitespace after the term. */
  post: string;
  /** compromise's normalised form. */
  normal: string;
  /** The term's tags. */
  tags: Set<string>;
  /** compromise's root form: the plugin writes the Swedish lemma here. */
  root?: string;
}

/** A compromise pointer: sentence `n`, terms `[start, end)` of that sentence. */
export type Pointer = [n: number, start: number, end: number];

/** One term with where it sits: sentence `n`, index `i`, characters `[start, end)`. */
export interface PlacedTerm extends Span {
  /** The term. */
  term: CompromiseTerm;
  /** Sentence index in the compromise document. */
  n: number;
  /** Term index in its sentence. */
  i: number;
}

/** Every term of a compromise document with its character range, in text order. */
export function placeTerms(document: readonly (readonly CompromiseTerm[])[]): PlacedTerm[] {
  const placed: PlacedTerm[] = [];
  let at = 0;
  document.forEach((terms, n) => {
    terms.forEach((term, i) => {
      const start = at + term.pre.length;
      placed.push({ term, n, i, start, end: start + term.text.length });
      at = start + term.text.length + term.post.length;
    });
  });
  return placed;
}

/** Whether `[a.start, a.end)` and `[b.start, b.end)` share a character (an empty range counts at its position). */
function overlaps(a: Span, b: Span): boolean {
  return a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);
}

/** Index of the first placed term that ends at or after `at` (terms are in text order and never overlap). */
function firstEndingFrom(terms: readonly PlacedTerm[], at: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each span, the placed terms it overlaps, in text order (a binary search, then the hits). */
export function termsPerSpan(terms: readonly PlacedTerm[], spans: readonly Span[]): PlacedTerm[][] {
  return spans.map((span) => {
    const hit: PlacedTerm[] = [];
    const stop = Math.max(span.end, span.start + 1);
    for (let k = firstEndingFrom(terms, span.start); k < terms.length && terms[k]!.start < stop; k++) {
      if (overlaps(terms[k]!, span)) hit.push(terms[k]!);
    }
    return hit;
  });
}

/** The compromise pointers covering these placed terms: one per run of neighbouring terms in a sentence. */
export function pointersOf(terms: readonly PlacedTerm[]): Pointer[] {
  const pointers: Pointer[] = [];
  for (const t of terms) {
    const last = pointers[pointers.length - 1];
    if (last && last[0] === t.n && last[2] === t.i) last[2] = t.i + 1;
    else pointers.push([t.n, t.i, t.i + 1]);
  }
  return pointers;
}
