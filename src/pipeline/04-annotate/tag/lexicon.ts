/**
 * The SALDO lemma lexicon (word classes of 121,690 Swedish lemmas, `src/data/sv/saldo-lexicon.ts`):
 * its compact encoding, the lookups the tagger's unknown-word features and the lemmatizer's
 * candidate check use, and compound heads (`portionssnus` → head `snus`). Shared by the runtime,
 * the trainer and the generator (`scripts/data/saldo-lexicon.ts`).
 *
 * @module
 */
import { decodeFrontCoded, encodeFrontCoded } from '../../../internal/front-coding';

/** SALDO word classes as bits: noun, adjective, verb, adverb, proper noun, preposition. */
export const LEX_CLASSES = ['N', 'A', 'V', 'Adv', 'PN', 'Prep'] as const;

/** One SALDO class. */
export type LexClass = (typeof LEX_CLASSES)[number];

/** The bit of a class in a class mask. */
export function classBit(c: LexClass): number {
  return 1 << LEX_CLASSES.indexOf(c);
}

/** 64 symbols for the class bits in the edits' encoding. */
const B64 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';

/**
 * Encodes lower-cased lemma → class mask, front-coded (`src/internal/front-coding.ts`): sorted
 * lemmas, each written as one symbol for the pair (length of the prefix shared with the previous
 * lemma, class mask) and the rest of the lemma.
 *
 * @param entries Lower-cased lemma → class mask (1–63).
 */
export function encodeLexicon(entries: ReadonlyMap<string, number>): string {
  return encodeFrontCoded([...entries.keys()], [...entries.values()]);
}

/**
 * Decodes {@link encodeLexicon}'s text.
 *
 * @param s The encoded lexicon.
 */
export function decodeLexicon(s: string): Map<string, number> {
  const out = new Map<string, number>();
  decodeFrontCoded(s, (lemma, mask) => out.set(lemma, mask));
  return out;
}

/** Shortest compound head looked up (`snus`, `bil` are heads; two-letter words are not). */
export const MIN_HEAD = 3;
/** Shortest first part of a compound (`portions` in `portionssnus`). */
const MIN_FIRST = 2;

/**
 * The class mask of a lemma, or of its compound head when the lemma itself is not listed: the
 * longest listed word at its end, at least three letters long, after a first part that is itself a
 * Swedish word ({@link isFirstPart}: `portions` in `portionssnus`, `kvinno` in `kvinnoläkare`).
 * `kaffesnus` is not listed; its head `snus` is a noun. A name whose tail happens to be a word is no
 * compound (`Clinton` is not `clin` + `ton`, `Winterkorn` not `winter` + `korn`).
 * Returns `[mask, headStart]`: `headStart` 0 for the lemma itself, -1 when nothing matched.
 *
 * The tagger's features look heads up without the first-part check (`firstPart` false: a head alone
 * is evidence too, and the model weighs it); the lemmatizer checks it, since a lemma is a claim.
 *
 * @param lex The lexicon.
 * @param lemma A lower-cased candidate lemma.
 * @param firstPart Whether the part before the head must be a word ({@link isFirstPart}).
 */
export function lexLookup(lex: ReadonlyMap<string, number>, lemma: string, firstPart = false): [number, number] {
  const m = lex.get(lemma);
  if (m !== undefined) return [m, 0];
  for (let j = MIN_FIRST; lemma.length - j >= MIN_HEAD; j++) {
    const h = lex.get(lemma.slice(j));
    if (h !== undefined && (!firstPart || isFirstPart(lex, lemma.slice(0, j), 1))) return [h, j];
  }
  return [0, -1];
}

/**
 * Whether the lexicon lists `word` itself (not by a compound head) with a class of `bit`.
 *
 * @param lex The lexicon.
 * @param word A lower-cased word.
 * @param bit The class bit(s) ({@link classBit}).
 */
export function lexHas(lex: ReadonlyMap<string, number>, word: string, bit: number): boolean {
  return ((lex.get(word) ?? 0) & bit) !== 0;
}

/**
 * Whether `p` can be the first part of a Swedish compound (language decision, Swedish word
 * formation): a listed word as it stands (`kaffe`, `över`), or with a linking `-s` (`portions`), or a
 * word in `-a`/`-e` without it or with it changed to `-o`/`-u`/`-e` (`skol` from `skola`, `kvinno`
 * from `kvinna`, `gatu` from `gata`, `pojk` from `pojke`), or, `depth` levels down, itself a
 * compound (`arbetsmarknads`).
 *
 * @param lex The lexicon.
 * @param p The lower-cased first part.
 * @param depth How many compound levels to look into.
 */
export function isFirstPart(lex: ReadonlyMap<string, number>, p: string, depth: number): boolean {
  if (firstPartWord(lex, p)) return true;
  if (p.length > MIN_FIRST && p.charCodeAt(p.length - 1) === 115 /* s */ && firstPartWord(lex, p.slice(0, -1))) return true;
  if (depth <= 0) return false;
  const q = p.length > MIN_FIRST + MIN_HEAD && p.endsWith('s') ? p.slice(0, -1) : p;
  for (let j = MIN_FIRST; q.length - j >= MIN_HEAD; j++) {
    if (firstPartWord(lex, q.slice(j)) && isFirstPart(lex, q.slice(0, j), depth - 1)) return true;
  }
  return false;
}

/** A listed word as a compound's first part: itself, or a word in `-a`/`-e` without it or with `-o`/`-u`/`-e`. */
function firstPartWord(lex: ReadonlyMap<string, number>, p: string): boolean {
  if (p.length < MIN_FIRST) return false;
  if (lex.has(p) || lex.has(p + 'a') || lex.has(p + 'e')) return true;
  const last = p.charCodeAt(p.length - 1);
  // -o, -u, -e for a word in -a (kvinno-, gatu-, flicke-)
  return (last === 111 || last === 117 || last === 101) && lex.has(p.slice(0, -1) + 'a');
}

/** An inflection edit learned from the treebank: strip `strip` from a form, append `add`, for a lemma of class `bit`. */
export interface LexEdit {
  /** The form's ending that is removed (`arna` in `bilarna`). */
  strip: string;
  /** What replaces it (`` for `bil`, `e` for `pojkarna` → `pojke`). */
  add: string;
  /** The class bit the lemma must have in the lexicon. */
  bit: number;
}

/** The lexicon and the edits that turn a form into candidate lemmas. */
export interface LexModel {
  /** Lower-cased lemma → class mask. */
  lex: ReadonlyMap<string, number>;
  /** Form ending → edits, most frequent first. */
  edits: ReadonlyMap<string, readonly LexEdit[]>;
  /** Longest ending in `edits`. */
  maxStrip: number;
}

/**
 * Serialises edits, one per line: class symbol, tab, stripped ending, tab, added text (in order).
 *
 * @param edits Edits, most frequent first within each ending.
 */
export function encodeEdits(edits: readonly LexEdit[]): string {
  return edits.map((e) => `${B64[e.bit]}\t${e.strip}\t${e.add}`).join('\n');
}

/**
 * Builds a {@link LexModel}.
 *
 * @param lex The decoded lexicon.
 * @param edits {@link encodeEdits}'s text.
 */
export function lexModel(lex: ReadonlyMap<string, number>, edits: string): LexModel {
  const map = new Map<string, LexEdit[]>();
  let maxStrip = 0;
  if (edits) {
    for (const line of edits.split('\n')) {
      const [b, strip, add] = line.split('\t') as [string, string, string];
      let l = map.get(strip);
      if (!l) map.set(strip, (l = []));
      l.push({ strip, add, bit: B64.indexOf(b), });
      if (strip.length > maxStrip) maxStrip = strip.length;
    }
  }
  return { lex, edits: map, maxStrip };
}

/** Shortest candidate lemma. */
const MIN_LEMMA = 2;

/**
 * What the lexicon says about a form: the class bits with a candidate lemma listed itself
 * (`exact`), and those with a candidate whose compound head is listed (`head`). Longer endings
 * are tried first (`bilarnas`: `-arnas` → `bil`).
 *
 * @param m The lexicon model.
 * @param lower The lower-cased form.
 */
export function lexClasses(m: LexModel, lower: string): { exact: number; head: number } {
  let exact = 0;
  let head = 0;
  const len = lower.length;
  if (len > 40) return { exact, head };
  for (let k = Math.min(m.maxStrip, len); k >= 0; k--) {
    const list = m.edits.get(lower.slice(len - k));
    if (list === undefined) continue;
    const stem = lower.slice(0, len - k);
    for (const e of list) {
      const cand = stem + e.add;
      if (cand.length < MIN_LEMMA) continue;
      const [mask, at] = lexLookup(m.lex, cand);
      if (at === 0) exact |= mask & e.bit;
      else if (at > 0) head |= mask & e.bit;
    }
  }
  return { exact, head };
}

/**
 * The lemma the lexicon supports for a lower-cased form read as class `bit`: the first candidate
 * (longest ending first, then the most frequent edit) listed itself, else the first whose compound
 * head is listed after a first part that is a word ({@link isFirstPart}); `null` when none is.
 *
 * @param m The lexicon model.
 * @param lower The lower-cased form.
 * @param bit The class bit of the tag.
 */
export function lexLemma(m: LexModel, lower: string, bit: number): { lemma: string; head: number } | null {
  const len = lower.length;
  let byHead: { lemma: string; head: number } | null = null;
  // A form listed itself with the class is its own lemma (`politiker`, not `politik`).
  if (lexHas(m.lex, lower, bit)) return { lemma: lower, head: 0 };
  for (let k = Math.min(m.maxStrip, len); k >= 0; k--) {
    const list = m.edits.get(lower.slice(len - k));
    if (list === undefined) continue;
    const stem = lower.slice(0, len - k);
    for (const e of list) {
      if (!(e.bit & bit)) continue;
      const cand = stem + e.add;
      if (cand.length < MIN_LEMMA) continue;
      const [mask, at] = lexLookup(m.lex, cand, true);
      if (!(mask & bit)) continue;
      if (at === 0) return { lemma: cand, head: 0 };
      if (byHead === null) byHead = { lemma: cand, head: at };
    }
  }
  return byHead;
}
