/**
 * Acronyms inside compounds (`LO-ekonomen` → `LO`, `EU-kommissionen` whole) and acronyms glued to
 * the next word by a lost space (`TTDela` → `TT`), and unknown acronyms mid-sentence (`DGSE`).
 *
 * @module
 */
import { ORG_COMPOUND_TAILS } from '../../../data/sv/entity-lexicon';
import { isCap, isCommonWord } from '../features';
import type { Lexicon } from '../../../data/sv/lexicon';
import { lookupGazetteer } from '../gazetteer';
import { isNever, lexiconOrgSuffix, oneSpace, type EntityWork } from '../work';
import { isEnglishOrgHead } from '../foreign';
import { wordSet } from '../../../internal/lexicon';
import type { SpanRule, TokenRule } from './types';
import { CAPS_OR_HYPHEN } from '../facts';
import { startsLowerLetter } from '../../../internal/letter-class';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const ACRONYM = /^\p{Lu}{2,6}$/u;
const GLUED_ACRONYM = /^(\p{Lu}{2,5})(\p{Lu}\p{Ll}{2,})$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const ACRONYM_GENITIVE = /^(\p{Lu}{2,6})(?::s)?$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

const ORG_TAIL = new Set(ORG_COMPOUND_TAILS.split('|'));

/** Whether a compound tail (lower case) makes the whole compound an organisation (`kommissionen`, `polisen`). */
const orgTail = (tail: string, lex: Lexicon): boolean => lexiconOrgSuffix('xxx' + tail, lex) !== '' || ORG_TAIL.has(tail);

/** `LO-ekonomen` → `LO`; `EU-kommissionen`, `Nato-Ukraina-rådet` name an organisation themselves. */
export const acronymCompound: SpanRule = {
  id: 'acronym-compound',
  doc: 'A name in a hyphen compound is the name part, unless the tail names a body: `LO-ekonomen` → ORG `LO`; `EU-kommissionen` → ORG whole.',
  kind: 'span',
  apply(sp, w) {
    if (sp.words.length !== 1) return true;
    const word = sp.words[0]!;
    const h = word.indexOf('-');
    if (!(h > 0 && h < word.length - 1 && !isCap(word.slice(h + 1)))) return true;
    const tail = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
    if (orgTail(tail, w.lexicon)) {
      sp.type = 'ORG';
      return true;
    }
    const head = word.slice(0, h);
    const t = w.lookup(head) ?? (ACRONYM.test(head) ? sp.type : null);
    if (t) {
      sp.end = sp.start + h;
      sp.words[0] = head;
      sp.type = t;
    }
    return true;
  },
};

/** `LO-ekonomen` the model left out: the acronym or known name part of a hyphen compound. */
export const acronymCompoundMissed: TokenRule = {
  id: 'acronym-compound-missed',
  doc: 'An acronym or known name in a hyphen compound the model missed: `enligt LO-ekonomen` → ORG `LO`.',
  kind: 'token',
  at: CAPS_OR_HYPHEN,
  apply(w, k, t) {
    const h = t.text.indexOf('-');
    // (speed: a word without an inner hyphen is no compound)
    if (h <= 0) return false;
    const head = h > 0 ? t.text.slice(0, h) : '';
    const tail = t.text.slice(t.text.lastIndexOf('-') + 1).toLowerCase();
    const acr = ACRONYM.test(head);
    if (!(head && (acr || (isCap(head) && w.lookup(head))) && startsLowerLetter(t.text.slice(t.text.lastIndexOf('-') + 1)))) return false;
    const ty = w.lookup(head);
    if ((ty || acr) && lexiconOrgSuffix('xxx' + tail, w.lexicon)) w.spans.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'ORG', words: [t.text], initial: false });
    else if (ty) w.spans.push({ a: k, b: k + 1, start: t.start, end: t.start + h, type: ty, words: [head], initial: false });
    else return false;
    return true;
  },
};

/** A known acronym glued to the next word by a lost space or line break (`TTDela`). */
export const gluedAcronym: TokenRule = {
  id: 'glued-acronym',
  doc: 'A known acronym glued to the next word is the acronym: `TTDela` → ORG `TT`.',
  kind: 'token',
  at: CAPS_OR_HYPHEN,
  apply(w, k, t) {
    if (!(t.text.length >= 5 && isCap(t.text) && isCap(t.text.charAt(1)))) return false;
    const m = GLUED_ACRONYM.exec(t.text);
    if (!m || !lookupGazetteer(m[1]!) || w.lookup(t.text)) return false;
    w.spans.push({ a: k, b: k + 1, start: t.start, end: t.start + m[1]!.length, type: lookupGazetteer(m[1]!)!, words: [m[1]!], initial: false });
    return true;
  },
};

/** Whether token `i` is a word in capitals of two letters or more (`DGSE`, `ÄR`): a run of them is a shouted line. */
function capsWord(w: EntityWork, i: number): boolean {
  const t = w.tokens[i];
  return !!t && t.kind === 'word' && ALL_CAPS.test(t.text);
}

/**
 * `spionmyndigheten DGSE`, `gick med i RFHL`: an acronym mid-sentence that no list knows, that is no
 * Swedish word in capitals, no acronym of a measure, substance, law or event (`KPI`, `DNA`, `SOU`,
 * `VM`) and not part of a line in capitals, names an organisation.
 */
export const unknownAcronymOrg: TokenRule = {
  id: 'unknown-acronym-org',
  doc: 'An unknown acronym mid-sentence is an organisation: `enligt spionmyndigheten DGSE` → ORG `DGSE`; never `KPI`, `DNA`, `TV`.',
  kind: 'token',
  at: CAPS_OR_HYPHEN,
  apply(w, k, t) {
    const m = ACRONYM_GENITIVE.exec(t.text);
    // (at a sentence start only when short and no speaker label `BLÅ:`: a long word in capitals there is more often a shouted word)
    if (!m || (w.initialTok[k] && (m[1]!.length > 4 || w.tokens[k + 1]?.text === ':')) || ROMAN_NUMERAL.test(m[1]!) || capsWord(w, k - 1) || capsWord(w, k + 1)) return false;
    const acr = m[1]!;
    const lower = acr.toLowerCase();
    if (isCommonWord(lower) || isNever(acr, w.lexicon) || w.doc.lowerSeen.has(lower) || wordSet(w.lexicon.nonNameAcronyms).has(acr) || w.lookup(acr)) return false;
    // English head nouns right after it belong to the name (`KBS News`, `BBC World Service`).
    let e = k + 1;
    while (e < w.tokens.length && e - k < 4 && !w.taken[e] && !t.text.endsWith('s') && isEnglishOrgHead(w.tokens[e]!.text, w.lexicon) && oneSpace(w.text, w.tokens[e - 1]!.end, w.tokens[e]!.start)) e++;
    w.spans.push({ a: k, b: e, start: t.start, end: w.tokens[e - 1]!.end, type: 'ORG', words: w.tokens.slice(k, e).map((x) => x.text), initial: !!w.initialTok[k] });
    for (let x = k; x < e; x++) w.taken[x] = 1;
    return true;
  },
};
