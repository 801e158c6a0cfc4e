/**
 * Trains the part-of-speech tagger (two-pass averaged perceptron) and the lemmatizer
 * (lexicon + compound heads + suffix-edit rules) on UD Swedish-Talbanken, and writes
 * `src/data/sv/tagger-model.ts`. Deterministic: fixed seed, fixed ordering.
 *
 * Hyper-parameters were chosen on the dev split; the shipped model is then retrained on
 * train + dev with the same settings. The test split is never read here.
 *
 * Env (for experiments only): TAGGER_EVAL=1 trains on train only, prints dev scores, writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedPerceptron } from './averaged-perceptron';
import { dataPath, ROOT } from '../shared-data';
import { bigramKey, EDGE_PARTS, END_SYM, features, sentenceView, START_SYM, TAG_LETTERS, TAGS, type SentenceView } from '../../src/pipeline/04-annotate/tag/features';
import { argmax, decode, decodePass, nameRules, type Decoder, type Scorer } from '../../src/pipeline/04-annotate/tag/perceptron';
import { editOf, lemmaBase, lemmatize, type LemmaModel } from '../../src/pipeline/04-annotate/tag/lemma';
import { encodeBigramWords, lexFeatureOf, loadModel, parseLemma, weightTable, type SerializedModel } from '../../src/pipeline/04-annotate/tag/model';
import { classBit, decodeLexicon, encodeEdits, lexLookup, lexModel, type LexClass, type LexEdit } from '../../src/pipeline/04-annotate/tag/lexicon';
import { SALDO_LEXICON } from '../../src/data/sv/saldo-lexicon';
import { isListedName } from '../../src/pipeline/04-annotate/tag/names';
import type { Upos } from '../../src/types';

/** One gold token. */
export interface GoldToken {
  form: string;
  lemma: string;
  upos: Upos;
  /** UniMorph features from MISC (train file only), e.g. `PST;NOM;ADJ;PL;V.PTCP`. */
  unimorph?: string;
}

/** Reads the words of a CoNLL-U file (multiword ranges and empty nodes skipped). */
export function readConllu(path: string): GoldToken[][] {
  return parseConllu(readFileSync(path, 'utf8'));
}

/** Parses CoNLL-U text (multiword ranges and empty nodes skipped). */
export function parseConllu(text: string): GoldToken[][] {
  const out: GoldToken[][] = [];
  let cur: GoldToken[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line === '\r') {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length < 4 || c[0]!.includes('-') || c[0]!.includes('.')) continue;
    const um = /(?:^|\|)UniMorph=([^|]*)/.exec(c[9] ?? '');
    cur.push(um ? { form: c[1]!, lemma: c[2]!, upos: c[3] as Upos, unimorph: um[1]! } : { form: c[1]!, lemma: c[2]!, upos: c[3] as Upos });
  }
  if (cur.length) out.push(cur);
  return out;
}

const VOICELESS = /[kpstx]$/;

/**
 * Participle lemmas, moved to current UD Talbanken practice (language decision, checked on dev): an
 * adjectival or verbal participle has the participle itself as lemma — present participles their
 * `-ande/-ende` form, past participles the common-gender singular (`värderade` → `värderad`,
 * `taget` → `tagen`, `uppnått` → `uppnådd`, `omtyckta` → `omtyckt`). The UD 2.3 train split often has
 * the verb's infinitive (`ökad` → `öka`) instead.
 */
export function participleLemma(t: GoldToken): string {
  if ((t.upos !== 'ADJ' && t.upos !== 'VERB') || !t.unimorph?.includes('V.PTCP') || t.lemma.includes('_')) return t.lemma;
  const f = lemmaBase(t.form, t.upos);
  const tags = t.unimorph.split(';');
  if (tags.includes('PRS')) return /nde$/.test(f) ? f : t.lemma;
  if (!tags.includes('PST')) return t.lemma;
  // Already a participle lemma (`särskild`, `beredd`, `tagen`).
  if (/(d|t|en)$/.test(t.lemma) && !/(a|e)$/.test(t.lemma)) return t.lemma;
  let m: RegExpExecArray | null;
  if ((m = /^(.*)a(de|d|t|da)$/.exec(f))) return m[1] + 'ad';
  // `-tt`: `sett` (se) → `sedd`, `fött` (föda) → `född`, but `fortsatt` (fortsätta) stays.
  if ((m = /^(.*)tt$/.exec(f))) return t.lemma === m[1] || t.lemma === m[1] + 'da' ? m[1] + 'dd' : f;
  if ((m = /^(.*[dt])[ae]$/.exec(f))) return m[1]!;
  if ((m = /^(.*)(na|ne|et|en)$/.exec(f))) return m[1] + 'en';
  if ((m = /^(.*)t$/.exec(f))) return VOICELESS.test(m[1]!) ? f : m[1] + 'd';
  if (/d$/.test(f)) return f;
  return t.lemma;
}

export const TRAIN = ['ud', 'talbanken-train-ud23', 'sv_talbanken-ud23-train.modernized.conllu'];
export const DEV = ['ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-dev.conllu'];

/** Hyper-parameters (chosen on dev). */
export const PARAMS = {
  iterations: Number(process.env.TAGGER_ITERS ?? 6),
  twoPass: (process.env.TAGGER_PASSES ?? '2') === '2',
  folds: Number(process.env.TAGGER_FOLDS ?? 5),
  /** Weights are stored as round(w * scale); |stored| < 1 is pruned. */
  scale: Number(process.env.TAGGER_SCALE ?? 10),
  dictMinCount: Number(process.env.DICT_MIN ?? 20),
  dictMinRatio: Number(process.env.DICT_RATIO ?? 0.97),
  ruleMaxSuffix: Number(process.env.LEMMA_SUFFIX ?? 7),
  ruleMinCount: Number(process.env.LEMMA_MINCOUNT ?? 1),
  minHead: Number(process.env.LEMMA_MINHEAD ?? 5),
  ruleMaxFreq: Number(process.env.LEMMA_MAXFREQ ?? 1e9),
  ruleSingleMaxFreq: Number(process.env.LEMMA_SINGLE_MAXFREQ ?? 20),
  seed: Number(process.env.TAGGER_SEED ?? 20261128),
  /** SALDO lexicon features and lemma candidates. */
  lexicon: (process.env.TAGGER_LEXICON ?? '1') === '1',
  /** Longest ending an inflection edit strips. */
  editMaxStrip: Number(process.env.EDIT_MAXSTRIP ?? 6),
  /** Fewest word types an inflection edit must be seen on. */
  editMinTypes: Number(process.env.EDIT_MINTYPES ?? 3),
  /** Perceptrons per pass, trained on different shuffles and summed. */
  ensemble: Number(process.env.TAGGER_ENSEMBLE ?? 1),
};

/** Small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NT = TAGS.length;
const tagId = (u: Upos): number => {
  const i = TAGS.indexOf(u);
  if (i < 0) throw new Error(`unknown UPOS ${u}`);
  return i;
};

/** The shared averaged perceptron as a scorer, with the tagger's integer quantisation. */
class Perceptron implements Scorer {
  private readonly p = new AveragedPerceptron<Float64Array, number>(NT, (n) => new Float64Array(n));
  score(feats: readonly number[], scores: Float64Array): void {
    for (const f of feats) {
      const a = this.p.weights.get(f);
      if (a) for (let t = 0; t < NT; t++) scores[t]! += a[t]!;
    }
  }
  /** Counts one training token and updates when the guess is wrong. */
  update(truth: number, guess: number, feats: readonly number[]): void {
    this.p.tick();
    this.p.update(truth, guess, feats);
  }
  /** Averaged weights, quantised to integers round(w * scale), tiny ones pruned. */
  quantised(scale: number): Map<number, Int32Array> {
    const out = new Map<number, Int32Array>();
    for (const [f, avg] of this.p.averaged()) {
      const q = new Int32Array(NT);
      let any = false;
      for (let t = 0; t < NT; t++) {
        const v = Math.round(avg[t]! * scale);
        q[t] = v;
        if (v !== 0) any = true;
      }
      if (any) out.set(f, q);
    }
    return out;
  }
}

/** Integer weights as a scorer (for evaluating the quantised model during training). */
class IntScorer implements Scorer {
  constructor(private readonly w: Map<number, Int32Array>) {}
  score(feats: readonly number[], scores: Float64Array): void {
    for (const f of feats) {
      const a = this.w.get(f);
      if (a) for (let t = 0; t < NT; t++) scores[t]! += a[t]!;
    }
  }
}

interface Prepared {
  view: SentenceView;
  gold: number[];
}

const lowerOf = (t: GoldToken): string => t.form.normalize('NFC').toLowerCase();

/**
 * Ambiguity classes for training sentences, jackknifed: sentence `si` sees the tags of its words
 * in the other folds only, so that the tagger learns how to treat words it has not seen.
 */
function jackknifedClasses(sents: GoldToken[][]): (si: number, lower: string) => string | undefined {
  const K = PARAMS.folds;
  const total = new Map<string, Int32Array>();
  const folds = Array.from({ length: K }, () => new Map<string, Int32Array>());
  sents.forEach((s, si) => {
    for (const t of s) {
      const l = lowerOf(t);
      for (const m of [total, folds[si % K]!]) {
        let c = m.get(l);
        if (!c) m.set(l, (c = new Int32Array(NT)));
        c[tagId(t.upos)]!++;
      }
    }
  });
  return (si, lower) => {
    const tot = total.get(lower);
    if (!tot) return undefined;
    const f = folds[si % K]!.get(lower);
    let cls = '';
    for (let t = 0; t < NT; t++) if (tot[t]! - (f ? f[t]! : 0) > 0) cls += TAG_LETTERS[t];
    return cls || undefined;
  };
}

/** The lexicon feature of the current training run (set by `withLexicon`; none when lexicon features are off). */
let lexOf: (lower: string) => string = () => '';

function prepare(sents: GoldToken[][], classOf: (si: number, lower: string) => string | undefined): Prepared[] {
  return sents.map((s, si) => ({
    view: sentenceView(
      s.map((t) => t.form),
      s.map(lowerOf),
      (l) => classOf(si, l),
      lexOf,
    ),
    gold: s.map((t) => tagId(t.upos)),
  }));
}

/** Frequent unambiguous words → tag id. */
function buildDict(data: Prepared[]): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const { view, gold } of data) {
    view.lowers.forEach((w, i) => {
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Int32Array(NT)));
      c[gold[i]!]!++;
    });
  }
  const dict = new Map<string, number>();
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let n = 0;
    for (const x of c) n += x;
    const best = argmax(Float64Array.from(c));
    if (n >= PARAMS.dictMinCount && c[best]! / n >= PARAMS.dictMinRatio) dict.set(w, best);
  }
  return dict;
}

/** Trains one pass. `first` = first-pass tags per sentence for the second pass. */
function trainPass(data: Prepared[], dict: Map<string, number>, first: number[][] | null, log: string, seed = PARAMS.seed): Perceptron {
  const p = new Perceptron();
  const rand = rng(seed);
  const order = data.map((_, i) => i);
  const feats: number[] = [];
  const scores = new Float64Array(NT);
  for (let it = 0; it < PARAMS.iterations; it++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const { view, gold } = data[si]!;
      const fst = first ? first[si]! : null;
      const n = gold.length;
      let p1 = START_SYM;
      let p2 = START_SYM;
      for (let i = 0; i < n; i++) {
        let guess = dict.get(view.lowers[i]!);
        if (guess === undefined) {
          if (fst) features(view, i, p1, p2, feats, i + 1 < n ? fst[i + 1]! : END_SYM, i + 2 < n ? fst[i + 2]! : END_SYM);
          else features(view, i, p1, p2, feats);
          scores.fill(0);
          p.score(feats, scores);
          guess = argmax(scores);
          p.update(gold[i]!, guess, feats);
        }
        if (guess === gold[i]) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    if (log) console.log(`  ${log} iter ${it + 1}: train acc ${((100 * correct) / total).toFixed(2)}`);
  }
  return p;
}

interface TrainedTagger {
  pass1: Map<number, Int32Array>;
  pass2: Map<number, Int32Array> | null;
  /** Encoded word hashes of the weighted bigram features (`encodeBigramWords`). */
  bigrams: string;
  dict: Map<string, number>;
}

function trainTagger(data: Prepared[]): TrainedTagger {
  const dict = buildDict(data);
  // Several perceptrons trained on different shuffles, weights summed (less variance than one).
  const ensemble = (first: number[][] | null, log: string): Map<number, Int32Array> => {
    const sum = new Map<number, Int32Array>();
    for (let e = 0; e < PARAMS.ensemble; e++) {
      for (const [f, w] of trainPass(data, dict, first, e === 0 ? log : '', PARAMS.seed + e).quantised(PARAMS.scale)) {
        const a = sum.get(f);
        if (!a) sum.set(f, w);
        else for (let t = 0; t < NT; t++) a[t]! += w[t]!;
      }
    }
    return sum;
  };
  const pass1 = ensemble(null, 'pass 1');
  if (!PARAMS.twoPass) return { pass1, pass2: null, dict, bigrams: bigramWords(data, [pass1]) };
  // Jackknifed first-pass tags, so that the second pass learns from realistic (imperfect) tags.
  const first: number[][] = new Array(data.length);
  for (let k = 0; k < PARAMS.folds; k++) {
    const train = data.filter((_, i) => i % PARAMS.folds !== k);
    const pk = new IntScorer(trainPass(train, dict, null, '').quantised(PARAMS.scale));
    data.forEach((d, i) => {
      if (i % PARAMS.folds === k) first[i] = decodePass(d.view, pk, dict, null);
    });
  }
  const pass2 = ensemble(first, 'pass 2');
  return { pass1, pass2, dict, bigrams: bigramWords(data, [pass1, pass2]) };
}

/** The word hashes of the word-bigram features that kept a weight, first and second words. */
function bigramWords(data: Prepared[], passes: ReadonlyMap<number, Int32Array>[]): string {
  const first: number[] = [];
  const second: number[] = [];
  for (const { view } of data) {
    const ps = view.parts;
    for (let i = 0; i < ps.length; i++) {
      const a = ps[i]!.word;
      const b = (i + 1 < ps.length ? ps[i + 1]! : EDGE_PARTS[1]).word;
      if (passes.some((p) => p.has(bigramKey(a, b)))) {
        first.push(a);
        second.push(b);
      }
    }
  }
  return encodeBigramWords(first, second);
}

function decoderOf(t: TrainedTagger): Decoder {
  return { pass1: new IntScorer(t.pass1), pass2: t.pass2 ? new IntScorer(t.pass2) : null, dict: t.dict };
}

/** Lemma tables from gold data. */
function trainLemma(sents: GoldToken[][]): { lex: string; rules: string } {
  // Lexicon: (lower, tag) → most frequent edit (ties: lexicographically first, for determinism).
  const lexCounts = new Map<string, Map<string, number>>();
  for (const s of sents) {
    for (const t of s) {
      const lower = t.form.normalize('NFC').toLowerCase();
      const key = lower + '\t' + TAG_LETTERS[tagId(t.upos)];
      const e = editOf(lemmaBase(t.form, t.upos), t.lemma);
      let m = lexCounts.get(key);
      if (!m) lexCounts.set(key, (m = new Map()));
      m.set(e, (m.get(e) ?? 0) + 1);
    }
  }
  const best = (m: Map<string, number>): [string, number] => {
    let be = '';
    let bc = -1;
    for (const [e, c] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > bc) [be, bc] = [e, c];
    return [be, bc];
  };
  const byForm = new Map<string, string[]>();
  // Rules: counted over (form, tag) types, since unknown words look like rare types.
  const ruleCounts = new Map<string, Map<string, number>>();
  /** `suffix rule + '\t' + edit` → lowest token frequency among the types that support it. */
  const ruleMinFreq = new Map<string, number>();
  for (const [key, m] of [...lexCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [lower, letter] = key.split('\t') as [string, string];
    const [e] = best(m);
    let l = byForm.get(lower);
    if (!l) byForm.set(lower, (l = []));
    l.push(letter + e);
    const strip = +e.slice(0, e.indexOf(':'));
    // Frequent words are often irregular (`blivit` → `bli`); the rules model unknown, rare words.
    let freq = 0;
    for (const c of m.values()) freq += c;
    if (freq > PARAMS.ruleMaxFreq) continue;
    for (let k = 0; k <= Math.min(PARAMS.ruleMaxSuffix, lower.length); k++) {
      // A suffix rule may only rewrite inside its suffix (else one odd word such as `TV-programmen`
      // would teach `…grammen` → `tv-program`).
      if (strip > k && k < lower.length) continue;
      const rk = letter + lower.slice(lower.length - k);
      let rm = ruleCounts.get(rk);
      if (!rm) ruleCounts.set(rk, (rm = new Map()));
      rm.set(e, (rm.get(e) ?? 0) + 1);
      const fk = rk + '\t' + e;
      ruleMinFreq.set(fk, Math.min(ruleMinFreq.get(fk) ?? Infinity, freq));
    }
  }
  const lex = [...byForm].map(([f, l]) => f + '\t' + l.join('\t')).join('\n');
  // Keep a rule only when it differs from the rule of its parent suffix (lossless pruning).
  const chosen = new Map<string, string>();
  const keys = [...ruleCounts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const rules: string[] = [];
  for (const rk of keys) {
    const [e, c] = best(ruleCounts.get(rk)!);
    const k = rk.length - 1;
    if (k > 0 && c < PARAMS.ruleMinCount) continue;
    // A rule seen on one word only, and that word frequent, is an irregular form (`blivit` → `bli`
    // must not teach `skrivit` → `skri`): skip it, the shorter suffix decides.
    if (k > 0 && c === 1 && ruleMinFreq.get(rk + '\t' + e)! > PARAMS.ruleSingleMaxFreq) continue;
    chosen.set(rk, e);
    let parent: string | undefined;
    for (let j = 1; j <= k && parent === undefined; j++) parent = chosen.get(rk[0] + rk.slice(1 + j));
    if (parent === e) continue;
    rules.push(rk + '\t' + e);
  }
  return { lex, rules: rules.join('\n') };
}

interface Scores {
  upos: number;
  lemma: number;
  lemmaGoldPos: number;
  unkUpos: number;
  unkLemma: number;
  unk: number;
  tokens: number;
}

function evaluate(sents: GoldToken[][], dec: (v: SentenceView) => number[], lemma: LemmaModel, classes: ReadonlyMap<string, string>, nameMode = Number(process.env.NAME_RULES ?? 28)): Scores {
  const data = prepare(sents, (_, l) => classes.get(l));
  const s: Scores = { upos: 0, lemma: 0, lemmaGoldPos: 0, unkUpos: 0, unkLemma: 0, unk: 0, tokens: 0 };
  const confusions = new Map<string, number>();
  data.forEach(({ view, gold }, si) => {
    const tags = nameRules(view.forms, view.classes.map((c) => c === '-'), dec(view), nameMode, view.lexs.map((l) => l !== ''), isListedName);
    tags.forEach((t, i) => {
      const g = sents[si]![i]!;
      const unk = !classes.has(view.lowers[i]!);
      const l = lemmatize(g.form, view.lowers[i]!, TAGS[t]!, TAG_LETTERS[t]!, lemma);
      const lg = lemmatize(g.form, view.lowers[i]!, g.upos, TAG_LETTERS[gold[i]!]!, lemma);
      s.tokens++;
      if (unk) s.unk++;
      if (t === gold[i]) {
        s.upos++;
        if (unk) s.unkUpos++;
      } else {
        if (process.env.TAGGER_SHOW_POS) console.log(`    pos ${g.upos}->${TAGS[t]} ${g.form}${unk ? ' (unk)' : ''} | ${sents[si]!.slice(Math.max(0, i - 3), i + 4).map((x) => x.form).join(' ')}`);
        const k = `${g.upos}->${TAGS[t]}`;
        confusions.set(k, (confusions.get(k) ?? 0) + 1);
      }
      if (l === g.lemma) {
        s.lemma++;
        if (unk) s.unkLemma++;
      }
      if (lg === g.lemma) s.lemmaGoldPos++;
      else if (process.env.TAGGER_SHOW_LEMMA) console.log(`    lemma ${g.form} ${g.upos} gold=${g.lemma} got=${lg}${unk ? ' (unk)' : ''}`);
    });
  });
  if (process.env.TAGGER_EVAL)
    console.log('  confusions:', [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', '));
  return s;
}

const pct = (a: number, b: number): string => ((100 * a) / b).toFixed(2);

function serialise(t: TrainedTagger, lem: { lex: string; rules: string }): SerializedModel {
  return {
    weights: weightTable(t.pass1, t.pass2).encode(),
    twoPass: t.pass2 !== null,
    bigrams: t.bigrams,
    dict: [...t.dict].map(([w, id]) => `${w}\t${TAG_LETTERS[id]}`).join('\n'),
    lex: lem.lex,
    rules: lem.rules,
    minHead: PARAMS.minHead,
  };
}

/** The SALDO class of a tag (the tags whose lemmas SALDO lists). */
const LEX_CLASS_OF: Partial<Record<Upos, LexClass>> = { NOUN: 'N', ADJ: 'A', VERB: 'V', AUX: 'V', ADV: 'Adv', ADP: 'Prep' };

let saldo: ReadonlyMap<string, number> | undefined;
/** The SALDO lexicon as the runtime decodes it. */
function saldoLexicon(): ReadonlyMap<string, number> {
  saldo ??= decodeLexicon(SALDO_LEXICON);
  return saldo;
}

/**
 * Inflection edits form → SALDO lemma, learned from the gold sentences: for each tag with a SALDO
 * class, the (ending, replacement) pairs of word types whose gold lemma SALDO lists with that class,
 * kept when seen on at least `PARAMS.editMinTypes` types; most frequent first per ending.
 */
export function learnEdits(sents: GoldToken[][], lex: ReadonlyMap<string, number>): LexEdit[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const s of sents) {
    for (const t of s) {
      const c = LEX_CLASS_OF[t.upos];
      if (!c || t.lemma === '_') continue;
      const form = lowerOf(t);
      const lemma = t.lemma.normalize('NFC').toLowerCase();
      const bit = classBit(c);
      const type = `${bit}\t${form}\t${lemma}`;
      if (seen.has(type)) continue;
      seen.add(type);
      const [mask, at] = lexLookup(lex, lemma);
      if (at !== 0 || !(mask & bit)) continue;
      let cp = 0;
      while (cp < form.length && cp < lemma.length && form[cp] === lemma[cp]) cp++;
      const strip = form.slice(cp);
      if (strip.length > PARAMS.editMaxStrip) continue;
      const key = `${bit}\t${strip}\t${lemma.slice(cp)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= PARAMS.editMinTypes)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => {
      const [bit, strip, add] = k.split('\t') as [string, string, string];
      return { bit: +bit, strip, add };
    });
}

/** Sets the lexicon features for training on `sents` (edits learned from them); returns the edits' text. */
function withLexicon(sents: GoldToken[][]): string | undefined {
  if (!PARAMS.lexicon) {
    lexOf = () => '';
    return undefined;
  }
  const edits = encodeEdits(learnEdits(sents, saldoLexicon()));
  const f = lexFeatureOf(lexModel(saldoLexicon(), edits));
  const memo = new Map<string, string>();
  lexOf = (l) => {
    let v = memo.get(l);
    if (v === undefined) memo.set(l, (v = f(l)));
    return v;
  };
  return edits;
}

/**
 * Trains a complete model on gold sentences, in memory (no file written): the same steps as
 * `main` for the shipped model. Used by the smoke test with a few hand-written sentences.
 */
export function trainModel(sents: GoldToken[][]): SerializedModel {
  const edits = withLexicon(sents);
  const m = serialise(trainTagger(prepare(sents, jackknifedClasses(sents))), trainLemma(sents));
  return edits === undefined ? m : { ...m, lexEdits: edits };
}

/** Trains on train, scores dev; with TAGGER_EVAL stops there, else retrains on train+dev and writes the model. */
export async function main(): Promise<void> {
  const train = readConllu(dataPath(...TRAIN));
  let changed = 0;
  for (const s of train) {
    for (const t of s) {
      const l = participleLemma(t);
      if (l !== t.lemma) {
        if (process.env.TAGGER_SHOW_PTCP) console.log(`    ptcp ${t.form} ${t.upos} ${t.lemma} → ${l}`);
        t.lemma = l;
        changed++;
      }
    }
  }
  console.log(`  participle lemmas moved to current UD practice: ${changed}`);
  const dev = readConllu(dataPath(...DEV));
  console.log(`train ${train.length} sentences, dev ${dev.length}; params ${JSON.stringify(PARAMS)}`);
  let t0 = performance.now();
  const edits = withLexicon(train);
  const tagger = trainTagger(prepare(train, jackknifedClasses(train)));
  const lem = trainLemma(train);
  const devModel = loadModel(edits === undefined ? serialise(tagger, lem) : { ...serialise(tagger, lem), lexEdits: edits }, SALDO_LEXICON);
  const { lemma, classes } = parseLemma(lem.lex, lem.rules, PARAMS.minHead);
  if (devModel.saldo) lemma.saldo = devModel.saldo;
  const ref = decoderOf(tagger);
  const s = evaluate(dev, (v) => decode(v, ref), lemma, classes);
  // Also score through the serialised form, to check the encoding round trip.
  const s2 = evaluate(dev, (v) => devModel.compiled.decode(v), devModel.lemma, devModel.classes);
  const devLine =
    `dev (gold tokens, model trained on train only): UPOS ${pct(s.upos, s.tokens)} %, lemma ${pct(s.lemma, s.tokens)} %, ` +
    `lemma with gold UPOS ${pct(s.lemmaGoldPos, s.tokens)} %, unknown words ${pct(s.unk, s.tokens)} % ` +
    `(UPOS ${pct(s.unkUpos, s.unk)} %, lemma ${pct(s.unkLemma, s.unk)} %)`;
  console.log('  ' + devLine);
  if (s2.upos !== s.upos || s2.lemma !== s.lemma) throw new Error('serialised model scores differ from the in-memory model');
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const mode of (process.env.TAGGER_NAME_MODES ?? '').split(',').filter(Boolean)) {
    for (const [name, sents] of [['dev', dev], ['pud-dev', readConllu(dataPath('pud-dev', 'sv_pud-dev.conllu'))]] as const) {
      const x = evaluate(sents, (v) => devModel.compiled.decode(v), devModel.lemma, devModel.classes, +mode);
      console.log(`  name rules ${mode} on ${name}: UPOS ${pct(x.upos, x.tokens)} %, lemma ${pct(x.lemma, x.tokens)} %`);
    }
  }
  if (process.env.TAGGER_DEV_OUT) writeFileSync(process.env.TAGGER_DEV_OUT, JSON.stringify(edits === undefined ? serialise(tagger, lem) : { ...serialise(tagger, lem), lexEdits: edits }));
  if (process.env.TAGGER_EVAL) {
    // Measuring only (never trained on): text unlike Talbanken.
    const p = evaluate(readConllu(dataPath('pud-dev', 'sv_pud-dev.conllu')), (v) => devModel.compiled.decode(v), devModel.lemma, devModel.classes);
    console.log(`  pud-dev (gold tokens, measured only): UPOS ${pct(p.upos, p.tokens)} %, lemma ${pct(p.lemma, p.tokens)} %, lemma with gold UPOS ${pct(p.lemmaGoldPos, p.tokens)} %, unknown ${pct(p.unk, p.tokens)} % (UPOS ${pct(p.unkUpos, p.unk)} %, lemma ${pct(p.unkLemma, p.unk)} %)`);
    return;
  }

  t0 = performance.now();
  const all = [...train, ...dev];
  const final = trainModel(all);
  const header = [
    '// Part-of-speech tagger and lemmatizer model for swedish-nlp.',
    '// generated by scripts/train/tagger.ts (`npm run train -- tagger`) — do not edit.',
    '//',
    '// Source: UD Swedish-Talbanken — train split (UD v2.3, rebuilt and modernized:',
    '//   ../shared/data/ud/talbanken-train-ud23/sv_talbanken-ud23-train.modernized.conllu) + dev split',
    '//   (../shared/data/ud/UD_Swedish-Talbanken/sv_talbanken-ud-dev.conllu). The test split is not used.',
    '// Licence: CC BY-SA 4.0 (Talbanken: Einarsson 1976, MAMBA scheme Teleman 1974; UD conversion by',
    '//   Joakim Nivre & Aaron Smith and the UD contributors). This model is an adaptation and is shared',
    '//   under the same licence. See NOTICE.',
    `// Model: two-pass greedy averaged perceptron (${PARAMS.iterations} iterations, weights × ${PARAMS.scale} rounded,`,
    '//   zeros pruned; features: word, affixes, shape, ±2 words, 2 previous tags, jackknifed ambiguity',
    '//   classes, 2nd pass: next 2 first-pass tags) + lemma lexicon, compound heads, suffix-edit rules.',
    '//   Unknown-word features and lemma candidates from the SALDO lemma lexicon (src/data/sv/saldo-lexicon.ts,',
    '//   CC BY 4.0), with inflection edits learned from the training data (`lexEdits`).',
    '//   Participle lemmas of the UD 2.3 train split moved to current UD practice (`participleLemma`).',
    '//   Hyper-parameters chosen on dev with a model trained on train only; this shipped model is',
    '//   retrained on train + dev.',
    `// Scores — ${devLine}.`,
    '',
    "import type { SerializedModel } from '../../pipeline/04-annotate/tag/model';",
    '',
    '/** The serialised tagger and lemmatizer model (parsed lazily on the first tagging call). */',
    `export const TAGGER_MODEL: SerializedModel = ${JSON.stringify(final, null, 1)};`,
    '',
  ].join('\n');
  const out = join(ROOT, 'src', 'data', 'sv', 'tagger-model.ts');
  writeFileSync(out, header);
  console.log(`  wrote ${out} (${(Buffer.byteLength(header) / 1e6).toFixed(2)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
