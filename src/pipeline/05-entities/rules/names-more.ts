/**
 * More Swedish and foreign name shapes: English honorifics (`Mrs Whitfield`), geographic compounds
 * (`Lyon-regionen`, `Mississippifloden`), organisations that start with a national adjective (`Svensk
 * Orientering`), organisation names joined by `och` (`Sveriges Hamnar och Arkiv`,
 * `Kultur- och fritidsförvaltningen`).
 *
 * @module
 */
import { CAPS_OR_HYPHEN, COMMON, INITIAL, NEVER } from '../facts';
import { ENGLISH_HONORIFICS, NATIONAL_NAME_STARTS, NATIONAL_ORG_HEADS, ORG_UNIT_HEADS, PLACE_COMPOUND_TAILS, PLACE_PHRASE_HEADS } from '../../../data/sv/entity-lexicon';
import { isCap, isCommonWord } from '../features';
import type { Lexicon } from '../../../data/sv/lexicon';
import { isFirstName } from '../gazetteer';
import { commonAt, endsWithHead, firstNameAt, growTo, isNever, lexiconOrgSuffix, neverAt, oneSpace, takeNext, tokenSpan, type EntityWork } from '../work';
import { endsWithAny } from '../../../internal/endings';
import type { SpanRule, TokenRule } from './types';

const HONORIFIC = new Set(ENGLISH_HONORIFICS.split('|'));
const PLACE_TAIL = PLACE_COMPOUND_TAILS.split('|');
const NATIONAL = new Set(NATIONAL_NAME_STARTS.split('|'));
const NATIONAL_HEADS = NATIONAL_ORG_HEADS.split('|');
const UNIT_HEADS = ORG_UNIT_HEADS.split('|');
const PLACE_HEAD = new Set(PLACE_PHRASE_HEADS.split('|'));

/** `Mrs Whitfield`, `Mr Harrowgate`: an English honorific is no part of the name, and makes it a person. */
export const englishHonorific: SpanRule = {
  id: 'english-honorific',
  doc: 'An English honorific starts a person and is no part of the name: `Ms Delaney` → PER `Delaney`.',
  kind: 'span',
  apply(sp, w) {
    if (sp.words.length < 2 || !HONORIFIC.has(sp.words[0]!) || sp.b - sp.a !== sp.words.length) return true;
    const t = w.tokens[sp.a + 1]!;
    sp.a++;
    sp.start = t.start;
    sp.words.shift();
    sp.type = 'PER';
    return true;
  },
};

/** Whether a capitalised one-word form is a geographic compound (`Lyon-regionen`, `Saharaöknen`). */
function isPlaceCompound(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const lw = word.toLowerCase();
  for (const t of PLACE_TAIL) {
    if (!lw.endsWith(t) || lw.length < t.length + 3) continue;
    const head = word.slice(0, word.length - t.length).replace(/-$/, '');
    // The head is a name (`Lyon`, `Mississippi`), capitalised inside: not a Swedish common word (`Skogs`).
    if (word.includes('-') || !isCommonWord(head.toLowerCase().replace(/s$/, ''))) return true;
  }
  return false;
}

/** `Lyon-regionen` typed as an organisation: a geographic compound is a place. */
export const placeCompound: SpanRule = {
  id: 'place-compound',
  doc: 'A name + a geographic compound tail is a place: `Lyon-regionen`, `Winnipegområdet` typed ORG → LOC.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type !== 'LOC' && sp.words.length === 1 && !w.lookup(sp.words[0]!) && isPlaceCompound(sp.words[0]!)) sp.type = 'LOC';
    return true;
  },
};

/** `Mississippifloden`, `Saharaöknen` missed by the model: a geographic compound mid-sentence is a place. */
export const placeCompoundMissed: TokenRule = {
  id: 'place-compound-missed',
  doc: 'A geographic compound the model missed is a place: `längs Mississippifloden` → LOC `Mississippifloden`.',
  kind: 'token',
  unless: INITIAL | COMMON | NEVER,
  apply(w, k, t) {
    if (w.initialTok[k] || w.doc.lowerSeen.has(t.normal) || commonAt(w, k) || neverAt(w, k) || !isPlaceCompound(t.text)) return false;
    w.spans.push(tokenSpan(w.tokens, k, 'LOC'));
    return true;
  },
};

/** The end of a run of capitalised words one space apart from token `k` (at most `max`), same sentence. */
function capRun(w: EntityWork, k: number, max: number): number {
  let e = k;
  while (e < w.tokens.length && e - k < max && w.tokens[e]!.kind === 'word' && isCap(w.tokens[e]!.text) && !w.taken[e] && (e === k || (!w.initialTok[e] && oneSpace(w.text, w.tokens[e - 1]!.end, w.tokens[e]!.start)))) e++;
  return e;
}

/** `Svensk Orientering`, `Svenskt Näringsliv` missed or cut: a national adjective and capitalised words name an organisation. */
export const nationalNameOrg: TokenRule = {
  id: 'national-name-org',
  doc: 'A capitalised national adjective and capitalised words are an organisation: `enligt Svensk Orientering` → ORG.',
  kind: 'token',
  unless: INITIAL,
  apply(w, k, t) {
    if (!NATIONAL.has(t.text) || w.initialTok[k]) return false;
    const e = capRun(w, k, 4);
    if (e - k < 2 || firstNameAt(w, k + 1)) return false;
    w.spans.push({ a: k, b: e, start: t.start, end: w.tokens[e - 1]!.end, type: 'ORG', words: w.tokens.slice(k, e).map((x) => x.text), initial: false });
    for (let x = k; x < e; x++) w.taken[x] = 1;
    return true;
  },
};

/**
 * `Svensk körförening`, `Svenska läkaresällskapet`: a capitalised national adjective inside a
 * sentence and one lower-case word ending in an organisation head are an organisation.
 */
export const nationalNameHead: TokenRule = {
  id: 'national-name-head',
  doc: 'A capitalised national adjective and a lower-case organisation head are an organisation: `medlem i Svensk körförening` → ORG.',
  kind: 'token',
  unless: INITIAL,
  apply(w, k, t) {
    const nx = w.tokens[k + 1];
    if (!NATIONAL.has(t.text) || w.initialTok[k] || !nx || nx.kind !== 'word' || !/^\p{Ll}/u.test(nx.text) || w.taken[k + 1] || !oneSpace(w.text, t.end, nx.start)) return false;
    const n = nx.normal;
    if (!NATIONAL_HEADS.includes(n) && !endsWithAny(n, NATIONAL_HEADS, 3)) return false;
    w.spans.push({ a: k, b: k + 2, start: t.start, end: nx.end, type: 'ORG', words: [t.text, nx.text], initial: false });
    w.taken[k] = w.taken[k + 1] = 1;
    return true;
  },
};

/** `Svensk Orientering` typed as a person or cut to `Svensk`: the whole capitalised run is an organisation. */
export const nationalNameSpan: SpanRule = {
  id: 'national-name-span',
  doc: 'A mention that starts with a capitalised national adjective is an organisation: `Svensk Orientering` typed PER → ORG.',
  kind: 'span',
  apply(sp, w) {
    if (!NATIONAL.has(sp.words[0]!) || sp.b - sp.a !== sp.words.length) return true;
    const { tokens } = w;
    let e = sp.b;
    while (e < tokens.length && e - sp.a < 4 && !w.modelTaken[e] && tokens[e]!.kind === 'word' && isCap(tokens[e]!.text) && !w.initialTok[e] && oneSpace(w.text, tokens[e - 1]!.end, tokens[e]!.start)) e++;
    if (e > sp.b) growTo(sp, tokens, e);
    if (sp.words.length > 1 && !isFirstName(sp.words[1]!)) sp.type = 'ORG';
    return true;
  },
};

/**
 * `Sveriges Hamnar och Arkiv`: an organisation whose last word is a capitalised common noun,
 * `och` and a capitalised common noun are one name (`Volvo och Saab` are two: names, not nouns).
 */
export const orgOchJoin: SpanRule = {
  id: 'org-och-join',
  doc: 'An organisation of capitalised nouns joined by och is one name: `Sveriges Hamnar och Arkiv` → one ORG.',
  kind: 'span',
  apply(sp, w) {
    const { tokens } = w;
    const last = sp.words[sp.words.length - 1]!;
    const och = tokens[sp.b], nx = tokens[sp.b + 1];
    if (sp.type !== 'ORG' || sp.words.length < 2 || !och || och.text !== 'och' || !nx || w.modelTaken[sp.b + 1] && !(w.spans.some((x) => x.a === sp.b + 1 && x.b === sp.b + 2))) return true;
    if (!isCommonWord(last.toLowerCase()) || !isCap(nx.text) || !isCommonWord(nx.normal) || !oneSpace(w.text, sp.end, och.start) || !oneSpace(w.text, och.end, nx.start)) return true;
    for (const x of w.spans) if (x.a === sp.b + 1 && x.b === sp.b + 2) x.b = x.a;
    sp.words.push(och.text, nx.text);
    sp.b += 2;
    sp.end = nx.end;
    return true;
  },
};

/** `Kultur- och fritidsförvaltningen`: a capitalised first part with a hyphen, `och` and an organisation compound are one name. */
export const hyphenOchOrg: TokenRule = {
  id: 'hyphen-och-org',
  doc: 'A capitalised part with a hyphen, och and an organisation compound are one body: `Kultur- och fritidsförvaltningen` → ORG.',
  kind: 'token',
  at: CAPS_OR_HYPHEN,
  apply(w, k, t) {
    const { tokens } = w;
    const och = tokens[k + 1], head = tokens[k + 2];
    if (!t.text.endsWith('-') || !och || och.text !== 'och' || !head || head.kind !== 'word' || !/^\p{Ll}/u.test(head.text) || !(lexiconOrgSuffix(head.normal, w.lexicon) || endsWithHead(head.normal, UNIT_HEADS, 3))) return false;
    if (w.taken[k + 2] || !oneSpace(w.text, t.end, och.start) || !oneSpace(w.text, och.end, head.start)) return false;
    w.spans.push({ a: k, b: k + 3, start: t.start, end: head.end, type: 'ORG', words: tokens.slice(k, k + 3).map((x) => x.text), initial: !!w.initialTok[k] });
    for (let x = k; x < k + 3; x++) w.taken[x] = 1;
    return true;
  },
};

/** Whether token `i` is a lower-case geographic head one space after token `i - 1` (`havet` in `Karibiska havet`). */
function placeHeadAt(w: EntityWork, i: number): boolean {
  const t = w.tokens[i];
  return !!t && t.kind === 'word' && PLACE_HEAD.has(t.text) && !w.modelTaken[i] && !w.taken[i] && oneSpace(w.text, w.tokens[i - 1]!.end, t.start);
}

/** Whether a capitalised word can stand before a geographic head: a weak adjective (`Karibiska`) or a genitive (`Balearernas`). */
const headModifier = (word: string, lex: Lexicon): boolean => /^\p{Lu}\p{Ll}+(?:a|s)$/u.test(word) && !isNever(word, lex);

/** `Karibiska havet`, `Balearernas hav`: a mention of one adjective or genitive + a lower-case geographic head is one place. */
export const placePhraseTail: SpanRule = {
  id: 'place-phrase-tail',
  doc: 'A capitalised adjective or genitive and a lower-case geographic head are one place: `Karibiska havet` → LOC `Karibiska havet`.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type === 'PER' || sp.words.length !== 1 || sp.b - sp.a !== 1 || !placeHeadAt(w, sp.b) || !headModifier(sp.words[0]!, w.lexicon)) return true;
    takeNext(sp, w);
    sp.type = 'LOC';
    return true;
  },
};

/** `Persiska viken` missed by the model: the same shape, mid-sentence, never written in lower case. */
export const placePhraseMissed: TokenRule = {
  id: 'place-phrase-missed',
  doc: 'A capitalised adjective or genitive the model missed and a geographic head are a place: `över Engelska kanalen` → LOC.',
  kind: 'token',
  apply(w, k, t) {
    // (at a sentence start only a -ska adjective or a genitive that is no common word: `Bengaliska viken`, `Kanarieöarnas hav`, never `Stora sjön`)
    if (!placeHeadAt(w, k + 1) || (w.initialTok[k] && (commonAt(w, k) || !/(?:ska|s)$/.test(t.normal))) || !headModifier(t.text, w.lexicon) || w.doc.lowerSeen.has(t.normal)) return false;
    w.spans.push({ a: k, b: k + 2, start: t.start, end: w.tokens[k + 1]!.end, type: 'LOC', words: [t.text, w.tokens[k + 1]!.text], initial: !!w.initialTok[k] });
    w.taken[k + 1] = 1;
    return true;
  },
};
