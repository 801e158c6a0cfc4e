/**
 * The compact text encoding of the tagger and lemmatizer model, shared by the trainer (encode)
 * and the runtime (decode, lazily on the first call).
 *
 * - weights: one line per feature, `feature\t` then entries `<tag letter><integer weight>`
 *   (`sning\tH153A-20`);
 * - tag dictionary: `word\t<tag letter>` lines;
 * - lemma lexicon: `lower\t<tag letter><edit>\t…` lines (one per form, one entry per tag);
 * - lemma rules: `<tag letter><suffix>\t<edit>` lines.
 *
 * @module
 */
import { featWord, isCapitalised, lexSignature, suffix, TAG_LETTERS, TAGS, wordFeatures, wordShape, type SentenceView } from './features';
import type { LemmaModel } from './lemma';
import { decodeLexicon, lexClasses, lexModel, type LexModel } from './lexicon';
import { isTitleCase, type Decoder, type Scorer } from './perceptron';

/** The serialised model, as the generated data file exports it. */
export interface SerializedModel {
  /** First-pass weights. */
  pass1: string;
  /** Second-pass weights (empty for a single-pass model). */
  pass2: string;
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

/** Sparse integer weights: feature → run of (tag id, weight) entries. */
export class SparseWeights implements Scorer {
  /** Feature → its index. */
  readonly index = new Map<string, number>();
  /** Entry range of feature `f`: `start[f]` … `start[f + 1]`. */
  start: Int32Array = new Int32Array(1);
  /** Tag id of each entry. */
  tag: Uint8Array = new Uint8Array(0);
  /** Weight of each entry. */
  weight: Float64Array = new Float64Array(0);

  /** Parses the `feature\tA12B-3` encoding. */
  static parse(s: string): SparseWeights {
    const sw = new SparseWeights();
    const lines = s.length ? s.split('\n') : [];
    let entries = 0;
    for (const l of lines) for (let i = l.indexOf('\t') + 1; i < l.length; i++) if (l.charCodeAt(i) >= 65) entries++;
    sw.start = new Int32Array(lines.length + 1);
    sw.tag = new Uint8Array(entries);
    sw.weight = new Float64Array(entries);
    let e = 0;
    for (let f = 0; f < lines.length; f++) {
      const l = lines[f]!;
      const tab = l.indexOf('\t');
      sw.index.set(l.slice(0, tab), f);
      sw.start[f] = e;
      let i = tab + 1;
      while (i < l.length) {
        const t = l.charCodeAt(i) - 65;
        i++;
        let neg = false;
        if (l.charCodeAt(i) === 45) {
          neg = true;
          i++;
        }
        let v = 0;
        for (let c = l.charCodeAt(i); c >= 48 && c <= 57; c = l.charCodeAt(++i)) v = v * 10 + (c - 48);
        sw.tag[e] = t;
        sw.weight[e] = neg ? -v : v;
        e++;
      }
    }
    sw.start[lines.length] = e;
    return sw;
  }

  /** Adds the weights of `feats` to `scores`. */
  score(feats: readonly string[], scores: Float64Array): void {
    const { index, start, tag, weight } = this;
    for (let k = 0; k < feats.length; k++) {
      const f = index.get(feats[k]!);
      if (f === undefined) continue;
      const end = start[f + 1]!;
      for (let j = start[f]!; j < end; j++) scores[tag[j]!]! += weight[j]!;
    }
  }
}

/**
 * Encodes integer weights: feature → per-tag integers (zeros skipped; features with no entry dropped).
 *
 * @param weights Feature → integer weight per tag id.
 */
export function encodeWeights(weights: Iterable<[string, ArrayLike<number>]>): string {
  const lines: string[] = [];
  for (const [f, w] of weights) {
    let s = '';
    for (let t = 0; t < w.length; t++) if (w[t] !== 0) s += TAG_LETTERS[t]! + w[t];
    if (s) lines.push(f + '\t' + s);
  }
  return lines.join('\n');
}

const NT = TAGS.length;
/** Tag symbols of the tag-only features: the 17 tag letters, then `^` (before start), `$` (after end). */
const SYMBOLS = TAG_LETTERS + '^$';
const NS = SYMBOLS.length;
const START = NT;
const END = NT + 1;

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
  /** Whether training saw this lower-cased form. */
  known: boolean;
  /** Whether the SALDO lexicon has a reading of it (its lexicon signature is not empty). */
  inLexicon: boolean;
  /** Fast-path tag, or -1. */
  fixed: number;
  /** Whether the name rules may change its tag: unknown to training and title-case (`isTitleCase`). */
  nameCandidate: boolean;
  /** For a form unknown to training with no letter or digit: PUNCT's tag id when it is all punctuation, else SYM's; -1 otherwise. */
  symbolTag: number;
  /**
   * Summed weights of the word features plus the position features (`i` + shape, `c` + lexicon
   * signature) of this word first in the sentence: pass 1 in slots 0–16, pass 2 in 17–33.
   */
  wsFirst: Float64Array;
  /** The same with the inside-the-sentence position features (`I` + shape, `C` + lexicon signature). */
  wsInside: Float64Array;
  /** Feature id (-1 = none) of `m1` + word: this word one before the current one. */
  m1: number;
  /** Feature id of `m2` + word: this word two before the current one. */
  m2: number;
  /** Feature id of `q2` + word: this word two after the current one. */
  q2: number;
  /**
   * Summed weights (both passes) of this word's features as the next word of the current one
   * (`q1` + word, `e` + ambiguity class, `Q` + 3-letter suffix); `null` when it has none.
   */
  next1: Float64Array | null;
  /** `v` + tag symbol + word, by tag symbol. */
  v: Int32Array;
  /** `M` + suffix + tag symbol (this word before the current one), by tag symbol. */
  M: Int32Array;
  /** `r` + tag symbol + word, by tag symbol. */
  r: Int32Array;
  /** Bigram features `W` + this word + ` ` + next word: next word's `wSecond` → feature id; `null` when none. */
  wFirst: Map<number, number> | null;
  /** This word's id as the second word of bigram features, or -1. */
  wSecond: number;
  /** Lemma by tag id, filled lazily. */
  lemmas: (string | undefined)[];
}

/** One pass's weights: entry range per feature (`start`), tag and weight per entry. */
type PassWeights = [start: Int32Array, tag: Uint8Array, weight: Float64Array];

/**
 * Both passes' weights of each of `n` features in one run of entries, the second pass's tags offset by NT.
 *
 * @param n Number of features.
 * @param p1 First-pass weights.
 * @param p2 Second-pass weights.
 */
function bothPasses(n: number, p1: PassWeights, p2: PassWeights): { start: Int32Array; tag: Uint8Array; weight: Float64Array } {
  const start = new Int32Array(n + 1);
  const tag = new Uint8Array(p1[1].length + p2[1].length);
  const weight = new Float64Array(tag.length);
  const passes = [[...p1, 0], [...p2, NT]] as const;
  let b = 0;
  for (let f = 0; f < n; f++) {
    start[f] = b;
    for (const [s, t, w, off] of passes) {
      for (let j = s[f]!; j < s[f + 1]!; j++, b++) {
        tag[b] = off + t[j]!;
        weight[b] = w[j]!;
      }
    }
  }
  start[n] = b;
  return { start, tag, weight };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCT = /^\p{P}+$/u;
const PUNCT_ID = TAGS.indexOf('PUNCT');
const SYM_ID = TAGS.indexOf('SYM');

/** Most word forms kept in the cache before it is emptied (bounds memory). */
const CACHE_MAX = 30_000;

/**
 * The runtime decoder: the same two-pass greedy decoding as `decode` in `./perceptron` (identical
 * integer sums, so identical tags; the trainer checks this on dev), organised for speed: one feature
 * index for both passes; per word form (cached) the summed word-feature weights and the ids of the
 * word's context features; tag-only features (`t`, `u`, `n`, `o`, `N`) from precomputed tables.
 */
export class CompiledDecoder {
  private readonly index = new Map<string, number>();
  private readonly s1: Int32Array;
  private readonly t1: Uint8Array;
  private readonly w1: Float64Array;
  private readonly s2: Int32Array;
  private readonly t2: Uint8Array;
  private readonly w2: Float64Array;
  private readonly twoPass: boolean;
  /** Both passes' weights of each feature in one run (pass-2 tags offset by NT), for `addBoth`. */
  private readonly sb: Int32Array;
  private readonly tb: Uint8Array;
  private readonly wb: Float64Array;
  /**
   * Tag-only tables, each a run of NT-vectors by tag-symbol pair: pass 1 `t` + `u` by (p2, p1), pass 2
   * `t` + `u` by (p2, p1), pass 2 `N` + `n` by (p1, n1), pass 2 `o` by (n1, n2).
   */
  private readonly tab: Float64Array[];
  private readonly cache = new Map<string, WordEntry>();
  private readonly feats: string[] = [];
  private stat = new Float64Array(64 * 2 * NT);
  private readonly scores = new Float64Array(NT);
  private readonly start: WordEntry;
  private readonly end: WordEntry;
  /** Bigram features by first word: second-word id → feature id. */
  private readonly bigramFirst = new Map<string, Map<number, number>>();
  /** Second words of bigram features → their ids. */
  private readonly bigramSecond = new Map<string, number>();

  constructor(
    p1: SparseWeights,
    p2: SparseWeights | null,
    /** Fast-path tag dictionary. */
    readonly dict: ReadonlyMap<string, number>,
    /** Ambiguity classes of known words. */
    readonly classes: ReadonlyMap<string, string>,
    /** The lexicon feature value of a lower-cased word ({@link lexFeatureOf}). */
    private readonly lexOf: (lower: string) => string = () => '',
  ) {
    this.twoPass = p2 !== null;
    // One index for both passes: pass-1 features keep their ids, pass-2-only features follow.
    const names: string[] = [...p1.index.keys()];
    const n1 = names.length;
    if (p2) for (const k of p2.index.keys()) if (!p1.index.has(k)) names.push(k);
    for (let f = 0; f < names.length; f++) this.index.set(names[f]!, f);
    const N = names.length;
    this.s1 = new Int32Array(N + 1);
    this.s1.set(p1.start.subarray(0, n1 + 1));
    this.s1.fill(p1.start[n1]!, n1 + 1);
    this.t1 = p1.tag;
    this.w1 = p1.weight;
    this.s2 = new Int32Array(N + 1);
    const total = p2 ? p2.tag.length : 0;
    this.t2 = new Uint8Array(total);
    this.w2 = new Float64Array(total);
    let e = 0;
    for (let f = 0; f < N; f++) {
      this.s2[f] = e;
      const id = p2?.index.get(names[f]!);
      if (p2 && id !== undefined) {
        const a = p2.start[id]!;
        const b = p2.start[id + 1]!;
        this.t2.set(p2.tag.subarray(a, b), e);
        this.w2.set(p2.weight.subarray(a, b), e);
        e += b - a;
      }
    }
    this.s2[N] = e;
    const both = bothPasses(N, [this.s1, this.t1, this.w1], [this.s2, this.t2, this.w2]);
    this.sb = both.start;
    this.tb = both.tag;
    this.wb = both.weight;
    // Bigram features (`W` + word + ` ` + next word) by word ids, so decoding builds no strings.
    for (let f = 0; f < N; f++) {
      const name = names[f]!;
      if (name.charCodeAt(0) !== 87 /* W */) continue;
      const sp = name.indexOf(' ');
      const a = name.slice(1, sp);
      const b = name.slice(sp + 1);
      let bid = this.bigramSecond.get(b);
      if (bid === undefined) this.bigramSecond.set(b, (bid = this.bigramSecond.size));
      let m = this.bigramFirst.get(a);
      if (!m) this.bigramFirst.set(a, (m = new Map()));
      m.set(bid, f);
    }
    const table = (pass: 1 | 2, prefix: string, pairs: boolean): Float64Array => {
      const out = new Float64Array((pairs ? NS * NS : NS) * NT);
      for (let a = 0; a < (pairs ? NS : 1); a++) {
        for (let b = 0; b < NS; b++) {
          this.add(this.id(prefix + (pairs ? SYMBOLS[a]! : '') + SYMBOLS[b]!), pass, out, ((pairs ? a * NS : 0) + b) * NT);
        }
      }
      return out;
    };
    // Pairs (a, b) of tag symbols: `u` by (p2, p1) plus `t` by p1; `N` by (p1, n1) plus `n` by n1.
    const withSecond = (pairs: Float64Array, single: Float64Array): Float64Array => {
      for (let a = 0; a < NS; a++) for (let b = 0; b < NS; b++) for (let k = 0; k < NT; k++) pairs[(a * NS + b) * NT + k]! += single[b * NT + k]!;
      return pairs;
    };
    this.tab = [
      withSecond(table(1, 'u', true), table(1, 't', false)),
      withSecond(table(2, 'u', true), table(2, 't', false)),
      withSecond(table(2, 'N', true), table(2, 'n', false)),
      table(2, 'o', true),
    ];
    this.start = this.makeEntry('', '', '^', '^');
    this.end = this.makeEntry('', '', '$', '$');
  }

  private id(name: string): number {
    return this.index.get(name) ?? -1;
  }

  private add(f: number, pass: 1 | 2, out: Float64Array, at: number): void {
    if (f < 0) return;
    if (pass === 1) for (let j = this.s1[f]!, e = this.s1[f + 1]!; j < e; j++) out[at + this.t1[j]!]! += this.w1[j]!;
    else for (let j = this.s2[f]!, e = this.s2[f + 1]!; j < e; j++) out[at + this.t2[j]!]! += this.w2[j]!;
  }

  private addBoth(f: number, out: Float64Array, at: number): void {
    if (f < 0) return;
    const { tb, wb } = this;
    for (let j = this.sb[f]!, e = this.sb[f + 1]!; j < e; j++) out[at + tb[j]!]! += wb[j]!;
  }

  private makeEntry(form: string, lower: string, w: string, cls: string): WordEntry {
    const sh = wordShape(form);
    const s3 = suffix(w, 3);
    const v = new Int32Array(NS);
    const M = new Int32Array(NS);
    const r = new Int32Array(NS);
    for (let k = 0; k < NS; k++) {
      const sym = SYMBOLS[k]!;
      v[k] = this.id('v' + sym + w);
      M[k] = this.id('M' + s3 + sym);
      r[k] = this.id('r' + sym + w);
    }
    const ws = new Float64Array(2 * NT);
    const lx = form ? this.lexOf(lower) : w;
    if (form) for (const name of wordFeatures(form, lower, w, cls, this.feats, lx)) this.addBoth(this.id(name), ws, 0);
    const cap = form !== '' && isCapitalised(form);
    const known = this.classes.has(lower);
    const wsFirst = ws.slice();
    this.addBoth(this.id('i' + sh), wsFirst, 0);
    if (cap) this.addBoth(this.id('c' + lx), wsFirst, 0);
    const wsInside = ws;
    this.addBoth(this.id('I' + sh), wsInside, 0);
    if (cap) this.addBoth(this.id('C' + lx), wsInside, 0);
    const asNext = [this.id('q1' + w), this.id('e' + cls), this.id('Q' + s3)];
    let next1: Float64Array | null = null;
    if (asNext.some((f) => f >= 0)) {
      next1 = new Float64Array(2 * NT);
      for (const f of asNext) this.addBoth(f, next1, 0);
    }
    return {
      form,
      lower,
      w,
      cls,
      known,
      inLexicon: form !== '' && lx !== '',
      fixed: form ? (this.dict.get(lower) ?? -1) : -1,
      nameCandidate: !known && isTitleCase(form),
      symbolTag: known || LETTER_OR_DIGIT.test(form) ? -1 : PUNCT.test(form) ? PUNCT_ID : SYM_ID,
      wsFirst,
      wsInside,
      m1: this.id('m1' + w),
      m2: this.id('m2' + w),
      q2: this.id('q2' + w),
      next1,
      v,
      M,
      r,
      wFirst: this.bigramFirst.get(w) ?? null,
      wSecond: this.bigramSecond.get(w) ?? -1,
      lemmas: [],
    };
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
    c = this.makeEntry(form, lower, featWord(lower), this.classes.get(lower) ?? '-');
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(key, c);
    return c;
  }

  /**
   * Tags one sentence given as a view (the trainer's check).
   *
   * @param v The sentence view.
   */
  decode(v: SentenceView): number[] {
    return this.decodeEntries(v.forms.map((f, i) => this.entry(f, v.lowers[i]!)));
  }

  /**
   * Tags one sentence: tag ids, in order.
   *
   * @param ents The entries of its tokens.
   */
  decodeEntries(ents: readonly WordEntry[]): number[] {
    const n = ents.length;
    // Reused buffer: slots of fast-path tokens are never read, the others are overwritten first.
    if (this.stat.length < n * 2 * NT) this.stat = new Float64Array(Math.max(n * 2 * NT, 2 * this.stat.length));
    const stat = this.stat;
    const S = this.start;
    const E = this.end;
    for (let i = 0; i < n; i++) {
      const x = ents[i]!;
      if (x.fixed >= 0) continue;
      const at = i * 2 * NT;
      stat.set(i === 0 ? x.wsFirst : x.wsInside, at);
      const pr1 = i > 0 ? ents[i - 1]! : S;
      const pr2 = i > 1 ? ents[i - 2]! : S;
      const nx1 = i + 1 < n ? ents[i + 1]! : E;
      const nx2 = i + 2 < n ? ents[i + 2]! : E;
      this.addBoth(pr1.m1, stat, at);
      this.addBoth(pr2.m2, stat, at);
      const n1 = nx1.next1;
      if (n1 !== null) for (let k = 0; k < 2 * NT; k++) stat[at + k]! += n1[k]!;
      this.addBoth(nx2.q2, stat, at);
      if (x.wFirst !== null && nx1.wSecond >= 0) this.addBoth(x.wFirst.get(nx1.wSecond) ?? -1, stat, at);
    }
    const first = this.pass(ents, 1, null);
    return this.twoPass ? this.pass(ents, 2, first) : first;
  }

  /**
   * One greedy pass over a sentence whose static scores are in `stat` (see `decodeEntries`).
   * Sums are of integer weights, so their order does not change them.
   */
  private pass(ents: readonly WordEntry[], p: 1 | 2, first: number[] | null): number[] {
    const n = ents.length;
    const { scores, stat } = this;
    const S = this.start;
    const tags = new Array<number>(n);
    let p1 = START;
    let p2 = START;
    const TU = this.tab[p === 1 ? 0 : 1]!;
    const NN = this.tab[2]!;
    const O = this.tab[3]!;
    for (let i = 0; i < n; i++) {
      const x = ents[i]!;
      let t = x.fixed;
      if (t < 0) {
        const at = i * 2 * NT + (p === 1 ? 0 : NT);
        const uOff = (p2 * NS + p1) * NT;
        if (first) {
          const n1 = i + 1 < n ? first[i + 1]! : END;
          const n2 = i + 2 < n ? first[i + 2]! : END;
          const b = (n1 * NS + n2) * NT;
          const c = (p1 * NS + n1) * NT;
          for (let k = 0; k < NT; k++) scores[k] = stat[at + k]! + TU[uOff + k]! + NN[c + k]! + O[b + k]!;
          this.add(x.r[n1]!, p, scores, 0);
        } else {
          for (let k = 0; k < NT; k++) scores[k] = stat[at + k]! + TU[uOff + k]!;
        }
        this.add(x.v[p1]!, p, scores, 0);
        this.add((i > 0 ? ents[i - 1]! : S).M[p1]!, p, scores, 0);
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
      classes.set(form, [...cls].sort().join(''));
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
  const pass1 = SparseWeights.parse(s.pass1);
  const pass2 = s.pass2 ? SparseWeights.parse(s.pass2) : null;
  return { decoder: { pass1, pass2, dict }, compiled: new CompiledDecoder(pass1, pass2, dict, classes, lexFeatureOf(lx)), lemma, classes, saldo: lx };
}
