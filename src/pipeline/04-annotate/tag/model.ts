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
import { suffix, TAG_LETTERS, TAGS, wordFeatures, wordShape, type SentenceView } from './features';
import type { LemmaModel } from './lemma';
import type { Decoder, Scorer } from './perceptron';

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

/**
 * The runtime decoder: the same two-pass greedy decoding as `decode` in `./perceptron` (identical
 * integer sums, so identical tags), organised for speed: one feature index for both passes, word
 * features summed once per word form (cached), context-word features once per token for both
 * passes, and tag-only features (`t`, `u`, `n`, `o`, `N`) read from precomputed tables.
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
  /** Tag-only tables: `tab1.t[sym]`, `tab1.u[p2 * NS + p1]` … each a vector of NT. */
  private readonly tab: Float64Array[];
  private readonly cache = new Map<string, Float64Array>();
  private readonly feats: string[] = [];

  constructor(
    p1: SparseWeights,
    p2: SparseWeights | null,
    /** Fast-path tag dictionary. */
    readonly dict: ReadonlyMap<string, number>,
  ) {
    this.twoPass = p2 !== null;
    const names = new Set<string>(p1.index.keys());
    if (p2) for (const k of p2.index.keys()) names.add(k);
    const csr = (w: SparseWeights | null): [Int32Array, Uint8Array, Float64Array] => {
      const start = new Int32Array(names.size + 1);
      const tags: number[] = [];
      const ws: number[] = [];
      let f = 0;
      for (const name of names) {
        start[f] = tags.length;
        const id = w?.index.get(name);
        if (w && id !== undefined) {
          for (let j = w.start[id]!; j < w.start[id + 1]!; j++) {
            tags.push(w.tag[j]!);
            ws.push(w.weight[j]!);
          }
        }
        f++;
      }
      start[f] = tags.length;
      return [start, Uint8Array.from(tags), Float64Array.from(ws)];
    };
    let f = 0;
    for (const name of names) this.index.set(name, f++);
    [this.s1, this.t1, this.w1] = csr(p1);
    [this.s2, this.t2, this.w2] = csr(p2);
    // Tag-only tables, per pass: t (NS), u (NS²), and for pass 2 also n (NS), o (NS²), N (NS²).
    const table = (pass: 1 | 2, prefix: string, pairs: boolean): Float64Array => {
      const out = new Float64Array((pairs ? NS * NS : NS) * NT);
      for (let a = 0; a < (pairs ? NS : 1); a++) {
        for (let b = 0; b < NS; b++) {
          const name = prefix + (pairs ? SYMBOLS[a]! : '') + SYMBOLS[b]!;
          this.addFeature(name, pass, out, ((pairs ? a * NS : 0) + b) * NT);
        }
      }
      return out;
    };
    this.tab = [table(1, 't', false), table(1, 'u', true), table(2, 't', false), table(2, 'u', true), table(2, 'n', false), table(2, 'o', true), table(2, 'N', true)];
  }

  private addFeature(name: string, pass: 1 | 2, out: Float64Array, at: number): void {
    const f = this.index.get(name);
    if (f === undefined) return;
    if (pass === 1) for (let j = this.s1[f]!; j < this.s1[f + 1]!; j++) out[at + this.t1[j]!]! += this.w1[j]!;
    else for (let j = this.s2[f]!; j < this.s2[f + 1]!; j++) out[at + this.t2[j]!]! += this.w2[j]!;
  }

  private addBoth(name: string, out: Float64Array, at: number): void {
    const f = this.index.get(name);
    if (f === undefined) return;
    for (let j = this.s1[f]!; j < this.s1[f + 1]!; j++) out[at + this.t1[j]!]! += this.w1[j]!;
    for (let j = this.s2[f]!; j < this.s2[f + 1]!; j++) out[at + NT + this.t2[j]!]! += this.w2[j]!;
  }

  private wordScores(form: string, lower: string, w: string, cls: string): Float64Array {
    const key = lower === form.toLowerCase() ? form : form + '\u0000' + lower;
    let c = this.cache.get(key);
    if (c) return c;
    c = new Float64Array(2 * NT);
    for (const name of wordFeatures(form, lower, w, cls, this.feats)) this.addBoth(name, c, 0);
    if (this.cache.size >= 50_000) this.cache.clear();
    this.cache.set(key, c);
    return c;
  }

  /**
   * Tags one sentence: tag ids, in order.
   *
   * @param v The sentence view.
   */
  decode(v: SentenceView): number[] {
    const { forms, lowers, words, classes } = v;
    const n = forms.length;
    const fixed = new Int32Array(n).fill(-1);
    const stat = new Float64Array(n * 2 * NT);
    for (let i = 0; i < n; i++) {
      const d = this.dict.get(lowers[i]!);
      if (d !== undefined) {
        fixed[i] = d;
        continue;
      }
      const at = i * 2 * NT;
      stat.set(this.wordScores(forms[i]!, lowers[i]!, words[i]!, classes[i]!), at);
      const w = words[i]!;
      const wm1 = i > 0 ? words[i - 1]! : '^';
      const wm2 = i > 1 ? words[i - 2]! : '^';
      const wp1 = i + 1 < n ? words[i + 1]! : '$';
      const wp2 = i + 2 < n ? words[i + 2]! : '$';
      const sh = wordShape(forms[i]!);
      this.addBoth('m1' + wm1, stat, at);
      this.addBoth('m2' + wm2, stat, at);
      this.addBoth('q1' + wp1, stat, at);
      this.addBoth('q2' + wp2, stat, at);
      this.addBoth((i === 0 ? 'i' : 'I') + sh, stat, at);
      this.addBoth('e' + (i + 1 < n ? classes[i + 1]! : '$'), stat, at);
      this.addBoth('Q' + suffix(wp1, 3), stat, at);
      this.addBoth('W' + w + ' ' + wp1, stat, at);
    }
    const scores = new Float64Array(NT);
    const pass = (p: 1 | 2, first: number[] | null): number[] => {
      const tags = new Array<number>(n);
      let p1 = START;
      let p2 = START;
      const T = this.tab[p === 1 ? 0 : 2]!;
      const U = this.tab[p === 1 ? 1 : 3]!;
      for (let i = 0; i < n; i++) {
        let t = fixed[i]!;
        if (t < 0) {
          const at = i * 2 * NT + (p === 1 ? 0 : NT);
          const tOff = p1 * NT;
          const uOff = (p2 * NS + p1) * NT;
          for (let k = 0; k < NT; k++) scores[k] = stat[at + k]! + T[tOff + k]! + U[uOff + k]!;
          const w = words[i]!;
          const wm1 = i > 0 ? words[i - 1]! : '^';
          const pl = SYMBOLS[p1]!;
          this.addFeature('v' + pl + w, p, scores, 0);
          this.addFeature('M' + suffix(wm1, 3) + pl, p, scores, 0);
          if (first) {
            const n1 = i + 1 < n ? first[i + 1]! : END;
            const n2 = i + 2 < n ? first[i + 2]! : END;
            const Nn = this.tab[4]!;
            const O = this.tab[5]!;
            const NN = this.tab[6]!;
            const a = n1 * NT;
            const b = (n1 * NS + n2) * NT;
            const c = (p1 * NS + n1) * NT;
            for (let k = 0; k < NT; k++) scores[k]! += Nn[a + k]! + O[b + k]! + NN[c + k]!;
            this.addFeature('r' + SYMBOLS[n1]! + w, p, scores, 0);
          }
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
    };
    const first = pass(1, null);
    return this.twoPass ? pass(2, first) : first;
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
export function loadModel(s: SerializedModel): LoadedModel {
  const dict = new Map<string, number>();
  if (s.dict) {
    for (const l of s.dict.split('\n')) {
      const tab = l.indexOf('\t');
      const t = TAG_LETTERS.indexOf(l[tab + 1]!);
      if (t >= 0 && t < TAGS.length) dict.set(l.slice(0, tab), t);
    }
  }
  const { lemma, classes } = parseLemma(s.lex, s.rules, s.minHead);
  const pass1 = SparseWeights.parse(s.pass1);
  const pass2 = s.pass2 ? SparseWeights.parse(s.pass2) : null;
  return { decoder: { pass1, pass2, dict }, compiled: new CompiledDecoder(pass1, pass2, dict), lemma, classes };
}
