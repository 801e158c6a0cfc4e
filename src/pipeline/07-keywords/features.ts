/**
 * Features of a candidate: weighted count (title and lead weigh more), first position, spread
 * over sentences, background rarity, and the text-wide facts the score rules read (quoted
 * speakers, a corpus model).
 *
 * @module
 */
import type { Quote } from '../../types';
import type { Cand, Candidates, OccTable } from './candidates';
import { nameKey, type KeywordDoc } from './doc';

/** Weight of the counts of a compound's parts (`dator`, `försäljning` for `datorförsäljning`). */
const W_PARTS = 0.15;

/** What the scoring reads about one candidate. */
export interface Features {
  /** Occurrences. */
  count: number;
  /** Weighted occurrences (title and lead weigh more), plus a share of the counts of compound parts. */
  tfw: number;
  /** The compound parts' share included in `tfw`. */
  parts: number;
  /** Offset of the first occurrence. */
  firstPos: number;
  /** 1 at the start of the text, 0 at its end. */
  pos: number;
  /** Share of the sentences it occurs in (1 / sentences for a single occurrence). */
  spread: number;
}

/** Text-wide facts for the score rules. */
export interface ScoreEnv {
  /** The text. */
  doc: KeywordDoc;
  /** Keys of the quoted speakers' names. */
  speakers: Set<string>;
  /** Whether `nameKey(s)` may be a speaker key (a cheap test before the full key). */
  maySpeak(s: string): boolean;
  /** Corpus weights of the text's stems, when a corpus model was given. */
  corpus: Map<string, number> | null;
}

/**
 * The keys of the named speakers of the quotes.
 *
 * @param quotes Quotes from step 06.
 * @param doc The text.
 */
export function speakerKeys(quotes: readonly Quote[], doc: KeywordDoc): Set<string> {
  const speakers = new Set<string>();
  for (const q of quotes) {
    if (!q.speaker?.named) continue;
    if (q.speaker.entityId && doc.entityKey.has(q.speaker.entityId)) speakers.add(doc.entityKey.get(q.speaker.entityId)!);
    if (q.speaker.name.length <= 120) speakers.add(nameKey(q.speaker.name, doc.stemOf));
  }
  return speakers;
}

/**
 * A cheap test whether a display form may have a speaker key: a stem begins with the word's first
 * letter. Off (always true) when a key does not begin with a letter.
 */
export function speakerTest(speakers: Set<string>): (s: string) => boolean {
  const speakerFirst = new Set<string>();
  let on = true;
  for (const k of speakers) {
    if (!/^\p{L}/u.test(k)) on = false;
    speakerFirst.add(k.charAt(0));
  }
  return (s) => {
    if (!on) return true;
    const c = s.charCodeAt(0);
    // Not a plain letter (space, surrogate, …): no shortcut.
    if (!(c >= 97 && c <= 122) && !(c >= 65 && c <= 90) && !(c >= 0xc0 && c < 0x250)) return true;
    return speakerFirst.has(s.charAt(0).toLowerCase().charAt(0));
  };
}

/**
 * Compounds: a long word whose parts are themselves frequent words of the text is central
 * (`datorförsäljning` in a text about `datorer` and `försäljning`). Returns the weighted count of
 * the most frequent prefix plus that of the most frequent suffix of a one-word display form.
 *
 * @param all The candidates with their display forms fixed.
 */
export function compoundParts(all: Candidates): (d: string) => number {
  const unigramTf = new Map<string, number>();
  for (const c of all.cands.values()) {
    if (c.n !== 1 || c.name) continue;
    let w = 0;
    for (const o of c.occ) w += all.occs.weight[o]!;
    unigramTf.set(c.best, w);
  }
  // Cheap exact pre-tests: a part can only be found when another word (the compound itself
  // counts once) begins with the compound's first three letters, or is two letters long / ends
  // with its last three letters.
  const heads3 = new Map<string, number>();
  const tails3 = new Map<string, number>();
  let short2 = false;
  for (const w of unigramTf.keys()) {
    if (w.length === 2) short2 = true;
    const h = w.slice(0, 3);
    heads3.set(h, (heads3.get(h) ?? 0) + 1);
    const t = w.slice(-3);
    tails3.set(t, (tails3.get(t) ?? 0) + 1);
  }
  return (d) => {
    if (d.length < 8 || d.length > 40) return 0;
    let pre = 0;
    let suf = 0;
    // `d` is itself a one-word candidate (or not: then any count of one is another word).
    const self = unigramTf.has(d) ? 1 : 0;
    const tryPre = short2 || (heads3.get(d.slice(0, 3)) ?? 0) > self;
    const trySuf = (tails3.get(d.slice(-3)) ?? 0) > self;
    if (!tryPre && !trySuf) return 0;
    for (let k = 3; k <= d.length - 3; k++) {
      if (tryPre) {
        const a = d.slice(0, k);
        const p = unigramTf.get(a) ?? (a.endsWith('s') ? unigramTf.get(a.slice(0, -1)) : undefined) ?? 0;
        if (p > pre) pre = p;
      }
      if (trySuf) {
        const q = unigramTf.get(d.slice(k)) ?? 0;
        if (q > suf) suf = q;
      }
    }
    return pre + suf;
  };
}

/**
 * The features of one candidate.
 *
 * @param c The candidate.
 * @param occs The occurrence table.
 * @param partsTf Compound part counts (see {@link compoundParts}).
 * @param textLength Length of the text.
 * @param nSent Number of sentences (at least 1).
 */
export function features(c: Cand, occs: OccTable, partsTf: (d: string) => number, textLength: number, nSent: number): Features {
  const count = c.occ.length;
  const parts = c.n === 1 && !c.name ? W_PARTS * partsTf(c.best) : 0;
  let tfw = parts;
  let firstPos = textLength;
  for (const o of c.occ) {
    tfw += occs.weight[o]!;
    const st = occs.start[o]!;
    if (st < firstPos) firstPos = st;
  }
  const pos = 1 - firstPos / Math.max(1, textLength);
  const spread = (count === 1 ? 1 : distinctSentences(c.occ, occs.sentence)) / nSent;
  return { count, tfw, parts, firstPos, pos, spread };
}

/** Number of distinct sentences of the occurrences. */
function distinctSentences(occ: readonly number[], sentence: readonly number[]): number {
  // Occurrences are mostly in text order: count changes, and fall back to a set when unordered.
  let n = 1;
  for (let k = 1; k < occ.length; k++) {
    const a = sentence[occ[k - 1]!]!;
    const b = sentence[occ[k]!]!;
    if (b < a) return new Set(occ.map((o) => sentence[o]!)).size;
    if (b !== a) n++;
  }
  return n;
}

/**
 * How common a one-word topic is in everyday Swedish: its stem's rank among the most frequent
 * words (`Lexicon.keywordCommonStems`, spoken Swedish of film subtitles) on a log scale, 1 for the
 * most common word (`jag`), near 0 at the end of the list and 0 for a word outside it. Everyday
 * words (`dag` 0.43, `samtal` 0.26) lean away from keywords, rarer topic words (`vapenvila`) toward them.
 * Names and phrases count 0: a name's words say nothing of its topic, and measured on phrases'
 * words the feature gained nothing (leave one article out).
 *
 * @param c The candidate.
 * @param ranks Rank of each common stem, 0 for the most common (`KeywordDoc.commonRank`).
 */
export function commonness(c: Cand, ranks: ReadonlyMap<string, number>): number {
  if (c.name || c.n !== 1 || ranks.size === 0) return 0;
  const r = c.crank === undefined ? ranks.get(c.key) : c.crank < 0 ? undefined : c.crank;
  return r === undefined ? 0 : 1 - Math.log(r + 1) / Math.log(ranks.size + 1);
}
