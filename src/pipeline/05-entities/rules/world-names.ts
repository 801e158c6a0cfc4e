/**
 * The world's names as evidence (src/data/sv/world-names.ts, never a hard look-up): an unknown
 * capitalised word that no Swedish list holds but a world list does is a name (`Trudeau`, `Ontario`,
 * `Kyiv`, `Baton Rouge`), typed by the lists and the preposition before it; a model "person" that
 * only the world's places know is a place.
 *
 * @module
 */
import { COMMON, EXONYM, NEVER, TITLE, WORLD } from '../facts';
import type { EntityType } from '../../../types';
import { ENGLISH_CALENDAR_WORDS, PLACE_PREPOSITIONS } from '../../../data/sv/entity-lexicon';
import { isFirstName } from '../gazetteer';
import { exonymLength, exonymMaxWords, worldFacts, worldRunMayStart, worldTags } from '../world';
import { commonAt, firstNameAt, isLexiconTitle, neverAt, oneSpace, type EntityWork } from '../work';
import { wordSet } from '../../../internal/lexicon';
import { hasScore } from './sports';
import type { SpanRule, TokenRule } from './types';

const PLACE_PREP = new Set(PLACE_PREPOSITIONS.split('|'));
const CALENDAR = new Set(ENGLISH_CALENDAR_WORDS.split('|'));

/** The type the world lists give a word after token `prev`, or null (`p` place, `l`/`f` person, `o` company). */
function worldType(facts: string, afterPlacePrep: boolean): EntityType | null {
  const place = facts.includes('p');
  const person = facts.includes('l') || facts.includes('f');
  if (place && (!person || afterPlacePrep)) return 'LOC';
  if (person) return 'PER';
  if (facts.includes('o')) return 'ORG';
  return null;
}

/** A multi-word world name starting at token `k` (`Baton Rouge`, `South Dakota`), as [end, type], or null. */
function worldRun(w: EntityWork, k: number): [number, EntityType] | null {
  const { tokens, text } = w;
  // (speed: a word that starts no multi-word world name starts no run)
  if (!worldRunMayStart(tokens[k]!.text)) return null;
  let e = k + 1;
  while (e < tokens.length && e - k < 4 && tokens[e]!.kind === 'word' && /^\p{Lu}/u.test(tokens[e]!.text) && oneSpace(text, tokens[e - 1]!.end, tokens[e]!.start) && !w.taken[e]) e++;
  if (e - k < 2) return null;
  const tags = worldTags(tokens.slice(k, e).map((t) => t.text));
  if (!tags[0]!.startsWith('B-')) return null;
  let n = 1;
  while (n < tags.length && tags[n]!.startsWith('I-')) n++;
  return [k + n, tags[0]!.slice(2) as EntityType];
}

/**
 * `Trudeau besökte Ontario`, `pratade med Osborne`, `i Baton Rouge`: an unknown capitalised word (no
 * Swedish common word, gazetteer name, title or closed-class word; at a sentence start only when
 * never written in lower case) that the world lists hold is a name of their type.
 */
export const worldNameMissed: TokenRule = {
  id: 'world-name-missed',
  doc: 'An unknown capitalised word the world lists hold is a name: `Trudeau besökte Ontario` → PER `Trudeau`, LOC `Ontario`.',
  kind: 'token',
  unless: COMMON | NEVER | TITLE,
  at: WORLD,
  apply(w, k, t) {
    // (speed: a word the world lists do not hold and that starts no world name gets no type below)
    if (worldFacts(t.text) === '' && !worldRunMayStart(t.text)) return false;
    if (!/\p{Ll}/u.test(t.text) || t.text.includes('-') || commonAt(w, k) || neverAt(w, k) || isLexiconTitle(t.normal, w.lexicon) || w.lookup(t.text)) return false;
    // Month and day names (`January`, `Mars`, `Monday`) are no names.
    if (wordSet(w.lexicon.months).has(t.normal) || CALENDAR.has(t.normal)) return false;
    if (w.initialTok[k] && w.doc.lowerSeen.has(t.normal)) return false;
    const prev = w.tokens[k - 1];
    const afterPrep = !!prev && PLACE_PREP.has(prev.normal);
    const run = worldRun(w, k);
    if (run) {
      const [e, type] = run;
      w.spans.push({ a: k, b: e, start: t.start, end: w.tokens[e - 1]!.end, type, words: w.tokens.slice(k, e).map((x) => x.text), initial: !!w.initialTok[k] });
      for (let x = k; x < e; x++) w.taken[x] = 1;
      return true;
    }
    if (firstNameAt(w, k)) return false;
    const type = worldType(worldFacts(t.text), afterPrep);
    if (!type) return false;
    w.spans.push({ a: k, b: k + 1, start: t.start, end: t.end, type, words: [t.text], initial: !!w.initialTok[k] });
    return true;
  },
};

/** `Colorado`, `Hong Kong` typed as a person: a name only the world's places know is a place. */
export const worldPlaceType: SpanRule = {
  id: 'world-place-type',
  doc: 'A "person" (or, outside a match report, a one-word "organisation") that only the world\'s places know is a place: `i Colorado` typed PER → LOC.',
  kind: 'span',
  apply(sp, w) {
    // (speed: a longer mention changes only as a person whose first word starts a world name, see below)
    if (sp.type === 'LOC' || (sp.words.length > 1 && (sp.type !== 'PER' || !worldRunMayStart(sp.words[0]!)))) return true;
    if (w.lookup(sp.words.join(' '))) return true;
    if (sp.words.length === 1) {
      if (isFirstName(sp.words[0]!)) return true;
      // A one-word "organisation" that only the world's places know is a place too, except in a
      // match report, where a town names its club (`Brighton vann`).
      const f = worldFacts(sp.words[0]!);
      if (f === 'p' && (sp.type === 'PER' || !hasScore(w))) sp.type = 'LOC';
      return true;
    }
    if (sp.type !== 'PER') return true;
    // A whole multi-word world place (`Hong Kong`, `Monte Carlo`), even with a word that is also a first name.
    const tags = worldTags(sp.words);
    if (tags[0] === 'B-LOC' && tags.slice(1).every((x) => x === 'I-LOC')) sp.type = 'LOC';
    return true;
  },
};

/**
 * `pratade med Zelenskyj`, `Whitakers kampanj` typed as a place: a one-word "place" that no list of
 * places holds, but the world's names know as a person or that follows `med`, `av`, `enligt` or
 * `hos`, is a person.
 */
export const unlistedPlacePerson: SpanRule = {
  id: 'unlisted-place-person',
  doc: 'A "place" no list of places holds, known as a name or after med/av/enligt, is a person: `pratade med Zelenskyj` typed LOC → PER.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type !== 'LOC' || sp.words.length !== 1 || sp.b - sp.a !== 1) return true;
    const word = sp.words[0]!;
    if (w.lookup(word) || w.lookup(word.replace(/s$/, '')) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
    const f = worldFacts(word);
    const prev = w.tokens[sp.a - 1];
    if (!f.includes('p') && (f.includes('l') || f.includes('f') || (!!prev && wordSet(w.lexicon.personBeforeWords).has(prev.normal)))) sp.type = 'PER';
    return true;
  },
};

/** The words of the capitalised token `k` and up to two more words one space apart (`Karibiska havet`). */
function wordsFrom(w: EntityWork, k: number): string[] {
  const { tokens, text } = w;
  const out = [tokens[k]!.text];
  for (let e = k + 1; e < tokens.length && e - k < 3 && tokens[e]!.kind === 'word' && oneSpace(text, tokens[e - 1]!.end, tokens[e]!.start) && !w.taken[e]; e++) out.push(tokens[e]!.text);
  return out;
}

/**
 * `översvämningar längs Nilen`, `ut på Karibiska havet`: a Swedish exonym of the world's geography
 * (`WORLD_EXONYMS`) the model missed is a place, unless the text also writes it in lower case at a
 * sentence start.
 */
export const worldExonymMissed: TokenRule = {
  id: 'world-exonym-missed',
  doc: 'A Swedish name of a world river, sea, mountain range or land is a place: `längs Nilen`, `på Karibiska havet` → LOC.',
  kind: 'token',
  at: EXONYM,
  apply(w, k, t) {
    if (w.initialTok[k] && w.doc.lowerSeen.has(t.normal)) return false;
    if (!exonymMaxWords(t.text)) return false;
    const n = exonymLength(wordsFrom(w, k));
    if (!n) return false;
    const e = k + n;
    w.spans.push({ a: k, b: e, start: t.start, end: w.tokens[e - 1]!.end, type: 'LOC', words: w.tokens.slice(k, e).map((x) => x.text), initial: !!w.initialTok[k] });
    for (let x = k; x < e; x++) w.taken[x] = 1;
    return true;
  },
};

/** `Bosporen` typed as an organisation, `Sahara` as a person: a mention that is a world exonym is a place. */
export const worldExonymType: SpanRule = {
  id: 'world-exonym-type',
  doc: 'A mention that is a Swedish name of a world river, sea, mountain range or land is a place: `frigöra Bosporen` typed ORG → LOC.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type !== 'LOC' && !(w.user.size > 0 && w.user.has(sp.words.join(' '))) && exonymLength(sp.words) === sp.words.length) sp.type = 'LOC';
    return true;
  },
};
