/**
 * Swedish organisation names with lower-case parts: `Karolinska sjukhuset`, `Allmänna barnhuset`,
 * agency phrases (`Myndigheten för civilt försvar`), one-word compounds (`Skärgårdskommittén`).
 *
 * @module
 */
import { AGENCY_HEAD_WORD, AGENCY_PREPOSITION, ALL_LOWER, COMMON, FIRST_NAME, INITIAL, NEVER, SPACE, WORD } from '../facts';
import { dropGenitive, isCap } from '../features';
import { commonAt, endsWithHead, extendAgency, firstNameAt, growTo, isAreaWord, lexiconOrgSuffix, neverAt, orgPhraseEnd, tokenSpan } from '../work';
import type { SpanRule, TokenRule } from './types';
import { hasLowerLetter } from '../../../internal/letter-class';
import { wordSet } from '../../../internal/lexicon';


/** `Karolinska sjukhuset`, `Svenska kraftnät`: capitalised words + a lower-case organisation head (at a sentence start only when the first word is capitalised mid-sentence elsewhere). */
export const orgPhraseTail: SpanRule = {
  id: 'org-phrase-tail',
  doc: 'A name and a lower-case organisation head are one body: `Karolinska sjukhuset` → ORG `Karolinska sjukhuset`.',
  kind: 'span',
  after: WORD | ALL_LOWER | SPACE,
  apply(sp, w) {
    const { tokens } = w;
    if (sp.type !== 'PER' && sp.end === tokens[sp.b - 1]!.end && sp.words.every((x) => isCap(x)) && (!sp.initial || w.doc.capMid.has(sp.words[0]!))) {
      const e = orgPhraseEnd(tokens, sp.b, sp.words[0]!, w.text, w.lexicon, sp.type === 'LOC', w.facts);
      if (e > 0) {
        growTo(sp, tokens, e);
        sp.type = 'ORG';
      }
    }
    return true;
  },
};

/** `Myndigheten för civilt försvar`: an agency mention takes its `för`/`mot` phrase. */
export const agencyPhrase: SpanRule = {
  id: 'agency-phrase',
  doc: 'An agency takes its för/mot phrase: `Myndigheten för samhällsskydd och beredskap` → one ORG.',
  kind: 'span',
  after: AGENCY_PREPOSITION,
  apply(sp, w) {
    extendAgency(sp, w.tokens, w.lexicon);
    return true;
  },
};

/** `Inspektionen för vård och omsorg` missed by the model: an agency head with its phrase. */
export const agencyPhraseMissed: TokenRule = {
  id: 'agency-phrase-missed',
  doc: 'A capitalised agency head with a för/mot phrase is a body: `Inspektionen för vård och omsorg` → ORG.',
  kind: 'token',
  at: AGENCY_HEAD_WORD, after: AGENCY_PREPOSITION,
  apply(w, k, t) {
    if (!wordSet(w.lexicon.agencyHeads).has(t.normal)) return false;
    const sp = tokenSpan(w.tokens, k, 'ORG');
    if (!extendAgency(sp, w.tokens, w.lexicon)) return false;
    w.spans.push(sp);
    for (let x = k; x < sp.b; x++) w.taken[x] = 1;
    return true;
  },
};

/**
 * `Allmänna barnhuset`, `Ideella körers riksförbund` missed by the model (not at a sentence start
 * unless the word is capitalised mid-sentence elsewhere; never after a first name). After a colon
 * only as a list item (`Med på mötet: Allmänna barnhuset, Rädda Barnen …`).
 */
export const orgPhraseMissed: TokenRule = {
  id: 'org-phrase-missed',
  doc: 'A capitalised word and a lower-case organisation head the model missed: `Allmänna barnhuset` → ORG.',
  kind: 'token',
  unless: NEVER | FIRST_NAME,
  after: WORD | ALL_LOWER | SPACE,
  apply(w, k, t) {
    const { tokens, taken } = w;
    const listItem = (e: number): boolean => tokens[k - 1]?.text === ':' && (tokens[e]?.text === ',' || tokens[e]?.normal === 'och' || tokens[e]?.normal === 'samt');
    if (!((!w.initialTok[k] || w.doc.capMid.has(t.text) || listItem(k + 2) || listItem(k + 3)) && !neverAt(w, k) && !firstNameAt(w, k) && !taken[k + 1])) return false;
    const e = orgPhraseEnd(tokens, k + 1, t.text, w.text, w.lexicon, false, w.facts);
    if (e <= 0 || taken[e - 1]) return false;
    w.spans.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: 'ORG', words: tokens.slice(k, e).map((x) => x.text), initial: !!w.initialTok[k] });
    for (let x = k; x < e; x++) taken[x] = 1;
    return true;
  },
};

/**
 * `Skärgårdskommittén`, `Älvstadspolisen`, `Beredskapsstyrkan` missed by the model: one capitalised
 * compound mid-sentence with an organisation ending (or its genitive), not a first name, and never
 * written in lower case in the same text (`Arbetsgruppen` in a title-case heading).
 */
export const orgCompound: TokenRule = {
  id: 'org-compound',
  doc: 'A capitalised compound with an organisation ending mid-sentence is a body: `kontaktade Älvstadspolisen` → ORG.',
  kind: 'token',
  unless: INITIAL | FIRST_NAME | NEVER | COMMON,
  apply(w, k, t) {
    if (w.initialTok[k] || !hasLowerLetter(t.text) || w.doc.lowerSeen.has(t.normal) || t.text.includes('-') || firstNameAt(w, k) || neverAt(w, k) || commonAt(w, k)) return false;
    const g = (dropGenitive(t.text) || t.text).toLowerCase();
    if (isAreaWord(g) || !(lexiconOrgSuffix(t.normal, w.lexicon) || lexiconOrgSuffix(g, w.lexicon) || endsWithHead(g, w.lexicon.orgSuffixesRule, 3))) return false;
    w.spans.push(tokenSpan(w.tokens, k, w.lookup(t.text) ?? 'ORG'));
    return true;
  },
};
