/**
 * Compiles ../shared/data/gazetteers into compact tables for the entity tagger:
 * - src/data/sv/first-names.ts: first names with a sex decision,
 * - src/data/sv/gazetteer-data.ts: places (LOC), organisations (ORG), nationality words.
 *
 * Run: `npx tsx scripts/data/gazetteers.ts` (or `npx tsx scripts/build-data.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, ROOT, splitCsv as csv } from '../shared-data';

/** Minimum number of bearers (women + men, SCB 2020 + newborns 2022) for a first name to be kept. */
const MIN_BEARERS = 50;
/** Share of one sex needed for a sex decision; below it the name is listed as ambiguous. */
const SEX_SHARE = 0.9;

function lines(...p: string[]): string[] {
  return readFileSync(dataPath('gazetteers', ...p), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
}


function firstNames(): { female: string[]; male: string[]; ambiguous: string[]; kept: number; total: number } {
  const counts = new Map<string, [number, number]>();
  const add = (name: string, f: number, m: number): void => {
    name = name.normalize('NFC').trim();
    if (!/^\p{Lu}[\p{L}'-]*$/u.test(name)) return; // single-word names only
    const c = counts.get(name) ?? [0, 0];
    c[0] += f;
    c[1] += m;
    counts.set(name, c);
  };
  // Population 31 Dec 2020 (svensktext, from SCB): bearers of each tilltalsnamn.
  for (const l of lines('svensktext', 'namn_tilltalsnamn-kvinnor.csv').slice(1)) { const [n, p] = csv(l); add(n!, Number(p) || 0, 0); }
  for (const l of lines('svensktext', 'namn_tilltalsnamn-man.csv').slice(1)) { const [n, p] = csv(l); add(n!, 0, Number(p) || 0); }
  // Newborns 2022 (SCB): not yet in the 2020 population, so they are added, not double counted.
  for (const l of lines('first-names-scb', 'scb-newborn-tilltalsnamn-by-sex-2022.tsv').slice(1)) {
    const [n, sex, v] = csv(l, '\t');
    const k = Number(v);
    if (!Number.isFinite(k) || k <= 0) continue;
    add(n!, sex === 'flickor' ? k : 0, sex === 'pojkar' ? k : 0);
  }
  const female: string[] = [];
  const male: string[] = [];
  const ambiguous: string[] = [];
  for (const [n, [f, m]] of counts) {
    const t = f + m;
    if (t < MIN_BEARERS) continue;
    if (f / t >= SEX_SHARE) female.push(n);
    else if (m / t >= SEX_SHARE) male.push(n);
    else ambiguous.push(n);
  }
  const sort = (a: string[]): string[] => a.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return { female: sort(female), male: sort(male), ambiguous: sort(ambiguous), kept: female.length + male.length + ambiguous.length, total: counts.size };
}

/** Riksdag party abbreviations → short names (`S` → `Socialdemokraterna`), current and former. */
function partyAbbreviations(): string[] {
  const out: string[] = [];
  for (const l of lines('political-parties', 'riksdag-parties.csv').slice(1)) {
    const [short, abbr, , , formerAbbr] = csv(l);
    if (abbr) out.push(`${abbr}=${short}`);
    for (const f of (formerAbbr ?? '').split(';')) if (f) out.push(`${f}=${short}`);
  }
  return out;
}

function places(): { loc: Set<string>; org: Set<string>; nationality: Set<string> } {
  const loc = new Set<string>();
  const org = new Set<string>();
  const nationality = new Set<string>();
  // Counties (län): "Stockholms län" and the short name "Stockholm" are places; "Region X" is the regional council (ORG).
  for (const l of lines('swedish-geodata', 'counties.csv').slice(1)) {
    const [, full, short] = csv(l);
    loc.add(full!);
    loc.add(short!);
    org.add(`Region ${short}`);
    org.add(`${full!.replace(/ län$/, '')}s läns landsting`.replace(/ss läns/, 's läns'));
  }
  org.add('Västra Götalandsregionen');
  org.add('Länsstyrelsen');
  for (const l of lines('svensktext', 'platser_lan.csv').slice(1)) { const [n, , , , , , town] = csv(l); loc.add(n!); if (town) loc.add(town); }
  // Municipalities: "Falu kommun" acting as an organisation is ORG (news-dev guide), the place "Falun" is LOC.
  for (const l of lines('swedish-geodata', 'municipalities.csv').slice(1)) {
    const [, full, short] = csv(l);
    org.add(full!);
    loc.add(short!);
  }
  for (const l of lines('svensktext', 'platser_kommuner.csv').slice(1)) org.add(csv(l)[1]!);
  for (const l of lines('svensktext', 'platser_ortsnamn.csv').slice(1)) loc.add(csv(l)[0]!);
  // Countries, capitals, alternative names.
  for (const l of lines('svensktext', 'platser_lander.csv').slice(1)) {
    const [country, capital, , alt] = csv(l);
    loc.add(country!);
    if (capital) loc.add(capital.replace(/ D\.C\.$/, ''));
    if (alt) loc.add(alt);
  }
  for (const l of lines('svensktext', 'platser_landskoder.csv').slice(1)) loc.add(csv(l)[3]!);
  for (const l of lines('country-names-sv-umpirsky', 'country.csv').slice(1)) {
    const [id, v] = csv(l);
    if (id === 'XA' || id === 'XB') continue; // CLDR test rows
    loc.add(v!);
  }
  // Nationality words (lower case in Swedish: "svensk", "svenskar"): not entities, used as negative evidence.
  for (const l of lines('svensktext', 'nationaliteter_nationaliteter-ttspraket.csv').slice(1)) {
    const [country, alt, single, plural, adj] = csv(l, ';');
    loc.add(country!);
    if (alt) for (const a of alt.split(/,\s*/)) if (/^\p{Lu}/u.test(a)) loc.add(a);
    for (const f of [single, plural]) {
      if (!f) continue;
      const m = /^([\p{L}-]+)(?:\s*\(([^)]*)\))?/u.exec(f);
      if (!m) continue;
      nationality.add(m[1]!.toLowerCase());
      const suf = m[2]?.trim();
      if (suf && suf.startsWith('-')) nationality.add(m[1]!.toLowerCase() + suf.slice(1));
    }
    if (adj) for (const a of adj.split(/[,/]\s*/)) {
      const w = a.trim().toLowerCase();
      if (!/^[\p{L}-]+$/u.test(w)) continue;
      nationality.add(w);
      if (w.endsWith('sk')) { nationality.add(w + 'a'); nationality.add(w + 't'); }
    }
  }
  // State agencies (SCB Myndighetsregistret via svensktext). "(msb)" suffixes become acronyms.
  for (const l of lines('svensktext', 'organisationer_myndigheter.tsv').slice(1)) {
    const [, name] = csv(l, '\t');
    if (!name) continue;
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
    let base = (m ? m[1]! : name).replace(/\s+/g, ' ').trim();
    // Fix lower-cased place names in the source ("Högskolan dalarna" → "Högskolan Dalarna").
    base = base.replace(/^(Högskolan) (\p{Ll})/u, (_, a: string, b: string) => `${a} ${b.toUpperCase()}`);
    org.add(base);
    if (m && m[2]!.length >= 3 && /^[a-zåäö]+$/.test(m[2]!)) org.add(m[2]!.toUpperCase());
  }
  // EU institutions.
  for (const l of lines('svensktext', 'organisationer_eu.csv').slice(1)) {
    const [name, alt, acr] = csv(l);
    if (name) org.add(name);
    if (alt && /^\p{Lu}/u.test(alt)) org.add(alt);
    if (acr) org.add(acr);
  }
  // Riksdag parties: names, abbreviations (only the ones of two letters or more; "S", "M", "C", "V", "L"
  // are too ambiguous alone and are handled by the tagger in context), official and former names.
  for (const l of lines('political-parties', 'riksdag-parties.csv').slice(1)) {
    const [short, abbr, official, former, formerAbbr] = csv(l);
    org.add(short!);
    if (abbr && abbr.length >= 2) org.add(abbr);
    if (official) org.add(official.charAt(0).toUpperCase() + official.slice(1));
    for (const f of (former ?? '').split(';')) if (f) org.add(f);
    for (const f of (formerAbbr ?? '').split(';')) if (f && f.length >= 2) org.add(f);
  }
  return { loc, org, nationality };
}

function header(sources: string): string {
  return `// generated by scripts/data/gazetteers.ts — do not edit\n${sources}\n`;
}

/** Writes the generated gazetteer tables. */
export function main(): void {
  const fn = firstNames();
  const nameOut =
    header(
      [
        '// Source: svensktext (github.com/peterdalle/svensktext @ 48c437d3, namn/tilltalsnamn-{kvinnor,man}.csv, SCB population',
        '//   31 Dec 2020, "free to use without restrictions") + SCB newborns 2022 (github.com/evoling/barnnamn @ 45882351, CC0).',
        `// Cut-off: names with at least ${MIN_BEARERS} bearers (${fn.kept} of ${fn.total} names kept).`,
        `// Sex decision (language decision): a name is female/male when at least ${SEX_SHARE * 100} % of its bearers are`,
        '//   women/men; otherwise it is listed as ambiguous (e.g. Kim).',
      ].join('\n'),
    ) +
    `\n/** First names borne mostly by women, space-separated. */\nexport const FEMALE_FIRST_NAMES = ${JSON.stringify(fn.female.join(' '))};\n` +
    `\n/** First names borne mostly by men, space-separated. */\nexport const MALE_FIRST_NAMES = ${JSON.stringify(fn.male.join(' '))};\n` +
    `\n/** First names borne by both sexes (no sex decision), space-separated. */\nexport const AMBIGUOUS_FIRST_NAMES = ${JSON.stringify(fn.ambiguous.join(' '))};\n`;
  writeFileSync(join(ROOT, 'src/data/sv/first-names.ts'), nameOut);

  const p = places();
  for (const o of p.org) p.loc.delete(o);
  const sort = (s: Set<string>): string[] => [...s].filter((x) => x.length > 1).sort();
  const gzOut =
    header(
      [
        '// Sources: swedish-geodata (github.com/sjbrg/swedish-geodata @ 03b0a24b, CC0 1.0: counties, municipalities);',
        '//   svensktext (github.com/peterdalle/svensktext @ 48c437d3, "free to use without restrictions": countries, capitals, län,',
        '//   towns (ortsnamn), nationalities (TT-språket), state agencies (SCB Myndighetsregistret), EU institutions);',
        '//   umpirsky/country-list @ 05fda51c (MIT: Swedish CLDR country names); Riksdag parties (compiled public facts, CC0).',
        '// Language decisions: "X kommun" and "Region X" are ORG (bodies acting), the bare place name is LOC.',
      ].join('\n'),
    ) +
    `\n/** Place names (LOC): countries, capitals, counties, municipalities (short names), towns. \`|\`-separated. */\nexport const GAZETTEER_LOC = ${JSON.stringify(sort(p.loc).join('|'))};\n` +
    `\n/** Organisation names (ORG): municipalities, regions, agencies, EU bodies, parties. \`|\`-separated. */\nexport const GAZETTEER_ORG = ${JSON.stringify(sort(p.org).join('|'))};\n` +
    `\n/** Riksdag party abbreviations, \`ABBR=Name\` pairs, \`|\`-separated (\`S=Socialdemokraterna\`). */\nexport const PARTY_ABBREVIATIONS = ${JSON.stringify(partyAbbreviations().join('|'))};\n` +
    `\n/** Nationality and inhabitant words (lower case in Swedish, never entities). Space-separated. */\nexport const NATIONALITY_WORDS = ${JSON.stringify(sort(p.nationality).join(' '))};\n`;
  writeFileSync(join(ROOT, 'src/data/sv/gazetteer-data.ts'), gzOut);
  console.log(`first names: ${fn.female.length} female, ${fn.male.length} male, ${fn.ambiguous.length} ambiguous; LOC ${p.loc.size}, ORG ${p.org.size}, nationality words ${p.nationality.size}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
