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
import { FormMemo } from '../../internal/form-ids';
import { LABELS, commonWordsGeneration, emitAsNext, emitAsPrevious, emitContextFeatures, emitWordFeatures, isCandidate, isLowerStart, isParticle, wordInfo, type DocInfo, type FeatureName, type FeatureSink, type Label, type SentenceInput, type WordInfo } from './features';

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
  ws = sumOf(sink, (f) => emitWordFeatures(word, f));
  if (wordCache.size > 50000) wordCache = new Map();
  wordCache.set(word, ws);
  return ws;
}

/**
 * What the model keeps per word form, by form id: its word facts, and, filled on first use, the
 * summed weights of its word features and of its features as the word before and the word after a
 * candidate (weights are integers: sums in any order are the same numbers).
 */
interface FormSums {
  info: WordInfo;
  ws: Float64Array | undefined;
  prev: Float64Array | undefined;
  next: Float64Array | undefined;
}

/** The form sums by form id (bounded: a memo of at most 50,000 forms), made again when the common-word list changes. */
const sumsById = new FormMemo<FormSums>(50_000);
let sumsGeneration = -1;
/** The sums of the pseudo-words before (as previous word) and after (as next word) a sentence. */
let edges: { prev: Float64Array; next: Float64Array } | undefined;

/** The summed weights of the features one `emit` gives. */
function sumOf(sink: TableScorer, emit: (f: FeatureSink) => void): Float64Array {
  const v = new Float64Array(LABELS.length);
  const keep = sink.out;
  sink.out = v;
  emit(sink);
  sink.out = keep;
  return v;
}

/** The form sums of a sentence's words, by index, read by their form ids. */
function sentenceSums(s: SentenceInput, ids: Int32Array): FormSums[] {
  if (sumsGeneration !== commonWordsGeneration) {
    sumsGeneration = commonWordsGeneration;
    sumsById.clear();
    edges = undefined;
  }
  const memo = sumsById.values();
  const out = new Array<FormSums>(ids.length);
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    out[j] = memo[id] ?? sumsById.set(memo, id, { info: wordInfo(s.words[j]!), ws: undefined, prev: undefined, next: undefined });
  }
  return out;
}

/** The weights of the features of token `i` that read a neighbour alone, added to `sc`. */
function addNeighbours(sink: TableScorer, sums: readonly FormSums[], i: number, sc: Float64Array): void {
  edges ??= { prev: sumOf(sink, (f) => emitAsPrevious(wordInfo('<s>'), false, f)), next: sumOf(sink, (f) => emitAsNext(wordInfo('</s>'), f)) };
  let prev = edges.prev;
  if (i > 0) {
    const x = sums[i - 1]!;
    prev = x.prev ??= sumOf(sink, (f) => emitAsPrevious(x.info, true, f));
  }
  let next = edges.next;
  if (i + 1 < sums.length) {
    const x = sums[i + 1]!;
    next = x.next ??= sumOf(sink, (f) => emitAsNext(x.info, f));
  }
  for (let k = 0; k < sc.length; k++) sc[k]! += prev[k]! + next[k]!;
}

/**
 * Greedy BIO decoding of one sentence with the trained model. Where the sentence carries its form
 * ids, each form's word facts and summed weights (its own, and as a neighbour) are read by id.
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
  const sums = s.ids !== undefined && s.ids.length === n ? sentenceSums(s, s.ids) : undefined;
  const infos: (WordInfo | undefined)[] = sums ? sums.map((x) => x.info) : [];
  for (let i = 0; i < n; i++) {
    const word = s.words[i]!;
    let best: Label = 'O';
    if (isCandidateAt(word, p1)) {
      let ws: Float64Array;
      sc.fill(0);
      if (sums) {
        const x = sums[i]!;
        ws = x.ws ??= sumOf(sink, (f) => emitWordFeatures(word, f));
        emitContextFeatures(s, gz, doc, i, p1, p2, sink, infos, true);
        addNeighbours(sink, sums, i, sc);
      } else {
        ws = wordScores(word, sink);
        emitContextFeatures(s, gz, doc, i, p1, p2, sink, infos);
      }
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
