/**
 * A name right after a noun for a kind of place (`staden Hollisford`, `floden Arvanos`, `ön
 * Kalvö`) is a place.
 *
 * @module
 */
import { FIRST_NAME, INITIAL, isPlaceCategoryNoun, NEVER, PLACE_NOUN, WORD } from '../facts';
import type { AnalyzedToken } from '../../../types';
import { isCap } from '../features';
import { isFirstName } from '../gazetteer';
import { firstNameAt, neverAt, oneSpace, type EntityWork } from '../work';
import type { SpanRule, TokenRule } from './types';

/** Whether token `k - 1` is a place category noun one space before token `k`. */
function placeNounBefore(w: EntityWork, k: number): boolean {
  const pv: AnalyzedToken | undefined = w.tokens[k - 1];
  if (!pv || pv.kind !== 'word' || !/^\p{Ll}/u.test(pv.text) || !oneSpace(w.text, pv.end, w.tokens[k]!.start)) return false;
  return isPlaceCategoryNoun(pv.normal);
}

/** `staden Hollisford` missed by the model: capitalised words after a place category noun are a place. */
export const placeCategoryNounMissed: TokenRule = {
  id: 'place-category-noun-missed',
  doc: 'Capitalised words the model missed after a noun for a kind of place are a place: `i staden Hollisford` → LOC.',
  kind: 'token',
  unless: INITIAL | NEVER | FIRST_NAME,
  before: WORD | PLACE_NOUN,
  apply(w, k, t) {
    if (w.initialTok[k] || neverAt(w, k) || firstNameAt(w, k) || !placeNounBefore(w, k)) return false;
    const { tokens, text } = w;
    let e = k + 1;
    while (e < tokens.length && e - k < 3 && tokens[e]!.kind === 'word' && isCap(tokens[e]!.text) && !w.taken[e] && !w.initialTok[e] && oneSpace(text, tokens[e - 1]!.end, tokens[e]!.start)) e++;
    w.spans.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: 'LOC', words: tokens.slice(k, e).map((x) => x.text), initial: false });
    for (let x = k; x < e; x++) w.taken[x] = 1;
    return true;
  },
};

/** `floden Arvanos` typed as a person: a mention right after a place category noun is a place. */
export const placeCategoryNoun: SpanRule = {
  id: 'place-category-noun',
  doc: 'A mention right after a noun for a kind of place is a place: `vid floden Arvanos` typed PER → LOC.',
  kind: 'span',
  before: WORD | PLACE_NOUN,
  apply(sp, w) {
    if (sp.type === 'LOC' || sp.start !== w.tokens[sp.a]!.start || (w.user.size > 0 && w.user.has(sp.words.join(' '))) || (sp.type === 'PER' && sp.words.length > 1 && isFirstName(sp.words[0]!))) return true;
    if (placeNounBefore(w, sp.a)) sp.type = 'LOC';
    return true;
  },
};
