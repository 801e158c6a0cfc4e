/**
 * Gazetteer look-ups for the entity tagger: first names with sex, places, organisations.
 * The tables are built lazily on first use from the compact strings in `src/data/sv/`.
 *
 * @module
 */
import { assertString } from '../../internal/assert-string';
import type { EntityType } from '../../types';
import { AMBIGUOUS_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../data/sv/first-names';
import { GAZETTEER_LOC, GAZETTEER_ORG, NATIONALITY_WORDS, PARTY_ABBREVIATIONS } from '../../data/sv/gazetteer-data';
import { CURATED_LOC, CURATED_ORG } from '../../data/sv/entity-lexicon';
import { hasLowerLetter, hasUpperLetter } from '../../internal/letter-class';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const UPPER_OR_NUMBER_START = /^[\p{Lu}\p{N}]/u;

type Sex = 'female' | 'male' | null;

let names: Map<string, Sex> | undefined;
let gaz: Map<string, EntityType> | undefined;
let gazLower: Map<string, EntityType> | undefined;
let nationality: Set<string> | undefined;
let maxWords: Map<string, number> | undefined;
let nameCache = new Map<string, boolean>();
/** Answers of {@link lookupGazetteer} for names without an exact match (speed: the case checks run once per name). */
let otherCase = new Map<string, EntityType | null>();
/** Answers of {@link gazetteerMaxWords} by first word. */
let maxWordsCache = new Map<string, number>();
/** Most entries in each look-up cache before it is cleared (bounds memory on huge input). */
const CACHE_MAX = 50_000;

function nameTable(): Map<string, Sex> {
  if (names) return names;
  const m = new Map<string, Sex>();
  for (const n of AMBIGUOUS_FIRST_NAMES.split(' ')) m.set(n, null);
  for (const n of FEMALE_FIRST_NAMES.split(' ')) m.set(n, 'female');
  for (const n of MALE_FIRST_NAMES.split(' ')) m.set(n, 'male');
  names = m;
  return m;
}

function gazTable(): Map<string, EntityType> {
  if (gaz) return gaz;
  const m = new Map<string, EntityType>();
  const lower = new Map<string, EntityType>();
  const mw = new Map<string, number>();
  const add = (s: string, t: EntityType): void => {
    for (const n of s.split('|')) {
      if (!n) continue;
      m.set(n, t);
      lower.set(n.toLowerCase(), t);
      const parts = n.split(' ');
      if (parts.length > 1) {
        // Index by the first word in any casing it may take (`8 SIDOR`, `Region Skåne`).
        for (const k of [parts[0]!, parts[0]!.toLowerCase()]) mw.set(k, Math.max(mw.get(k) ?? 1, parts.length));
      }
    }
  };
  // Later additions win: curated entries override the generated ones.
  add(GAZETTEER_LOC, 'LOC');
  add(GAZETTEER_ORG, 'ORG');
  add(CURATED_LOC, 'LOC');
  add(CURATED_ORG, 'ORG');
  gaz = m;
  gazLower = lower;
  maxWords = mw;
  return m;
}

/** Upper-cases the first letter and lower-cases the rest of each hyphen part (`ANN-MARIE` → `Ann-Marie`). */
function titleCase(s: string): string {
  return s
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join('-');
}

/**
 * Whether a word is a known Swedish first name (tilltalsnamn with at least 50 bearers).
 *
 * @param name One word, e.g. `Lars`.
 */
export function isFirstName(name: string): boolean {
  const t = nameTable();
  if (t.has(name)) return true;
  let r = nameCache.get(name);
  if (r === undefined) {
    r = t.has(titleCase(name));
    if (nameCache.size > 20000) nameCache = new Map();
    nameCache.set(name, r);
  }
  return r;
}

/**
 * The sex of a first name from Swedish population statistics (SCB): `'female'` or `'male'` when at
 * least 90 % of the bearers are women or men, `null` when unknown or truly ambiguous (`Kim`).
 * A genitive `-s` is dropped when the name itself is unknown (`Annas` → `female`).
 * When given a full name, only the first word is looked at.
 *
 * @param name A first name or a full name (`Laura`, `Laura Hartman`).
 */
export function firstNameSex(name: string): 'female' | 'male' | null {
  assertString(name, 'firstNameSex', 'name');
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (!first) return null;
  const t = nameTable();
  for (const c of [first, titleCase(first)]) {
    if (t.has(c)) return t.get(c) ?? null;
  }
  const noGen = first.replace(/(?::s|s)$/i, '');
  if (noGen !== first && noGen.length > 1) {
    for (const c of [noGen, titleCase(noGen)]) if (t.has(c)) return t.get(c) ?? null;
  }
  return null;
}

/**
 * The entity type of a known name: places (countries, capitals, counties, municipalities, towns,
 * landscapes) are `LOC`; municipalities and regions as bodies (`Falu kommun`, `Region Skåne`),
 * agencies, parties, media, international bodies and well-known companies are `ORG`.
 * Exact match first; a differently cased match is accepted only for all-caps or all-capitalised
 * input (so `vara` never matches the municipality `Vara`, nor `Ny teknik` the magazine).
 *
 * @param name A name as written, without genitive (`Region Skåne`, `Falun`, `Tillitsdelegationen`).
 * @returns The type, or `null` when the name is not in the gazetteers.
 */
export function lookupGazetteer(name: string): EntityType | null {
  assertString(name, 'lookupGazetteer', 'name');
  if (name === '') return null;
  const m = gazTable();
  const hit = m.get(name);
  if (hit) return hit;
  let r = otherCase.get(name);
  if (r !== undefined) return r;
  r = otherCaseLookup(name);
  if (otherCase.size >= CACHE_MAX) otherCase = new Map();
  otherCase.set(name, r);
  return r;
}

/** The case-insensitive part of {@link lookupGazetteer} (the exact match has failed). */
function otherCaseLookup(name: string): EntityType | null {
  // Other casing only for all-caps or all-capitalised input (`8 SIDOR`, `Svenska Dagbladet`), so
  // that a sentence-initial common phrase (`Ny teknik`) never matches `Ny Teknik`.
  if (hasUpperLetter(name) && (!hasLowerLetter(name) || name.split(' ').every((w) => UPPER_OR_NUMBER_START.test(w)))) return gazLower!.get(name.toLowerCase()) ?? null;
  return null;
}

/**
 * The number of words in the longest gazetteer name that begins with `first` (1 when none
 * has more than one word); used to limit multi-word matching.
 */
export function gazetteerMaxWords(first: string): number {
  gazTable();
  let r = maxWordsCache.get(first);
  if (r === undefined) {
    r = Math.max(maxWords!.get(first) ?? 1, maxWords!.get(first.toLowerCase()) ?? 1);
    if (maxWordsCache.size >= CACHE_MAX) maxWordsCache = new Map();
    maxWordsCache.set(first, r);
  }
  return r;
}

/**
 * Whether a lower-cased word is a nationality or inhabitant word (`svensk`, `svenskar`, `norska`),
 * which Swedish writes in lower case and which is never an entity.
 *
 * @param word A word in lower case.
 */
export function isNationalityWord(word: string): boolean {
  nationality ??= new Set(NATIONALITY_WORDS.split(' '));
  return nationality.has(word);
}

let parties: Map<string, string> | undefined;

/**
 * The party a Riksdag party abbreviation stands for (`S` → `Socialdemokraterna`, `FP` → `Liberalerna`), or `null`.
 *
 * @param abbreviation The abbreviation as written (upper case).
 */
export function partyName(abbreviation: string): string | null {
  parties ??= new Map(PARTY_ABBREVIATIONS.split('|').map((p) => p.split('=') as [string, string]));
  return parties.get(abbreviation) ?? null;
}
