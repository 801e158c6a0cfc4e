/**
 * The compact encoding of the tagger and lemmatizer model, shared by the trainer (encode)
 * and the runtime (decode, lazily on the first call).
 *
 * - weights: one {@link WeightTable} (`src/internal/feature-hash.ts`) of integer weights by hashed
 *   feature key (`features.ts`), 34 classes: the first pass's 17 tags, then the second pass's;
 * - tag dictionary: `word\t<tag letter>` lines;
 * - lemma lexicon: `lower\t<tag letter><edit>\t…` lines (one per form, one entry per tag);
 * - lemma rules: `<tag letter><suffix>\t<edit>` lines.
 *
 * @module
 */
import { decodeBase64, encodeBase64, mix, WeightTable } from '../../../internal/feature-hash';
import { bigramKey, EDGE_PARTS, END_SYM, featWord, lexSignature, partHashes, START_SYM, T, TAG_LETTERS, TAGS, wordFeatures, type PartHashes, type SentenceView } from './features';
import type { LemmaModel } from './lemma';
import type { Token } from '../../../types';
import { FormInts, FormMemo, type TextForms } from '../../../internal/form-ids';
import { decodeLexicon, lexClasses, lexModel, type LexModel } from './lexicon';
import { isTitleCase, NAME_WORD_MAX, type Decoder, type Scorer } from './perceptron';

/** The serialised model, as the generated data file exports it. */
export interface SerializedModel {
  /** Both passes' weights: an encoded `WeightTable` with 2 × 17 classes (pass 1's tags, then pass 2's). */
  weights: string;
  /** Whether the second pass is used. */
  twoPass: boolean;
  /**
   * The word hashes that occur first and second in the weighted word-bigram features
   * ({@link encodeBigramWords}): the decoder looks a bigram up only where both words have some.
   */
  bigrams: string;
  /** Tag dictionary. */
  dict: string;
  /** Lemma lexicon. */
  lex: string;
  /** Lemma suffix rules. */
  rules: string;
  /** Shortest compound head looked up in the lexicon. */
  minHead: number;
  /** Inflection edits to SALDO lemma candidates (`encodeEdits`); absent in models without lexicon features. */
  lexEdits?: string;
}

const NT = TAGS.length;

/**
 * Both passes' integer weights as one table: feature key → pass-1 weights in classes 0–16, pass-2
 * weights in 17–33.
 *
 * @param pass1 First-pass weights by feature key.
 * @param pass2 Second-pass weights by feature key, or `null`.
 */
export function weightTable(pass1: ReadonlyMap<number, ArrayLike<number>>, pass2: ReadonlyMap<number, ArrayLike<number>> | null): WeightTable {
  const rows = new Map<number, Int32Array>();
  const put = (m: ReadonlyMap<number, ArrayLike<number>>, off: number): void => {
    for (const [k, w] of m) {
      let r = rows.get(k);
      if (!r) rows.set(k, (r = new Int32Array(2 * NT)));
      for (let t = 0; t < NT; t++) r[off + t] = w[t]!;
    }
  };
  put(pass1, 0);
  if (pass2) put(pass2, NT);
  return WeightTable.fromRows(2 * NT, rows);
}

/**
 * Encodes the word hashes of the bigram features: base 64 of little-endian u32s, the number of
 * first words, then the first words ascending, then the second words ascending.
 *
 * @param first Hashes of words that start a weighted bigram feature.
 * @param second Hashes of words that end one.
 */
export function encodeBigramWords(first: Iterable<number>, second: Iterable<number>): string {
  const a = [...new Set(first)].sort((x, y) => x - y);
  const b = [...new Set(second)].sort((x, y) => x - y);
  const bytes = new Uint8Array(4 * (1 + a.length + b.length));
  const dv = new DataView(bytes.buffer);
  [a.length, ...a, ...b].forEach((v, i) => dv.setUint32(4 * i, v, true));
  return encodeBase64(bytes);
}

/**
 * Decodes {@link encodeBigramWords}.
 *
 * @param s The encoded lists.
 */
export function decodeBigramWords(s: string): { first: Set<number>; second: Set<number> } {
  const bytes = decodeBase64(s);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length / 4;
  const na = n > 0 ? dv.getUint32(0, true) : 0;
  const first = new Set<number>();
  const second = new Set<number>();
  for (let i = 1; i < n; i++) (i <= na ? first : second).add(dv.getUint32(4 * i, true));
  return { first, second };
}

/** One pass of a two-pass {@link WeightTable} as a `Scorer` (the reference decoder). */
export class PassScorer implements Scorer {
  /**
   * @param table Both passes' weights.
   * @param pass Which pass (1 or 2).
   */
  constructor(
    private readonly table: WeightTable,
    private readonly pass: 1 | 2,
  ) {}

  /** Adds this pass's weights of `feats` to `scores`. */
  score(feats: readonly number[], scores: Float64Array): void {
    for (const f of feats) addPass(this.table, this.table.find(f), this.pass, scores, 0);
  }
}

/** Adds one pass's weights of row `row` of a two-pass table to `out[at + tag]`. */
function addPass(tb: WeightTable, row: number, pass: 1 | 2, out: Float64Array | Int32Array, at: number): void {
  if (row < 0) return;
  const { cls, weights, start } = tb;
  const e = start[row + 1]!;
  if (pass === 1) {
    for (let j = start[row]!; j < e; j++) {
      const c = cls[j]!;
      if (c >= NT) break;
      out[at + c]! += weights[j]!;
    }
  } else {
    for (let j = start[row]!; j < e; j++) {
      const c = cls[j]!;
      if (c >= NT) out[at + c - NT]! += weights[j]!;
    }
  }
}

/** Number of tag symbols: the 17 tags, then start (`START_SYM`) and end (`END_SYM`). */
const NS = NT + 2;
/** Both passes' scores of one token. */
const NT2 = 2 * NT;
/** Offsets of a word's roles in `WordEntry.roles`. */
const FIRST = 0;
const INSIDE = NT2;
const AS_M1 = 2 * NT2;
const AS_M2 = 3 * NT2;
const AS_Q1 = 4 * NT2;
const AS_Q2 = 5 * NT2;

/** Offsets of a word's context rows in `WordEntry.rows`. */
const V_AT = 0;
const M_AT = NS;
const R_AT = 2 * NS;

/**
 * A word's arrays in one buffer: its role sums (`sums`, copied) as 16-bit integers where every one
 * fits (the weights are 16-bit and a role sums at most a few dozen of them: half the bytes the passes
 * read per word, where a word's first read waits on memory), then its context rows; a sum that does
 * not fit keeps them all 32-bit.
 *
 * @param sums The role sums.
 */
function entryArrays(sums: Int32Array): { roles: Int16Array | Int32Array; rows: Int32Array } {
  const n = sums.length;
  for (let k = 0; k < n; k++) if (sums[k]! < -32768 || sums[k]! > 32767) return { roles: sums.slice(), rows: new Int32Array(3 * NS) };
  const buf = new ArrayBuffer(2 * n + 4 * 3 * NS);
  const roles = new Int16Array(buf, 0, n);
  roles.set(sums);
  return { roles, rows: new Int32Array(buf, 2 * n, 3 * NS) };
}

/** Everything the runtime needs about one word form, computed once and cached. */
export interface WordEntry {
  /** The form as written. */
  form: string;
  /** Lower-cased form. */
  lower: string;
  /** `featWord(lower)`. */
  w: string;
  /** Ambiguity class (`-` when unknown). */
  cls: string;
  /** Hashes of its parts as the features of its neighbours see them. */
  parts: PartHashes;
  /** Whether training saw this lower-cased form. */
  known: boolean;
  /** Whether the SALDO lexicon has a reading of it (its lexicon signature is not empty). */
  inLexicon: boolean;
  /** Fast-path tag, or -1. */
  fixed: number;
  /** Whether the name rules may change its tag: unknown to training and title-case (`isTitleCase`). */
  nameCandidate: boolean;
  /** Whether it starts with a capital A–Z and has at most 5 characters (`nameWordRules` may change its tag). */
  shortCapital: boolean;
  /** For a form unknown to training with no letter or digit: PUNCT's tag id when it is all punctuation, else SYM's; -1 otherwise. */
  symbolTag: number;
  /**
   * This word's summed weights in its six roles, 34 integers each (pass 1 in slots 0–16, pass 2 in
   * 17–33), one after the other: at {@link FIRST} the word features plus the position features of a
   * first word (`i` + shape, `c` + lexicon signature); at {@link INSIDE} the same with the inside
   * features (`I`, `C`); at {@link AS_M1} its `m1` feature (the word one before the current one); at
   * {@link AS_M2} its `m2` feature; at {@link AS_Q1} its features as the next word (`q1` + word,
   * `e` + ambiguity class, `Q` + 3-letter suffix); at {@link AS_Q2} its `q2` feature.
   */
  roles: Int16Array | Int32Array;
  /** Whether some weighted word-bigram feature starts with this word. */
  bigramFirst: boolean;
  /** Whether some weighted word-bigram feature ends with this word. */
  bigramSecond: boolean;
  /** The entry of the word after it the last time its bigram row was looked up (`null` before). */
  bigramNext: WordEntry | null;
  /** The span of that bigram's row (-1: none): the same pair of words again is not looked up again. */
  bigramSpan: number;
  /**
   * The spans (`passSpans`) of the table rows of its context features, by tag symbol `k`: at {@link V_AT} + `k` the row of `v`
   * + tag symbol + word, at {@link M_AT} + `k` the row of `M` + suffix + tag symbol (this word before
   * the current one), at {@link R_AT} + `k` the row of `r` + tag symbol + word.
   */
  rows: Int32Array;
  /** Lemma by tag id, filled lazily. */
  lemmas: (string | undefined)[];
  /** The tag id of the word's last lemma read from {@link WordEntry.lemmas} (-1 before), kept beside it in the entry: most words keep their tag, and the array is a memory read apart. */
  lastTag: number;
  /** `lemmas[lastTag]`. */
  lastLemma: string;
  /** The stem of `lower` (step 04's `cachedStem`), filled on first use. */
  stem: string | undefined;
  /**
   * The last tag correction asked of a word unknown to training (step 04's `correctTag`, which reads
   * only the word, the tag and the corrections): the tag id asked (-1 before), the id it gave, and
   * the list of corrections it ran (by identity; `null` before). Most words keep their tag.
   */
  fixFrom: number;
  /** The tag id {@link WordEntry.fixFrom} was corrected to (itself when no correction fired). */
  fixTo: number;
  /** The corrections that gave {@link WordEntry.fixTo}. */
  fixBy: object | null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCT = /^\p{P}+$/u;
const PUNCT_ID = TAGS.indexOf('PUNCT');
const SYM_ID = TAGS.indexOf('SYM');

/** Most word forms kept in the cache before it is emptied (bounds memory). */
const CACHE_MAX = 30_000;

/** Bits of a row's second-pass and first-pass entry counts in a {@link passSpans} span (a pass has at most 17 entries per row). */
const SPAN_BITS = 5;
const SPAN_MASK = (1 << SPAN_BITS) - 1;
/** Most entries a table may have for its spans to fit in 31 bits (a model of 3 MB has well under a million). */
const SPAN_MAX_ENTRIES = 1 << (31 - 2 * SPAN_BITS);

/**
 * The rows of a two-pass table in the runtime decoder's layout (`CompiledDecoder.spans`,
 * `CompiledDecoder.pairs`): per row one integer, its span (first entry, number of first-pass entries,
 * number of second-pass entries, packed; -1 for no row), and the entries as (tag, weight) pairs.
 * A word entry keeps the spans of its context rows, so adding a row reads no bounds array.
 *
 * @param table Both passes' weights.
 */
function passSpans(table: WeightTable): { spans: Int32Array; pairs: Int32Array } {
  const { start, cls, weights, size } = table;
  if (cls.length >= SPAN_MAX_ENTRIES) throw new RangeError('CompiledDecoder: the weight table has too many entries');
  const spans = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    const a = start[r]!;
    const e = start[r + 1]!;
    let j = a;
    while (j < e && cls[j]! < NT) j++;
    spans[r] = (a << (2 * SPAN_BITS)) | ((j - a) << SPAN_BITS) | (e - j);
  }
  const pairs = new Int32Array(2 * cls.length);
  for (let j = 0; j < cls.length; j++) {
    pairs[2 * j] = cls[j]! < NT ? cls[j]! : cls[j]! - NT;
    pairs[2 * j + 1] = weights[j]!;
  }
  return { spans, pairs };
}

/**
 * The runtime decoder: the same two-pass greedy decoding as `decode` in `./perceptron` (identical
 * integer sums, so identical tags; the trainer checks this on dev), organised for speed: per word
 * form (cached) the summed word-feature weights and the rows of the word's context features;
 * tag-only features (`t`, `u`, `n`, `o`, `N`) from precomputed tables.
 */
export class CompiledDecoder {
  /**
   * Tag-only tables, each a run of NT-vectors by tag-symbol pair: pass 1 `t` + `u` by (p2, p1), pass 2
   * `t` + `u` by (p2, p1), pass 2 `N` + `n` by (p1, n1), pass 2 `o` by (n1, n2).
   */
  private readonly tab: Int32Array[];
  private readonly cache = new Map<string, WordEntry>();
  /** The entries by written-form id (as many as the string cache holds at most), and the normal-form id each was made with. */
  private readonly byId = new FormMemo<WordEntry>(CACHE_MAX);
  private readonly byIdNormal = new FormInts();
  private readonly feats: number[] = [];
  private bigramRows = new Int32Array(64);
  private readonly scores = new Int32Array(NT);
  /** Where a new word's role sums are added up before {@link entryArrays} stores them. */
  private readonly sums = new Int32Array(6 * NT2);
  /** Per row of the table, its span ({@link passSpans}): where its entries are in {@link CompiledDecoder.pairs}, per pass. */
  private readonly spans: Int32Array;
  /**
   * The table's entries as pairs: at `2j` the tag the weight adds to (the class, minus 17 for the
   * second pass), at `2j + 1` the weight; a row's tags and weights side by side, read together.
   */
  private readonly pairs: Int32Array;
  private readonly start: WordEntry;
  private readonly end: WordEntry;

  constructor(
    /** Both passes' weights. */
    private readonly table: WeightTable,
    /** Whether the second pass runs. */
    private readonly twoPass: boolean,
    /** Fast-path tag dictionary. */
    readonly dict: ReadonlyMap<string, number>,
    /** Ambiguity classes of known words. */
    readonly classes: ReadonlyMap<string, string>,
    /** Word hashes of the bigram features ({@link decodeBigramWords}). */
    private readonly bigrams: { first: ReadonlySet<number>; second: ReadonlySet<number> },
    /** The lexicon feature value of a lower-cased word ({@link lexFeatureOf}). */
    private readonly lexOf: (lower: string) => string = () => '',
  ) {
    const table1 = (pass: 1 | 2, tpl: number): Int32Array => {
      const out = new Int32Array(NS * NT);
      for (let b = 0; b < NS; b++) addPass(table, table.find(mix(tpl, b)), pass, out, b * NT);
      return out;
    };
    const table2 = (pass: 1 | 2, tpl: number): Int32Array => {
      const out = new Int32Array(NS * NS * NT);
      for (let a = 0; a < NS; a++) for (let b = 0; b < NS; b++) addPass(table, table.find(mix(mix(tpl, a), b)), pass, out, (a * NS + b) * NT);
      return out;
    };
    // Pairs (a, b) of tag symbols: `u` by (p2, p1) plus `t` by p1; `N` by (p1, n1) plus `n` by n1.
    const withSecond = (pairs: Int32Array, single: Int32Array): Int32Array => {
      for (let a = 0; a < NS; a++) for (let b = 0; b < NS; b++) for (let k = 0; k < NT; k++) pairs[(a * NS + b) * NT + k]! += single[b * NT + k]!;
      return pairs;
    };
    this.tab = [withSecond(table2(1, T.u), table1(1, T.t)), withSecond(table2(2, T.u), table1(2, T.t)), withSecond(table2(2, T.N), table1(2, T.n)), table2(2, T.o)];
    ({ spans: this.spans, pairs: this.pairs } = passSpans(table));
    this.start = this.edgeEntry(EDGE_PARTS[0]);
    this.end = this.edgeEntry(EDGE_PARTS[1]);
  }

  /** Adds one pass's weights of a row, given by its span ({@link passSpans}), to `out[tag]` (nothing for -1). */
  private addPass(span: number, pass: 1 | 2, out: Int32Array): void {
    if (span < 0) return;
    const pairs = this.pairs;
    let j = span >>> (2 * SPAN_BITS);
    const n1 = (span >>> SPAN_BITS) & SPAN_MASK;
    let e = j + n1;
    if (pass === 2) {
      j = e;
      e += span & SPAN_MASK;
    }
    for (j *= 2, e *= 2; j < e; j += 2) out[pairs[j]!]! += pairs[j + 1]!;
  }

  /** The span of the bigram row of word `x` before word `next` (-1: none), kept in `x` for the same next word. */
  private bigramSpan(x: WordEntry, next: WordEntry): number {
    if (x.bigramNext !== next) {
      x.bigramSpan = this.spanOf(bigramKey(x.parts.word, next.parts.word));
      x.bigramNext = next;
    }
    return x.bigramSpan;
  }

  /** The span of the row of a key ({@link passSpans}), -1 for none. */
  private spanOf(key: number): number {
    const r = this.table.find(key);
    return r < 0 ? -1 : this.spans[r]!;
  }

  private row(key: number): number {
    return this.table.find(key);
  }

  /** The entry of the pseudo-word before the start or after the end of a sentence. */
  private edgeEntry(parts: PartHashes): WordEntry {
    return this.makeEntry('', '', '', '', parts);
  }

  private makeEntry(form: string, lower: string, w: string, cls: string, parts: PartHashes | null): WordEntry {
    const lx = form ? this.lexOf(lower) : '';
    const ps = parts ?? partHashes(form, w, cls, lx);
    const tb = this.table;
    const roles = this.sums.fill(0);
    if (form) for (const key of wordFeatures(form, lower, w, cls, this.feats, lx)) tb.addRow(this.row(key), roles, FIRST);
    roles.copyWithin(INSIDE, FIRST, INSIDE);
    tb.addRow(this.row(mix(T.i, ps.shape)), roles, FIRST);
    tb.addRow(this.row(mix(T.I, ps.shape)), roles, INSIDE);
    if (ps.cap) {
      tb.addRow(this.row(mix(T.c, ps.lex)), roles, FIRST);
      tb.addRow(this.row(mix(T.C, ps.lex)), roles, INSIDE);
    }
    tb.addRow(this.row(mix(T.m1, ps.word)), roles, AS_M1);
    tb.addRow(this.row(mix(T.m2, ps.word)), roles, AS_M2);
    for (const key of [mix(T.q1, ps.word), mix(T.e, ps.cls), mix(T.Q, ps.suffix3)]) tb.addRow(this.row(key), roles, AS_Q1);
    tb.addRow(this.row(mix(T.q2, ps.word)), roles, AS_Q2);
    const arrays = entryArrays(roles);
    const rows = arrays.rows;
    for (let k = 0; k < NS; k++) {
      rows[V_AT + k] = this.spanOf(mix(mix(T.v, k), ps.word));
      rows[M_AT + k] = this.spanOf(mix(mix(T.M, ps.suffix3), k));
      rows[R_AT + k] = this.spanOf(mix(mix(T.r, k), ps.word));
    }
    const known = this.classes.has(lower);
    return {
      form,
      lower,
      w,
      cls,
      parts: ps,
      known,
      inLexicon: form !== '' && lx !== '',
      fixed: form ? (this.dict.get(lower) ?? -1) : -1,
      nameCandidate: !known && isTitleCase(form),
      shortCapital: form.length <= NAME_WORD_MAX && form.charCodeAt(0) >= 65 && form.charCodeAt(0) <= 90,
      symbolTag: known || LETTER_OR_DIGIT.test(form) ? -1 : PUNCT.test(form) ? PUNCT_ID : SYM_ID,
      roles: arrays.roles,
      bigramFirst: this.bigrams.first.has(ps.word),
      bigramSecond: this.bigrams.second.has(ps.word),
      bigramNext: null,
      bigramSpan: -1,
      rows,
      lemmas: [],
      lastTag: -1,
      lastLemma: '',
      stem: undefined,
      fixFrom: -1,
      fixTo: -1,
      fixBy: null,
    };
  }

  /**
   * The cached entry of a token's form ({@link CompiledDecoder.entry}); a hand-made token's text
   * that is not a string is read as one, and a missing normal form is its lower case.
   *
   * @param t The token.
   */
  tokenEntry(t: Token): WordEntry {
    const text = typeof t.text === 'string' ? t.text : String(t.text);
    return this.entry(text, typeof t.normal === 'string' ? t.normal : text.toLowerCase());
  }

  /**
   * The cached entry of a word form.
   *
   * @param form The token as written.
   * @param lower Its lower-cased form.
   */
  entry(form: string, lower: string): WordEntry {
    // Keyed by the form; a form seen with another lower-cased form (user-made tokens) gets a second key.
    let c = this.cache.get(form);
    if (c !== undefined && c.lower === lower) return c;
    const key = c === undefined ? form : form + '\u0000' + lower;
    if (c !== undefined) {
      c = this.cache.get(key);
      if (c !== undefined) return c;
    }
    c = this.makeEntry(form, lower, featWord(lower), this.classes.get(lower) ?? '-', null);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(key, c);
    return c;
  }

  /**
   * The entries of `tokens[from, to)` into `out[0 …]`, read by form id: an entry made for the
   * written form with the same normal form is an array read; any other goes through
   * {@link CompiledDecoder.entry} (so the entry is the same object either way).
   *
   * @param tokens The tokens.
   * @param from First token.
   * @param to End of the tokens.
   * @param forms The form ids of the text `tokens` are part of.
   * @param off Where `tokens[0]` is in `forms`.
   * @param out Receives the entries.
   */
  entriesById(tokens: readonly Token[], from: number, to: number, forms: TextForms, off: number, out: WordEntry[]): void {
    const byId = this.byId.values();
    const normalOf = this.byIdNormal.values();
    for (let i = from; i < to; i++) {
      const tid = forms.text[off + i]!;
      const nid = forms.normal[off + i]!;
      let x = byId[tid];
      if (x === undefined || normalOf[tid] !== nid) {
        x = this.byId.set(byId, tid, this.tokenEntry(tokens[i]!));
        normalOf[tid] = nid;
      }
      out[i - from] = x;
    }
  }

  /**
   * Tags one sentence given as forms and lower-cased forms (the trainer's check).
   *
   * @param v The sentence (only `forms` and `lowers` are read).
   */
  decode(v: Pick<SentenceView, 'forms' | 'lowers'>): number[] {
    return this.decodeEntries(v.forms.map((f, i) => this.entry(f, v.lowers[i]!)));
  }

  /**
   * Tags one sentence: tag ids, in order.
   *
   * @param ents The entries of its tokens.
   */
  decodeEntries(ents: readonly WordEntry[]): number[] {
    const n = ents.length;
    // Reused buffer of the bigram rows' spans, written by the first pass for the second.
    if (this.bigramRows.length < n) this.bigramRows = new Int32Array(Math.max(n, 2 * this.bigramRows.length));
    const first = this.pass(ents, 1, null);
    return this.twoPass ? this.pass(ents, 2, first) : first;
  }

  /**
   * One greedy pass over a sentence. A token's score per tag is the sum of its own word features,
   * the role features of the two words on each side (`WordEntry.roles`), the bigram row, the
   * tag-only tables and the rows of the tag symbols before (and, in pass 2, after) it, summed
   * straight into `scores` per pass (no buffer of both passes' static sums written first and read
   * back). Sums are of integer weights, so their order does not change them.
   */
  private pass(ents: readonly WordEntry[], p: 1 | 2, first: number[] | null): number[] {
    const n = ents.length;
    const { scores, bigramRows } = this;
    const S = this.start;
    const E = this.end;
    const off = p === 1 ? 0 : NT;
    const tags = new Array<number>(n);
    let p1 = START_SYM;
    let p2 = START_SYM;
    const TU = this.tab[p === 1 ? 0 : 1]!;
    const NN = this.tab[2]!;
    const O = this.tab[3]!;
    for (let i = 0; i < n; i++) {
      const x = ents[i]!;
      let t = x.fixed;
      if (t < 0) {
        const own = x.roles;
        const o = (i === 0 ? FIRST : INSIDE) + off;
        const m1 = i > 0 ? ents[i - 1]!.roles : S.roles;
        const m2 = i > 1 ? ents[i - 2]!.roles : S.roles;
        const nx1 = i + 1 < n ? ents[i + 1]! : E;
        const q1 = nx1.roles;
        const q2 = i + 2 < n ? ents[i + 2]!.roles : E.roles;
        const uOff = (p2 * NS + p1) * NT;
        if (first) {
          const n1 = i + 1 < n ? first[i + 1]! : END_SYM;
          const n2 = i + 2 < n ? first[i + 2]! : END_SYM;
          const b = (n1 * NS + n2) * NT;
          const c = (p1 * NS + n1) * NT;
          for (let k = 0; k < NT; k++) {
            scores[k] = own[o + k]! + m1[AS_M1 + off + k]! + m2[AS_M2 + off + k]! + q1[AS_Q1 + off + k]! + q2[AS_Q2 + off + k]! + TU[uOff + k]! + NN[c + k]! + O[b + k]!;
          }
          this.addPass(x.rows[R_AT + n1]!, p, scores);
        } else {
          for (let k = 0; k < NT; k++) scores[k] = own[o + k]! + m1[AS_M1 + k]! + m2[AS_M2 + k]! + q1[AS_Q1 + k]! + q2[AS_Q2 + k]! + TU[uOff + k]!;
          bigramRows[i] = x.bigramFirst && nx1.bigramSecond ? this.bigramSpan(x, nx1) : -1;
        }
        this.addPass(bigramRows[i]!, p, scores);
        this.addPass(x.rows[V_AT + p1]!, p, scores);
        this.addPass((i > 0 ? ents[i - 1]! : S).rows[M_AT + p1]!, p, scores);
        t = 0;
        let bv = scores[0]!;
        for (let k = 1; k < NT; k++) {
          if (scores[k]! > bv) {
            bv = scores[k]!;
            t = k;
          }
        }
      }
      tags[i] = t;
      p2 = p1;
      p1 = t;
    }
    return tags;
  }
}

/** The loaded model. */
export interface LoadedModel {
  /** The tagger (reference decoder; the trainer checks it against `compiled`). */
  decoder: Decoder;
  /** The fast runtime decoder. */
  compiled: CompiledDecoder;
  /** The lemmatizer. */
  lemma: LemmaModel;
  /** Every lower-cased form seen in training → its ambiguity class (sorted tag letters). */
  classes: ReadonlyMap<string, string>;
  /** The SALDO lexicon with the model's edits, or `null` for a model without lexicon features. */
  saldo: LexModel | null;
}

/**
 * The lexicon feature value of a lower-cased word (`''` without a lexicon): see `lexSignature`.
 *
 * @param m The lexicon model, or `null`.
 */
export function lexFeatureOf(m: LexModel | null): (lower: string) => string {
  if (m === null) return () => '';
  return (lower) => {
    const { exact, head } = lexClasses(m, lower);
    return lexSignature(exact, head);
  };
}

/**
 * Parses the lemma tables.
 *
 * @param lex The lexicon text.
 * @param rules The rules text.
 * @param minHead Shortest compound head.
 */
export function parseLemma(lex: string, rules: string, minHead: number): { lemma: LemmaModel; classes: Map<string, string> } {
  const lexMap = new Map<string, string>();
  const classes = new Map<string, string>();
  if (lex) {
    for (const l of lex.split('\n')) {
      const parts = l.split('\t');
      const form = parts[0]!;
      let cls = '';
      for (let i = 1; i < parts.length; i++) {
        lexMap.set(form + '\t' + parts[i]![0], parts[i]!.slice(1));
        cls += parts[i]![0];
      }
      // One reading (all but a few hundred of the ~13,000 forms) needs no sort: run once per worker, in cold code.
      classes.set(form, cls.length === 1 ? cls : [...cls].sort().join(''));
    }
  }
  const ruleMap = new Map<string, string>();
  let maxSuffix = 0;
  if (rules) {
    for (const l of rules.split('\n')) {
      const tab = l.indexOf('\t');
      ruleMap.set(l.slice(0, tab), l.slice(tab + 1));
      maxSuffix = Math.max(maxSuffix, tab - 1);
    }
  }
  return { lemma: { lex: lexMap, rules: ruleMap, maxSuffix, minHead }, classes };
}

/**
 * Parses the whole serialised model.
 *
 * @param s The serialised model.
 */
export function loadModel(s: SerializedModel, saldo = ''): LoadedModel {
  const dict = new Map<string, number>();
  if (s.dict) {
    for (const l of s.dict.split('\n')) {
      const tab = l.indexOf('\t');
      const t = TAG_LETTERS.indexOf(l[tab + 1]!);
      if (t >= 0 && t < TAGS.length) dict.set(l.slice(0, tab), t);
    }
  }
  const { lemma, classes } = parseLemma(s.lex, s.rules, s.minHead);
  const lx = s.lexEdits !== undefined && saldo ? lexModel(decodeLexicon(saldo), s.lexEdits) : null;
  if (lx) lemma.saldo = lx;
  const table = WeightTable.decode(s.weights);
  const decoder: Decoder = { pass1: new PassScorer(table, 1), pass2: s.twoPass ? new PassScorer(table, 2) : null, dict };
  return { decoder, compiled: new CompiledDecoder(table, s.twoPass, dict, classes, decodeBigramWords(s.bigrams), lexFeatureOf(lx)), lemma, classes, saldo: lx };
}
