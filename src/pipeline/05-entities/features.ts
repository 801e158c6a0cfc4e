/**
 * Feature extraction for the entity sequence model, shared by training (scripts/train/ner.ts)
 * and tagging, so both see exactly the same features.
 *
 * Only "candidate" tokens are scored: words with a capital letter, and any token right after a
 * token tagged as part of an entity (a continuation: `Stockholms universitet`, `von der Leyen`).
 * Every other token is `O` without scoring — Swedish writes names with capitals — which keeps
 * the pass fast.
 *
 * @module
 */
import { firstNameSex, gazetteerMaxWords, isFirstName, isNationalityWord, lookupGazetteer } from './gazetteer';
import { longestEnding } from '../../internal/endings';
import { hashString } from '../../internal/feature-hash';
import { FormInts } from '../../internal/form-ids';
import type { EntityType } from '../../types';
import { NAME_PARTICLES, ORG_SUFFIXES, TITLES } from '../../data/sv/entity-lexicon';
import { NER_COMMON_WORDS } from '../../data/sv/ner-model';

/** The BIO labels of the model, in weight order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
/** One BIO label. */
export type Label = (typeof LABELS)[number];

let titles: Set<string> | undefined;
let particles: Set<string> | undefined;
let orgSuffixes: string[] | undefined;
let common: Set<string> | undefined;

/** Counts the replacements of the common-word list (caches of answers that include the common-word flag compare it). */
export let commonWordsGeneration = 0;

/** Replaces the common-word list (used by the trainer, which builds the list). */
export function setCommonWords(words: readonly string[]): void {
  common = new Set(words);
  commonWordsGeneration++;
  infos = new Map(); // cached word facts include the common-word flag
}

/**
 * Whether a lower-cased word is a common word: seen in lower case in running text of the training
 * corpora (so a capitalised form at a sentence start is most likely not a name).
 */
export function isCommonWord(lower: string): boolean {
  common ??= new Set(NER_COMMON_WORDS.split(' '));
  return common.has(lower);
}

/** Lower-case title words (`statsminister`, `professor`). */
export function isTitle(lower: string): boolean {
  titles ??= new Set(TITLES.split('|'));
  return titles.has(lower);
}

/** Lower-case name particles (`von`, `af`). */
export function isParticle(lower: string): boolean {
  particles ??= new Set(NAME_PARTICLES.split('|'));
  return particles.has(lower);
}

/** The organisation-name ending of a lower-case word (`tillitsdelegationen` → `delegationen`), or ''. */
export function orgSuffix(lower: string): string {
  orgSuffixes ??= ORG_SUFFIXES.split('|');
  // Speed: one Set look-up per ending length, longest first (was an endsWith per ending).
  return longestEnding(lower, orgSuffixes, 3);
}

/**
 * Case of each UTF-16 code unit outside ASCII, filled on first use: 0 unknown, 1 upper-case
 * letter, 2 lower-case letter, 3 neither (speed: `å ä ö É` are tested once, not per word).
 */
const caseOf = new Uint8Array(65536);

/** The case class of a non-ASCII code unit (see {@link caseOf}). */
function caseClass(k: number): number {
  let v = caseOf[k]!;
  if (v === 0) {
    const c = String.fromCharCode(k);
    v = c !== c.toLowerCase() && c === c.toUpperCase() ? 1 : c !== c.toUpperCase() && c === c.toLowerCase() ? 2 : 3;
    caseOf[k] = v;
  }
  return v;
}

/** Whether the code unit at `i` of `w` is a lower-case letter (ASCII fast path). */
function lowerAt(w: string, i: number): boolean {
  const k = w.charCodeAt(i);
  if (k < 128) return k >= 97 && k <= 122;
  return caseClass(k) === 2;
}

/** Whether the code unit at `i` of `w` is an upper-case letter (ASCII fast path; no one-character string made). */
function upperAt(w: string, i: number): boolean {
  const k = w.charCodeAt(i);
  if (k < 128) return k >= 65 && k <= 90;
  return caseClass(k) === 1;
}

/** Whether a token text starts with a capital letter. */
export function isCap(w: string): boolean {
  return w.length > 0 && upperAt(w, 0);
}

/** Whether a token text starts with a lower-case letter. */
export function isLowerStart(w: string): boolean {
  return w.length > 0 && lowerAt(w, 0);
}

/** Whether a token is a candidate for starting an entity (has a capital letter and a letter). */
export function isCandidate(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (upperAt(w, i)) return true;
  return false;
}

/** Word shape: `Xx`, `X`, `XX`, `Xx-x`, `x`, `d`, `p`… (runs collapsed). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w.charAt(i);
    const k = c >= '0' && c <= '9' ? 'd' : c !== c.toLowerCase() ? 'X' : c !== c.toUpperCase() ? 'x' : c === '-' ? '-' : c === ':' ? ':' : 'p';
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Document-level evidence shared by the sentences of one text. */
export interface DocInfo {
  /** Word forms seen capitalised at a position that is not sentence-initial. */
  capMid: Set<string>;
  /** Lower-cased forms of words seen written in lower case. */
  lowerSeen: Set<string>;
}

/** One sentence prepared for feature extraction. */
export interface SentenceInput {
  /** Token texts. */
  words: string[];
  /** Whether each token begins a sentence, line or quote (capitalised for grammar, not for a name). */
  initial: boolean[];
  /**
   * Form ids of `words` (`src/internal/form-ids.ts`), given where the words are the token texts:
   * the model then reads each form's summed weights by id (./model).
   */
  ids?: Int32Array;
}

/** The first letter's case of a form by form id: 1 capital ({@link isCap}), 2 lower-case ({@link isLowerStart}), 0 neither. */
const caseById = new FormInts();

/** The first letter's case of a word: 1 capital ({@link isCap}), 2 lower-case ({@link isLowerStart}), 0 neither. */
function firstLetterCase(w: string): number {
  return isCap(w) ? 1 : isLowerStart(w) ? 2 : 0;
}

/** {@link firstLetterCase} of word `w` with form id `id`, kept in {@link caseById}. */
function caseOfForm(w: string, id: number, memo: Int32Array): number {
  let v = memo[id]!;
  if (v < 0) memo[id] = v = firstLetterCase(w);
  return v;
}

/** Collects the document-level evidence (each word's case read by form id where the sentence has ids). */
export function docInfo(sentences: readonly SentenceInput[]): DocInfo {
  const capMid = new Set<string>();
  const lowerSeen = new Set<string>();
  const memo = caseById.values();
  for (const s of sentences) {
    const ids = s.ids !== undefined && s.ids.length === s.words.length ? s.ids : undefined;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      const c = ids ? caseOfForm(w, ids[i]!, memo) : firstLetterCase(w);
      if (c === 1) {
        if (!s.initial[i]) capMid.add(w);
      } else if (c === 2) lowerSeen.add(w);
    }
  }
  return { capMid, lowerSeen };
}

/** Drops a genitive ending (`FN:s` → `FN`, `Sveriges` → `Sverige`); returns '' when there is none. */
export function dropGenitive(w: string): string {
  if (w.length > 3 && (w.endsWith(':s') || w.endsWith('’s') || w.endsWith("'s"))) return w.slice(0, -2);
  if (w.length > 2 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return '';
}

/** Answers of {@link gazetteerWord} by form (speed: one look-up per form instead of two or four per occurrence). */
let gazWords = new Map<string, EntityType | null>();

/** The built-in gazetteers' type of one word, or of it without a genitive ending (`Sveriges` → LOC), or null. */
function gazetteerWord(w: string): EntityType | null {
  let t = gazWords.get(w);
  if (t === undefined) {
    t = lookupGazetteer(w);
    if (!t) {
      const g = dropGenitive(w);
      if (g) t = lookupGazetteer(g);
    }
    if (gazWords.size >= INFO_MAX) gazWords = new Map();
    gazWords.set(w, t);
  }
  return t;
}

/** The entity types as small integers for {@link FormInts} (index + 1; 0 for none). */
const GAZ_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];
/** By form id: `gazetteerMaxWords` (capped at 8) × 4 + the code of `gazetteerWord` (built-in gazetteers only). */
const gazById = new FormInts();

/** In {@link gazById}: a word that starts no gazetteer match (neither a digit first nor a capital letter anywhere). */
const NO_MATCH = -2;

/** Whether a gazetteer match may start at a word: a digit first, or a capital letter ({@link isCandidate}). */
function mayStartMatch(w: string): boolean {
  const c0 = w.charCodeAt(0);
  return (c0 >= 48 && c0 <= 57) || isCandidate(w);
}

/** {@link gazetteerWord} and the longest built-in name a word can begin (at most 8 words), by form id; {@link NO_MATCH} for a word that starts none. */
function gazetteerOf(w: string, id: number, memo: Int32Array): number {
  let v = memo[id]!;
  if (v === -1) {
    if (!mayStartMatch(w)) return (memo[id] = NO_MATCH);
    const t = gazetteerWord(w);
    memo[id] = v = Math.min(gazetteerMaxWords(w), 8) * 4 + (t ? GAZ_TYPES.indexOf(t) + 1 : 0);
  }
  return v;
}

/**
 * Longest gazetteer matches over a sentence: for each token `B-TYPE`, `I-TYPE` or ''.
 * The last word of a match may carry a genitive (`Region Skånes`).
 *
 * @param words The sentence's words.
 * @param extra User entries, if any (tried before the built-in gazetteers, from every word).
 * @param ids Form ids of `words`, where they are the token texts: a word's built-in answers are read by id.
 */
export function gazetteerTags(words: readonly string[], extra?: (name: string) => string | null, ids?: Int32Array): string[] {
  const out = new Array<string>(words.length).fill('');
  const memo = ids !== undefined && extra === undefined ? gazById.values() : undefined;
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i]!;
    // (by form id: the start test read once per form)
    const byId = memo !== undefined ? gazetteerOf(w0, ids![i]!, memo) : mayStartMatch(w0) ? -1 : NO_MATCH;
    if (byId === NO_MATCH) continue;
    let found = 0;
    let type = '';
    let name = '';
    // Multi-word names are tried only from a word that begins one (or a user entry may).
    const maxW = extra ? 8 : byId >= 0 ? byId >> 2 : Math.min(gazetteerMaxWords(w0), 8);
    for (let n = Math.min(maxW, words.length - i); n >= 1 && !found; n--) {
      if (n === 1 && !extra) {
        const t = byId >= 0 ? (byId & 3 ? GAZ_TYPES[(byId & 3) - 1]! : null) : gazetteerWord(w0);
        if (t) { found = 1; type = t; }
        break;
      }
      name = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      let t: string | null = (extra && extra(name)) || lookupGazetteer(name);
      if (!t) {
        const g = dropGenitive(words[i + n - 1]!);
        if (g) t = (extra && extra(n === 1 ? g : [...words.slice(i, i + n - 1), g].join(' '))) || lookupGazetteer(n === 1 ? g : [...words.slice(i, i + n - 1), g].join(' '));
      }
      if (t) { found = n; type = t; }
    }
    if (found) {
      out[i] = 'B-' + type;
      for (let k = 1; k < found; k++) out[i + k] = 'I-' + type;
      i += found - 1;
    }
  }
  return out;
}

/** A feature template's name and the FNV-1a hash of the name (the start of every key it makes). */
export interface FeatureName {
  /** The name, e.g. `pw=`. */
  readonly text: string;
  /** `hashString(text)`: the feature key of the name alone, and the seed for its parts. */
  readonly seed: number;
}

/** A feature template name with its hash (`featureName('pw=')`). */
export function featureName(text: string): FeatureName {
  return { text, seed: hashString(text) };
}

/** The feature templates by name (hashed once here, not per feature). */
const F = {
  b: featureName('b'),
  capmid: featureName('capmid'),
  common: featureName('common'),
  commoni: featureName('commoni='),
  fn: featureName('fn'),
  fnCap: featureName('fn+cap'),
  fni: featureName('fni='),
  gcap: featureName('gcap'),
  gz: featureName('gz='),
  gzn: featureName('gzn='),
  gzp: featureName('gzp='),
  hy: featureName('hy'),
  hyp: featureName('hyp='),
  hys: featureName('hys='),
  i: featureName('i='),
  l: featureName('l='),
  len1: featureName('len1'),
  lowseen: featureName('lowseen'),
  lowseenMid: featureName('lowseen-mid'),
  nat: featureName('nat'),
  nfn: featureName('nfn'),
  nsh: featureName('nsh='),
  nw: featureName('nw='),
  nwsh: featureName('nwsh='),
  osuf: featureName('osuf='),
  osufg: featureName('osufg'),
  p2title: featureName('p2title'),
  p3: featureName('p3='),
  part: featureName('part'),
  pfn: featureName('pfn'),
  pfnsh: featureName('pfnsh='),
  pl2: featureName('pl2='),
  pl: featureName('pl='),
  plsh: featureName('plsh='),
  psh: featureName('psh='),
  ptitle: featureName('ptitle'),
  ptitlesh: featureName('ptitlesh='),
  pw: featureName('pw='),
  pwsh: featureName('pwsh='),
  s2: featureName('s2='),
  s3: featureName('s3='),
  sex: featureName('sex'),
  sh: featureName('sh='),
  shi: featureName('shi='),
  w: featureName('w='),
} as const;

/**
 * Where feature extraction puts the features it finds. A feature is the string `name.text + a + b + c + d`
 * (the parts joined without a separator): training collects the strings ({@link collectFeatures}),
 * tagging hashes the same code units without building the string and adds the feature's weights at
 * once (./model), so both see exactly the same features from one definition.
 */
export interface FeatureSink {
  /** One feature: the name followed by up to four parts. */
  add(name: FeatureName, a?: string, b?: string, c?: string, d?: string): void;
}

/** A sink that collects the feature strings (training, tests). */
export function collectFeatures(out: string[] = []): FeatureSink & { out: string[] } {
  return { out, add: (name, a = '', b = '', c = '', d = '') => void out.push(name.text + a + b + c + d) };
}

/**
 * The features of a word form alone (no context): the same for every occurrence, so the tagger
 * caches their summed weights per word form.
 *
 * @param w The token text.
 * @param f Where the features go.
 */
export function emitWordFeatures(w: string, f: FeatureSink): void {
  const x = wordInfo(w);
  const lw = x.lower;
  f.add(F.b);
  f.add(F.w, w);
  f.add(F.l, lw);
  f.add(F.s3, lw.slice(-3));
  f.add(F.s2, lw.slice(-2));
  f.add(F.p3, lw.slice(0, 3));
  f.add(F.sh, x.shape);
  if (w.length <= 1) f.add(F.len1);
  const fn = x.fn;
  if (fn) f.add(F.fn);
  if (fn && firstNameSex(w)) f.add(F.sex);
  const os = orgSuffix(lw);
  if (os) f.add(F.osuf, os);
  const g = x.gen;
  if (g && orgSuffix(g.toLowerCase())) f.add(F.osufg);
  if (isNationalityWord(lw)) f.add(F.nat);
  if (x.common) f.add(F.common);
  if (isParticle(lw)) f.add(F.part);
  const h = w.indexOf('-');
  if (h > 0) {
    f.add(F.hy);
    f.add(F.hyp, w.slice(0, h));
    f.add(F.hys, lw.slice(h + 1).slice(-4));
  }
}

/**
 * The features of a word form alone as strings (see {@link emitWordFeatures}).
 *
 * @param w The token text.
 */
export function wordFeatures(w: string): string[] {
  const c = collectFeatures();
  emitWordFeatures(w, c);
  return c.out;
}

/** Facts about one word form used by the features, computed once per form (see {@link wordInfo}). */
export interface WordInfo {
  /** The form lower-cased. */
  lower: string;
  /** Its {@link shape}. */
  shape: string;
  /** Whether the form is a known first name. */
  fn: boolean;
  /** Whether it starts with a capital letter. */
  cap: boolean;
  /** Whether the lower-cased form is a title word. */
  title: boolean;
  /** Whether the lower-cased form is a common word. */
  common: boolean;
  /** The form without a genitive ending, or ''. */
  gen: string;
}

/** Most word forms kept in the word-fact cache before it is cleared (bounds memory on huge input). */
const INFO_MAX = 50_000;
let infos = new Map<string, WordInfo>();

/**
 * The cached facts of a word form (speed: each lower-casing, shape and list look-up is done
 * once per form instead of once per occurrence and neighbour).
 *
 * @param w The token text (or `<s>` / `</s>` for the pseudo-words before and after a sentence).
 */
export function wordInfo(w: string): WordInfo {
  let x = infos.get(w);
  if (x !== undefined) return x;
  const lower = w.toLowerCase();
  x = { lower, shape: shape(w), fn: isFirstName(w), cap: isCap(w), title: isTitle(lower), common: isCommonWord(lower), gen: dropGenitive(w) };
  if (infos.size >= INFO_MAX) infos = new Map();
  infos.set(w, x);
  return x;
}

/** The word facts of `words[j]`, kept in `infos` at `j` when given. */
function infoAt(words: readonly string[], j: number, infos: (WordInfo | undefined)[] | undefined): WordInfo {
  if (!infos) return wordInfo(words[j]!);
  return (infos[j] ??= wordInfo(words[j]!));
}

/**
 * Groups of context features by what they read (bits for the `groups` of {@link emitContextFeatures}):
 * the model sums the weights of a group once per form, label pair, shape or gazetteer tags and adds
 * the sum to every candidate with the same inputs (./model).
 */
export const CTX = {
  /** What the token's own form and whether it is initial decide: `shi`, `i`, `fni`, `commoni`. */
  own: 1 << 0,
  /** The two labels before: `pl`, `pl2`. */
  labels: 1 << 1,
  /** The label before and the token's shape: `plsh`. */
  shapeLabel: 1 << 2,
  /** The word before alone: `pw`, `psh`, `pfn`, `ptitle` (see {@link emitAsPrevious}). */
  previous: 1 << 3,
  /** The word after alone: `nw`, `nsh`, `nfn` (see {@link emitAsNext}). */
  next: 1 << 4,
  /** The gazetteer tags of the token and its neighbours: `gz`, `gzp`, `gzn`. */
  gazetteer: 1 << 5,
  /** The token's shape with whether the word before is a first name (not before the first word) or a title: `pfnsh`, `ptitlesh`. */
  shapeAfter: 1 << 6,
  /** The word before with the token's shape: `pwsh`. */
  previousShape: 1 << 7,
  /** The word after with the token's shape: `nwsh`. */
  nextShape: 1 << 8,
  /** The rest: pairs of facts of the token and its neighbours, document evidence. */
  rest: 1 << 9,
  /** Every group. */
  all: (1 << 10) - 1,
} as const;

/**
 * The context features of token `i` given the previous two labels (see {@link emitWordFeatures} for the rest).
 *
 * @param s The sentence.
 * @param gz Gazetteer tags of the sentence (from {@link gazetteerTags}).
 * @param doc Document-level evidence.
 * @param i Token index.
 * @param p1 Label of token i-1 (`O` at the start).
 * @param p2 Label of token i-2.
 * @param f Where the features go.
 * @param infos The word facts of the sentence's tokens by index, filled on first use (speed: a
 *   candidate's neighbours are looked up once per sentence, not once per candidate next to them).
 * @param groups The groups of features to emit ({@link CTX}; all by default), always in the same
 *   order (training's float sums): the others are left to the caller, which adds their sums.
 */
export function emitContextFeatures(s: SentenceInput, gz: readonly string[], doc: DocInfo, i: number, p1: string, p2: string, f: FeatureSink, infos?: (WordInfo | undefined)[], groups: number = CTX.all): void {
  const { own, lab, shl, prv, nxt, gzs, sha, pws, nws, rest } = sinksOf(f, groups);
  const words = s.words;
  const w = words[i]!;
  const x = infoAt(words, i, infos);
  const lw = x.lower;
  const sh = x.shape;
  const initial = s.initial[i];
  const init = initial ? '1' : '0';
  const xp = i > 0 ? infoAt(words, i - 1, infos) : wordInfo('<s>');
  const xn = i + 1 < words.length ? infoAt(words, i + 1, infos) : wordInfo('</s>');
  own.add(F.shi, sh, init);
  own.add(F.i, init);
  lab.add(F.pl, p1);
  lab.add(F.pl2, p2, p1);
  shl.add(F.plsh, p1, sh);
  prv.add(F.pw, xp.lower);
  nxt.add(F.nw, xn.lower);
  prv.add(F.psh, xp.shape);
  nxt.add(F.nsh, xn.shape);
  pws.add(F.pwsh, xp.lower, '|', sh);
  nws.add(F.nwsh, xn.lower, '|', sh);
  gzs.add(F.gz, gz[i]!);
  gzs.add(F.gzp, i > 0 ? gz[i - 1]! : '<s>', gz[i] ?? '');
  gzs.add(F.gzn, gz[i + 1] ?? '</s>');
  const fn = x.fn;
  if (fn) own.add(F.fni, init);
  if (i > 0 && xp.fn) {
    prv.add(F.pfn);
    sha.add(F.pfnsh, sh);
  }
  const nextCap = xn.cap;
  const nextFn = nextCap && xn.fn;
  if (nextFn) nxt.add(F.nfn);
  if (fn && nextCap && !nextFn) rest.add(F.fnCap);
  if (xp.title) {
    prv.add(F.ptitle);
    sha.add(F.ptitlesh, sh);
  }
  if (i > 1 && infoAt(words, i - 2, infos).title) rest.add(F.p2title);
  const g = x.gen;
  if (g && doc.capMid.has(g)) rest.add(F.gcap);
  if (x.common) own.add(F.commoni, init);
  if (initial) {
    if (doc.capMid.has(w)) rest.add(F.capmid);
    if (doc.lowerSeen.has(lw)) rest.add(F.lowseen);
  } else if (doc.lowerSeen.has(lw)) rest.add(F.lowseenMid);
}

/** The sink of each group of {@link CTX}: the caller's where the group is emitted, else one that drops the features. */
interface GroupSinks {
  own: FeatureSink;
  lab: FeatureSink;
  shl: FeatureSink;
  prv: FeatureSink;
  nxt: FeatureSink;
  gzs: FeatureSink;
  sha: FeatureSink;
  pws: FeatureSink;
  nws: FeatureSink;
  rest: FeatureSink;
}

/** The group sinks of `f` for a set of groups. */
function sinksOf(f: FeatureSink, groups: number): GroupSinks {
  // (speed: made once per sink and set of groups; the tagger calls with one sink and a few sets)
  if (sinkCache.f !== f) { sinkCache.f = f; sinkCache.by = []; }
  let out = sinkCache.by[groups];
  if (!out) {
    const g = (bit: number): FeatureSink => (groups & bit ? f : SKIP);
    out = sinkCache.by[groups] = {
      own: g(CTX.own), lab: g(CTX.labels), shl: g(CTX.shapeLabel), prv: g(CTX.previous), nxt: g(CTX.next), gzs: g(CTX.gazetteer),
      sha: g(CTX.shapeAfter), pws: g(CTX.previousShape), nws: g(CTX.nextShape), rest: g(CTX.rest),
    };
  }
  return out;
}

/** The group sinks of the last sink asked for, by set of groups. */
const sinkCache: { f: FeatureSink | undefined; by: (GroupSinks | undefined)[] } = { f: undefined, by: [] };

/** A sink that drops every feature. */
const SKIP: FeatureSink = { add: () => undefined };

/**
 * The features of token `i` that read only the word before it (the `previous` group of {@link emitContextFeatures}):
 * its lower-cased form and shape, and whether it is a first name (not before the first word) or a title.
 *
 * @param xp The word facts of the word before (`wordInfo('<s>')` before the first word).
 * @param notFirst Whether token `i` is not the first of its sentence.
 * @param f Where the features go.
 */
export function emitAsPrevious(xp: WordInfo, notFirst: boolean, f: FeatureSink): void {
  f.add(F.pw, xp.lower);
  f.add(F.psh, xp.shape);
  if (notFirst && xp.fn) f.add(F.pfn);
  if (xp.title) f.add(F.ptitle);
}

/**
 * The features of token `i` that read only the word after it (the `next` group of {@link emitContextFeatures}):
 * its lower-cased form and shape, and whether it is a capitalised first name.
 *
 * @param xn The word facts of the word after (`wordInfo('</s>')` after the last word).
 * @param f Where the features go.
 */
export function emitAsNext(xn: WordInfo, f: FeatureSink): void {
  f.add(F.nw, xn.lower);
  f.add(F.nsh, xn.shape);
  if (xn.cap && xn.fn) f.add(F.nfn);
}

/**
 * The context features of token `i` as strings (see {@link emitContextFeatures}).
 *
 * @param s The sentence.
 * @param gz Gazetteer tags of the sentence (from {@link gazetteerTags}).
 * @param doc Document-level evidence.
 * @param i Token index.
 * @param p1 Label of token i-1 (`O` at the start).
 * @param p2 Label of token i-2.
 */
export function contextFeatures(s: SentenceInput, gz: readonly string[], doc: DocInfo, i: number, p1: string, p2: string): string[] {
  const c = collectFeatures();
  emitContextFeatures(s, gz, doc, i, p1, p2, c);
  return c.out;
}

/**
 * All features of token `i` given the previous two labels (word + context features).
 *
 * @param s The sentence.
 * @param gz Gazetteer tags of the sentence (from {@link gazetteerTags}).
 * @param doc Document-level evidence.
 * @param i Token index.
 * @param p1 Label of token i-1 (`O` at the start).
 * @param p2 Label of token i-2.
 */
export function features(s: SentenceInput, gz: readonly string[], doc: DocInfo, i: number, p1: string, p2: string): string[] {
  const c = collectFeatures();
  emitWordFeatures(s.words[i]!, c);
  emitContextFeatures(s, gz, doc, i, p1, p2, c);
  return c.out;
}
