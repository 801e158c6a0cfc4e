/**
 * People the model missed, from the words around an unknown capitalised word: a reporting verb
 * (`säger Obama`), a surname particle (`von Sydow`), a title (`förbundskanslern Scholz`), a person
 * it is coordinated with (`Obama och Merkel`), a first name before it (`Maria Kvarnhed`); and later
 * mentions of a one-word name already typed (`Rabin`).
 *
 * @module
 */
import { CAP, COMMON, FIRST_NAME, INITIAL, NEVER, REPORTING_VERB, SPACE, WORD } from '../facts';
import type { AnalyzedToken } from '../../../types';
import { NAME_COORDINATORS, STRONG_SURNAME_PARTICLES } from '../../../data/sv/entity-lexicon';
import { dropGenitive, isCap } from '../features';
import { commonAt, firstNameAt, isLexiconTitle, isTitleWord, lexiconOrgSuffix, neverAt, tokenSpan } from '../work';
import { wordSet } from '../../../internal/lexicon';
import type { TokenRule } from './types';

const STRONG_PARTICLE = new Set(STRONG_SURNAME_PARTICLES.split('|'));
const COORDINATOR = new Set(NAME_COORDINATORS.split('|'));

/** `säger Obama`, `enligt Obama`: an unknown capitalised word right after a reporting word names the source. */
export const reportingSource: TokenRule = {
  id: 'reporting-source',
  doc: 'An unknown capitalised word right after a reporting verb is a source: `säger Zelenskyj` → PER `Zelenskyj`.',
  kind: 'token',
  unless: COMMON | NEVER,
  before: REPORTING_VERB,
  apply(w, k, t) {
    const pv = w.tokens[k - 1];
    if (!(pv && wordSet(w.lexicon.reportingVerbs).has(pv.normal) && pv.end + 1 === t.start && !commonAt(w, k) && !neverAt(w, k) && /\p{Ll}/u.test(t.text))) return false;
    // A compound with a lower-case tail is a role, no name (`säger HR-strateg Lena Ek`).
    if (/-\p{Ll}/u.test(t.text)) return false;
    const g = dropGenitive(t.text);
    w.spans.push(tokenSpan(w.tokens, k, w.lookup(t.text) ?? (g ? w.lookup(g) : null) ?? (lexiconOrgSuffix(t.normal, w.lexicon) ? 'ORG' : 'PER')));
    return true;
  },
};

/** `von Sydow`, `af Klint`: a strong surname particle + an unknown capitalised word is a person. */
export const surnameParticleMissed: TokenRule = {
  id: 'surname-particle-missed',
  doc: 'A strong surname particle and an unknown capitalised word are a person: `af Trolle` → PER `af Trolle`.',
  kind: 'token',
  unless: NEVER,
  apply(w, k, t) {
    const pp = w.tokens[k - 1];
    if (!(pp && STRONG_PARTICLE.has(pp.text) && pp.end + 1 === t.start && /\p{Ll}/u.test(t.text) && !w.lookup(t.text) && !neverAt(w, k) && !t.text.includes('-'))) return false;
    w.spans.push({ a: k - 1, b: k + 1, start: pp.start, end: t.end, type: 'PER', words: [pp.text, t.text], initial: false });
    return true;
  },
};

/**
 * `förbundskanslern Scholz`, `presidenten Lula`: a title (also definite) right before an unknown
 * capitalised word that no capitalised word follows is a person; later mentions follow.
 */
export const titleBeforeName: TokenRule = {
  id: 'title-before-name',
  doc: 'An unknown capitalised word right after a title is a person: `förbundskanslern Scholz` → PER `Scholz`.',
  kind: 'token',
  apply(w, k, t) {
    const { tokens } = w;
    const pp = tokens[k - 1];
    if (!(pp && pp.kind === 'word' && pp.end + 1 === t.start && isTitleWord(pp.normal, w.lexicon) && /\p{Ll}/u.test(t.text) && !t.text.includes('-') &&
      !w.lookup(t.text) && !neverAt(w, k) && !commonAt(w, k) && !(tokens[k + 1] && isCap(tokens[k + 1]!.text)))) return false;
    w.spans.push(tokenSpan(tokens, k, 'PER'));
    w.single.set(t.text, 'PER');
    return true;
  },
};

/**
 * `Obama och Merkel`, `Merkel eller Obama`: an unknown capitalised word mid-sentence coordinated with
 * a person is a person (no gazetteer name, common word, title, closed-class word, hyphen compound
 * like `EU-minister`, and no word that a capitalised word follows: a role before a name).
 */
export const coordinatedPerson: TokenRule = {
  id: 'coordinated-person',
  doc: 'An unknown capitalised word coordinated with a person is a person: `Merkel och Hollande` → PER `Hollande`.',
  kind: 'token',
  unless: INITIAL,
  apply(w, k, t) {
    const { tokens, text } = w;
    const coord = (x: AnalyzedToken | undefined): boolean => !!x && (COORDINATOR.has(x.normal) || COORDINATOR.has(x.text));
    if (w.initialTok[k] || !/\p{Ll}/u.test(t.text) || t.text.includes('-') || (tokens[k + 1] && isCap(tokens[k + 1]!.text))) return false;
    if (commonAt(w, k) || neverAt(w, k) || isLexiconTitle(t.normal, w.lexicon) || w.lookup(t.text) || w.lookup(dropGenitive(t.text) || t.text) || lexiconOrgSuffix(t.normal, w.lexicon)) return false;
    const after = coord(tokens[k + 1]) && w.perFrom[k + 2] === 1 && text.slice(t.end, tokens[k + 2]!.start) === ' ' + tokens[k + 1]!.text + ' ';
    const before = k >= 2 && coord(tokens[k - 1]) && w.perTo[k - 1] === 1 && text.slice(tokens[k - 2]!.end, t.start) === ' ' + tokens[k - 1]!.text + ' ';
    if (!after && !before) return false;
    w.spans.push(tokenSpan(tokens, k, 'PER'));
    return true;
  },
};

/** `Maria Kvarnhed` missed by the model: a first name and a capitalised unknown word. */
export const firstNameSurname: TokenRule = {
  id: 'first-name-surname',
  doc: 'A first name and an unknown capitalised word are a person: `Maria Kvarnhed` → PER `Maria Kvarnhed`.',
  kind: 'token',
  unless: COMMON | NEVER,
  at: FIRST_NAME, after: WORD | CAP | SPACE,
  apply(w, k, t) {
    const { tokens, taken } = w;
    const nx = tokens[k + 1];
    if (!(!taken[k + 1] && nx && t.kind === 'word' && nx.kind === 'word' && isCap(nx.text) && firstNameAt(w, k) && !commonAt(w, k) && !neverAt(w, k) &&
      !w.lookup(nx.text) && !commonAt(w, k + 1) && nx.start === t.end + 1 && w.text.charCodeAt(t.end) === 0x20)) return false;
    w.spans.push({ a: k, b: k + 2, start: t.start, end: nx.end, type: 'PER', words: [t.text, nx.text], initial: false });
    taken[k + 1] = 1;
    return true;
  },
};

/** `Rabin` again: the same capitalised word form as a typed one-word mention (or a person's surname) elsewhere in the text. */
export const repeatedMention: TokenRule = {
  id: 'repeated-mention',
  doc: 'A later mention of a one-word name or surname already typed: `Rabin sa … Rabin` → PER `Rabin` both times.',
  kind: 'token',
  unless: NEVER,
  apply(w, k, t) {
    const again = w.single.get(t.text) ?? w.single.get(dropGenitive(t.text));
    if (!again || neverAt(w, k)) return false;
    w.spans.push(tokenSpan(w.tokens, k, again));
    return true;
  },
};
