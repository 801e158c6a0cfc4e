/**
 * Ending look-ups: whether a word ends with one of the endings of a lexicon list (`ministern` ends
 * with `minister`+`n`…), answered with one `Set` look-up per distinct ending length instead of an
 * `endsWith` per list entry (the role-noun list has hundreds of entries and is asked per token).
 *
 * @module
 */

/** A list's endings grouped for look-up: the set of endings and their distinct lengths, longest first. */
interface EndingTable {
  readonly set: ReadonlySet<string>;
  readonly lengths: readonly number[];
}

const tables = new WeakMap<readonly string[], EndingTable>();

/** The look-up table of a list, built once per list object. */
function tableOf(endings: readonly string[]): EndingTable {
  let t = tables.get(endings);
  if (!t) {
    const lengths = [...new Set(endings.map((e) => e.length))].sort((a, b) => b - a);
    t = { set: new Set(endings), lengths };
    tables.set(endings, t);
  }
  return t;
}

/**
 * Whether `word` ends with one of `endings` and keeps at least `minRest` characters before it:
 * the same answer as `endings.some((e) => word.endsWith(e) && word.length - e.length >= minRest)`.
 *
 * @param word The word (case as the list has it: the lists are lower case).
 * @param endings A lexicon list of endings (cached by the list object).
 * @param minRest Characters the word must keep before the ending (default 0: the word may be the ending).
 */
export function endsWithAny(word: string, endings: readonly string[], minRest = 0): boolean {
  const { set, lengths } = tableOf(endings);
  const n = word.length;
  for (const len of lengths) {
    if (n - len < minRest) continue;
    if (set.has(len === 0 ? '' : word.slice(n - len))) return true;
  }
  return false;
}

/**
 * The longest of `endings` that `word` ends with while keeping at least `minRest` characters before
 * it, or `''`: the same answer as the first match of `endings` sorted longest first
 * (`endings.filter((e) => word.endsWith(e) && word.length - e.length >= minRest)`, longest).
 *
 * @param word The word.
 * @param endings A list of endings (cached by the list object).
 * @param minRest Characters the word must keep before the ending.
 */
export function longestEnding(word: string, endings: readonly string[], minRest = 0): string {
  const { set, lengths } = tableOf(endings);
  const n = word.length;
  for (const len of lengths) {
    if (n - len < minRest) continue;
    const e = len === 0 ? '' : word.slice(n - len);
    if (set.has(e)) return e;
  }
  return '';
}
