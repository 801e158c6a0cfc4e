/**
 * Name gazetteer of the tagger: whether a capitalised word is a listed first name or place name
 * (`Karin`, `Jönköping`, `Egypten`), also in the genitive (`Karins`). Capitalised words that the
 * treebank never saw and that are names are the tagger's most frequent error on text unlike
 * Talbanken; the name rules (`nameRules`) use this for words the training data does not know.
 *
 * Source: `src/data/sv/first-names.ts` (SCB, free to use) and `src/data/sv/gazetteer-data.ts`
 * (swedish-geodata CC0, svensktext, CLDR country names; see those files).
 *
 * @module
 */
import { AMBIGUOUS_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../../data/sv/first-names';
import { GAZETTEER_LOC } from '../../../data/sv/gazetteer-data';

let names: Set<string> | undefined;

/** One-word first names and place names, as written (built on the first call). */
function nameSet(): Set<string> {
  if (names) return names;
  names = new Set<string>();
  for (const list of [FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, AMBIGUOUS_FIRST_NAMES]) for (const n of list.split(' ')) names.add(n);
  for (const n of GAZETTEER_LOC.split('|')) if (!n.includes(' ')) names.add(n);
  return names;
}

/**
 * Whether a token is a listed first name or place name as written (so it starts with a capital:
 * `Karin`, `Egypten`, not `karin`), itself or before a genitive `-s` (`Karins`, `Egyptens`).
 *
 * @param form The token as written.
 * @param genitive Whether a listed name before `-s` counts (default `true`).
 */
export function isListedName(form: string, genitive = true): boolean {
  const s = nameSet();
  if (s.has(form)) return true;
  return genitive && form.length > 2 && form.charCodeAt(form.length - 1) === 115 /* s */ && s.has(form.slice(0, -1));
}
