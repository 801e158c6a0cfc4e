/**
 * Name gazetteer of the tagger: whether a capitalised word is a listed first name or place name
 * (`Karin`, `Jönköping`, `Egypten`), also in the genitive (`Karins`). Capitalised words that the
 * treebank never saw and that are names are the tagger's most frequent error on text unlike
 * Talbanken; the name rules (`nameRules`) use this for words the training data does not know.
 *
 * Read through the {@link Lexicon} (its `femaleFirstNames`, `maleFirstNames`, `ambiguousFirstNames`,
 * the one-word `gazetteerLoc` entries and the caller's own one-word `gazetteer` names), so a name a
 * caller adds counts here too. Sources of the default lists: `src/data/sv/first-names.ts` (SCB, free
 * to use) and `src/data/sv/gazetteer-data.ts` (swedish-geodata CC0, svensktext, CLDR country names).
 *
 * @module
 */
import { defaultLexicon, type Lexicon } from '../../../data/sv/lexicon';
import type { NameWords } from './perceptron';

const sets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** One-word first names and place names of a lexicon, as written (built once per lexicon). */
function nameSet(lexicon: Lexicon): ReadonlySet<string> {
  let names = sets.get(lexicon);
  if (names) return names;
  const s = new Set<string>();
  for (const list of [lexicon.femaleFirstNames, lexicon.maleFirstNames, lexicon.ambiguousFirstNames]) for (const n of list) s.add(n);
  for (const n of lexicon.gazetteerLoc) if (!n.includes(' ')) s.add(n);
  for (const n of Object.keys(lexicon.gazetteer)) if (!n.includes(' ')) s.add(n);
  sets.set(lexicon, (names = s));
  return names;
}

/**
 * Whether a token is a listed first name or place name as written (so it starts with a capital:
 * `Karin`, `Egypten`, not `karin`), itself or before a genitive `-s` (`Karins`, `Egyptens`).
 *
 * @param form The token as written.
 * @param genitive Whether a listed name before `-s` counts (default `true`).
 * @param lexicon The lexicon whose names count (default: the built-in one).
 */
export function isListedName(form: string, genitive = true, lexicon?: Lexicon): boolean {
  const s = nameSet(lexicon ?? defaultLexicon());
  if (s.has(form)) return true;
  return genitive && form.length > 2 && form.charCodeAt(form.length - 1) === 115 /* s */ && s.has(form.slice(0, -1));
}

/**
 * {@link isListedName} (genitive included) bound to one lexicon, for the name rules.
 *
 * @param lexicon The lexicon whose names count.
 */
export function listedNameTest(lexicon: Lexicon): (form: string) => boolean {
  const s = nameSet(lexicon);
  return (form) => s.has(form) || (form.length > 2 && form.charCodeAt(form.length - 1) === 115 && s.has(form.slice(0, -1)));
}

const wordSets = new WeakMap<Lexicon, NameWords>();

/**
 * The lists of the name function-word and unit rules (`nameWordRules`, `unitRules`) of a lexicon:
 * its `honorifics`, its `foreignArticles`, its `unitAbbreviations`, and the first two words of its place names of several words (built-in and
 * curated places, the caller's `LOC` gazetteer entries: `El Salvador`), built once per lexicon.
 *
 * @param lexicon The lexicon (default: the built-in one).
 */
export function nameWordsOf(lexicon?: Lexicon): NameWords {
  const lx = lexicon ?? defaultLexicon();
  let w = wordSets.get(lx);
  if (w) return w;
  const namePairs = new Set<string>();
  const ownPlaces = Object.keys(lx.gazetteer).filter((k) => lx.gazetteer[k] === 'LOC');
  for (const list of [lx.gazetteerLoc, lx.curatedLoc, ownPlaces]) {
    for (const name of list) {
      const sp = name.indexOf(' ');
      if (sp < 0) continue;
      const sp2 = name.indexOf(' ', sp + 1);
      namePairs.add(sp2 < 0 ? name : name.slice(0, sp2));
    }
  }
  w = { honorifics: new Set(lx.honorifics), articles: new Set(lx.foreignArticles), namePairs, units: new Set(lx.unitAbbreviations) };
  wordSets.set(lx, w);
  return w;
}
