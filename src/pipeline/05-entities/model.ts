/**
 * The averaged-perceptron entity model: lazy loading of the trained weights and greedy
 * left-to-right BIO decoding over candidate tokens.
 *
 * The weights are a {@link WeightTable} (src/internal/feature-hash.ts): a feature's key is the
 * FNV-1a hash of its string ({@link featureKey}), computed at tagging time over the feature's parts
 * without building the string (speed: no string per feature, no `Map` of strings, one typed-array
 * table). Training keeps the strings and hashes them when it writes the model.
 *
 * @module
 */
import { NER_MODEL } from '../../data/sv/ner-model';
import { hashString, WeightTable } from '../../internal/feature-hash';
import { LABELS, emitContextFeatures, emitWordFeatures, isCandidate, isLowerStart, isParticle, type DocInfo, type FeatureName, type FeatureSink, type Label, type SentenceInput, type WordInfo } from './features';

/** Feature string → weight per label (training, and scoring with weights that are not the trained table). */
export type Weights = Map<string, Float32Array>;

let loaded: WeightTable | undefined;
let wordCache = new Map<string, Float64Array>();

/**
 * The key of a feature string in the weight table: FNV-1a over its UTF-16 code units, the same
 * number the tagger computes part by part.
 *
 * @param f A feature string (from `features` in ./features).
 */
export function featureKey(f: string): number {
  return hashString(f);
}

/** The trained weights, decoded on first use. */
export function modelTable(): WeightTable {
  loaded ??= WeightTable.decode(NER_MODEL);
  return loaded;
}

/** Whether label `l` may follow label `prev` (I-X only after B-X or I-X). */
export function allowed(prev: string, l: string): boolean {
  if (l.charCodeAt(0) !== 73 /* I */) return true;
  return prev.length > 2 && prev.slice(2) === l.slice(2);
}

/**
 * Whether a token is scored: it has a capital letter, or it follows an entity token and could
 * continue it (a lower-case word, a name particle, `&`, `-`). Other tokens are `O`.
 */
export function isCandidateAt(word: string, p1: string): boolean {
  return isCandidate(word) || (p1 !== 'O' && (isLowerStart(word) || word === '&' || word === '-' || isParticle(word.toLowerCase())));
}

/** Scores the labels of one token with string-keyed weights (training). */
export function score(w: Weights, feats: readonly string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const v = w.get(f);
    if (!v) continue;
    for (let k = 0; k < v.length; k++) out[k]! += v[k]!;
  }
}

/**
 * A feature sink that adds each feature's weights from a table to `out` at once: the key is
 * {@link featureKey} of the feature string, hashed part by part without building the string.
 */
export class TableScorer implements FeatureSink {
  /** The label scores the features are added to. */
  out: Float64Array = new Float64Array(LABELS.length);
  /** @param table The weights, keyed by {@link featureKey}. */
  constructor(private readonly table: WeightTable) {}

  /** Adds the weights of the feature `name.text + a + b + c + d`. */
  add(name: FeatureName, a = '', b = '', c = '', d = ''): void {
    // (`| 0`: the same 32 bits as a small integer, so no heap number is made per feature; `find` reads the key as unsigned)
    let h = name.seed | 0;
    if (a.length) h = hashString(a, 0, a.length, h) | 0;
    if (b.length) h = hashString(b, 0, b.length, h) | 0;
    if (c.length) h = hashString(c, 0, c.length, h) | 0;
    if (d.length) h = hashString(d, 0, d.length, h) | 0;
    const r = this.table.find(h);
    if (r >= 0) this.table.addRow(r, this.out);
  }
}

let scorer: TableScorer | undefined;

/** The summed word-feature weights of a word form, cached per form (they do not depend on the context). */
function wordScores(word: string, sink: TableScorer): Float64Array {
  let ws = wordCache.get(word);
  if (ws) return ws;
  ws = new Float64Array(LABELS.length);
  const keep = sink.out;
  sink.out = ws;
  emitWordFeatures(word, sink);
  sink.out = keep;
  if (wordCache.size > 50000) wordCache = new Map();
  wordCache.set(word, ws);
  return ws;
}

/**
 * Greedy BIO decoding of one sentence with the trained model.
 *
 * @param s The sentence.
 * @param gz Gazetteer tags of the sentence.
 * @param doc Document evidence.
 */
export function decode(s: SentenceInput, gz: readonly string[], doc: DocInfo): Label[] {
  const n = s.words.length;
  const out = new Array<Label>(n).fill('O');
  scorer ??= new TableScorer(modelTable());
  const sink = scorer;
  const sc = sink.out;
  let p1: Label = 'O';
  let p2: Label = 'O';
  const infos: (WordInfo | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const word = s.words[i]!;
    let best: Label = 'O';
    if (isCandidateAt(word, p1)) {
      const ws = wordScores(word, sink);
      sc.fill(0);
      emitContextFeatures(s, gz, doc, i, p1, p2, sink, infos);
      let bs = -Infinity;
      for (let k = 0; k < LABELS.length; k++) {
        const l = LABELS[k]!;
        const v = sc[k]! + ws[k]!;
        if (allowed(p1, l) && v > bs) { bs = v; best = l; }
      }
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}
