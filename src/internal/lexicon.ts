/**
 * How a pipeline step reaches the Swedish lexicon: `lexiconOf(ctx)` gives the context's lexicon
 * (the default one for a context built by hand), and `wordSet` / `wordAlternation` turn a word
 * list into the look-up a step needs, built once per list (cached by the list object, so an
 * extended lexicon gets its own sets and the default lexicon's sets are shared by every call).
 *
 * @module
 */
import { defaultLexicon, type Lexicon } from '../data/sv/lexicon';
import type { TextContext } from '../types';

/** A text context that may carry a lexicon (one built by `buildContext` always does). */
export type PipelineContextLike = TextContext & { readonly lexicon?: Lexicon };

/**
 * The lexicon a step should read: the context's own, or the default Swedish lexicon when the
 * context was built without one (hand-made contexts in tests and scripts).
 *
 * @param ctx A text context.
 */
export function lexiconOf(ctx: PipelineContextLike): Lexicon {
  return ctx.lexicon ?? defaultLexicon();
}

/**
 * A look-up built from a lexicon word list once per list object and kept while the list lives (an
 * extended lexicon's lists get their own; the default lexicon's are shared by every call).
 *
 * @param build Builds the look-up of one list.
 */
function perList<T>(build: (list: readonly string[]) => T): (list: readonly string[]) => T {
  const cache = new WeakMap<readonly string[], T>();
  return (list) => {
    let v = cache.get(list);
    if (v === undefined) cache.set(list, (v = build(list)));
    return v;
  };
}

/**
 * The words of a lexicon list as a `Set` (exact strings, no case folding), cached per list.
 *
 * @param list A lexicon word list (`lexiconOf(ctx).reportingVerbs`).
 */
export const wordSet: (list: readonly string[]) => ReadonlySet<string> = perList((list) => new Set(list));

/**
 * The words of a lexicon list lower-cased, as a `Set`, cached per list: for lists written
 * capitalised (`photoLabels`: `Arkivfoto`) that a step matches against a token's lower-cased form.
 *
 * @param list A lexicon word list.
 */
export const lowerWordSet: (list: readonly string[]) => ReadonlySet<string> = perList((list) => new Set(list.map((x) => x.toLowerCase())));

/**
 * The words of a lexicon list as a regular-expression alternation `a|b|c`, in list order, each word
 * escaped (a word is matched literally), cached per list. The default lists that steps turn into patterns
 * hold no regular-expression characters, so the pattern is the one the old hand-written `'a|b|c'`
 * strings gave.
 *
 * @param list A lexicon word list.
 */
export const wordAlternation: (list: readonly string[]) => string = perList((list) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * The words of a ranked lexicon list (most common first) as a map from word to its 0-based rank
 * (the first place it stands at), cached per list.
 *
 * @param list A ranked lexicon word list (`lexiconOf(ctx).keywordCommonStems`).
 */
export const wordRanks: (list: readonly string[]) => ReadonlyMap<string, number> = perList((list) => {
  const r = new Map<string, number>();
  list.forEach((w, i) => {
    if (!r.has(w)) r.set(w, i);
  });
  return r;
});
