/**
 * Sports clubs and leagues are organisations (annotation guide): `Malmö FF`, `Forsby Hockey`,
 * `Premier League`, `Allsvenskan`; a town as the subject or object of a result verb in a text with
 * a score is the club (`Brighton besegrade Chelsea`, `Kungsbacka vann med 3–1`).
 *
 * @module
 */
import { CLUB as CLUB_FACT, CLUB_WORD, COMMON, FIRST_NAME, LEAGUE, leaguesOf, NEVER } from '../facts';
import { SPORTS_RESULT_VERBS } from '../../../data/sv/entity-lexicon';
import { WORLD_COUNTRIES } from '../../../data/sv/world-names';
import { isCap } from '../features';
import { isFirstName } from '../gazetteer';
import { commonAt, firstNameAt, freeNext, growTo, neverAt, oneSpace, takeNext, type EntityWork } from '../work';
import { worldFacts } from '../world';
import type { SpanRule, TokenRule } from './types';

const RESULT_VERB = new Set(SPORTS_RESULT_VERBS.split('|').filter((v) => !v.includes(' ')));
let countries: Set<string> | undefined;
const scored = new WeakMap<EntityWork, boolean>();

/** Whether the text reports a result: a score like `3–1`, `2-0` (not a year span). */
export function hasScore(w: EntityWork): boolean {
  let s = scored.get(w);
  if (s === undefined) {
    s = /(?:^|[^\d:.,-])\d{1,2} ?[–-] ?\d{1,2}(?![\d:.,]\d)/u.test(w.text);
    scored.set(w, s);
  }
  return s;
}

/** `Malmö FF`, `Forsby Hockey`: a name followed by a club word takes it and is a club. */
export const sportsClubWord: SpanRule = {
  id: 'sports-club-word',
  doc: 'A name followed by a club word is a club: `Forsby Hockey`, `Malmö FF` → ORG.',
  kind: 'span',
  after: CLUB_FACT,
  apply(sp, w) {
    if (sp.type === 'PER' && sp.words.some((x) => isFirstName(x))) return true;
    for (let nx = freeNext(sp, w); nx && CLUB_WORD.has(nx.text) && !w.initialTok[sp.b]; nx = freeNext(sp, w)) {
      takeNext(sp, w);
      sp.type = 'ORG';
    }
    return true;
  },
};

/** `Premier League`, `Allsvenskan`, `SHL`: sports leagues are organisations. */
export const sportsLeague: TokenRule = {
  id: 'sports-league',
  doc: 'A sports league or tournament is an organisation: `Premier League`, `Allsvenskan` → ORG.',
  kind: 'token',
  at: LEAGUE,
  apply(w, k, t) {
    const { names, maxWords } = leaguesOf(w.lexicon);
    const max = maxWords.get(t.text);
    if (!max) return false;
    const { tokens } = w;
    for (let n = max; n >= 1; n--) {
      const ws = tokens.slice(k, k + n);
      if (ws.length < n || ws.some((x, i) => i > 0 && (w.taken[k + i] || !oneSpace(w.text, ws[i - 1]!.end, x.start)))) continue;
      if (!names.has(ws.map((x) => x.text).join(' '))) continue;
      w.spans.push({ a: k, b: k + n, start: t.start, end: ws[n - 1]!.end, type: 'ORG', words: ws.map((x) => x.text), initial: !!w.initialTok[k] });
      for (let x = k; x < k + n; x++) w.taken[x] = 1;
      return true;
    }
    return false;
  },
};

/** Whether token `i` is a result verb, or `mot` (against) after one. */
function resultWordAt(w: EntityWork, i: number): boolean {
  const t = w.tokens[i];
  return !!t && RESULT_VERB.has(t.normal);
}

/** Whether a one-word name at tokens [a, b) is a team in a result: subject of a result verb, object after one or after `mot`. */
function teamSlot(w: EntityWork, a: number, b: number): boolean {
  if (!hasScore(w)) return false;
  const before = w.tokens[a - 1];
  return resultWordAt(w, b) || resultWordAt(w, a - 1) || (!!before && before.normal === 'mot');
}

function isCountry(word: string): boolean {
  countries ??= new Set(WORLD_COUNTRIES.split('|'));
  return countries.has(word);
}

/** `Kungsbacka vann`, `mötte Nässjö` in a match report: the town is the club. */
export const sportsClubPlace: SpanRule = {
  id: 'sports-club-place',
  doc: 'In a text with a score, a town next to a result verb or after `mot` is the club: `Kungsbacka vann med 3–1` → ORG `Kungsbacka`.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type === 'LOC' && sp.words.length === 1 && !isCountry(sp.words[0]!) && teamSlot(w, sp.a, sp.b)) sp.type = 'ORG';
    return true;
  },
};

/** `Brighton besegrade Chelsea` with `Brighton` missed: an unknown capitalised word in a team slot of a match report is a club. */
export const sportsClubMissed: TokenRule = {
  id: 'sports-club-missed',
  doc: 'In a text with a score, a town the model missed next to a result verb is a club: `Brighton besegrade Chelsea med 2–1` → ORG `Brighton`.',
  kind: 'token',
  unless: COMMON | NEVER | FIRST_NAME,
  apply(w, k, t) {
    // (speed: a text without a score has no team slot, see teamSlot)
    if (!hasScore(w)) return false;
    if (!/\p{Ll}/u.test(t.text) || commonAt(w, k) || neverAt(w, k) || firstNameAt(w, k) || isCountry(t.text) || !isCap(t.text) || t.text.includes('-')) return false;
    if (w.initialTok[k] && w.doc.lowerSeen.has(t.normal)) return false;
    // Only a known town (Swedish gazetteer or the world's places): `Urbaniseringen ledde` names no team.
    if (w.lookup(t.text) !== 'LOC' && !worldFacts(t.text).includes('p')) return false;
    if (!teamSlot(w, k, k + 1)) return false;
    w.spans.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'ORG', words: [t.text], initial: !!w.initialTok[k] });
    return true;
  },
};

/** `Forsby Hockey`, `Tallåsen IBK` missed by the model: a capitalised word and a club word are a club. */
export const sportsClubWordMissed: TokenRule = {
  id: 'sports-club-word-missed',
  doc: 'One or two capitalised words the model missed and a club word are a club: `Forsby Hockey började bra`, `mot Röda Stjärnan Dam` → ORG.',
  kind: 'token',
  apply(w, k, t) {
    const { tokens } = w;
    // (speed: the club word is one or two tokens on; without one there, nothing below can match)
    if (!CLUB_WORD.has(tokens[k + 1]?.text ?? '') && !CLUB_WORD.has(tokens[k + 2]?.text ?? '')) return false;
    const next = (i: number): boolean => !!tokens[i] && !w.taken[i] && !w.initialTok[i] && oneSpace(w.text, tokens[i - 1]!.end, tokens[i]!.start);
    // The name before the club words: one or two capitalised words (`Forsby Hockey`, `Röda Stjärnan Dam`).
    let m = k + 1;
    if (next(m) && tokens[m]!.kind === 'word' && isCap(tokens[m]!.text) && !CLUB_WORD.has(tokens[m]!.text) && !neverAt(w, m) && CLUB_WORD.has(tokens[m + 1]?.text ?? '')) m++;
    let e = m;
    while (next(e) && CLUB_WORD.has(tokens[e]!.text)) e++;
    if (e === m || neverAt(w, k) || firstNameAt(w, k) || CLUB_WORD.has(t.text)) return false;
    w.spans.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: 'ORG', words: tokens.slice(k, e).map((x) => x.text), initial: !!w.initialTok[k] });
    for (let x = k; x < e; x++) w.taken[x] = 1;
    return true;
  },
};

/** `Kvarnby/Lund`: in a match report (a score), a club and a capitalised word joined by a slash without spaces are one club, named as written. */
export const clubSlashJoin: SpanRule = {
  id: 'club-slash-join',
  doc: 'A club and a capitalised word joined by a slash are one club (in a match report): `mot Kvarnby/Lund` → ORG `Kvarnby/Lund`.',
  kind: 'span',
  apply(sp, w) {
    const { tokens } = w;
    const sl = tokens[sp.b], nx = tokens[sp.b + 1];
    if (sp.type !== 'ORG' || !hasScore(w) || !sl || sl.text !== '/' || !nx || nx.kind !== 'word' || !isCap(nx.text) || sl.start !== sp.end || nx.start !== sl.end) return true;
    for (const x of w.spans) if (x !== sp && x.a === sp.b + 1 && x.b === sp.b + 2) x.b = x.a;
    growTo(sp, tokens, sp.b + 2);
    sp.name = w.text.slice(sp.start, sp.end);
    return true;
  },
};
