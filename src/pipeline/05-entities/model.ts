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
import { CTX, LABELS, commonWordsGeneration, emitAsNext, emitAsPrevious, emitContextFeatures, emitWordFeatures, isCandidate, isLowerStart, isParticle, wordInfo, type DocInfo, type FeatureName, type FeatureSink, type Label, type SentenceInput, type WordInfo } from './features';

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
  /** Whether the form has a capital letter ({@link isCandidate}: scored after any label). */
  cand: boolean;
  ws: Float64Array | undefined;
  prev: Float64Array | undefined;
  next: Float64Array | undefined;
  /** The sums of its `own` context features ({@link CTX}), not initial and initial. */
  own: [Float64Array | undefined, Float64Array | undefined];
  /** The sums its shape decides, shared by the forms of one shape. */
  shape: ShapeSums;
  /** The sums of its `previousShape` features as the word before a candidate, by the candidate's shape id. */
  beforeShape: (Float64Array | undefined)[];
  /** The sums of its `nextShape` features as the word after a candidate, by the candidate's shape id. */
  afterShape: (Float64Array | undefined)[];
}

/** The sums of the context features a shape decides with one other input, filled on first use. */
interface ShapeSums {
  /** A small number for the shape (the order shapes were first seen in). */
  id: number;
  /** `shapeLabel` by the label before (index in {@link LABELS}). */
  byLabel: (Float64Array | undefined)[];
  /** `shapeAfter` by what the word before is: 1 a first name (not before the first word), 2 a title. */
  byPrevious: (Float64Array | undefined)[];
}

/**
 * The sums shared by every form: by the two labels before (`p1 * 7 + p2`), by the gazetteer tags
 * around a token ({@link gazetteerCode}), and by shape; emptied with the form sums.
 */
interface SharedSums {
  labels: (Float64Array | undefined)[];
  gazetteer: (Float64Array | undefined)[];
  /** By shape (a few hundred at most: six characters of six kinds, runs collapsed). */
  shapes: Map<string, ShapeSums>;
  /** `previousShape` of the first word (`<s>` before it) and `nextShape` of the last (`</s>` after it), by shape id. */
  startShape: (Float64Array | undefined)[];
  endShape: (Float64Array | undefined)[];
}

/** Empty shared sums. */
function noSharedSums(): SharedSums {
  return { labels: [], gazetteer: [], shapes: new Map(), startShape: [], endShape: [] };
}

let shared = noSharedSums();

/** The shape sums of a shape. */
function shapeSums(shape: string): ShapeSums {
  let v = shared.shapes.get(shape);
  if (!v) shared.shapes.set(shape, (v = { id: shared.shapes.size, byLabel: [], byPrevious: [] }));
  return v;
}

/** Small codes of the gazetteer tags and the sentence edges (a tag outside them has none). */
const GZ_CODE = new Map<string, number>(['', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', '<s>', '</s>'].map((t, k) => [t, k]));

/** One code for the gazetteer tags before, at and after token `i`, as the `gazetteer` group reads them; -1 for a tag without a code. */
function gazetteerCode(gz: readonly string[], i: number): number {
  const a = GZ_CODE.get(i > 0 ? gz[i - 1]! : '<s>');
  const b = GZ_CODE.get(gz[i] ?? '');
  const c = GZ_CODE.get(gz[i + 1] ?? '</s>');
  return a === undefined || b === undefined || c === undefined ? -1 : (a * 9 + b) * 9 + c;
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
    shared = noSharedSums();
  }
  const memo = sumsById.values();
  const out = new Array<FormSums>(ids.length);
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    out[j] = memo[id] ?? newSums(s.words[j]!, memo, id);
  }
  return out;
}

/** The form sums of a form, stored at its id. */
function newSums(word: string, memo: (FormSums | undefined)[], id: number): FormSums {
  const info = wordInfo(word);
  return sumsById.set(memo, id, { info, cand: isCandidate(word), ws: undefined, prev: undefined, next: undefined, own: [undefined, undefined], shape: shapeSums(info.shape), beforeShape: [], afterShape: [] });
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

/** Whether label `l` may follow label `p`, at `p * 7 + l` (indices in {@link LABELS}; see {@link allowed}). */
const ALLOWED = Uint8Array.from({ length: LABELS.length * LABELS.length }, (_, k) => (allowed(LABELS[Math.floor(k / LABELS.length)]!, LABELS[k % LABELS.length]!) ? 1 : 0));

/**
 * Greedy BIO decoding of one sentence with the trained model. Where the sentence carries its form
 * ids, each form's word facts and summed weights (its own, and as a neighbour) are read by id.
 *
 * @param s The sentence.
 * @param gz Gazetteer tags of the sentence.
 * @param doc Document evidence.
 */
export function decode(s: SentenceInput, gz: readonly string[], doc: DocInfo): Label[] {
  scorer ??= new TableScorer(modelTable());
  const n = s.words.length;
  const sums = s.ids !== undefined && s.ids.length === n ? sentenceSums(s, s.ids) : undefined;
  return sums ? decodeBySums(s, gz, doc, sums, scorer) : decodeByStrings(s, gz, doc, scorer);
}

/** {@link decode} of a sentence without form ids: each candidate's features hashed one by one (its word features' sum cached by form). */
function decodeByStrings(s: SentenceInput, gz: readonly string[], doc: DocInfo, sink: TableScorer): Label[] {
  const n = s.words.length;
  const out = new Array<Label>(n).fill('O');
  const sc = sink.out;
  let p1: Label = 'O';
  let p2: Label = 'O';
  for (let i = 0; i < n; i++) {
    const word = s.words[i]!;
    let best: Label = 'O';
    if (isCandidateAt(word, p1)) {
      sc.fill(0);
      const ws = wordScores(word, sink);
      emitContextFeatures(s, gz, doc, i, p1, p2, sink);
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

/**
 * {@link decode} of a sentence with form ids: a candidate's score is the sum of cached sums (its
 * word features by form; its context groups by form, label pair, shape, neighbour and gazetteer
 * tags, see {@link addContextSums}) and of the few features hashed per candidate (the `rest` group).
 * Weights are integers, so the sums are the same numbers as feature by feature.
 */
function decodeBySums(s: SentenceInput, gz: readonly string[], doc: DocInfo, sums: readonly FormSums[], sink: TableScorer): Label[] {
  const n = s.words.length;
  const out = new Array<Label>(n).fill('O');
  const sc = sink.out;
  const c: ContextIn = { s, gz, doc, infos: sums.map((x) => x.info) };
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < n; i++) {
    const x = sums[i]!;
    let best = 0;
    // (`isCandidateAt`, its capital-letter test read by form)
    if (x.cand || (p1 !== 0 && isCandidateAt(s.words[i]!, LABELS[p1]!))) {
      sc.fill(0);
      const ws = (x.ws ??= sumOf(sink, (f) => emitWordFeatures(s.words[i]!, f)));
      emitContextFeatures(s, gz, doc, i, LABELS[p1]!, LABELS[p2]!, sink, c.infos, CTX.rest);
      addNeighbours(sink, sums, i, sc);
      addContextSums(sink, c, sums, i, p1, p2);
      let bs = -Infinity;
      for (let k = 0; k < LABELS.length; k++) {
        const v = sc[k]! + ws[k]!;
        if (ALLOWED[p1 * LABELS.length + k] === 1 && v > bs) { bs = v; best = k; }
      }
    }
    out[i] = LABELS[best]!;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/** What a candidate's context features are read from. */
interface ContextIn {
  s: SentenceInput;
  gz: readonly string[];
  doc: DocInfo;
  infos: (WordInfo | undefined)[];
}

/** A function that emits the context features of `groups` ({@link CTX}) of token `i` after labels `p1`, `p2` (indices). */
function groupEmitter(c: ContextIn, i: number, p1: number, p2: number, groups: number): (f: FeatureSink) => void {
  return (f) => emitContextFeatures(c.s, c.gz, c.doc, i, LABELS[p1]!, LABELS[p2]!, f, c.infos, groups);
}

/**
 * Adds to `sink.out` the sums of token `i`'s context groups that are kept: `own` by form and whether
 * initial, `labels` by the two labels before (indices `p1`, `p2`), `shapeLabel` and `shapeAfter` by
 * shape, `previousShape` and `nextShape` by the neighbour's form and the shape, `gazetteer` by the
 * tags around the token. Each sum is made on first use with the very
 * features {@link emitContextFeatures} gives the group.
 */
function addContextSums(sink: TableScorer, c: ContextIn, sums: readonly FormSums[], i: number, p1: number, p2: number): void {
  const x = sums[i]!;
  const init = c.s.initial[i] ? 1 : 0;
  const own = (x.own[init] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.own)));
  const labels = (shared.labels[p1 * LABELS.length + p2] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.labels)));
  const shapeLabel = (x.shape.byLabel[p1] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.shapeLabel)));
  // (the word before the first is `<s>`: neither a first name there nor a title)
  const xp = i > 0 ? sums[i - 1]!.info : undefined;
  const prevFacts = xp === undefined ? 0 : (xp.fn ? 1 : 0) | (xp.title ? 2 : 0);
  const code = gazetteerCode(c.gz, i);
  const gzSums = code < 0 ? undefined : (shared.gazetteer[code] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.gazetteer)));
  if (code < 0) groupEmitter(c, i, p1, p2, CTX.gazetteer)(sink);
  const sid = x.shape.id;
  const pw = i > 0 ? sums[i - 1]!.beforeShape : shared.startShape;
  const prevShape = (pw[sid] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.previousShape)));
  const nw = i + 1 < sums.length ? sums[i + 1]!.afterShape : shared.endShape;
  const nextShape = (nw[sid] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.nextShape)));
  const out = sink.out;
  for (let k = 0; k < out.length; k++) out[k]! += own[k]! + labels[k]! + shapeLabel[k]! + prevShape[k]! + nextShape[k]! + (gzSums ? gzSums[k]! : 0);
  if (prevFacts !== 0) {
    const v = (x.shape.byPrevious[prevFacts] ??= sumOf(sink, groupEmitter(c, i, p1, p2, CTX.shapeAfter)));
    for (let k = 0; k < out.length; k++) out[k]! += v[k]!;
  }
}
