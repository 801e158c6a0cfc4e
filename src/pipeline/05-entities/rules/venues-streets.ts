/**
 * Places named like compounds or with a venue word: streets and squares (`Storgatan`,
 * `Safirvägen`), venues (`Tele2 Arena`, `Baltiska hallen`).
 *
 * @module
 */
import { COMMON, FIRST_NAME, NEVER } from '../facts';
import { STREET_HEADS, VENUE_HEADS_LOWER, VENUE_WORDS } from '../../../data/sv/entity-lexicon';
import { endsWithAny } from '../../../internal/endings';
import { isCap } from '../features';
import { isFirstName } from '../gazetteer';
import { commonAt, firstNameAt, freeNext, neverAt, takeNext, tokenSpan } from '../work';
import type { SpanRule, TokenRule } from './types';
import { startsLowerLetter } from '../../../internal/letter-class';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

const STREET = STREET_HEADS.split('|');
/** The heads in the genitive (`Lönnparkens`), for the ending look-up. */
const STREET_GENITIVE = STREET.map((h) => h + 's');
const VENUE = new Set(VENUE_WORDS.split('|'));
const VENUE_LOWER = VENUE_HEADS_LOWER.split('|');

/** Whether a capitalised word is a street, square or park compound (`Storgatan`, `Lönnparkens`). */
function isStreet(word: string): boolean {
  // Speed: asked by two rules about every capitalised word; kept per form (bounded).
  let r = streetByForm.get(word);
  if (r !== undefined) return r;
  r = false;
  if (CAPITALISED_WORD.test(word)) {
    const lw = word.toLowerCase();
    // Speed: Set look-ups per ending length (internal/endings) instead of an endsWith per head.
    // At least 3 letters before the head, in the genitive too (`Lönnparkens`).
    r = endsWithAny(lw, STREET, 3) || endsWithAny(lw, STREET_GENITIVE, 2);
  }
  if (streetByForm.size >= 50_000) streetByForm = new Map();
  streetByForm.set(word, r);
  return r;
}

let streetByForm = new Map<string, boolean>();

/** `Storgatan` typed as an organisation or person: a one-word street or square compound is a place. */
export const streetName: SpanRule = {
  id: 'street-name',
  doc: 'A one-word street, square or park compound is a place: `Kungsgatan` typed ORG → LOC.',
  kind: 'span',
  apply(sp) {
    if (sp.type !== 'LOC' && sp.words.length === 1 && isStreet(sp.words[0]!)) sp.type = 'LOC';
    return true;
  },
};

/** `Safirvägen`, `Trastgatan` missed by the model: a capitalised street compound never written in lower case. */
export const streetNameMissed: TokenRule = {
  id: 'street-name-missed',
  doc: 'A capitalised street or square compound the model missed is a place: `bor på Safirvägen` → LOC `Safirvägen`.',
  kind: 'token',
  unless: COMMON | NEVER | FIRST_NAME,
  apply(w, k, t) {
    // (at a sentence start only when also capitalised mid-sentence: `Genvägen` is a word)
    if (!isStreet(t.text) || (w.initialTok[k] && !w.doc.capMid.has(t.text)) || w.doc.lowerSeen.has(t.normal) || commonAt(w, k) || neverAt(w, k) || firstNameAt(w, k)) return false;
    w.spans.push(tokenSpan(w.tokens, k, 'LOC'));
    return true;
  },
};

/**
 * `Tele2 Arena`, `Wembley Stadium`: a name followed by a capitalised venue word takes it and is a
 * place; so is a name of capitalised words ending in a lower-case venue head (`Baltiska hallen`).
 */
export const venueName: SpanRule = {
  id: 'venue-name',
  doc: 'A name with a venue word is a place: `Tele2 Arena` → LOC `Tele2 Arena`; `Baltiska hallen` → LOC.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type === 'PER' && sp.words.some((x) => isFirstName(x))) return true;
    const nx = freeNext(sp, w);
    if (nx && VENUE.has(nx.text)) {
      takeNext(sp, w);
      sp.type = 'LOC';
      return true;
    }
    const last = sp.words[sp.words.length - 1]!;
    if (sp.words.length > 1 && isCap(sp.words[0]!) && (VENUE.has(last) || VENUE_LOWER.some((h) => last === h || (last.endsWith(h) && startsLowerLetter(last))))) sp.type = 'LOC';
    return true;
  },
};
