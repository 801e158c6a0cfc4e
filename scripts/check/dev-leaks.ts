// `npm run check:dev-leaks`: dev data is for finding error kinds, never for copying into the repository.
//
// Gate (default): fails when a repository file (src/, docs/, scripts/, examples/, demo/, test/, README.md)
// shares a sequence of MIN_WORDS (6) or more word tokens with a non-seed dev text: the news-dev and
// news-dev2 articles and the pud-dev `# text =` lines. Only the seed article (fixtures/seed_akademikern.txt,
// also news-dev/seed_akademikern.txt) may live in the repository, so its sequences are allowed. Word tokens
// are runs of letters and digits, compared lower-cased, so a sentence split over a string concatenation or
// re-cased in a comment still counts; `\n`-style escapes in source separate words. The generated models and
// tables (tagger-model, ner-model, saldo-lexicon, world-names, keyword-background, keyword-ranker,
// quote-confidence) are left out: they are compiled from licensed sources by `npm run data` / `npm run train`.
// Prints file:line, the copied sequence and the dev text it comes from. Skips (exit 0) with a message when
// ../shared/data (or SWEDISH_NLP_DATA) is absent, as in a fresh clone without the shared data.
//
// Report (`--names`, advisory, never fails): capitalised multiword names of the dev texts that are not in
// the seed nor in the public lists the library compiles (world names, gazetteers), and where the
// repository holds them (a lexicon entry holding a dev name is a hard-coded answer that inflates the eval).
// Names made of a first name and a surname of a well-known person are fine; judge them by eye.
// `--names --all` lists every such dev name, also those the repository does not hold.
//
//   npx tsx scripts/check/dev-leaks.ts [--min 6] [--names [--all]]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GAZETTEER_LOC, GAZETTEER_ORG } from '../../src/data/sv/gazetteer-data';
import { WORLD_COUNTRIES, worldOrgs, worldPlaces } from '../../src/data/sv/world-names';
import { STOPWORDS_SV } from '../../src/data/sv/stopwords';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = process.env.SWEDISH_NLP_DATA ?? resolve(ROOT, '..', 'shared', 'data');
const SEED = 'seed_akademikern.txt';
const argValue = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MIN_WORDS = argValue('--min', 6);

/** Folders and files of the repository that are scanned. */
const SCANNED = ['src', 'docs', 'scripts', 'examples', 'demo', 'test', 'README.md'];
/** Generated models and tables: compiled from licensed sources, not written by hand. */
const GENERATED = /(?:tagger-model|ner-model|saldo-lexicon|world-names|keyword-background|keyword-ranker|quote-confidence)\.ts$/;
const TEXT_FILE = /\.(?:ts|mts|cts|js|mjs|cjs|json|md|txt|py|html|css|ya?ml|sh)$/;

/** One dev text: where it comes from and its text. */
export interface DevText {
  source: string;
  text: string;
}

/** A word token: lower-cased form and where it starts and ends in its text. */
export interface Word {
  form: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Word tokens of a text, lower-cased; source escapes such as `\n` and `\t` separate words. */
export function words(text: string): Word[] {
  const clean = text.replace(/\\[ntrvfb]/g, '  ');
  return [...clean.matchAll(WORD)].map((m) => ({ form: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

function ngramKey(ws: readonly Word[], i: number, n: number): string {
  let key = ws[i]!.form;
  for (let k = 1; k < n; k++) key += ' ' + ws[i + k]!.form;
  return key;
}

function readDevTexts(): { dev: DevText[]; seed: string } {
  const dev: DevText[] = [];
  let seed = '';
  for (const folder of ['news-dev', 'news-dev2']) {
    const dir = join(DATA, folder);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (f === SEED) seed = text;
      else dev.push({ source: `${folder}/${f}`, text });
    }
  }
  const pud = join(DATA, 'pud-dev');
  for (const f of readdirSync(pud).filter((n) => n.endsWith('.conllu')).sort()) {
    const lines = readFileSync(join(pud, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('# text = ')) dev.push({ source: `pud-dev/${f}:${i + 1}`, text: line.slice(9) });
    });
  }
  return { dev, seed };
}

function repoFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => (name === 'node_modules' || name === 'dist' || name === 'api' ? [] : repoFiles(join(path, name))));
  }
  return TEXT_FILE.test(path) && !GENERATED.test(path) ? [path] : [];
}

function scannedFiles(): string[] {
  return SCANNED.flatMap((p) => repoFiles(join(ROOT, p)));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The n-grams of the dev texts (minus the seed's), each with the first dev text it occurs in. */
export function devGrams(dev: readonly DevText[], seed: string, n = MIN_WORDS): Map<string, string> {
  const seedGrams = new Set<string>();
  const sw = words(seed);
  for (let i = 0; i + n <= sw.length; i++) seedGrams.add(ngramKey(sw, i, n));
  const grams = new Map<string, string>();
  for (const { source, text } of dev) {
    const ws = words(text);
    for (let i = 0; i + n <= ws.length; i++) {
      const key = ngramKey(ws, i, n);
      if (!seedGrams.has(key) && !grams.has(key)) grams.set(key, source);
    }
  }
  return grams;
}

/** One copied sequence: where it is in the repository and where it comes from. */
export interface Leak {
  /** 1-based line of its first word. */
  line: number;
  /** The copied words as written (whitespace collapsed, cut at 160 characters). */
  text: string;
  /** The dev text the first n-gram of the run comes from. */
  source: string;
}

/** The maximal runs of a text's words that are covered by dev n-grams (from {@link devGrams} with the same n). */
export function sharedSequences(text: string, grams: ReadonlyMap<string, string>, n = MIN_WORDS): Leak[] {
  const ws = words(text);
  const leaks: Leak[] = [];
  let runStart = -1;
  let runEnd = -1;
  let source = '';
  const flush = (): void => {
    if (runStart < 0) return;
    const raw = text.slice(ws[runStart]!.start, ws[runEnd]!.end).replace(/\s+/g, ' ');
    const shown = raw.length > 160 ? `${raw.slice(0, 157)}...` : raw;
    leaks.push({ line: lineOf(text, ws[runStart]!.start), text: shown, source });
    runStart = -1;
  };
  for (let i = 0; i + n <= ws.length; i++) {
    const from = grams.get(ngramKey(ws, i, n));
    if (from === undefined) continue;
    if (runStart >= 0 && i > runEnd) flush();
    if (runStart < 0) {
      runStart = i;
      source = from;
    }
    runEnd = i + n - 1;
  }
  flush();
  return leaks;
}

function checkSequences(dev: readonly DevText[], seed: string): number {
  const grams = devGrams(dev, seed);
  const files = scannedFiles();
  const leaks = files.flatMap((f) => sharedSequences(readFileSync(f, 'utf8'), grams).map((l) => ({ file: relative(ROOT, f), ...l })));
  const shown = new Set<string>();
  for (const l of leaks) {
    const line = `${l.file}:${l.line}: "${l.text}"  (${l.source})`;
    if (!shown.has(line)) console.log(line);
    shown.add(line);
  }
  const byFile = new Set(leaks.map((l) => l.file));
  if (leaks.length === 0) {
    console.log(`dev-leaks: no sequence of ${MIN_WORDS}+ words shared with ${dev.length} dev texts in ${files.length} files`);
    return 0;
  }
  console.error(
    `dev-leaks: ${leaks.length} sequences of ${MIN_WORDS}+ words copied from dev texts in ${byFile.size} files: ` +
      'write your own Swedish example that exercises the same rule (only the seed article may be quoted)',
  );
  return 1;
}

const CAP_RUN = /\p{Lu}[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}\p{N}'’-]*)+/gu;
const STOP = new Set(STOPWORDS_SV.map((w) => w.toLowerCase()));

/** Capitalised multiword names of a text; sentence-initial function words (Det, Enligt) are dropped. */
function capitalisedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    const parts = m[0].split(' ');
    while (parts.length > 0 && STOP.has(parts[0]!.toLowerCase())) parts.shift();
    if (parts.length >= 2) out.push(parts.join(' '));
  }
  return out;
}

function publicNames(): Set<string> {
  const lists = [GAZETTEER_LOC.split('|'), GAZETTEER_ORG.split('|'), WORLD_COUNTRIES.split('|'), worldPlaces(), worldOrgs()];
  return new Set(lists.flat());
}

/** Longest name looked for in the repository, in words (space-separated name lists make long runs). */
const MAX_NAME_WORDS = 8;

/** Every contiguous sub-run of two to MAX_NAME_WORDS words of the capitalised runs of a text, with its offset. */
function nameCandidates(text: string): { name: string; offset: number }[] {
  const out: { name: string; offset: number }[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    const parts = m[0].split(' ');
    let offset = m.index;
    for (let i = 0; i < parts.length; i++) {
      let name = parts[i]!;
      for (let j = i + 1; j < Math.min(parts.length, i + MAX_NAME_WORDS); j++) {
        name += ' ' + parts[j]!;
        out.push({ name, offset });
      }
      offset += parts[i]!.length + 1;
    }
  }
  return out;
}

function reportNames(dev: readonly DevText[], seed: string, all: boolean): void {
  const known = publicNames();
  const names = new Map<string, Set<string>>();
  for (const { source, text } of dev) {
    for (const name of capitalisedNames(text)) {
      if (seed.includes(name) || known.has(name)) continue;
      const file = source.replace(/:\d+$/, '');
      names.set(name, (names.get(name) ?? new Set()).add(file));
    }
  }
  const held = new Map<string, string[]>();
  for (const file of scannedFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const { name, offset } of nameCandidates(text)) {
      if (!names.has(name)) continue;
      const where = `${relative(ROOT, file)}:${lineOf(text, offset)}`;
      const seen = held.get(name) ?? [];
      if (!seen.includes(where)) held.set(name, [...seen, where]);
    }
  }
  console.log(`dev names not in the seed or the public lists: ${names.size}; held by the repository: ${held.size}`);
  console.log('(advisory: a well-known person, company or place is general knowledge and may stay)\n');
  for (const [name, sources] of [...names].sort((a, b) => a[0].localeCompare(b[0], 'sv'))) {
    const where = held.get(name);
    if (!where && !all) continue;
    console.log(`${name}  [${[...sources].join(', ')}]${where ? `\n    ${where.join('\n    ')}` : ''}`);
  }
}

function main(): number {
  if (!existsSync(join(DATA, 'news-dev')) || !existsSync(join(DATA, 'news-dev2')) || !existsSync(join(DATA, 'pud-dev'))) {
    console.log(`dev-leaks: skipped: the dev data (news-dev, news-dev2, pud-dev) is not at ${DATA} (set SWEDISH_NLP_DATA)`);
    return 0;
  }
  const { dev, seed } = readDevTexts();
  if (process.argv.includes('--names')) {
    reportNames(dev, seed, process.argv.includes('--all'));
    return 0;
  }
  return checkSequences(dev, seed);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main();
