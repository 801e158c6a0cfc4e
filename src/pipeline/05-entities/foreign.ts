/**
 * Foreign multi-word names inside Swedish text, for pipeline step 05: English names of bodies,
 * programmes and initiatives (`Bank of England`, `The Northern Track of the Arctic Science Process`,
 * `Global Partnership for Education`), English head nouns that end a name (`World Economic Forum`
 * | `i Davos`) or make a model "person" an organisation (`ARF Recovery Facility`), and name particles
 * that continue a person's name (`Ursula von der Leyen`, `Leonardo da Vinci`).
 *
 * The word lists are the run's lexicon's (`foreignConnectors`, `foreignConnectorsWeak`,
 * `englishOrgHeads`, `englishLocHeads`, `forwardNameParticles`, `adjectiveCompoundEndings`; the
 * defaults and the language decisions behind them are in `src/data/sv/entity-lexicon.ts`), read as
 * sets once per lexicon (`foreignLists`). None of them is a feature of the trained model: these are
 * rules after the model. Every function here runs in time linear in the tokens.
 *
 * @module
 */
import { CAP, NEVER, WORD, type TokenFacts } from './facts';
import { EN_CONNECTOR, EN_ORG_HEAD, THE, type TextTriggers } from './triggers';
import type { AnalyzedToken, EntityType } from '../../types';
import type { Lexicon } from '../../data/sv/lexicon';
import { lastOwnerMemo } from '../../internal/form-ids';
import { isCap, isCommonWord, type DocInfo } from './features';
import { isFirstName } from './gazetteer';
import { hasLowerLetter, hasUpperLetter, startsLowerLetter, startsNumber, withoutSoftHyphens } from '../../internal/letter-class';

/** A mention being built by step 05 (token range, offsets, type, words). */
export interface Span0 {
  /** First token index (in ctx.tokens). */
  a: number;
  /** Index after the last token. */
  b: number;
  /** Start offset (may be inside a token for compound prefixes). */
  start: number;
  /** End offset. */
  end: number;
  /** Type. */
  type: EntityType;
  /** Words of the mention. */
  words: string[];
  /** Whether the mention starts a sentence, line or quote. */
  initial: boolean;
  /** A canonical name fixed by a rule (`S` → `Socialdemokraterna`). */
  name?: string;
  /** Id of the rule that made or last changed the mention (`model`, `gazetteer`, `company-form` …). */
  rule?: string;
  /** Set on names in an author line or photo credit: metadata, not a person of the article. */
  metadata?: 'byline' | 'photo';
}

/** A lexicon's English name words and particles as sets, built once per lexicon. */
export interface ForeignLists {
  /** Connectors that join a name by themselves (`of`, `the`: `foreignConnectors`). */
  readonly strong: ReadonlySet<string>;
  /** Connectors that join only with an English head (`and`, `for`: `foreignConnectorsWeak`). */
  readonly weak: ReadonlySet<string>;
  /** English head nouns of a body, as written (`Fund`, `Facility`: `englishOrgHeads`). */
  readonly orgHead: ReadonlySet<string>;
  /** English head nouns of a place, as written (`Island`: `englishLocHeads`). */
  readonly locHead: ReadonlySet<string>;
  /** Particles that continue a person's name forwards (`von`, `da`: `forwardNameParticles`). */
  readonly forward: ReadonlySet<string>;
  /** Endings of Swedish adjective compounds (`ägda`, `vänlig`: `adjectiveCompoundEndings`). */
  readonly adjEndings: readonly string[];
}

/** The lists of each lexicon, made once per lexicon (the lexicon asked last is tried first). */
const listsOf = lastOwnerMemo(
  (lex: Lexicon): ForeignLists => ({
    strong: new Set(lex.foreignConnectors),
    weak: new Set(lex.foreignConnectorsWeak),
    orgHead: new Set(lex.englishOrgHeads),
    locHead: new Set(lex.englishLocHeads),
    forward: new Set(lex.forwardNameParticles),
    adjEndings: [...lex.adjectiveCompoundEndings],
  }),
);

/** The English name words and particles of a lexicon as sets (cached per lexicon). */
export function foreignLists(lex: Lexicon): ForeignLists {
  return listsOf(lex);
}
/** å, ä, ö: a word with one of them is Swedish. */
const SWEDISH_LETTER = /[åäö]/;
/** Longest joined foreign name, in tokens (words and connectors); longer runs are title-case text, not a name. */
const MAX_RUN = 14;

/** Whether `w` is a capitalised English head noun of a body or programme in the lexicon (`Facility`, `Fund`, `Council`). */
export function isEnglishOrgHead(w: string, lex: Lexicon): boolean {
  return foreignLists(lex).orgHead.has(w);
}

/** Whether `w` as written is an English connector of a name in the lexicon, strong or weak (`of`, `the`, `and`, `for`). */
export function isEnglishConnector(w: string, lex: Lexicon): boolean {
  const l = foreignLists(lex);
  return l.strong.has(w) || l.weak.has(w);
}

/**
 * Whether a lower-case word is a Swedish adjective or participle compound (`svenskledd`,
 * `norskägda`, `rysslandsvänlig`): one of the lexicon's `adjectiveCompoundEndings` after at least three letters.
 */
export function isAdjectiveCompound(lower: string, lex: Lexicon): boolean {
  for (const e of foreignLists(lex).adjEndings) if (lower.length >= e.length + 3 && lower.endsWith(e)) return true;
  return false;
}

/** Whether the text between two offsets is one space (or one no-break space). */
function oneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0xa0);
}

const wordOf = (t: AnalyzedToken): string => withoutSoftHyphens(t.text);

/** A joined foreign name: token range and type (`null`: a foreign phrase that names no person, body or place). */
export interface ForeignRun {
  /** First token index. */
  a: number;
  /** Index after the last token. */
  b: number;
  /** The type, or null for a document, work or event (`Memorandum of Understanding`): no mention, and no pieces. */
  type: EntityType | null;
}

/** Everything the run finder needs from the entity step. */
export interface ForeignContext {
  /** The analysed text. */
  text: string;
  /** All tokens of the text. */
  tokens: readonly AnalyzedToken[];
  /** 1 where a token starts a sentence, line or quote. */
  initialTok: Uint8Array;
  /** Closed-class and never-name words (`Det`, `Enligt`). */
  isNever: (w: string) => boolean;
  /** Gazetteer and user entries. */
  lookup: (name: string) => EntityType | null;
  /** Document-level capitalisation. */
  doc: DocInfo;
  /** The organisation-name ending of a lower-case word in the run's lexicon, or '' (`lexiconOrgSuffix` of ./work). */
  orgSuffix: (lower: string) => string;
  /** Swedish category nouns that stand before a name (`Stiftelsen`, `Organisationen`), lower case. */
  swedishNoun: (lower: string) => boolean;
  /** The token facts of the rule runner (./facts), read instead of `isNever` and the capital test when present. */
  facts?: TokenFacts | undefined;
  /** The list rules' trigger tokens (./triggers): where present, a rule whose key word is nowhere in the text returns at once. */
  triggers?: TextTriggers | undefined;
  /** The run's lexicon: its English connectors, head nouns, name particles and adjective endings (`foreignLists`). */
  lexicon: Lexicon;
}

/**
 * Finds capitalised runs joined by English connector words (`Bank of England`, `Council of the
 * Baltic Sea States`, `Global Partnership for Education`) and runs that begin with `The`
 * (`The Guardian`). A run goes on across one space at a time, never into a new sentence, line or
 * quote, with at most two connectors in a row (`of the`); a connector from `foreignConnectors`
 * or a leading `The` joins by itself, one from `foreignConnectorsWeak` only with an English head
 * noun in the run. Type: the gazetteer for the whole; else the head (the last word before the first
 * preposition, else the last word: `Council` in `Council of the Baltic Sea States`) from
 * `englishOrgHeads` / `englishLocHeads`; else any organisation head; else ORG after `The` or a
 * Swedish category noun (`organisationen Save the Children`);
 * else null (a document, work or event). A run that starts with a known first name and has no
 * head is left to the model (`Catherine of Aragon`). A Swedish common word capitalised at a sentence
 * start (or a Swedish organisation word, or any word with å, ä, ö: `Stiftelsen`) is not part of a run
 * (`Hjälporganisationen Save the Children`, `Stiftelsen Bill and Melinda Gates Foundation`).
 * With the trigger scan (`c.triggers`) a text without a connector or `The` has no run at once, and a
 * connector is its bit (the same two sets' answer for the form).
 */
export function findForeignRuns(c: ForeignContext): ForeignRun[] {
  const { text, tokens, initialTok, isNever, lookup, doc, facts } = c;
  const { strong: STRONG, orgHead: ORG_HEAD, locHead: LOC_HEAD } = foreignLists(c.lexicon);
  const runs: ForeignRun[] = [];
  if (c.triggers && (c.triggers.any & (EN_CONNECTOR | THE)) === 0) return runs;
  const name = (i: number): boolean => {
    const t = tokens[i];
    if (!t) return false;
    // (speed: the facts' capital test first, the never-word fact only for a capitalised word)
    if (facts) return (facts.eager(i) & (WORD | CAP)) === (WORD | CAP) && (t.text === 'The' || (facts.at(i) & NEVER) === 0);
    return t.kind === 'word' && isCap(t.text) && (t.text === 'The' || !isNever(t.text));
  };
  const bits = c.triggers?.bits;
  const conn = (i: number): boolean => {
    const t = tokens[i];
    return bits ? (bits[i]! & EN_CONNECTOR) !== 0 && t!.kind === 'word' : !!t && t.kind === 'word' && isEnglishConnector(t.text, c.lexicon);
  };
  // Token i follows token i-1 after one space, in the same sentence, line and quote.
  const adj = (i: number): boolean => i > 0 && !initialTok[i] && oneSpace(text, tokens[i - 1]!.end, tokens[i]!.start);
  let k = 0;
  while (k < tokens.length) {
    if (!name(k)) { k++; continue; }
    let e = k + 1;
    let strong = false, weak = false;
    let firstPrep = -1;
    for (;;) {
      if (name(e) && adj(e)) { e++; continue; }
      let x = e, nc = 0;
      while (nc < 2 && conn(x) && adj(x)) { x++; nc++; }
      if (nc > 0 && name(x) && adj(x)) {
        for (let y = e; y < x; y++) {
          const w = tokens[y]!.text;
          if (STRONG.has(w)) strong = true;
          else weak = true;
          // `the` and `and` do not end the head phrase (`Bill and Melinda Gates Foundation`).
          if (firstPrep < 0 && w !== 'the' && w !== 'and') firstPrep = y;
        }
        e = x + 1;
        continue;
      }
      break;
    }
    const end = e;
    // A one-word run joins nothing (speed: the sentence-start checks below are not asked for it).
    if (end - k < 2) { k = end; continue; }
    // Nor does one without a connector or a `The` at `k` or `k + 1` (the test below, before the sentence-start look-ups).
    if (!strong && !weak && tokens[k]!.text !== 'The' && tokens[k + 1]!.text !== 'The') { k = end; continue; }
    const k0 = k;
    let a0 = k;
    const first = tokens[k]!;
    if (initialTok[k] && first.text !== 'The') {
      const lw = first.text.toLowerCase();
      if (isCommonWord(lw) || doc.lowerSeen.has(lw) || c.orgSuffix(lw) !== '' || isAdjectiveCompound(lw, c.lexicon) || c.swedishNoun(lw) || SWEDISH_LETTER.test(lw)) {
        // A Swedish common word at a sentence start: the run begins after it, or there is none.
        if (name(k + 1) && adj(k + 1)) a0 = k + 1;
        else { k = end; continue; }
      }
    }
    k = end;
    const n = end - a0;
    const theStart = tokens[a0]!.text === 'The' && n >= 2;
    if (n < 2 || n > MAX_RUN || (!strong && !weak && !theStart)) continue;
    let headIdx = firstPrep > a0 ? firstPrep - 1 : end - 1;
    if (!name(headIdx)) headIdx = end - 1;
    const head = tokens[headIdx]!.text;
    let anyOrg = false;
    for (let y = a0; y < end; y++) if (ORG_HEAD.has(tokens[y]!.text)) anyOrg = true;
    if (!(strong || theStart || (weak && (anyOrg || LOC_HEAD.has(head))))) continue;
    const words: string[] = [];
    for (let y = a0; y < end; y++) words.push(wordOf(tokens[y]!));
    // A Swedish category noun right before (`organisationen Save the Children`, `Hjälporganisationen
    // Save the Children` at a sentence start) says organisation.
    const pv = tokens[a0 - 1];
    const category = a0 > k0 || (!!pv && pv.kind === 'word' && startsLowerLetter(pv.text) && oneSpace(text, pv.end, tokens[a0]!.start) && (c.swedishNoun(pv.text.toLowerCase()) || c.orgSuffix(pv.text.toLowerCase()) !== ''));
    let type: EntityType | null = lookup(words.join(' '));
    type ??= ORG_HEAD.has(head) ? 'ORG' : LOC_HEAD.has(head) ? 'LOC' : anyOrg || theStart || category ? 'ORG' : null;
    if (!type && isFirstName(words[0]!)) continue;
    runs.push({ a: a0, b: end, type });
  }
  return runs;
}

/**
 * The part of tokens [x, y) from its first to its last capitalised word (a digit may end it:
 * `TV 4`), or null when there is none.
 */
function trimmed(tokens: readonly AnalyzedToken[], x: number, y: number): [number, number] | null {
  while (x < y && !(tokens[x]!.kind === 'word' && isCap(tokens[x]!.text))) x++;
  while (y > x && !(tokens[y - 1]!.kind === 'word' && (isCap(tokens[y - 1]!.text) || startsNumber(tokens[y - 1]!.text)))) y--;
  return x < y ? [x, y] : null;
}

/**
 * Applies foreign runs to the model spans (sorted, disjoint): a typed run becomes one mention; the
 * model's spans inside a run go, and a span that reaches into a run keeps its part outside
 * (`Green Climate Fund` of `Green Climate Fund och The Global Fund`). Returns the new spans in text
 * order and the tokens of untyped runs (no rule may tag their pieces later).
 */
export function applyForeignRuns(
  spans: readonly Span0[],
  runs: readonly ForeignRun[],
  c: ForeignContext,
): { spans: Span0[]; blocked: Uint8Array } {
  const { tokens, initialTok, lookup } = c;
  const blocked = new Uint8Array(tokens.length + 1);
  if (runs.length === 0) return { spans: [...spans], blocked };
  const inRun = new Uint8Array(tokens.length + 1);
  for (const r of runs) for (let x = r.a; x < r.b; x++) { inRun[x] = 1; if (!r.type) blocked[x] = 1; }
  const out: Span0[] = [];
  const piece = (x: number, y: number, type: EntityType, name: boolean): void => {
    const words = tokens.slice(x, y).map(wordOf);
    const ty = name ? (lookup(words.join(' ')) ?? type) : type;
    out.push({ a: x, b: y, start: tokens[x]!.start, end: tokens[y - 1]!.end, type: ty, words, initial: !!initialTok[x] });
  };
  for (const sp of spans) {
    let touches = false;
    for (let x = sp.a; x < sp.b && !touches; x++) if (inRun[x]) touches = true;
    if (!touches) { out.push(sp); continue; }
    let x = sp.a;
    while (x < sp.b) {
      if (inRun[x]) { x++; continue; }
      let y = x;
      while (y < sp.b && !inRun[y]) y++;
      const t = trimmed(tokens, x, y);
      // The first piece keeps the model's type; a later one takes the gazetteer's when listed.
      if (t) piece(t[0], t[1], sp.type, t[0] !== sp.a);
      x = y;
    }
  }
  for (const r of runs) if (r.type) piece(r.a, r.b, r.type, false);
  out.sort((p, q) => p.a - q.a);
  return { spans: out, blocked };
}

/**
 * `World Economic Forum i Davos`, `Asian Infrastructure Investment Bank fram`: a model span (three
 * tokens or more, not a gazetteer name) whose capitalised run reaches an English head noun
 * (`englishOrgHeads`, not as the first word: `Forum för levande historia` is Swedish) followed by
 * a Swedish lower-case word ends at the head. What follows becomes a mention only when the
 * gazetteer knows it, it has an English head itself (`Global Fund`), or it is one word after `i`
 * (in: `Davos`, a place). Returns the spans in text order.
 */
export function cutAfterEnglishHead(spans: Span0[], c: ForeignContext): Span0[] {
  const { tokens, initialTok, lookup } = c;
  const ORG_HEAD = foreignLists(c.lexicon).orgHead;
  // (speed: the cut needs an English head noun; a text without one keeps its spans)
  if (c.triggers && (c.triggers.any & EN_ORG_HEAD) === 0) return spans;
  const add: Span0[] = [];
  for (const sp of spans) {
    if (sp.b - sp.a < 3 || sp.start !== tokens[sp.a]!.start || lookup(sp.words.join(' '))) continue;
    for (let x = sp.a + 1; x < sp.b - 1; x++) {
      const t = tokens[x]!;
      if (t.kind !== 'word' || !isCap(t.text)) break;
      if (!ORG_HEAD.has(t.text)) continue;
      const nx = tokens[x + 1]!;
      if (nx.kind !== 'word' || !startsLowerLetter(nx.text) || isEnglishConnector(nx.text, c.lexicon)) continue;
      const rest = trimmed(tokens, x + 1, sp.b);
      sp.words = sp.words.slice(0, x + 1 - sp.a);
      sp.b = x + 1;
      sp.end = t.end;
      if (rest) {
        const words = tokens.slice(rest[0], rest[1]).map(wordOf);
        let hasHead = false;
        for (const w of words) if (ORG_HEAD.has(w)) hasHead = true;
        // `i Davos`: one capitalised word after the preposition `i` (in) that the model took into the name is a place.
        const inPlace = rest[1] - rest[0] === 1 && tokens[rest[0] - 1]!.text === 'i' && hasLowerLetter(words[0]!);
        const type = lookup(words.join(' ')) ?? (hasHead ? 'ORG' : inPlace ? 'LOC' : null);
        if (type) add.push({ a: rest[0], b: rest[1], start: tokens[rest[0]]!.start, end: tokens[rest[1] - 1]!.end, type, words, initial: !!initialTok[rest[0]] });
      }
      break;
    }
  }
  if (add.length === 0) return spans;
  return [...spans, ...add].sort((p, q) => p.a - q.a);
}

/**
 * `Ursula` + `von der Leyen`, `Leonardo` + `da Vinci`, `Anna` + `de Vries`: a person span followed
 * by one or two particles from the lexicon's `forwardNameParticles` and a capitalised word (one space apart, same
 * sentence, not a closed-class word) takes them; spans inside the new name go. Not when a later
 * span reaches past the name. Spans without any capital letter (a particle left alone) are dropped.
 * Returns the spans in text order.
 */
export function extendPersonParticles(spans: Span0[], c: ForeignContext): Span0[] {
  const { text, tokens, initialTok, isNever } = c;
  const FORWARD = foreignLists(c.lexicon).forward;
  const adj = (i: number): boolean => i > 0 && !initialTok[i] && oneSpace(text, tokens[i - 1]!.end, tokens[i]!.start);
  for (let si = 0; si < spans.length; si++) {
    const sp = spans[si]!;
    if (sp.type !== 'PER' || sp.b <= sp.a || sp.end !== tokens[sp.b - 1]!.end) continue;
    let x = sp.b, nc = 0;
    while (nc < 2 && tokens[x] && tokens[x]!.kind === 'word' && FORWARD.has(tokens[x]!.text) && adj(x)) { x++; nc++; }
    const t = tokens[x];
    if (nc === 0 || !t || t.kind !== 'word' || !isCap(t.text) || !hasLowerLetter(t.text) || !adj(x) || isNever(t.text)) continue;
    let crossing = false;
    for (let j = si + 1; j < spans.length && spans[j]!.a <= x; j++) if (spans[j]!.b > x + 1) crossing = true;
    if (crossing) continue;
    for (let y = sp.b; y <= x; y++) sp.words.push(wordOf(tokens[y]!));
    sp.b = x + 1;
    sp.end = t.end;
    for (let j = si + 1; j < spans.length && spans[j]!.a < sp.b; j++) spans[j]!.b = spans[j]!.a;
  }
  return spans.filter((sp) => sp.b > sp.a && sp.words.some((w) => hasUpperLetter(w)));
}

/** Whether a token in [x, y) has the `EN_ORG_HEAD` trigger (the bits past the text are 0). */
function headWithin(bits: Uint8Array, x: number, y: number): boolean {
  for (let i = x; i < y && i < bits.length; i++) if ((bits[i]! & EN_ORG_HEAD) !== 0) return true;
  return false;
}

/**
 * `ADB` + `Climate Facility`, `ARF` + `Recovery Facility`: a mention (not a person with a first name)
 * followed by up to four capitalised words (one space apart, same sentence, no closed-class word,
 * first name or word of another mention) of which one is an English head noun (`englishOrgHeads`)
 * grows to the last such head and is an organisation. Returns the spans (same order).
 */
export function extendToEnglishHead(spans: Span0[], c: ForeignContext): Span0[] {
  const { text, tokens, initialTok, isNever, triggers } = c;
  const ORG_HEAD = foreignLists(c.lexicon).orgHead;
  // (speed: a mention grows only to an English head noun; a text without one keeps its spans)
  if (triggers && (triggers.any & EN_ORG_HEAD) === 0) return spans;
  const taken = new Uint8Array(tokens.length + 1);
  for (const sp of spans) for (let x = sp.a; x < sp.b; x++) taken[x] = 1;
  for (const sp of spans) {
    if (triggers && !headWithin(triggers.bits, sp.b, sp.b + 4)) continue;
    if (sp.b <= sp.a || sp.end !== tokens[sp.b - 1]!.end || (sp.type === 'PER' && sp.words.some((w) => isFirstName(w)))) continue;
    let head = -1;
    for (let x = sp.b; x < sp.b + 4; x++) {
      const t = tokens[x];
      if (!t || taken[x] || initialTok[x] || t.kind !== 'word' || !isCap(t.text) || !hasLowerLetter(t.text) || isNever(t.text) || isFirstName(t.text) || !oneSpace(text, tokens[x - 1]!.end, t.start)) break;
      if (ORG_HEAD.has(t.text)) head = x;
    }
    if (head < 0) continue;
    for (let x = sp.b; x <= head; x++) { sp.words.push(wordOf(tokens[x]!)); taken[x] = 1; }
    sp.b = head + 1;
    sp.end = tokens[head]!.end;
    sp.type = 'ORG';
  }
  return spans;
}
