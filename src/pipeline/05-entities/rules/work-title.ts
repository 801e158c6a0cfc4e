/**
 * Titles of works are no names: a capitalised run after a noun for a work (`filmen Sommar i
 * Jemen`, `albumet Blue Horizon`, `hennes bok Snöstorm`) is a title, so no mention is made inside it.
 *
 * @module
 */
import { TITLE_INNER_WORDS, WORK_POSSESSIVES } from '../../../data/sv/entity-lexicon';
import type { AnalyzedToken } from '../../../types';
import { isCap } from '../features';
import type { EntityWork } from '../work';
import type { SpansRule } from './types';
import { isDefiniteWorkNoun, isIndefiniteWorkNoun, triggersOf, WORK_NOUN } from '../triggers';

const POSSESSIVE = new Set(WORK_POSSESSIVES.split('|'));
const INNER = new Set(TITLE_INNER_WORDS.split('|'));
/** Opening quotation marks, each one character (the rule's first test relies on it). */
const OPEN_QUOTES = new Set(['”', '"', '“', '»', "'", '‘', '’']);

/** Whether token `k` is a noun for a work that a title may follow. */
function isWorkNoun(tokens: readonly AnalyzedToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const n = t.normal;
  if (isDefiniteWorkNoun(n)) return true;
  if (!isIndefiniteWorkNoun(n)) return false;
  // A possessive right before, or before one lower-case word (`hans nya album`).
  const p1 = tokens[k - 1], p2 = tokens[k - 2];
  return !!p1 && (POSSESSIVE.has(p1.normal) || (!!p2 && /^\p{Ll}/u.test(p1.text) && POSSESSIVE.has(p2.normal)));
}

/** The end (exclusive) of a title that starts at token `j`, or `j` when no title starts there. */
function titleEnd(w: EntityWork, j: number): number {
  const { tokens } = w;
  const first = tokens[j];
  if (!first) return j;
  if (OPEN_QUOTES.has(first.text)) {
    // A quoted title runs to the closing quote on the same line (at most 12 tokens).
    for (let e = j + 1; e < tokens.length && e - j <= 12; e++) {
      if (tokens[e]!.text === first.text || (first.text === '“' && tokens[e]!.text === '”') || (first.text === '»' && tokens[e]!.text === '«') || (first.text === '‘' && tokens[e]!.text === '’')) return e + 1;
      if (w.text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes('\n')) break;
    }
    return j;
  }
  if (first.kind !== 'word' || !isCap(first.text) || w.initialTok[j]) return j;
  let e = j + 1;
  for (;;) {
    const t = tokens[e];
    if (!t || t.kind !== 'word' || w.initialTok[e]) break;
    if (isCap(t.text)) { e++; continue; }
    // A small word inside the title when a capitalised word follows it (`Sommar i Jemen`).
    const nx = tokens[e + 1];
    if (INNER.has(t.normal) && nx && nx.kind === 'word' && isCap(nx.text) && !w.initialTok[e + 1]) { e += 2; continue; }
    break;
  }
  return e;
}

/** `filmen Sommar i Jemen`, `albumet Blue Horizon`: the title after a noun for a work holds no name. */
export const workTitle: SpansRule = {
  id: 'work-title',
  doc: 'A capitalised run after a noun for a work is a title, no name: `i filmen Sommar i Jemen` → no mention (not LOC `Jemen`).',
  kind: 'spans',
  triggers: WORK_NOUN,
  apply(w) {
    const { tokens } = w;
    let cut: Uint8Array | undefined;
    // (speed: only the tokens whose form is a noun for a work, from the shared trigger scan; the
    // whole test below still runs at each of them)
    const nouns = triggersOf(w).workNouns;
    let from = 0;
    for (let i = 0; i < nouns.length; i++) {
      const k = nouns[i]!;
      if (k < from || k + 1 >= tokens.length) continue;
      // (the next token first, as titleEnd would: the capital test before the quote look-up, and
      // that only for one character, as every opening quote is)
      const next = tokens[k + 1]!;
      if ((next.kind !== 'word' || !isCap(next.text) || w.initialTok[k + 1]) && !(next.text.length === 1 && OPEN_QUOTES.has(next.text))) continue;
      if (!isWorkNoun(tokens, k)) continue;
      const j = k + 1;
      const e = titleEnd(w, j);
      if (e === j) continue;
      cut ??= new Uint8Array(tokens.length + 1);
      for (let x = j; x < e; x++) cut[x] = 1;
      from = e;
    }
    if (!cut) return;
    const marks = cut;
    w.spans = w.spans.filter((sp) => {
      for (let x = sp.a; x < sp.b; x++) if (!marks[x]) return true;
      return false;
    });
    for (let x = 0; x < tokens.length; x++) if (marks[x]) w.blocked[x] = 1;
  },
};
