/**
 * Pipeline step 07: keywords. Single-document scoring in the spirit of YAKE and TextRank
 * (frequency, position, spread over sentences, title and lead weight, casing, phrase cohesion),
 * a built-in background IDF from Swedish news, entities and quoted speakers, and optional
 * corpus weighting with a BM25 model learned from the user's own documents.
 *
 * @module
 */
import type { AnalyzedToken, Entity, Keyword, Quote, Span, TextContext } from '../../types';
import { assertString } from '../../internal/assert-string';
import { buildContext } from '../context';
import { findEntities } from '../05-entities';
import { findQuotes } from '../06-quotes';
import { stem } from '../04-annotate/stem';
import { readArticle, type ArticleParts } from '../01b-document';
import { isCorpusTerm, learnModel, type KeywordModel } from './model';
import { BACKGROUND_DF, BACKGROUND_DOCS } from '../../data/sv/keyword-background';
import { AGE_WORD, DAYTIME_WORD, FUNCTION_WORDS, IMPLICIT_TOPICS, WEAK_WORDS } from '../../data/sv/keyword-stoplist';

export type { KeywordModel } from './model';

/** Options for keyword extraction. */
export interface KeywordOptions {
  /** How many keywords to return (default 10). */
  limit?: number;
  /** A corpus model from `createKeywordModel`: words common to the corpus weigh less. */
  model?: KeywordModel;
}

// ---- tuning constants (chosen on news-dev, kept few and round) ----
/** Weight of an occurrence in the title. */
const W_TITLE = 3;
/** Weight of an occurrence in the lead (the first sentences after the title). */
const W_LEAD = 1.5;
/** Words counted as the lead. */
const LEAD_WORDS = 60;
/** Extra weight of proper names (people, organisations, places). */
const W_NAME = 2.5;
/** Extra weight of quoted speakers. */
const W_SPEAKER = 1.3;
/** Longest phrase of common words. */
const MAX_WORDS = 3;
/** Weight of the counts of a compound's parts (`dator`, `försäljning` for `datorförsäljning`). */
const W_PARTS = 0.15;
/** Bounds of the length factor of one-word keywords (length / 9 letters). */
const LEN_MIN = 0.8;
const LEN_MAX = 1.2;
/** A phrase replaces a chosen sub-phrase only with at least this share of its score. */
const REPLACE = 0.3;
/** Extra weight of a repeated linked phrase (on top of the phrase weight). */
const W_LINKED = 0.6;
/** Weight left to topics Swedish news takes for granted (`Sverige`). */
const W_IMPLICIT = 0.1;
/** Weight left to a candidate that shares a word with an already chosen keyword. */
const OVERLAP = 0.6;
/** Weight left to a candidate with a compound part in common with a chosen keyword (`ljud`, `fläktljud`). */
const COMPOUND = 0.6;
/** Shortest compound part compared. */
const MIN_PART = 4;
/**
 * Weight of an occurrence of a common noun right before a person's name (`utrikesminister Tobias
 * Billström`, `pressekreterare Anna Berg`): a title that attributes, like a reporting verb.
 */
const W_ROLE = 0.5;
/**
 * Weight of a name's occurrence inside an enumeration of names (`FS-Banken, Electrolux och
 * SEB`): one item of a list is less central than a name the text talks about. news-dev: +0.003.
 */
const W_LIST = 0.7;
/**
 * Weight of a party label in parentheses after a name (`Karin Lindqvist (S)`): it tells who the
 * person is, like a title, and says little about the topic. The party's own name in the text
 * counts in full.
 */
const W_LABEL = 0.3;
/** Longest name. */
const MAX_NAME_WORDS = 6;

let background: Map<string, number> | null = null;
function backgroundDf(): Map<string, number> {
  if (background) return background;
  background = new Map();
  for (const line of BACKGROUND_DF.split('\n')) {
    const tab = line.indexOf('\t');
    const n = Number(line.slice(0, tab));
    for (const w of line.slice(tab + 1).split(' ')) background.set(w, n);
  }
  return background;
}
const MAX_IDF = Math.log((BACKGROUND_DOCS + 1) / 1);
/** Background IDF of a lower-case word form, scaled to 0..1. */
function bgIdf(form: string): number {
  const df = backgroundDf().get(form) ?? 0;
  return Math.log((BACKGROUND_DOCS + 1) / (df + 1)) / MAX_IDF;
}

const FUNCTION = new Set(FUNCTION_WORDS);
/** Words that link two nouns into one keyword (`problem med alkohol`, `kris och krig`). */
const LINKS = new Set(['för', 'av', 'mot', 'till', 'med', 'i', 'på', 'om', 'och']);
/** Function words and weak words together: never keywords of common words. */
const DROP = new Set([...FUNCTION_WORDS, ...WEAK_WORDS]);
const IMPLICIT = new Set(IMPLICIT_TOPICS);
const UPPER = /^\p{Lu}/u;
/** Whether a string begins with an upper-case letter (ASCII fast path, the same answer as `UPPER`). */
function upperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s);
}
/** Whether a string has a letter (ASCII fast path on the first character, the same answer as `HAS_LETTER`). */
function hasLetter(s: string): boolean {
  const c = s.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122) return true;
  return HAS_LETTER.test(s);
}
const ACRONYM = /^[\p{Lu}\d-]{2,8}(?::s)?$/u;
const HAS_LETTER = /\p{L}/u;
/** Parts of speech that are never names. */
const CLOSED = new Set(['ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ', 'VERB', 'INTJ', 'NUM']);

/**
 * The tagger's lemma in lower case, or the word form when the lemma looks wrong for a noun or
 * adjective (shorter than two letters, or not sharing the word's first two letters).
 */
function plausibleLemma(t: AnalyzedToken, lower: (s: string) => string): string {
  const l = lower(t.lemma || t.normal);
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return l;
  if (l.length < 2 || l.charCodeAt(0) !== t.normal.charCodeAt(0) || l.charCodeAt(1) !== t.normal.charCodeAt(1)) return t.normal;
  // A lemma one letter shorter than the word must drop an inflection: `-n` after a, e, o, y, ö,
  // l or r (`banan` → `bana`, `cykeln` → `cykel`, `byn` → `by`, `sjön` → `sjö`), `-r` after a
  // vowel (`dinosaurier`), `-t` (`civilt` → `civil`, `äpplet` → `äpple`), adjective `-a`/`-e`
  // (`kritiska`, `väpnade`) or a genitive `-s`. Anything else (`vaccin` → `vacci`) is a
  // lemmatizer slip; keep the word.
  if (l.length + 1 === t.normal.length && t.normal.startsWith(l)) {
    const rest = t.normal.slice(-1);
    const vowel = /[aeiouyåäö]$/.test(l);
    const ok =
      rest === 's' ||
      (rest === 'n' && /[aeolryö]$/.test(l)) ||
      (rest === 'r' && vowel) ||
      (rest === 't' && (t.pos === 'ADJ' || vowel)) ||
      ((rest === 'a' || rest === 'e') && t.pos === 'ADJ');
    if (!ok) return t.normal;
  }
  return l;
}

/**
 * The occurrences of all candidates, column by column (start, end, weight, sentence); a
 * candidate lists the indices of its own (fewer small objects than one object per occurrence).
 */
interface OccTable {
  start: number[];
  end: number[];
  weight: number[];
  sentence: number[];
}

/** A candidate keyword with its occurrences (grouped by key). */
interface Cand {
  key: string;
  words: string[];
  /** The first display form seen and its count; later forms in `forms` (most candidates have one form). */
  form1: string;
  n1: number;
  forms: Map<string, number> | null;
  /** Indices of its occurrences in the occurrence table. */
  occ: number[];
  name: boolean;
  /** Display keeps its capitals (a name followed by a common noun: `Falu kommun`). */
  keepCase: boolean;
  idf: number;
  speaker: boolean;
  n: number;
  /** The display form (`bestForm`), fixed once the forms are all counted. */
  best: string;
}

/**
 * The facts of a token that takes no part in keywords, shared by all of them: only content
 * tokens' display, key and entity are ever read.
 */
const NO_INFO: Info = Object.freeze({ content: false, name: false, head: false, mod: false, display: '', key: '', entity: null });

/** Per-token facts for candidate building. */
interface Info {
  /** Can be part of a phrase of common words. */
  content: boolean;
  /** Is (part of) a proper name. */
  name: boolean;
  /** May end a phrase (noun-like). */
  head: boolean;
  /** May stand before the head of a phrase (an adjective, a foreign word). */
  mod: boolean;
  /** The word's display form and key piece. */
  display: string;
  key: string;
  /** Entity group id when the token is inside an entity mention. */
  entity: string | null;
}

/**
 * Finds keywords in an analysed text (pipeline step 07).
 *
 * @param ctx The text analysed up to the token annotations.
 * @param entities Entity mentions from step 05.
 * @param quotes Quotes from step 06.
 * @param options Keyword options.
 * @param article The article parts, when the caller already has them.
 */
export function findKeywords(
  ctx: TextContext,
  entities: readonly Entity[],
  quotes: readonly Quote[],
  options: KeywordOptions = {},
  article?: ArticleParts,
): Keyword[] {
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit!)) : 10;
  const { text, tokens, sentences } = ctx;
  if (limit === 0 || tokens.length === 0) return [];
  const parts = article ?? readArticle(text);

  // Sentence index of each token, and which tokens are excluded (metadata, furniture).
  const sentOf = new Int32Array(tokens.length);
  // First token index of each sentence (`ctx.tokens` is the sentences' tokens in order).
  const sentFirst = new Int32Array(sentences.length).fill(-1);
  {
    let k = 0;
    sentences.forEach((s, si) => {
      if (s.tokens.length === 0) return;
      // Re-synchronise if a caller's context does not list the same token objects in order.
      if (tokens[k] !== s.tokens[0]) k = tokens.indexOf(s.tokens[0]!, k);
      if (k < 0) {
        k = 0;
        return;
      }
      sentFirst[si] = k;
      for (let j = 0; j < s.tokens.length && k < tokens.length; j++) sentOf[k++] = si;
    });
  }
  const excluded = new Uint8Array(tokens.length);
  {
    let e = 0;
    const ex = parts.excluded;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (e < ex.length && ex[e]!.end <= t.start) e++;
      if (e < ex.length && ex[e]!.start < t.end) excluded[i] = 1;
    }
  }
  const title = parts.title;
  // Lead: the first LEAD_WORDS words after the title.
  let leadEnd = text.length;
  {
    let words = 0;
    for (const t of tokens) {
      if (title && t.start < title.end) continue;
      if (t.kind === 'word' && ++words >= LEAD_WORDS) {
        leadEnd = t.end;
        break;
      }
    }
  }

  // Stems looked up once per word form.
  const stems = new Map<string, string>();
  const stemOf = (w: string): string => {
    let r = stems.get(w);
    if (r === undefined) stems.set(w, (r = stem(w)));
    return r;
  };

  // Lower case looked up once per lemma (`toLowerCase` is slow on non-ASCII text).
  const lowers = new Map<string, string>();
  const lowerOf = (w: string): string => {
    let r = lowers.get(w);
    if (r === undefined) lowers.set(w, (r = w.toLowerCase()));
    return r;
  };

  const tagged = tokens.some((t) => t.kind === 'word' && t.pos !== 'X');

  // Entity mention of each token.
  const entityOf = new Array<string | null>(tokens.length).fill(null);
  const entityName = new Map<string, string>();
  const entityKey = new Map<string, string>();
  // Tokens that begin a person's name.
  const personAt = new Uint8Array(tokens.length);
  {
    const ents = [...entities].sort((a, b) => a.start - b.start);
    let e = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (e < ents.length && ents[e]!.end <= t.start) e++;
      const en = ents[e];
      // A "name" longer than a name can be is an upstream slip: its tokens fall back to casing.
      if (en && en.start < t.end && en.end - en.start <= 120 && en.name.length <= 120) {
        entityOf[i] = en.id;
        if (en.type === 'PER' && en.start >= t.start) personAt[i] = 1;
        if (!entityName.has(en.id)) {
          entityName.set(en.id, en.name);
          entityKey.set(en.id, nameKey(en.name, stemOf));
        }
      }
    }
  }

  // Casing evidence: how often each lower-case form is written lower-case / capitalised mid-sentence.
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  const initial = new Uint8Array(tokens.length);
  const capForms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (!upperStart(t.text)) lowerSeen.add(t.normal);
    else {
      // Only capitalised words need to know whether they start a sentence.
      initial[i] = isInitial(text, t.start) ? 1 : 0;
      capForms.add(t.text);
      if (!initial[i]) capMid.set(t.normal, (capMid.get(t.normal) ?? 0) + 1);
    }
  }

  const infos: Info[] = tokens.map((t, i) => {
    const entity = entityOf[i]!;
    if (excluded[i] || (t.kind !== 'word' && t.kind !== 'hashtag') || !hasLetter(t.normal)) return NO_INFO;
    // The first part of a shared compound (`infrastruktur- och bostadsminister`) is no word alone.
    if (t.text.charCodeAt(t.text.length - 1) === 45) return NO_INFO;
    let name = entity !== null;
    if (!name && upperStart(t.text)) {
      // Casing first: a capital inside a sentence marks a name unless the word is also written
      // in lower case here; a sentence-initial capital needs the tagger's PROPN or other evidence.
      const caps = capMid.get(t.normal) ?? 0;
      if (ACRONYM.test(t.text)) name = true;
      else if (!initial[i]) name = !lowerSeen.has(t.normal) || caps > 1;
      else if (lowerSeen.has(t.normal)) name = false;
      else if (caps > 0) name = true;
      else {
        // Only at the start of sentences: a name when a mid-sentence capital follows (`Dawit
        // Isaak sitter …`) and the tagger (if any) does not call it a common word.
        // With entities from step 05, their tagger has already judged these words.
        const next = tokens[i + 1];
        name =
          entities.length === 0 &&
          next !== undefined &&
          next.kind === 'word' &&
          upperStart(next.text) &&
          adjacent(text, t, next) &&
          !(tagged && (CLOSED.has(t.pos) || t.pos === 'NOUN' || t.pos === 'ADJ'));
      }
    }
    if (name) {
      // Names keep their casing; the genitive -s / :s goes when the bare form is also in the text.
      let base = t.text;
      const n = base.length;
      const last = base.charCodeAt(n - 1);
      // `:s` / `:S` at the end; else an `s` after another letter than `s`.
      if (n >= 2 && (last === 115 || last === 83) && base.charCodeAt(n - 2) === 58) base = base.slice(0, -2);
      else if (n >= 2 && last === 115 && base.charCodeAt(n - 2) !== 115 && capForms.has(base.slice(0, -1))) base = base.slice(0, -1);
      const stop = FUNCTION.has(t.normal);
      return { content: !stop, name: !stop, head: !stop, mod: !stop, display: base, key: stemOf(lowerOf(base)), entity };
    }
    // The cheap tests first; the lemma only for words that pass them.
    if (t.stopword || DROP.has(t.normal) || t.normal.length < 2) return NO_INFO;
    if (t.normal.charCodeAt(0) <= 57 ? AGE_WORD.test(t.normal) : DAYTIME_WORD.test(t.normal)) return NO_INFO;
    if (tagged) {
      const p = t.pos;
      const head = p === 'NOUN' || p === 'PROPN' || p === 'X';
      const mod = p === 'ADJ' || p === 'X' || p === 'PROPN';
      if (!mod && !head) return NO_INFO;
      const lemma = plausibleLemma(t, lowerOf);
      if (DROP.has(lemma)) return NO_INFO;
      // The key is the stem of the lemma, so that all inflections meet (`mordet`, `mord`).
      return { content: true, name: false, head, mod, display: lemma, key: lemma === t.normal ? t.stem : stemOf(lemma), entity };
    }
    return { content: true, name: false, head: true, mod: true, display: t.normal, key: t.stem, entity };
  });

  // Neuter nouns, known from any of their occurrences (`försvaret`, `ett försvar`, `civilt
  // försvar`): an adjective agrees with the head in every phrase, also where that occurrence
  // shows no gender (`Sveriges civila försvar`).
  const neuterHeads = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const inf = infos[k]!;
    if (!inf.head || inf.name || tokens[k]!.pos !== 'NOUN') continue;
    const prev = tokens[k - 1]!;
    if (prev.normal === 'ett' || isNeuterHead(tokens[k]!, inf.display, prev)) neuterHeads.add(inf.display);
  }

  // A name with `,` or `och` and another name on either side is one item of an enumeration.
  const sepAt = (k: number) => k >= 0 && k < tokens.length && (tokens[k]!.text === ',' || tokens[k]!.normal === 'och');
  const nameAt = (k: number) => k >= 0 && k < tokens.length && infos[k]!.name;
  const inList = (from: number, to: number): boolean => (sepAt(from - 1) && nameAt(from - 2)) || (sepAt(to + 1) && nameAt(to + 2));

  // Candidates.
  const cands = new Map<string, Cand>();
  const occs: OccTable = { start: [], end: [], weight: [], sentence: [] };
  // Background IDF of each token, looked up once (-1: not yet).
  const idfAt = new Float64Array(tokens.length).fill(-1);
  // `words` (null: the display forms of the tokens) is used only when the candidate is new.
  const add = (from: number, to: number, isName: boolean, key: string, display: string, words: string[] | null, keepCase = isName) => {
    const a = tokens[from]!;
    const b = tokens[to]!;
    let w = title && a.start >= title.start && b.end <= title.end ? W_TITLE : a.start < leadEnd ? W_LEAD : 1;
    // A title before a person's name (`utrikesminister Tobias Billström`) is an attribution.
    if (!isName && to + 1 < tokens.length && personAt[to + 1] && adjacent(text, b, tokens[to + 1]!)) w *= W_ROLE;
    if (isName && inList(from, to)) w *= W_LIST;
    if (isName && from === to && from > 0 && tokens[from - 1]!.text === '(' && tokens[to + 1]?.text === ')') w *= W_LABEL;
    let c = cands.get(key);
    if (!c) {
      const ws = words ?? displays(from, to);
      c = { key, words: ws, form1: display, n1: 0, forms: null, occ: [], name: isName, keepCase, idf: 0, speaker: false, n: ws.length, best: '' };
      let idf = 0;
      for (let k = from; k <= to; k++) {
        if (isName) idf += 1;
        else {
          let v = idfAt[k]!;
          if (v < 0) idfAt[k] = v = bgIdf(tokens[k]!.normal);
          idf += v;
        }
      }
      c.idf = idf / (to - from + 1);
      cands.set(key, c);
    }
    addForm(c, display, 1);
    c.occ.push(occs.start.length);
    occs.start.push(a.start);
    occs.end.push(b.end);
    occs.weight.push(w);
    occs.sentence.push(sentOf[from]!);
  };

  for (let si = 0; si < sentences.length; si++) {
    const first = sentFirst[si]!;
    if (first < 0) continue;
    const last = Math.min(tokens.length, first + sentences[si]!.tokens.length) - 1;
    let i = first;
    while (i <= last) {
      const inf = infos[i]!;
      if (!inf.content) {
        i++;
        continue;
      }
      // A run of content words without punctuation between them.
      let j = i;
      while (j + 1 <= last && infos[j + 1]!.content && adjacent(text, tokens[j]!, tokens[j + 1]!)) j++;
      emitRun(i, j);
      // Noun + preposition or `och` + noun: `medhjälp till mord`, `fel och fusk`, `stöd till Ukraina`.
      const c = j + 1;
      const d = j + 2;
      if (d <= last && infos[j]!.head && !infos[j]!.name && LINKS.has(tokens[c]!.normal) && infos[d]!.head) {
        if (adjacent(text, tokens[j]!, tokens[c]!) && adjacent(text, tokens[c]!, tokens[d]!)) {
          const link = tokens[c]!.normal;
          const disp = `${infos[j]!.display} ${link} ${infos[d]!.display}`;
          add(j, d, false, `${infos[j]!.key} ${link} ${infos[d]!.key}`, disp, disp.split(' '), infos[d]!.name);
        }
      }
      i = j + 1;
    }
  }

  function displays(from: number, to: number): string[] {
    const ws: string[] = [];
    for (let k = from; k <= to; k++) ws.push(infos[k]!.display);
    return ws;
  }

  function emitRun(a: number, b: number): void {
    let i = a;
    while (i <= b) {
      const inf = infos[i]!;
      if (inf.name) {
        // A name: the whole run of name tokens (same entity when entities are known).
        let j = i;
        while (j + 1 <= b && infos[j + 1]!.name && j + 1 - i < MAX_NAME_WORDS && infos[j + 1]!.entity === inf.entity) j++;
        if (inf.entity !== null && entityName.has(inf.entity)) {
          const nm = entityName.get(inf.entity)!;
          add(i, j, true, entityKey.get(inf.entity)!, nm, nm.split(/\s+/));
        } else {
          const ws: string[] = [];
          const ks: string[] = [];
          for (let k = i; k <= j; k++) {
            ws.push(infos[k]!.display);
            ks.push(infos[k]!.key);
          }
          add(i, j, true, ks.join(' '), ws.join(' '), ws);
        }
        // Name + common noun: `Falu kommun`, `Uppsala tingsrätt`, `SL:s styrelse`.
        if (j === i && j + 1 <= b && !infos[j + 1]!.name && infos[j + 1]!.head) {
          const d = `${tokens[i]!.text.replace(/:s$/i, ':s')} ${infos[j + 1]!.display}`;
          const nk = inf.entity !== null && entityKey.has(inf.entity) ? entityKey.get(inf.entity)! : inf.key;
          if (!nk.includes(' ')) add(i, j + 1, false, `${nk} ${infos[j + 1]!.key}`, d, d.split(' '), true);
        }
        i = j + 1;
        continue;
      }
      // Common words: n-grams of 1..MAX_WORDS words, modifiers first, a head last.
      let j = i;
      while (j + 1 <= b && !infos[j + 1]!.name) j++;
      for (let s = i; s <= j; s++) {
        if (!infos[s]!.mod && !infos[s]!.head) continue;
        // Key and display grow word by word (the same strings as joining the words with spaces).
        let key = '';
        let disp = '';
        for (let e = s; e <= j && e - s < MAX_WORDS; e++) {
          const ie = infos[e]!;
          if (e > s && !infos[e - 1]!.mod) break;
          key = e === s ? ie.key : `${key} ${ie.key}`;
          disp = e === s ? ie.display : `${disp} ${ie.display}`;
          if (!ie.head) continue;
          // An adjective before a neuter head agrees with it, as an editor writes the phrase
          // (`civilt försvar`, `strategiskt partnerskap`, not `civil försvar`); the key stays the
          // same, so the inflections still meet. The head's gender comes from the whole text.
          const neuter = e > s && neuterHeads.has(ie.display);
          add(s, e, false, key, neuter ? agreeNeuter(tokens, infos, s, e) : disp, null);
        }
      }
      i = j + 1;
    }
  }

  // (Loops over `cands` below delete only entries already visited, which Map iteration allows.)
  // Inflections the stemmer keeps apart but the lemmas join (`civila försvaret`, `civilt
  // försvar` → `civilt försvar`) are one keyword.
  {
    const byText = new Map<string, Cand>();
    for (const c of cands.values()) {
      c.best = bestForm(c);
      const t = c.keepCase ? c.best.toLowerCase() : c.best;
      const o = byText.get(t);
      if (!o) {
        byText.set(t, c);
        continue;
      }
      const [keep, drop] = o.occ.length >= c.occ.length ? [o, c] : [c, o];
      keep.occ.push(...drop.occ);
      addForm(keep, drop.form1, drop.n1);
      if (drop.forms) for (const [f, n] of drop.forms) addForm(keep, f, n);
      cands.delete(drop.key);
      byText.set(t, keep);
      // Its forms changed: the display form is worked out again below.
      keep.best = '';
    }
    for (const c of cands.values()) if (c.best === '') c.best = bestForm(c);
  }

  // Quoted speakers count more.
  const speakers = new Set<string>();
  for (const q of quotes) {
    if (!q.speaker?.named) continue;
    if (q.speaker.entityId && entityKey.has(q.speaker.entityId)) speakers.add(entityKey.get(q.speaker.entityId)!);
    if (q.speaker.name.length <= 120) speakers.add(nameKey(q.speaker.name, stemOf));
  }

  // First letters of the speaker keys: a cheap test before the full `nameKey` of a candidate
  // (a stem begins with the word's first letter). Off when a key does not begin with a letter.
  const speakerFirst = new Set<string>();
  let speakerTest = true;
  for (const k of speakers) {
    if (!/^\p{L}/u.test(k)) speakerTest = false;
    speakerFirst.add(k.charAt(0));
  }
  /** Whether `nameKey(s)` may be a speaker key. */
  const maySpeak = (s: string): boolean => {
    if (!speakerTest) return true;
    const c = s.charCodeAt(0);
    // Not a plain letter (space, surrogate, …): no shortcut.
    if (!(c >= 97 && c <= 122) && !(c >= 65 && c <= 90) && !(c >= 0xc0 && c < 0x250)) return true;
    return speakerFirst.has(s.charAt(0).toLowerCase().charAt(0));
  };

  // Surname-only mentions count for the full name (`Hartman` → `Laura Hartman`).
  // Full names by their first and last word, so that the look-up stays linear.
  const fullBy = new Map<string, Cand[]>();
  for (const c of cands.values()) {
    if (!c.name || c.n < 2) continue;
    const ws = c.key.split(' ');
    for (const w of new Set([ws[0]!, ws[ws.length - 1]!])) {
      const list = fullBy.get(w) ?? [];
      if (list.length < 2) list.push(c);
      fullBy.set(w, list);
    }
  }
  for (const c of cands.values()) {
    if (!c.name || c.n !== 1) continue;
    const full = fullBy.get(c.key);
    // Only when exactly one full name fits (two Anderssons stay apart).
    if (full && full.length === 1) {
      full[0]!.occ.push(...c.occ);
      cands.delete(c.key);
    }
  }

  // Corpus weights.
  let corpus: Map<string, number> | null = null;
  if (options.model && options.model.size > 0) {
    corpus = options.model.weigh(tokens.filter((t, i) => !excluded[i] && isCorpusTerm(t)).map((t) => t.stem));
  }

  // Compounds: a long word whose parts are themselves frequent words of the text is central
  // (`datorförsäljning` in a text about `datorer` and `försäljning`). Weighted counts of
  // one-word candidates by display form, for the look-up of compound parts.
  const unigramTf = new Map<string, number>();
  for (const c of cands.values()) {
    if (c.n !== 1 || c.name) continue;
    let w = 0;
    for (const o of c.occ) w += occs.weight[o]!;
    unigramTf.set(c.best, w);
  }
  // Cheap exact pre-tests: a part can only be found when another word (the compound itself
  // counts once) begins with the compound's first three letters, or is two letters long / ends
  // with its last three letters.
  const heads3 = new Map<string, number>();
  const tails3 = new Map<string, number>();
  let short2 = false;
  for (const w of unigramTf.keys()) {
    if (w.length === 2) short2 = true;
    const h = w.slice(0, 3);
    heads3.set(h, (heads3.get(h) ?? 0) + 1);
    const t = w.slice(-3);
    tails3.set(t, (tails3.get(t) ?? 0) + 1);
  }
  const partsTf = (d: string): number => {
    if (d.length < 8 || d.length > 40) return 0;
    let pre = 0;
    let suf = 0;
    // `d` is itself a one-word candidate (or not: then any count of one is another word).
    const self = unigramTf.has(d) ? 1 : 0;
    const tryPre = short2 || (heads3.get(d.slice(0, 3)) ?? 0) > self;
    const trySuf = (tails3.get(d.slice(-3)) ?? 0) > self;
    if (!tryPre && !trySuf) return 0;
    for (let k = 3; k <= d.length - 3; k++) {
      if (tryPre) {
        const a = d.slice(0, k);
        const p = unigramTf.get(a) ?? (a.endsWith('s') ? unigramTf.get(a.slice(0, -1)) : undefined) ?? 0;
        if (p > pre) pre = p;
      }
      if (trySuf) {
        const q = unigramTf.get(d.slice(k)) ?? 0;
        if (q > suf) suf = q;
      }
    }
    return pre + suf;
  };

  const nSent = Math.max(1, sentences.length);
  // Only the best candidates take part in the selection: a bounded insertion list, filled while
  // scoring, instead of sorting them all (the same order as a stable sort: score, then first
  // occurrence).
  const poolSize = Math.max(40, limit * 4);
  const top: { c: Cand; score: number }[] = [];
  const before = (sa: number, ca: Cand, b: { c: Cand; score: number }) => (b.score - sa || occs.start[ca.occ[0]!]! - occs.start[b.c.occ[0]!]!) < 0;
  const consider = (c: Cand, score: number): void => {
    if (top.length === poolSize && !before(score, c, top[poolSize - 1]!)) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(score, c, top[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, { c, score });
    if (top.length > poolSize) top.pop();
  };
  for (const c of cands.values()) {
    const count = c.occ.length;
    let tfw = c.n === 1 && !c.name ? W_PARTS * partsTf(c.best) : 0;
    let firstPos = text.length;
    for (const o of c.occ) {
      tfw += occs.weight[o]!;
      const st = occs.start[o]!;
      if (st < firstPos) firstPos = st;
    }
    const pos = 1 - firstPos / Math.max(1, text.length);
    const spread = (count === 1 ? 1 : distinctSentences(c.occ, occs.sentence)) / nSent;
    let score = tfw * (0.05 + c.idf) ** 2 * (1 + 0.5 * pos) * (1 + spread);
    // Phrases: cohesive ones (seen more than once, or in the title) gain, one-off word pairs lose.
    if (c.n > 1 && !c.name) score *= count > 1 || tfw >= W_TITLE ? 1 + 0.3 * (c.n - 1) : 0.35;
    // Linked phrases (`medhjälp till mord`) only when the text repeats them.
    if (c.n === 3 && LINKS.has(secondWord(c.key))) score *= count > 1 ? W_LINKED : 0.1;
    // Names weigh more, also when mentioned once: editors tag the people and organisations an
    // article names (measured: scaling single mentions down loses 0.01–0.04 F1 on news-dev).
    if (c.name) score *= W_NAME;
    // Long words are compounds, and Swedish compounds name specific things (`egnahemsrörelse`).
    else if (c.n === 1) score *= Math.min(LEN_MAX, Math.max(LEN_MIN, c.words[0]!.length / 9));
    if (IMPLICIT.has(c.keepCase ? c.best.toLowerCase() : c.best)) score *= W_IMPLICIT;
    if (speakers.size > 0 && (speakers.has(c.key) || (maySpeak(c.best) && speakers.has(nameKey(c.best, stemOf))))) score *= W_SPEAKER;
    if (corpus) {
      let cw = 0;
      for (const k of c.key.split(' ')) cw += corpus.get(k) ?? 1;
      score *= 0.1 + 0.9 * (cw / c.n);
    }
    consider(c, score);
  }
  // Greedy selection with near-duplicate control (in the spirit of maximal marginal relevance):
  // - a sub-phrase that mostly occurs inside a chosen phrase is dropped;
  // - a phrase that covers most uses of a chosen common sub-phrase takes its place;
  // - a candidate sharing a word with a chosen one weighs less, so the list covers more topics.
  interface PoolItem {
    c: Cand;
    score: number;
    words: string[];
    done: boolean;
    /** Index in the pool (for the cache of word relations). */
    idx: number;
  }
  // Plain loops (not `map`) here and for the spans below: the arrays keep one map, so the
  // optimised code of this function is not thrown away at the end of many calls.
  const pool: PoolItem[] = [];
  for (let idx = 0; idx < top.length; idx++) {
    const s = top[idx]!;
    pool.push({ c: s.c, score: s.score, words: s.c.key.split(' '), done: false, idx });
  }
  // How the words of two pool items relate, worked out once per pair (see `relation`).
  const rel = new Int8Array(pool.length * pool.length).fill(-1);
  const relOf = (p: PoolItem, o: PoolItem): number => {
    const at = p.idx * pool.length + o.idx;
    let r = rel[at]!;
    if (r < 0) rel[at] = r = relation(p.words, o.words);
    return r;
  };
  const chosen: PoolItem[] = [];
  // Each candidate's weight factor and replacement index against the chosen keywords, kept up to
  // date as keywords are chosen (worked out again only when a keyword is replaced).
  const fOf = new Float64Array(pool.length).fill(1);
  const repOf = new Int32Array(pool.length).fill(-1);
  const apply = (p: PoolItem, k: number): void => {
    const o = chosen[k]!;
    let f = fOf[p.idx]!;
    const r = relOf(p, o);
    if (r === INSIDE) {
      f = p.c.occ.length - o.c.occ.length < Math.max(2, 0.3 * p.c.occ.length) ? 0 : Math.min(f, OVERLAP);
    } else if (r === AROUND) {
      // `Falu kommun` replaces `Falu` only when the name hardly occurs without the noun.
      if (p.c.occ.length >= (o.c.name ? 0.9 : 0.6) * o.c.occ.length && (!p.c.keepCase || o.c.name) && p.score >= REPLACE * o.score) repOf[p.idx] = k;
      else f = Math.min(f, OVERLAP);
    } else if (r === SHARES) f = Math.min(f, OVERLAP);
    // A compound part after its compound (`ljud` after `fläktljud`); not the other way round:
    // editors tag `detaljstyrning` beside `styrning` (measured: penalising both ways loses 0.01).
    else if (r === PART) f = Math.min(f, COMPOUND);
    fOf[p.idx] = f;
    if (f === 0) p.done = true;
  };
  while (chosen.length < limit) {
    let best: PoolItem | null = null;
    let bestScore = -1;
    let replace = -1;
    for (const p of pool) {
      if (p.done) continue;
      const rp = repOf[p.idx]!;
      const adj = rp >= 0 ? Infinity : p.score * fOf[p.idx]!;
      if (adj > bestScore) {
        best = p;
        bestScore = adj;
        replace = rp;
      }
    }
    if (!best) break;
    best.done = true;
    if (replace >= 0) {
      chosen[replace] = { ...best, score: Math.max(best.score, chosen[replace]!.score) };
      for (const p of pool) {
        if (p.done) continue;
        fOf[p.idx] = 1;
        repOf[p.idx] = -1;
        for (let k = 0; k < chosen.length && !p.done; k++) apply(p, k);
      }
    } else {
      chosen.push({ ...best, score: bestScore });
      for (const p of pool) if (!p.done) apply(p, chosen.length - 1);
    }
  }
  const out: Keyword[] = [];
  const seen = new Set<string>();
  for (const { c, score } of chosen) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const spans: Span[] = [];
    for (const o of c.occ) spans.push({ start: occs.start[o]!, end: occs.end[o]! });
    spans.sort((a, b) => a.start - b.start);
    out.push({ text: c.best, key: c.key, score: round(score), count: spans.length, spans });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * Whether a phrase's head noun is neuter, read from the text: the adjective before it in the
 * indefinite neuter form (`civilt`, `nytt`), or the head in the definite singular neuter
 * (`försvaret`, `landet`: lemma + `et`/`t`). Unknown (plural, common gender) counts as not neuter.
 */
function isNeuterHead(head: AnalyzedToken, headLemma: string, before: AnalyzedToken): boolean {
  if (before.pos === 'ADJ' && isNeuterAdjective(before)) return true;
  const h = head.normal;
  return head.pos === 'NOUN' && h !== headLemma && (h === `${headLemma}et` || h === `${headLemma}t`);
}

/** An adjective in the indefinite neuter form: its lemma + `t`/`tt`, or a `d` lemma's `t` form. */
function isNeuterAdjective(t: AnalyzedToken): boolean {
  const w = t.normal;
  const l = t.lemma.toLowerCase();
  return w !== l && w === neuterForm(l);
}

/**
 * The indefinite neuter form of an adjective lemma: `civil` → `civilt`, `ny` → `nytt`,
 * `bestämd` → `bestämt`, `god` → `gott`, participles `tillitsbaserad` → `tillitsbaserat` and
 * `inbjuden` → `inbjudet` (also `liten` → `litet`, `öppen` → `öppet`); short words in `-en`
 * and `-ad` are not participles (`ren` → `rent`, `glad` → `glatt`).
 */
function neuterForm(lemma: string): string {
  if (lemma.endsWith('t')) return lemma;
  if (lemma.length >= 5 && lemma.endsWith('en')) return `${lemma.slice(0, -1)}t`;
  if (lemma.length >= 5 && lemma.endsWith('ad')) return `${lemma.slice(0, -1)}t`;
  if (/[aeiouyåäö]$/.test(lemma)) return `${lemma}tt`;
  if (/[^aeiouyåäö]d$/.test(lemma)) return `${lemma.slice(0, -1)}t`;
  if (lemma.endsWith('d')) return `${lemma.slice(0, -1)}tt`;
  return `${lemma}t`;
}

/** The display of words `s..e` with every adjective before the head in its neuter form. */
function agreeNeuter(tokens: readonly AnalyzedToken[], infos: readonly Info[], s: number, e: number): string {
  const ws: string[] = [];
  for (let k = s; k <= e; k++) {
    const t = tokens[k]!;
    const d = infos[k]!.display;
    // Only an inflected adjective (`civila`, `nationellt`) takes the neuter form: a Swedish
    // adjective in its base form before a neuter noun is a foreign word (`life science-område`).
    ws.push(k < e && t.pos === 'ADJ' && t.normal !== d && !/[^a-zåäöéü]/.test(d) && !d.endsWith('a') ? neuterForm(d) : d);
  }
  return ws.join(' ');
}

/** Counts a display form of a candidate (forms keep the order in which they were first seen). */
function addForm(c: Cand, f: string, n: number): void {
  if (f === c.form1) c.n1 += n;
  else {
    c.forms ??= new Map();
    c.forms.set(f, (c.forms.get(f) ?? 0) + n);
  }
}

/** The display form: the shortest form seen (base forms are shortest), then the most frequent. */
function bestForm(c: Cand): string {
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
  return c.keepCase ? best : best.toLowerCase();
}

function nameKey(name: string, stemFn: (w: string) => string = stem): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stemFn(w.toLowerCase().replace(/:s$/, '')))
    .join(' ');
}

/** The second space-separated word (`split(' ')[1]`), or `''`. */
function secondWord(key: string): string {
  const a = key.indexOf(' ');
  if (a < 0) return '';
  const b = key.indexOf(' ', a + 1);
  return b < 0 ? key.slice(a + 1) : key.slice(a + 1, b);
}

/** Number of distinct sentences of the occurrences. */
function distinctSentences(occ: readonly number[], sentence: readonly number[]): number {
  // Occurrences are mostly in text order: count changes, and fall back to a set when unordered.
  let n = 1;
  for (let k = 1; k < occ.length; k++) {
    const a = sentence[occ[k - 1]!]!;
    const b = sentence[occ[k]!]!;
    if (b < a) return new Set(occ.map((o) => sentence[o]!)).size;
    if (b !== a) n++;
  }
  return n;
}

/** Word relations of a candidate `p` to a chosen keyword `o` (see {@link relation}). */
const NONE = 0;
/** `p` is a sub-phrase of `o`. */
const INSIDE = 1;
/** `o` is a sub-phrase of `p`. */
const AROUND = 2;
/** They share a word. */
const SHARES = 3;
/** A word of `p` is a compound part of a word of `o`. */
const PART = 4;

/** How the words of a candidate relate to those of a chosen keyword (the first that holds). */
function relation(p: readonly string[], o: readonly string[]): number {
  if (contains(o, p)) return INSIDE;
  if (contains(p, o)) return AROUND;
  if (shares(p, o)) return SHARES;
  if (partOf(p, o)) return PART;
  return NONE;
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}

/**
 * Whether a word of `a` is a compound part of a word of `b`: the longer word begins or ends with
 * it (at least MIN_PART letters), `ljud` in `fläktljud`, `dator` in `datorförsäljning`.
 */
function partOf(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.length >= MIN_PART && x.length < y.length && (y.startsWith(x) || y.endsWith(x))) return true;
    }
  }
  return false;
}

function contains(big: readonly string[], small: readonly string[]): boolean {
  if (small.length >= big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) {
    let ok = true;
    for (let k = 0; k < small.length; k++) if (big[i + k] !== small[k]) ok = false;
    if (ok) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Whether only spaces (no punctuation, no line break) separate two tokens. */
function adjacent(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const ch = text[i]!;
    if (ch !== ' ' && ch !== '\u00a0' && ch !== '\t') return false;
  }
  return true;
}

/** Whether a word starts a sentence or a line (its capital says nothing about being a name). */
function isInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || '"”»«\'–—-(#*•'.includes(text[i]!))) i--;
  if (i < 0) return true;
  return '.!?:\n\r'.includes(text[i]!);
}

/**
 * Extracts the key phrases of a Swedish text: lemma phrases of one to three words in lower case
 * (`tillitsbaserad styrning`, `offentlig sektor`) and names as written in base form
 * (`Laura Hartman`, `Tillitsdelegationen`), most relevant first.
 *
 * @param text Any string.
 * @param options Keyword options (`limit`, corpus `model`).
 */
export function extractKeywords(text: string, options: KeywordOptions = {}): Keyword[] {
  const ctx = buildContext(text, {}, 'extractKeywords');
  const entities = findEntities(ctx);
  return findKeywords(ctx, entities, findQuotes(ctx, entities), options);
}

/**
 * Learns a corpus model from the user's documents (BM25 via wink-nlp's vectorizer, on our own
 * stems). Pass it as `extractKeywords(text, { model })`: words common to every document of the
 * corpus then weigh less.
 *
 * @param docs The corpus: one string per document.
 */
export function createKeywordModel(docs: readonly string[]): KeywordModel {
  if (!Array.isArray(docs)) throw new TypeError('swedish-nlp: createKeywordModel(docs) expects an array of strings');
  return learnModel(
    docs.map((d, i) => {
      assertString(d, 'createKeywordModel', `docs[${i}]`);
      const ctx = buildContext(d, {}, 'createKeywordModel');
      const ex = readArticle(d).excluded;
      let e = 0;
      const out: string[] = [];
      for (const t of ctx.tokens) {
        while (e < ex.length && ex[e]!.end <= t.start) e++;
        if (e < ex.length && ex[e]!.start < t.end) continue;
        if (isCorpusTerm(t)) out.push(t.stem);
      }
      return out;
    }),
  );
}
