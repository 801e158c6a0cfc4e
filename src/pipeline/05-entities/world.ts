/**
 * The world's names (src/data/sv/world-names.ts) as soft evidence for step 05: whether a word form
 * is a world place, first name, surname or company name, and multi-word world names in a sentence.
 * Never a hard look-up: the model weighs these facts with the context, and rules use them only
 * together with other evidence (a capital mid-sentence, a preposition, a verb).
 *
 * @module
 */
import { worldFirstNames, worldOrgs, worldPlaces, worldSurnames } from '../../data/sv/world-names';
import type { EntityType } from '../../types';
import { WORLD_EXONYMS } from '../../data/sv/entity-lexicon';
import { dropGenitive } from './features';

interface WorldTables {
  place: Set<string>;
  first: Set<string>;
  last: Set<string>;
  org: Set<string>;
  /** Multi-word names by their first word: longest length. */
  multiMax: Map<string, number>;
  /** Multi-word names → type. */
  multi: Map<string, EntityType>;
}

let tables: WorldTables | undefined;

function build(): WorldTables {
  const t: WorldTables = { place: new Set(), first: new Set(worldFirstNames()), last: new Set(worldSurnames()), org: new Set(), multiMax: new Map(), multi: new Map() };
  const put = (names: readonly string[], one: Set<string>, type: EntityType): void => {
    for (const n of names) {
      if (!n.includes(' ')) { one.add(n); continue; }
      const ws = n.split(' ');
      if (!t.multi.has(n)) t.multi.set(n, type);
      t.multiMax.set(ws[0]!, Math.max(t.multiMax.get(ws[0]!) ?? 0, ws.length));
    }
  };
  put(worldPlaces(), t.place, 'LOC');
  put(worldOrgs(), t.org, 'ORG');
  return t;
}

/** The world-name facts of one word form: `p` place, `f` first name, `l` surname, `o` company (a genitive -s is dropped when the form itself is not listed). */
export function worldFacts(w: string): string {
  // Speed: asked by several rules about the same word forms; kept per form (bounded).
  let out = factsByForm.get(w);
  if (out !== undefined) return out;
  tables ??= build();
  out = '';
  const g = w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : '';
  if (tables.place.has(w) || (!!g && tables.place.has(g))) out += 'p';
  if (tables.first.has(w) || (!!g && tables.first.has(g))) out += 'f';
  if (tables.last.has(w) || (!!g && tables.last.has(g))) out += 'l';
  if (tables.org.has(w) || (!!g && tables.org.has(g))) out += 'o';
  if (factsByForm.size >= 50_000) factsByForm = new Map();
  factsByForm.set(w, out);
  return out;
}

let factsByForm = new Map<string, string>();

/** Whether a word form is a world surname (`Trudeau`, `Osborne`). */
export function isWorldSurname(w: string): boolean {
  return worldFacts(w).includes('l');
}

/** Whether a multi-word world name starts with the word form `w` (speed: callers skip gathering the words after it). */
export function worldRunMayStart(w: string): boolean {
  tables ??= build();
  return tables.multiMax.has(w);
}

/**
 * Multi-word world names over a sentence (`Baton Rouge`, `South Dakota`): for each token `B-TYPE`,
 * `I-TYPE` or ''. Longest match first; the last word may carry a genitive -s.
 */
export function worldTags(words: readonly string[]): string[] {
  tables ??= build();
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    const max = tables.multiMax.get(words[i]!);
    if (!max) continue;
    for (let n = Math.min(max, words.length - i); n >= 2; n--) {
      const ws = words.slice(i, i + n);
      let ty = tables.multi.get(ws.join(' '));
      if (!ty && ws[n - 1]!.endsWith('s')) ty = tables.multi.get([...ws.slice(0, -1), ws[n - 1]!.slice(0, -1)].join(' '));
      if (!ty) continue;
      out[i] = 'B-' + ty;
      for (let k = 1; k < n; k++) out[i + k] = 'I-' + ty;
      i += n - 1;
      break;
    }
  }
  return out;
}

let exonyms: { names: Set<string>; maxWords: Map<string, number> } | undefined;

/**
 * The most words an exonym starting with `first` may have (0: none starts there), so that a caller
 * can skip gathering the words after a token that starts no exonym (speed).
 */
export function exonymMaxWords(first: string): number {
  if (!exonyms) {
    const names = new Set(WORLD_EXONYMS.split('|'));
    const maxWords = new Map<string, number>();
    for (const n of names) { const ws = n.split(' '); maxWords.set(ws[0]!, Math.max(maxWords.get(ws[0]!) ?? 0, ws.length)); }
    exonyms = { names, maxWords };
  }
  const g0 = dropGenitive(first);
  return Math.max(exonyms.maxWords.get(first) ?? 0, g0 && exonyms.names.has(g0) ? 1 : 0);
}

/**
 * The number of words of a Swedish exonym of the world's geography (`Nilen`, `Karibiska havet`;
 * `WORLD_EXONYMS`) that starts at `words[0]`, or 0. The last word may carry a genitive -s
 * (`Sahelens`). Rule evidence only: the model's gazetteer features do not read this list.
 */
export function exonymLength(words: readonly string[]): number {
  const max = exonymMaxWords(words[0]!);
  if (!max) return 0;
  const { names } = exonyms!;
  for (let n = Math.min(max, words.length); n >= 1; n--) {
    const ws = words.slice(0, n);
    if (names.has(ws.join(' '))) return n;
    const g = dropGenitive(ws[n - 1]!);
    if (g && names.has([...ws.slice(0, -1), g].join(' '))) return n;
  }
  return 0;
}
