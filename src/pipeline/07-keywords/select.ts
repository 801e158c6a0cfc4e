/**
 * Selection: the best candidates, greedily, with near-duplicate control in the spirit of maximal
 * marginal relevance:
 * - a sub-phrase that mostly occurs inside a chosen phrase is dropped;
 * - a phrase that covers most uses of a chosen common sub-phrase takes its place;
 * - a candidate that only shares a word or a compound part with one chosen keyword keeps its
 *   score: editors tag `styrning` beside `detaljstyrning` and `fred och försoning` beside
 *   `försoning` (measured, leave one article out: a factor 0.6 on such candidates lost 0.011
 *   F1@10 on news-dev and 0.010 on news-dev2); the third of one word family weighs less
 *   (`FAMILY_FACTOR`);
 * - a keyword the title says on its own (`Buller i skolan` over a text about `lågfrekvent buller`)
 *   is neither dropped inside nor replaced by a longer phrase around it (`title-word-alone`);
 * - a common noun that ends a chosen name is dropped (`name-head-noun`: `hovrätt` beside `Svea hovrätt`).
 *
 * Each of these choices is a named rule of rules/selection.ts (`inside-chosen-phrase`,
 * `title-word-alone`, `name-head-noun`, `covering-phrase`, `name-noun-replace`, `word-family`,
 * `names-cap`, `list-of-people`) that `rules: { disable }` switches off; a keyword that one of them
 * kept or changed lists its id last in `keyword.rules` (see {@link selectKeywords}).
 *
 * @module
 */
import type { Keyword, Span } from '../../types';
import { W_TITLE, type Cand, type OccTable } from './candidates';
import { startsUpperLetter } from '../../internal/letter-class';
import { sortInOrder } from '../../internal/sort-in-order';
import { ALL_SELECT, coveringPhrase, nameNounReplace, titleWordAlone, wordFamily, type SelectSwitches } from './rules/selection';

/** A phrase replaces a chosen sub-phrase only with at least this share of its score. */
const REPLACE = 0.3;
/**
 * A one-word name and the noun the text (almost) always has after it (`Göta` of `Göta kanal`,
 * `Uppsala` of `Uppsala tingsrätt`) replace the name with at least this share of its score: the bare
 * name is a fragment of the longer one. Not 0: then a role after a club's name (`Djurgårdens
 * tränare`) took the club's place (leave one article out, F1@10: news-dev 0.644 → 0.647 with 0.1,
 * news-dev2 level; with 0, news-dev2 −1 keyword).
 */
const REPLACE_NAME = 0.1;

/** A scored candidate. */
export interface Scored {
  /** The candidate. */
  c: Cand;
  /** Its score. */
  score: number;
}

/**
 * The best `size` candidates by score, then first occurrence (the order of a stable sort), kept in
 * a bounded insertion list instead of sorting them all.
 */
export class TopList {
  /** The best candidates so far, best first. */
  readonly items: Scored[] = [];
  constructor(
    private readonly size: number,
    private readonly occs: OccTable,
  ) {}

  private before(sa: number, ca: Cand, b: Scored): boolean {
    return (b.score - sa || this.occs.start[ca.occ[0]!]! - this.occs.start[b.c.occ[0]!]!) < 0;
  }

  /** Offers a candidate. */
  consider(c: Cand, score: number): void {
    const top = this.items;
    if (top.length === this.size && !this.before(score, c, top[this.size - 1]!)) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before(score, c, top[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, { c, score });
    if (top.length > this.size) top.pop();
  }
}

interface PoolItem {
  c: Cand;
  score: number;
  /** The ids of its key's words (see {@link Selection}). */
  words: number[];
  done: boolean;
  /** Index in the pool (for the cache of word relations). */
  idx: number;
}

/** Word relations of a candidate `p` to a chosen keyword `o` (see {@link relation}). */
const NONE = 0;
/** `p` is a sub-phrase of `o`. */
const INSIDE = 1;
/** `o` is a sub-phrase of `p`. */
const AROUND = 2;
/** `p` and `o` share a word or a compound part (`ljudnivå` and `lågfrekvent ljud`). */
const FAMILY = 3;
/**
 * A candidate that shares a word or a compound part with two or more chosen keywords (the third
 * of one word family: `life science`, `life science-område`, `life science-grupp`) keeps this
 * share of its score; one shared keyword costs nothing (editors tag `styrning` beside
 * `detaljstyrning`). Measured leave one article out (F1@10 / topic recall, news-dev and
 * news-dev2): without it 0.617 / 0.566 and 0.571 / 0.488; 0.6 and 0.7 both 0.620 / 0.570 and
 * 0.574 / 0.494; from the second shared keyword on (0.7) 0.612 / 0.562 and 0.578 / 0.493.
 */
const FAMILY_FACTOR = 0.65;

/** Marks of a pool item: the selection rules that kept or changed it, as bits, in the order of {@link MARK_IDS}. */
const M_TITLE = 1;
const M_COVER = 2;
const M_NAME_NOUN = 4;
const M_FAMILY = 8;
/** The rule id of each mark bit (bit k: entry k). */
const MARK_IDS = [titleWordAlone.id, coveringPhrase.id, nameNounReplace.id, wordFamily.id];

/** The selection state over a pool of scored candidates. */
class Selection {
  readonly pool: PoolItem[] = [];
  readonly chosen: PoolItem[] = [];
  /** How the words of two pool items relate, worked out once per pair (-1: not yet). */
  private readonly rel: Int8Array;
  /** The pool's distinct key words, by id. */
  private readonly wordOf: string[] = [];
  /** Whether two words share a part ({@link sharesPart}), worked out once per pair of ids (-1: not yet). */
  private readonly part: Int8Array;
  /** Each candidate's weight factor against the chosen keywords. */
  readonly fOf: Float64Array;
  /** Each candidate's replacement index (-1: none). */
  readonly repOf: Int32Array;
  /** How many chosen keywords share a word or compound part with each candidate. */
  readonly famOf: Int32Array;
  /** The selection rules that kept or changed each candidate (bits `M_…`). */
  readonly marks: Uint8Array;

  constructor(
    top: readonly Scored[],
    private readonly occs: OccTable,
    private readonly on: SelectSwitches,
  ) {
    // Plain loops (not `map`): the arrays keep one map, so optimised code is not thrown away.
    // A key's words get ids, so that the relations compare numbers (equal words, equal ids).
    const ids = new Map<string, number>();
    for (let idx = 0; idx < top.length; idx++) {
      const s = top[idx]!;
      this.pool.push({ c: s.c, score: s.score, words: this.wordIds(s.c.key, ids), done: false, idx });
    }
    const n = this.pool.length;
    const w = this.wordOf.length;
    // Views of one buffer (one backing store instead of five): factors, replacements, families, relations, word parts.
    const buf = new ArrayBuffer(16 * n + n * n + w * w);
    this.fOf = new Float64Array(buf, 0, n).fill(1);
    this.repOf = new Int32Array(buf, 8 * n, n).fill(-1);
    this.famOf = new Int32Array(buf, 12 * n, n);
    this.rel = new Int8Array(buf, 16 * n, n * n).fill(-1);
    this.part = new Int8Array(buf, 16 * n + n * n, w * w).fill(-1);
    this.marks = new Uint8Array(n);
  }

  /** The ids of a key's words (split at single spaces), made on first sight. */
  private wordIds(key: string, ids: Map<string, number>): number[] {
    let n = 1;
    for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) n++;
    // (made at its size: an array grown by `push` reserves room for 17)
    const out = new Array<number>(n);
    let a = 0;
    for (let k = 0; k < n; k++) {
      const sp = k < n - 1 ? key.indexOf(' ', a) : key.length;
      const word = a === 0 && sp === key.length ? key : key.slice(a, sp);
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = this.wordOf.length));
        this.wordOf.push(word);
      }
      out[k] = id;
      a = sp + 1;
    }
    return out;
  }

  /** How the words of a candidate relate to those of a chosen keyword (the first that holds). */
  private relation(p: readonly number[], o: readonly number[]): number {
    if (contains(o, p)) return INSIDE;
    if (contains(p, o)) return AROUND;
    const w = this.wordOf.length;
    for (const a of p) {
      for (const b of o) {
        if (a === b) return FAMILY;
        let r = this.part[a * w + b]!;
        if (r < 0) this.part[a * w + b] = r = sharesPart(this.wordOf[a]!, this.wordOf[b]!) ? 1 : 0;
        if (r === 1) return FAMILY;
      }
    }
    return NONE;
  }

  private relOf(p: PoolItem, o: PoolItem): number {
    const at = p.idx * this.pool.length + o.idx;
    let r = this.rel[at]!;
    if (r < 0) this.rel[at] = r = this.relation(p.words, o.words);
    return r;
  }

  /** Updates a candidate's factor and replacement against chosen keyword `k`. */
  apply(p: PoolItem, k: number): void {
    const o = this.chosen[k]!;
    const on = this.on;
    let f = this.fOf[p.idx]!;
    const r = this.relOf(p, o);
    if (r === INSIDE) {
      // Dropped unless it occurs often outside the chosen phrase (`inside-chosen-phrase`); the common
      // noun that ends a chosen name always (`name-head-noun`); kept when the title says it alone.
      if ((on.inside && p.c.occ.length - o.c.occ.length < Math.max(2, 0.3 * p.c.occ.length)) || (on.headNoun && endsName(o, p))) {
        if (on.titleAlone && this.aloneInTitle(p, o)) this.marks[p.idx] |= M_TITLE;
        else f = 0;
      }
    } else if (r === AROUND) {
      // `Falu kommun` replaces `Falu` only when the name hardly occurs without the noun.
      const nameNoun = isNameNoun(o, p);
      if ((nameNoun ? on.nameNoun : on.covering) && p.c.occ.length >= (o.c.name ? 0.9 : 0.6) * o.c.occ.length && (!p.c.keepCase || o.c.name) && p.score >= (nameNoun ? REPLACE_NAME : REPLACE) * o.score) {
        if (on.titleAlone && this.aloneInTitle(o, p)) this.marks[o.idx] |= M_TITLE;
        else this.repOf[p.idx] = k;
      }
    } else if (r === FAMILY) {
      this.famOf[p.idx]++;
      if (on.family && this.famOf[p.idx]! >= 2) f *= FAMILY_FACTOR;
    }
    this.fOf[p.idx] = f;
    if (f === 0) p.done = true;
  }

  /**
   * Whether the title says `a` on its own (`title-word-alone`): an occurrence weighted as the
   * title's (`W_TITLE`) that no occurrence of the longer `b` holds. Measured leave one article out:
   * news-dev F1@10 0.647 → 0.650 (`buller` kept beside `lågfrekvent buller`), news-dev2 level.
   */
  private aloneInTitle(a: PoolItem, b: PoolItem): boolean {
    const { start, end, weight } = this.occs;
    for (const i of a.c.occ) {
      if (weight[i]! < W_TITLE) continue;
      let held = false;
      for (const j of b.c.occ) if (start[j]! <= start[i]! && end[i]! <= end[j]!) held = true;
      if (!held) return true;
    }
    return false;
  }

  /** Names chosen so far. */
  names = 0;

  /** Chooses the next keyword (a name only while fewer than `maxNames` are chosen); false when none is left. */
  step(maxNames: number): boolean {
    let best: PoolItem | null = null;
    let bestScore = -1;
    let replace = -1;
    for (const p of this.pool) {
      if (p.done) continue;
      const rp = this.repOf[p.idx]!;
      if (rp < 0 && this.names >= maxNames && isName(p.c)) continue;
      const adj = rp >= 0 ? Infinity : p.score * this.fOf[p.idx]!;
      if (adj > bestScore) {
        best = p;
        bestScore = adj;
        replace = rp;
      }
    }
    if (!best) return false;
    best.done = true;
    if (replace >= 0) {
      this.marks[best.idx] |= isNameNoun(this.chosen[replace]!, best) ? M_NAME_NOUN : M_COVER;
      this.chosen[replace] = { ...best, score: Math.max(best.score, this.chosen[replace]!.score) };
      for (const p of this.pool) {
        if (p.done) continue;
        this.fOf[p.idx] = 1;
        this.repOf[p.idx] = -1;
        this.famOf[p.idx] = 0;
        for (let k = 0; k < this.chosen.length && !p.done; k++) this.apply(p, k);
      }
    } else {
      if (isName(best.c)) this.names++;
      if (this.fOf[best.idx]! < 1) this.marks[best.idx] |= M_FAMILY;
      this.chosen.push({ ...best, score: bestScore });
      for (const p of this.pool) if (!p.done) this.apply(p, this.chosen.length - 1);
    }
    return true;
  }
}

/**
 * Chooses up to `limit` keywords from the best-scored candidates and makes the results.
 *
 * @param top The best candidates, best first.
 * @param occs The occurrence table.
 * @param limit How many keywords.
 * @param maxNames How many of them may be names.
 * @param on Which selection rules are on (default all). A keyword that `title-word-alone` kept, that
 *   replaced a chosen sub-phrase (`covering-phrase`, `name-noun-replace`) or whose score the word
 *   family lowered (`word-family`) lists that id after its candidate's rules. The rules that drop
 *   candidates or cap names leave no id: they shape the list, not a keyword in it.
 */
export function selectKeywords(top: readonly Scored[], occs: OccTable, limit: number, maxNames = limit, on: Readonly<SelectSwitches> = ALL_SELECT): Keyword[] {
  const sel = new Selection(top, occs, on);
  while (sel.chosen.length < limit && sel.step(maxNames));
  const out: Keyword[] = [];
  const seen = new Set<string>();
  for (const { c, score, idx } of sel.chosen) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const spans: Span[] = [];
    for (const o of c.occ) spans.push({ start: occs.start[o]!, end: occs.end[o]! });
    // (mostly in text order already: sorted only when not)
    sortInOrder(spans, (sp) => sp.start);
    out.push({ text: c.best, key: c.key, score: round(score), count: spans.length, spans, kind: isName(c) ? 'name' : 'topic', rules: withMarks(c.rules, sel.marks[idx]!) });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * Whether the common noun `p` ends the chosen name `o` (`name-head-noun`: `hovrätt` of `Svea hovrätt`,
 * `kommun` of `Örnsköldsviks kommun`). Beside the name, its definite form (`hovrätten`, `kommunen`)
 * refers back to it, and the bare noun is no keyword of its own: in the annotated articles no such
 * noun was an editor's keyword beside its name (nine cases). Measured leave one article out (F1@10 /
 * topic recall): news-dev level, news-dev2 0.619 / 0.539 → 0.623 / 0.544.
 */
function endsName(o: PoolItem, p: PoolItem): boolean {
  return (o.c.name || o.c.keepCase) && !p.c.name && !p.c.keepCase && p.words.length === 1 && o.words[o.words.length - 1] === p.words[0];
}

/** A candidate's rules, then the ids of the selection rules marked on it (bits `M_…`). */
function withMarks(rules: readonly string[], marks: number): string[] {
  const out = rules.slice();
  for (let b = 0; marks >> b; b++) if ((marks >> b) & 1 && !out.includes(MARK_IDS[b]!)) out.push(MARK_IDS[b]!);
  return out;
}

/**
 * Whether the phrase `p` around the chosen `o` is a one-word name with its noun (`name-noun-replace`:
 * `Göta kanal` around `Göta`); other phrases around a chosen one replace it by `covering-phrase`.
 */
function isNameNoun(o: PoolItem, p: PoolItem): boolean {
  return o.c.name && p.c.keepCase && p.words[0] === o.words[0];
}

/** Whether a candidate is a name (`Laura Hartman`) or keeps a name's capital (`Falu kommun`). */
function isName(c: Cand): boolean {
  return c.name || (c.keepCase && startsUpperLetter(c.best));
}

/** Whether one of two words of four letters or more holds the other (only the longer can hold the shorter; equal words are tested before). */
function sharesPart(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  return a.length > b.length ? a.includes(b) : b.length > a.length && b.includes(a);
}

/** Whether `small` is a run of `big`'s words, shorter than it. */
function contains(big: readonly number[], small: readonly number[]): boolean {
  if (small.length >= big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) {
    let ok = true;
    for (let k = 0; k < small.length; k++) if (big[i + k] !== small[k]) ok = false;
    if (ok) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
