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
import { TAG_LETTERS, TAGS } from './features';
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

/** The loaded model. */
export interface LoadedModel {
  /** The tagger. */
  decoder: Decoder;
  /** The lemmatizer. */
  lemma: LemmaModel;
  /** Every lower-cased form seen in training, with any tag. */
  vocab: ReadonlySet<string>;
}

/**
 * Parses the lemma tables.
 *
 * @param lex The lexicon text.
 * @param rules The rules text.
 * @param minHead Shortest compound head.
 */
export function parseLemma(lex: string, rules: string, minHead: number): { lemma: LemmaModel; vocab: Set<string> } {
  const lexMap = new Map<string, string>();
  const vocab = new Set<string>();
  if (lex) {
    for (const l of lex.split('\n')) {
      const parts = l.split('\t');
      const form = parts[0]!;
      vocab.add(form);
      for (let i = 1; i < parts.length; i++) lexMap.set(form + '\t' + parts[i]![0], parts[i]!.slice(1));
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
  return { lemma: { lex: lexMap, rules: ruleMap, maxSuffix, minHead }, vocab };
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
  const { lemma, vocab } = parseLemma(s.lex, s.rules, s.minHead);
  return {
    decoder: { pass1: SparseWeights.parse(s.pass1), pass2: s.pass2 ? SparseWeights.parse(s.pass2) : null, dict },
    lemma,
    vocab,
  };
}
