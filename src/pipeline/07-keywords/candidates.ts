/**
 * Candidates: every phrase the phrase rules make, grouped by key, with their occurrences (start,
 * end, weight, sentence) in one column table.
 *
 * @module
 */
import { adjacent, noUpperCase, type KeywordDoc, type WordInfo } from './doc';
import { backgroundIdf, formCommonRank, formIdf, formIdfs } from './background';
import type { FormRule, PhraseRule, Stretch, WeightRule } from './rules/types';

/** Weight of an occurrence in the title. */
export const W_TITLE = 3;
/** Weight of an occurrence in the lead (the first sentences after the title). */
const W_LEAD = 1.5;
/** Longest name. */
const MAX_NAME_WORDS = 6;

/**
 * The occurrences of all candidates, column by column (start, end, weight, sentence); a
 * candidate lists the indices of its own (fewer small objects than one object per occurrence).
 */
export interface OccTable {
  /** Start offset of each occurrence. */
  start: number[];
  /** End offset of each occurrence. */
  end: number[];
  /** Weight of each occurrence (title, lead, weight rules). */
  weight: number[];
  /** Sentence index of each occurrence. */
  sentence: number[];
}

/** A candidate keyword with its occurrences (grouped by key). */
export interface Cand {
  /** Grouping key (stems joined by a space). */
  key: string;
  /** Display words of the first occurrence. */
  words: string[];
  /** The first display form seen and its count; later forms in `forms` (most candidates have one form). */
  form1: string;
  /** Count of `form1`. */
  n1: number;
  /** Later display forms and their counts. */
  forms: Map<string, number> | null;
  /** Indices of its occurrences in the occurrence table. */
  occ: number[];
  /** Whether it is a name. */
  name: boolean;
  /** Display keeps its capitals (a name followed by a common noun: `Falu kommun`). */
  keepCase: boolean;
  /** Mean background IDF of its words (1 for names). */
  idf: number;
  /**
   * Mean background IDF of its key's words (names too), worked out when it is made; the ranker
   * reads it (`word-idf`) and works it out from the key when it is not set.
   */
  widf?: number;
  /**
   * Rank of a one-word common candidate's key among the common words of `KeywordDoc.commonRank`
   * (-1: not among them), worked out when it is made from a word whose key is its form's stem; the ranker's
   * `one-word-commonness` asks the table when it is not set.
   */
  crank?: number | undefined;
  /** Number of words. */
  n: number;
  /** The display form (`bestForm`), fixed once the forms are all counted. */
  best: string;
  /** Ids of the rules that shaped it. */
  rules: string[];
  /** Entity type of the name's entity (`PER`, `ORG`, `LOC`), `''` when none. */
  type: string;
}

/**
 * Adds one occurrence of a phrase `from..to` (token indices) under `key`. `words` (null: the
 * display forms of the tokens) is read only when the candidate is new.
 */
export type Emit = (
  from: number,
  to: number,
  isName: boolean,
  key: string,
  display: string,
  words: string[] | null,
  keepCase: boolean,
  rule: string,
  /** A second rule that shaped this occurrence (a form rule). */
  also?: string,
) => void;

/** All candidates of a text and their occurrences. */
export interface Candidates {
  /** Candidates by key, in the order they were first made. */
  cands: Map<string, Cand>;
  /** Their occurrences. */
  occs: OccTable;
}

/** Adds a rule id to a candidate's list once. */
export function addRule(c: Cand, id: string): void {
  if (!c.rules.includes(id)) c.rules.push(id);
}

/**
 * Runs the phrase rules over every stretch of content words, sentence by sentence.
 *
 * @param doc The text with its word facts.
 * @param phrases Phrase rules in order.
 * @param forms Form rules in order (for phrases of common words).
 * @param weights Occurrence weight rules in order.
 */
export function collectCandidates(doc: KeywordDoc, phrases: readonly PhraseRule[], forms: readonly FormRule[], weights: readonly WeightRule[]): Candidates {
  const out: Candidates = { cands: new Map(), occs: { start: [], end: [], weight: [], sentence: [] } };
  const emit = emitter(doc, out, weights);
  const { infos, tokens, text } = doc;
  for (let si = 0; si < doc.sentences.length; si++) {
    const first = doc.sentFirst[si]!;
    if (first < 0) continue;
    const last = Math.min(tokens.length, first + doc.sentences[si]!.tokens.length) - 1;
    let i = first;
    while (i <= last) {
      if (!infos[i]!.content) {
        i++;
        continue;
      }
      // A run of content words without punctuation between them.
      let j = i;
      while (j + 1 <= last && infos[j + 1]!.content && adjacent(text, tokens[j]!, tokens[j + 1]!)) j++;
      // Its stretches: each name whole (one entity), and the common words between names.
      for (let a = i; a <= j; ) {
        const e = stretchEnd(infos, a, j);
        const s: Stretch = { from: a, to: e, name: infos[a]!.name, runEnd: j, last };
        for (const r of phrases) r.apply(s, doc, emit, forms);
        a = e + 1;
      }
      i = j + 1;
    }
  }
  return out;
}

/**
 * The last word of the stretch of a run that begins at `i` (the run ends at `b`): a name whole (one
 * entity), or the common words up to the next name. A plain loop, not a generator: it runs for
 * every run of content words.
 */
function stretchEnd(infos: readonly WordInfo[], i: number, b: number): number {
  let j = i;
  if (infos[i]!.name) {
    // A name never breaks inside: a capitalised word without an entity joins the name beside it
    // (`Tele2 Arena` when step 05 found only `Tele2`); two entities side by side stay apart.
    while (j + 1 <= b && infos[j + 1]!.name && j + 1 - i < MAX_NAME_WORDS && sameName(infos[j]!.entity, infos[j + 1]!.entity)) j++;
  } else {
    while (j + 1 <= b && !infos[j + 1]!.name) j++;
  }
  return j;
}

/** Whether two adjacent name words belong to one name: the same entity, or one of them has none. */
function sameName(a: string | null, b: string | null): boolean {
  return a === b || a === null || b === null;
}

/** The function that adds occurrences to the candidates. */
function emitter(doc: KeywordDoc, out: Candidates, weights: readonly WeightRule[]): Emit {
  const { tokens, title, leadEnd } = doc;
  const { cands, occs } = out;
  // Background IDF of each token and of each token's key, looked up once (-1: not yet).
  // (one buffer for both: one backing store, not two)
  const both = new Float64Array(2 * tokens.length).fill(-1);
  const idfAt = both.subarray(0, tokens.length);
  const keyIdfAt = both.subarray(tokens.length);
  // (and the stems of normal forms by form id, across texts)
  const memo = formIdfs();
  return (from, to, isName, key, display, words, keepCase, rule, also) => {
    const a = tokens[from]!;
    const b = tokens[to]!;
    let w = title && a.start >= title.start && b.end <= title.end ? W_TITLE : a.start < leadEnd ? W_LEAD : 1;
    let c = cands.get(key);
    if (!c) {
      c = newCand(doc, memo, idfAt, keyIdfAt, from, to, isName, key, display, words, keepCase, rule, occs.start.length);
      cands.set(key, c);
    } else {
      addRule(c, rule);
      c.occ.push(occs.start.length);
    }
    // (the weight rules are pure: asked after the candidate is found, their ids go straight to it)
    for (const r of weights) {
      const f = r.apply(from, to, isName, doc);
      if (f !== 1) {
        w *= f;
        addRule(c, r.id);
      }
    }
    if (also) addRule(c, also);
    addForm(c, display, 1);
    occs.start.push(a.start);
    occs.end.push(b.end);
    occs.weight.push(w);
    occs.sentence.push(doc.sentOf[from]!);
  };
}

/**
 * The display forms of tokens `from..to`, in an array of their number (a literal for up to three:
 * an array grown by `push` reserves room for 17).
 */
function displays(infos: readonly WordInfo[], from: number, to: number): string[] {
  const n = to - from + 1;
  if (n === 1) return [infos[from]!.display];
  if (n === 2) return [infos[from]!.display, infos[to]!.display];
  if (n === 3) return [infos[from]!.display, infos[from + 1]!.display, infos[to]!.display];
  const ws: string[] = [];
  for (let k = from; k <= to; k++) ws.push(infos[k]!.display);
  return ws;
}

/**
 * A new candidate with its first occurrence (`occ`, the index it gets in the table). Its arrays
 * are made at their size (most candidates occur once and keep their first rules): an empty array
 * grown by `push` reserves room for 17, and most of the step's allocation was such room. `words`
 * null: the display forms of its tokens, and its key is their keys joined (see {@link Emit}).
 */
function newCand(doc: KeywordDoc, memo: FormIdfs, idfAt: Float64Array, keyIdfAt: Float64Array, from: number, to: number, isName: boolean, key: string, display: string, words: string[] | null, keepCase: boolean, rule: string, occ: number): Cand {
  const { infos } = doc;
  const ws = words ?? displays(infos, from, to);
  // (a key made of its tokens' keys: the words are theirs, no need to find them in the string)
  let widf = words === null ? tokenKeysIdf(doc, memo, from, to, keyIdfAt) : -1;
  if (widf < 0) widf = keyWordIdf(doc, memo, key, from, to, keyIdfAt);
  // (`crank` is in the literal, so that every candidate has one shape)
  const c: Cand = { key, words: ws, form1: display, n1: 0, forms: null, occ: [occ], name: isName, keepCase, idf: 0, widf, crank: undefined, n: ws.length, best: '', rules: candRules(infos, from, to, rule), type: '' };
  const ent = isName ? infos[from]!.entity : null;
  if (ent !== null) c.type = doc.entityType.get(ent) ?? '';
  let idf = 0;
  for (let k = from; k <= to; k++) {
    if (isName) idf += 1;
    else {
      let v = idfAt[k]!;
      if (v < 0) idfAt[k] = v = stemIdf(doc, memo, k, keyIdfAt);
      idf += v;
    }
  }
  c.idf = idf / (to - from + 1);
  // (the rank read beside the word's IDF, by its form's id)
  if (!isName && from === to && key === stemAt(doc, from)) c.crank = formCommonRank(memo, doc.normalIds[from]!, key, doc.commonRank);
  return c;
}

/** A new candidate's rules: the phrase rule, then the word rules of its tokens, each once, in token order. */
function candRules(infos: readonly WordInfo[], from: number, to: number, rule: string): string[] {
  const w = infos[from]!.rule;
  let same = true;
  for (let k = from + 1; k <= to && same; k++) same = infos[k]!.rule === w;
  // (mostly every word was decided by one rule: `lemma-word`, `name-word`)
  if (same) return w && w !== rule ? [rule, w] : [rule];
  const rules = [rule];
  for (let k = from; k <= to; k++) {
    const wr = infos[k]!.rule;
    if (wr && !rules.includes(wr)) rules.push(wr);
  }
  return rules;
}

/**
 * Mean background IDF of the words of a key (split at single spaces, as the ranker's `word-idf`
 * reads it). A word that is the key of the token at its place (`from`, `from + 1`, …) is looked up
 * once per token (`keyIdfAt`, -1: not yet), without cutting it out of the key; any other word (the
 * link of a linked phrase, the words of an entity's name) is cut out and looked up. A token key
 * that is its form's stem is read from the form's memo (`memo`).
 */
function keyWordIdf(doc: KeywordDoc, memo: FormIdfs, key: string, from: number, to: number, keyIdfAt: Float64Array): number {
  const { infos } = doc;
  let s = 0;
  let n = 0;
  let a = 0;
  for (let k = from; ; k++) {
    const sp = key.indexOf(' ', a);
    const b = sp < 0 ? key.length : sp;
    const tk = k <= to ? infos[k]!.key : null;
    if (tk !== null && tk.length === b - a && key.startsWith(tk, a)) s += tokenKeyIdf(doc, memo, k, keyIdfAt);
    else s += backgroundIdf(key.slice(a, b));
    n++;
    if (sp < 0) break;
    a = sp + 1;
  }
  return s / Math.max(1, n);
}

/**
 * Background IDF of token `k`'s key, looked up once per token (`keyIdfAt`, -1: not yet): kept on
 * its word facts (`WordInfo.keyIdf`, shared by one form's tokens across texts), else by its form's
 * id when it is the form's stem, else in the background table.
 */
function tokenKeyIdf(doc: KeywordDoc, memo: FormIdfs, k: number, keyIdfAt: Float64Array): number {
  let v = keyIdfAt[k]!;
  if (v < 0) {
    const info = doc.infos[k]!;
    const kept = info.keyIdf;
    if (kept !== undefined && kept >= 0) v = kept;
    else {
      const tk = info.key;
      v = tk === stemAt(doc, k) ? formIdf(memo, doc.normalIds[k]!, tk) : backgroundIdf(tk);
      if (!Object.isFrozen(info)) info.keyIdf = v;
    }
    keyIdfAt[k] = v;
  }
  return v;
}

/**
 * {@link keyWordIdf} of a key made of the keys of tokens `from..to` joined by spaces: each word is
 * a token's key, so the mean is read by token without finding the words in the key; -1 when a
 * token's key holds a space (its words are then not the tokens').
 */
function tokenKeysIdf(doc: KeywordDoc, memo: FormIdfs, from: number, to: number, keyIdfAt: Float64Array): number {
  for (let k = from; k <= to; k++) if (doc.infos[k]!.key.includes(' ')) return -1;
  let s = 0;
  for (let k = from; k <= to; k++) s += tokenKeyIdf(doc, memo, k, keyIdfAt);
  return s / (to - from + 1);
}

/**
 * Background IDF of a token's stem: its key's, already looked up, when the key is the stem (a
 * common word whose lemma is its form); else the form's, by its id.
 */
function stemIdf(doc: KeywordDoc, memo: FormIdfs, k: number, keyIdfAt: Float64Array): number {
  const st = stemAt(doc, k);
  const known = keyIdfAt[k]!;
  return known >= 0 && st === doc.infos[k]!.key ? known : formIdf(memo, doc.normalIds[k]!, st);
}

/** The background IDF memo of the current form ids (see `formIdfs`). */
type FormIdfs = ReturnType<typeof formIdfs>;

/** The stem of a token's lower-case form: a word's own (step 04 stems `normal`), else looked up. */
function stemAt(doc: KeywordDoc, k: number): string {
  const t = doc.tokens[k]!;
  return t.kind === 'word' && t.stem ? t.stem : doc.stemOf(t.normal);
}

/** Counts a display form of a candidate (forms keep the order in which they were first seen). */
export function addForm(c: Cand, f: string, n: number): void {
  if (f === c.form1) c.n1 += n;
  else {
    c.forms ??= new Map();
    c.forms.set(f, (c.forms.get(f) ?? 0) + n);
  }
}

/** The display form: the shortest form seen (base forms are shortest), then the most frequent. */
export function bestForm(c: Cand): string {
  let best = c.form1;
  let bestN = c.n1;
  if (c.forms) {
    for (const [f, n] of c.forms) {
      if (!best || f.length < best.length || (f.length === best.length && n > bestN)) {
        best = f;
        bestN = n;
      }
    }
  }
  if (best.includes('\u00ad')) best = best.replace(/\u00ad/g, '');
  // (a form with no capital is its own lower case: no new string; `toLowerCase` is slow on åäö)
  return c.keepCase || noUpperCase(best) ? best : best.toLowerCase();
}
