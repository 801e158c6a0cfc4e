/**
 * Rules that change the type of a mention from its words: a place genitive before capitalised
 * words, the last word of an unlisted name, English organisation heads, organisation endings, a
 * first name after a title.
 *
 * @module
 */
import { AV, TITLE } from '../facts';
import { TITLES_OF_PLACE } from '../../../data/sv/entity-lexicon';
import { wordSet } from '../../../internal/lexicon';
import { dropGenitive, isCap } from '../features';
import { isEnglishOrgHead } from '../foreign';
import { isFirstName } from '../gazetteer';
import { endsWithHead, isAreaWord, isLexiconTitle, lexiconOrgSuffix } from '../work';
import type { SpanRule } from './types';
import { startsNumber } from '../../../internal/letter-class';


/** `Sveriges Biodlare`, `Stockholms Stadsmission`: a place (genitive) + capitalised words, not itself a listed place, is an organisation. */
export const placeGenitiveOrg: SpanRule = {
  id: 'place-genitive-org',
  doc: 'A place genitive and capitalised words name a body: `Stockholms Stadsmission` → ORG.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type === 'LOC' && sp.words.length > 1 && sp.words.slice(1).every((x) => isCap(x))) {
      const f = sp.words[0]!;
      const g = dropGenitive(f);
      if ((w.lookup(f) === 'LOC' || (g && w.lookup(g) === 'LOC')) && !w.lookup(sp.words.join(' '))) sp.type = 'ORG';
    }
    return true;
  },
};

/** `Macquarie Securities` (ORG), `Wall Street` (LOC): the last word of an unlisted multi-word name decides its type. */
export const lastWordType: SpanRule = {
  id: 'last-word-type',
  doc: 'The last word of an unlisted capitalised name types it: `Macquarie Securities` → ORG, `Wall Street` → LOC.',
  kind: 'span',
  apply(sp, w) {
    // (not for a person with a first name: `Anna Bank`)
    if (sp.words.length > 1 && !(sp.type === 'PER' && isFirstName(sp.words[0]!)) && sp.words.every((x) => isCap(x) || startsNumber(x)) && !w.lookup(sp.words.join(' '))) {
      const lastW = sp.words[sp.words.length - 1]!;
      if (wordSet(w.lexicon.orgLastWords).has(lastW)) sp.type = 'ORG';
      else if (wordSet(w.lexicon.locLastWords).has(lastW)) sp.type = 'LOC';
    }
    return true;
  },
};

/**
 * `ARF Recovery Facility`, `The Global Fund` typed as a person: a name without a known first name that
 * starts with an acronym of three letters or more (two are initials: `JK Rowling`) or `The`, or
 * contains an English head noun, is an organisation; so is a name of three words or more ending in
 * such a head even with a first name (`Anna Lindh Foundation`; `Anna Bank` stays a person).
 */
export const englishOrgPerson: SpanRule = {
  id: 'english-org-person',
  doc: 'A "person" with an acronym start or an English organisation head is an organisation: `Anna Lindh Foundation` → ORG.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type === 'PER' && sp.words.length > 1) {
      const ws = sp.words;
      const noFirst = !ws.some((x) => isFirstName(x));
      if ((noFirst && (/^\p{Lu}{3,6}$/u.test(ws[0]!) || ws[0] === 'The' || ws.some((x) => isEnglishOrgHead(x, w.lexicon)))) || (ws.length >= 3 && isEnglishOrgHead(ws[ws.length - 1]!, w.lexicon))) sp.type = 'ORG';
    }
    return true;
  },
};

/** `Livsmedelsföretagen`, `Skogsindustrierna` typed as a place: an unlisted one-word name with an organisation ending is an organisation. */
export const orgEndingPlace: SpanRule = {
  id: 'org-ending-place',
  doc: 'An unlisted one-word "place" with an organisation ending is an organisation: `Skogsindustrierna` → ORG.',
  kind: 'span',
  apply(sp, w) {
    if (sp.type === 'LOC' && sp.words.length === 1 && !w.lookup(sp.words[0]!) && !w.lookup(dropGenitive(sp.words[0]!) || sp.words[0]!)) {
      const lw = (dropGenitive(sp.words[0]!) || sp.words[0]!).toLowerCase();
      // (`Östersjöområdet` ends in `rådet` but is an area.)
      if (!isAreaWord(lw) && (lexiconOrgSuffix(lw, w.lexicon) || endsWithHead(lw, w.lexicon.orgSuffixesRule, 3))) sp.type = 'ORG';
    }
    return true;
  },
};

/** After a title (`kronprinsessan Victoria`, `statsminister Ulf Kristersson`) a first name starts a person. */
export const titleFirstName: SpanRule = {
  id: 'title-first-name',
  doc: 'A first name after a title starts a person: `kronprinsessan Victoria` → PER `Victoria`.',
  kind: 'span',
  before: TITLE,
  apply(sp, w) {
    const before = w.tokens[sp.a - 1];
    if (sp.type !== 'PER' && before && isLexiconTitle(before.normal, w.lexicon) && isFirstName(sp.words[0]!) && sp.words.every((x) => isCap(x))) sp.type = 'PER';
    return true;
  },
};

const TITLE_OF_PLACE = new Set(TITLES_OF_PLACE.split('|'));

/** `grevinnan av Rothesay`, `borgmästaren av Saint-Brieuc`: the name after a title of rank or office and `av` is the place held. */
export const titleOfPlace: SpanRule = {
  id: 'title-of-place',
  doc: 'The name after a title of rank or office and `av` is a place: `grevinnan av Rothesay` typed PER → LOC.',
  kind: 'span',
  before: AV,
  apply(sp, w) {
    const av = w.tokens[sp.a - 1], title = w.tokens[sp.a - 2];
    if (sp.type === 'LOC' || !av || !title || av.normal !== 'av' || !TITLE_OF_PLACE.has(title.normal) || (sp.words.length > 1 && isFirstName(sp.words[0]!)) || (w.user.size > 0 && w.user.has(sp.words.join(' ')))) return true;
    sp.type = 'LOC';
    return true;
  },
};
