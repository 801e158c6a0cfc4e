/**
 * First names with their sex, read from a lexicon's first-name lists (`femaleFirstNames`,
 * `maleFirstNames`, `ambiguousFirstNames`): the look-ups a step needs to recognise a first name
 * (`Lars`, `ANN-MARIE`) and to tell the sex of a person from it, built once per lexicon.
 *
 * @module
 */
import type { Lexicon } from '../data/sv/lexicon';

/** The sex a first name tells: `'female'` / `'male'`, `null` when unknown or ambiguous. */
export type FirstNameSex = 'female' | 'male' | null;

/** The first-name look-ups of one lexicon. */
export interface FirstNames {
  /** Whether a word is a first name as written or in title case (`Lars`, `LARS`, `ann-marie`). */
  has(word: string): boolean;
  /**
   * The sex of the first word of a name (as written, else in title case; a genitive `-s` or `:s`
   * dropped when the name itself is unknown: `Annas` → `female`), `null` when unknown or ambiguous.
   */
  sex(name: string): FirstNameSex;
}

/** Most title-case answers kept per lexicon before the cache is cleared (bounds memory on huge input). */
const CACHE_MAX = 20_000;

/** Upper-cases the first letter and lower-cases the rest of each hyphen part (`ANN-MARIE` → `Ann-Marie`). */
function titleCase(s: string): string {
  return s
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join('-');
}

/** The sex a name table gives a word as written, else in title case; `undefined` when neither is in it. */
function sexIn(table: ReadonlyMap<string, FirstNameSex>, w: string): FirstNameSex | undefined {
  if (table.has(w)) return table.get(w) ?? null;
  const t = titleCase(w);
  return table.has(t) ? (table.get(t) ?? null) : undefined;
}

/** The look-ups over one name table (later lists win: ambiguous, then female, then male). */
function makeFirstNames(table: ReadonlyMap<string, FirstNameSex>): FirstNames {
  let cache = new Map<string, boolean>();
  return {
    has(word) {
      if (table.has(word)) return true;
      let r = cache.get(word);
      if (r === undefined) {
        r = table.has(titleCase(word));
        if (cache.size > CACHE_MAX) cache = new Map();
        cache.set(word, r);
      }
      return r;
    },
    sex(name) {
      const first = name.trim().split(/\s+/)[0] ?? '';
      if (!first) return null;
      // (as written first; the title case is made only when that is not in the table)
      const s = sexIn(table, first);
      if (s !== undefined) return s;
      const noGen = first.replace(/(?::s|s)$/i, '');
      return (noGen !== first && noGen.length > 1 ? sexIn(table, noGen) : undefined) ?? null;
    },
  };
}

const built = new WeakMap<Lexicon, FirstNames>();

/**
 * The first-name look-ups of a lexicon, built once per lexicon.
 *
 * @param lex The lexicon of the run (`lexiconOf(ctx)`).
 */
export function firstNamesOf(lex: Lexicon): FirstNames {
  let f = built.get(lex);
  if (!f) {
    const table = new Map<string, FirstNameSex>();
    for (const n of lex.ambiguousFirstNames) table.set(n, null);
    for (const n of lex.femaleFirstNames) table.set(n, 'female');
    for (const n of lex.maleFirstNames) table.set(n, 'male');
    f = makeFirstNames(table);
    built.set(lex, f);
  }
  return f;
}
