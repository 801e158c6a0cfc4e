/**
 * An unknown name that the text repeats and that acts as a subject (`Kowalczyk vann loppet …
 * Kowalczyk tog silver`) is a person: no Swedish or world list holds it, the text never writes it
 * in lower case, and a finite verb stands right after or right before it (`verkade Wojtasik`).
 *
 * @module
 */
import { COMMON, FIRST_NAME, NEVER, TITLE } from '../facts';
import { ENGLISH_CALENDAR_WORDS, SUBJECT_VERBS } from '../../../data/sv/entity-lexicon';
import { wordSet } from '../../../internal/lexicon';
import { dropGenitive, isCommonWord } from '../features';
import type { Lexicon } from '../../../data/sv/lexicon';
import { commonAt, firstNameAt, isLexiconTitle, isNever, neverAt, tokenSpan, type EntityWork } from '../work';
import { worldFacts } from '../world';
import type { TokenRule } from './types';

const VERBS = new Set(SUBJECT_VERBS.split('|'));
const CALENDAR = new Set(ENGLISH_CALENDAR_WORDS.split('|'));
const counts = new WeakMap<EntityWork, Map<string, number>>();

/** How often each capitalised word form occurs in the text (counted once per text). */
function capCount(w: EntityWork, form: string): number {
  let m = counts.get(w);
  if (!m) {
    m = new Map();
    for (const t of w.tokens) if (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text)) m.set(t.text, (m.get(t.text) ?? 0) + 1);
    counts.set(w, m);
  }
  return m.get(form) ?? 0;
}

/** Whether a token is a finite verb after a subject: a listed verb or a past tense (`skapade`, `byggde`, `köpte`; no participle `smällande`). */
function finiteVerb(t: { kind: string; text: string; normal: string } | undefined, lex: Lexicon): boolean {
  return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (VERBS.has(t.normal) || (t.normal.length >= 5 && /(?:ade|dde|de|te)$/.test(t.normal) && !/nde$/.test(t.normal) && !isNever(t.text, lex)));
}

/** Whether a word ends in a Swedish common word of five letters or more (`Rånmisstänkt`, `Bostadstillägget`): a compound, no name. */
function swedishCompound(lower: string): boolean {
  for (let i = 3; i + 5 <= lower.length; i++) if (isCommonWord(lower.slice(i))) return true;
  return false;
}

/** `Kowalczyk vann … Kowalczyk`: an unknown repeated name followed by a finite verb is a person. */
export const unknownSubject: TokenRule = {
  id: 'unknown-subject',
  doc: 'An unknown name the text repeats, next to a finite verb, is a person: `Kowalczyk vann loppet … Kowalczyk` → PER.',
  kind: 'token',
  unless: COMMON | NEVER | TITLE | FIRST_NAME,
  apply(w, k, t) {
    // (not a Swedish definite noun: `Bostadstillägget`, `Undantaget`)
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) || /(?:et|en|na)$/.test(t.text)) return false;
    const nx = w.tokens[k + 1], pv = w.tokens[k - 1];
    // A finite verb right after the name, or right before it (`verkade Wojtasik`, `mötte Brzęczek`).
    const verbAfter = finiteVerb(nx, w.lexicon) && nx!.start === t.end + 1;
    const verbBefore = !w.initialTok[k] && finiteVerb(pv, w.lexicon) && pv!.end + 1 === t.start;
    if (!(verbAfter || verbBefore)) return false;
    if (commonAt(w, k) || isCommonWord(dropGenitive(t.normal)) || neverAt(w, k) || isLexiconTitle(t.normal, w.lexicon) || w.doc.lowerSeen.has(t.normal) || w.lookup(t.text) || firstNameAt(w, k)) return false;
    if (wordSet(w.lexicon.months).has(t.normal) || CALENDAR.has(t.normal) || capCount(w, t.text) + capCount(w, t.text + 's') < 2 || worldFacts(t.text).includes('p') || swedishCompound(t.normal)) return false;
    w.spans.push(tokenSpan(w.tokens, k, 'PER'));
    w.single.set(t.text, 'PER');
    return true;
  },
};
