/**
 * Company names after a category noun (`klädkedjan Lindex`, `bryggerikoncernen Kopparbergs`,
 * `mjukvaruföretaget Nordic Data Labs`) or before a company noun (`Kopparbergs bryggeri`).
 *
 * @module
 */
import { COMPANY_CATEGORY, FIRST_NAME, INITIAL, NEVER, TITLE, WORD } from '../facts';
import { wordSet } from '../../../internal/lexicon';
import { isFirstName } from '../gazetteer';
import { commonAt, companyCategoryBefore, companyNameEnd, companyNameWord, firstNameAt, growTo, isLexiconTitle, type Span0 } from '../work';
import type { SpanRule, TokenRule } from './types';


/**
 * A company category noun right before, or a company noun right after, makes even a place name a
 * company; the name is kept as written (`Kopparbergs` is the company, `Kopparberg` the place).
 * Unknown words the model took for a person also count (`klädkedjan Lindex`), but not a name with
 * a first name (`bolaget Anna Lindroth grundade`). After a category noun a name the model cut short goes on.
 */
export const companyCategoryNoun: SpanRule = {
  id: 'company-category-noun',
  doc: 'A name after a company category noun is a company: `bryggerikoncernen Kopparbergs` → ORG `Kopparbergs`.',
  kind: 'span',
  apply(sp, w) {
    const { tokens, text } = w;
    const perNoFirst = sp.type === 'PER' && !sp.words.some((x) => isFirstName(x));
    if ((sp.type === 'PER' && !perNoFirst) || sp.end !== tokens[sp.b - 1]!.end) return true;
    const nx = tokens[sp.b];
    const before = sp.start === tokens[sp.a]!.start && companyCategoryBefore(tokens[sp.a - 1], tokens[sp.a]!, text, w.lexicon);
    const after = sp.type === 'LOC' && !!nx && wordSet(w.lexicon.companyAfterNouns).has(nx.text) && sp.end + 1 === nx.start;
    const retype = (before || after) && sp.type !== 'ORG';
    if (before && tokens.slice(sp.a, sp.b).every((x) => companyNameWord(x, w.lexicon) || x.text === '&')) {
      const e = companyNameEnd(tokens, sp.a, sp.b, w.modelTaken, w.initialTok, text, w.lexicon);
      if (e > sp.b) growTo(sp, tokens, e);
    }
    if (retype) {
      sp.type = 'ORG';
      sp.name = sp.words.join(' ');
    }
    return true;
  },
};

/**
 * `klädkedjan Lindex`, `bolaget Stora Enso`, `klädkedjan H&M` missed by the model: a capitalised run
 * right after a company category noun is an organisation. Not a first name or a title (`bolaget Anna
 * grundade`, a relative clause without `som`); later mentions of a one-word name follow.
 */
export const companyCategoryNounMissed: TokenRule = {
  id: 'company-category-noun-missed',
  doc: 'Capitalised words the model missed after a company category noun are a company: `klädkedjan Lindex` → ORG `Lindex`.',
  kind: 'token',
  unless: INITIAL | FIRST_NAME | TITLE | NEVER,
  before: WORD | COMPANY_CATEGORY,
  apply(w, k, t) {
    const { tokens, text } = w;
    if (w.initialTok[k] || !companyNameWord(t, w.lexicon) || firstNameAt(w, k) || isLexiconTitle(t.normal, w.lexicon) || !companyCategoryBefore(tokens[k - 1], t, text, w.lexicon)) return false;
    const e = companyNameEnd(tokens, k, k + 1, w.taken, w.initialTok, text, w.lexicon);
    if (e <= k) return false;
    const sp: Span0 = { a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: 'ORG', words: tokens.slice(k, e).map((x) => x.text), initial: false };
    // `H&M` is written without spaces: the name keeps the text as written (minus a genitive `:s`).
    const written = text.slice(sp.start, sp.end);
    if (written.includes('&') && !written.includes(' ')) sp.name = written.replace(/(?::s|['’]s)$/, '');
    w.spans.push(sp);
    for (let x = k; x < e; x++) w.taken[x] = 1;
    if (e === k + 1 && !commonAt(w, k)) w.single.set(t.text, 'ORG');
    return true;
  },
};
