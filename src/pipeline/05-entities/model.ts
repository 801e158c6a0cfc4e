/**
 * The averaged-perceptron entity model: lazy loading of the trained weights and greedy
 * left-to-right BIO decoding over candidate tokens.
 *
 * @module
 */
import { NER_MODEL } from '../../data/sv/ner-model';
import { LABELS, contextFeatures, features, isCandidate, wordFeatures, isLowerStart, isParticle, type DocInfo, type Label, type SentenceInput } from './features';

/** Feature → weight per label. */
export type Weights = Map<string, Float32Array>;

let loaded: Weights | undefined;
let wordCache = new Map<string, Float64Array>();

/**
 * Parses the serialised model: one feature a line, `feature<TAB>label:weight label:weight…`
 * with integer weights (scaled; the scale does not change the argmax).
 */
export function parseModel(src: string): Weights {
  const m: Weights = new Map();
  let pos = 0;
  while (pos < src.length) {
    let nl = src.indexOf('\n', pos);
    if (nl < 0) nl = src.length;
    const line = src.slice(pos, nl);
    pos = nl + 1;
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    const v = new Float32Array(LABELS.length);
    for (const part of line.slice(tab + 1).split(' ')) {
      const c = part.indexOf(':');
      v[Number(part.slice(0, c))] = Number(part.slice(c + 1));
    }
    m.set(line.slice(0, tab), v);
  }
  return m;
}

/** The trained weights, parsed on first use. */
export function modelWeights(): Weights {
  loaded ??= parseModel(NER_MODEL);
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

/** Scores the labels of one token. */
export function score(w: Weights, feats: readonly string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const v = w.get(f);
    if (!v) continue;
    for (let k = 0; k < v.length; k++) out[k]! += v[k]!;
  }
}

/**
 * Greedy BIO decoding of one sentence.
 *
 * @param s The sentence.
 * @param gz Gazetteer tags of the sentence.
 * @param doc Document evidence.
 * @param w Weights (default: the trained model).
 */
export function decode(s: SentenceInput, gz: readonly string[], doc: DocInfo, w: Weights = modelWeights()): Label[] {
  const n = s.words.length;
  const out = new Array<Label>(n).fill('O');
  const sc = new Float64Array(LABELS.length);
  let p1 = 'O';
  let p2 = 'O';
  for (let i = 0; i < n; i++) {
    const word = s.words[i]!;
    const cand = isCandidateAt(word, p1);
    let best: Label = 'O';
    if (cand) {
      if (w === loaded) {
        // Word features are the same for every occurrence of a form: their summed weights are cached.
        let ws = wordCache.get(word);
        if (!ws) {
          ws = new Float64Array(LABELS.length);
          score(w, wordFeatures(word), ws);
          if (wordCache.size > 50000) wordCache = new Map();
          wordCache.set(word, ws);
        }
        score(w, contextFeatures(s, gz, doc, i, p1, p2), sc);
        for (let k = 0; k < sc.length; k++) sc[k]! += ws[k]!;
      } else score(w, features(s, gz, doc, i, p1, p2), sc);
      let bs = -Infinity;
      for (let k = 0; k < LABELS.length; k++) {
        const l = LABELS[k]!;
        if (!allowed(p1, l)) continue;
        if (sc[k]! > bs) { bs = sc[k]!; best = l; }
      }
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}
