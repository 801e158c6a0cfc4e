import { describe, expect, it } from 'vitest';
import { createSwedish, defaultLexicon, type LexiconOverrides } from '../../../index';
import {
  AGE_WORD_ENDINGS,
  CRIME_FORM_NOUNS,
  DAY_PARTS,
  LINK_WORDS,
  MUNICIPALITY_NOUNS,
  NEVER_NAME_POS,
  SHARED_COMPOUND_CONJUNCTIONS,
  WEAK_FORM_DETERMINERS,
  WEEKDAY_STEMS,
} from '../../../data/sv/keyword-stoplist';

// The word lists of the keyword rules are Lexicon fields: a caller's lexicon change reaches the
// rule, and the default instance (and the top-level functions) keep the built-in lists.

/** The keyword texts of an instance with these lexicon changes (none: the default instance). */
function keywords(text: string, lexicon?: LexiconOverrides, steps?: ('tags' | 'keywords')[]): string[] {
  const sv = createSwedish({ ...(lexicon ? { lexicon } : {}), ...(steps ? { steps } : {}) });
  return sv.analyze(text).keywords.map((k) => k.text);
}

describe('the keyword lists are lexicon fields with the built-in lists', () => {
  it.each([
    ['keywordWeakFormDeterminers', WEAK_FORM_DETERMINERS],
    ['keywordNeverNamePos', NEVER_NAME_POS],
    ['keywordLinkWords', LINK_WORDS],
    ['keywordCrimeFormNouns', CRIME_FORM_NOUNS],
    ['keywordSharedCompoundConjunctions', SHARED_COMPOUND_CONJUNCTIONS],
    ['keywordMunicipalityNouns', MUNICIPALITY_NOUNS],
    ['keywordAgeEndings', AGE_WORD_ENDINGS],
    ['keywordWeekdayStems', WEEKDAY_STEMS],
    ['keywordDayParts', DAY_PARTS],
  ] as const)('%s', (field, list) => {
    expect(defaultLexicon()[field]).toEqual(list);
    expect(Object.isFrozen(defaultLexicon()[field])).toBe(true);
  });
});

describe("a caller's lexicon change reaches the keyword rules", () => {
  it.each<[string, string, LexiconOverrides, string, string, ('tags' | 'keywords')[]?]>([
    // linked-phrase: without `med` among the link words, the two nouns stay apart
    ['keywordLinkWords', 'Föreningen har stora problem med buller på natten. Problem med buller stör grannarna. Nu vill styrelsen göra något åt problem med buller.', { keywordLinkWords: { remove: ['med'] } }, 'problem med buller', 'buller'],
    // attempted-crime: without `försök`, the crime with its degree stands alone
    ['keywordCrimeFormNouns', 'Kvinnan åtalas för försök till grovt bedrägeri mot en bank. Försök till grovt bedrägeri kan ge fängelse. Åklagaren kallar försök till grovt bedrägeri allvarligt.', { keywordCrimeFormNouns: { remove: ['försök'] } }, 'försök till grovt bedrägeri', ''],
    // shared-compound: without `eller`, the shared compound is no keyword
    ['keywordSharedCompoundConjunctions', 'Frågan gäller skol- eller fritidsverksamhet i byn. Föräldrarna vill ha mer skol- eller fritidsverksamhet.', { keywordSharedCompoundConjunctions: { remove: ['eller'] } }, 'skol- eller fritidsverksamhet', ''],
    // place-for-municipality: `stad` added as a municipality noun joins the place to its city's name (`Karlstads stad`)
    ['keywordMunicipalityNouns (added)', 'Karlstads stad öppnar ett nytt bibliotek. I Karlstad finns många läsare. Karlstads stad har ont om bibliotekarier, och Karlstad växer snabbt.', { keywordMunicipalityNouns: { add: ['stad'] } }, 'Karlstad', ''],
    // … and `kommun` removed keeps the place apart
    ['keywordMunicipalityNouns (removed)', 'Karlstads kommun bygger en ny skola. I Karlstad finns många barn. Karlstads kommun har ont om lärare, och Karlstad växer snabbt.', { keywordMunicipalityNouns: { remove: ['kommun'] } }, '', 'Karlstad'],
    // neuter-agreement: without `hans` among the weak-form words, `vassa kniv` reads as a neuter plural
    ['keywordWeakFormDeterminers', 'Polisen hittade hans vassa kniv i bilen. Den vassa kniven låg under sätet. Hans vassa kniv var ny.', { keywordWeakFormDeterminers: { remove: ['hans'] } }, 'vass kniv', 'vasst kniv'],
    // name-word (no entity step): a sentence-initial verb before a name is part of the name once VERB is no never-name part of speech
    ['keywordNeverNamePos', 'Flyttade Anna Berg till Umeå? Hon bor nu i en stuga. Stugan ligger vid sjön.', { keywordNeverNamePos: { remove: ['VERB'] } }, 'Anna Berg', 'Flyttade Anna Berg', ['tags', 'keywords']],
    // age-word: an ending added makes the word after the digits no keyword
    ['keywordAgeEndings', 'Föreningen firar sitt 50-årsjubileum i helgen. Under 50-årsjubileum bjuds det på tårta. Medlemmarna ser fram emot 50-årsjubileum.', { keywordAgeEndings: { add: ['årsjubileum'] } }, '50-årsjubileum', ''],
    // weekday-time: a weekday removed makes its time of day a keyword word again
    ['keywordWeekdayStems', 'Polisen larmades på lördagsmorgonen. Under lördagsmorgonen brann en bil. Bilen förstördes.', { keywordWeekdayStems: { remove: ['lör'] } }, '', 'lördagsmorgon'],
    // … and with no times of day at all, none is left out
    ['keywordDayParts', 'Polisen larmades på lördagsmorgonen. Under lördagsmorgonen brann en bil. Bilen förstördes.', { keywordDayParts: { replace: [] } }, '', 'lördagsmorgon'],
  ])('%s', (_field, text, change, byDefault, withChange, steps) => {
    const before = keywords(text, undefined, steps);
    const after = keywords(text, change, steps);
    if (byDefault) expect(before).toContain(byDefault);
    if (byDefault) expect(after).not.toContain(byDefault);
    if (withChange) expect(after).toContain(withChange);
    if (withChange) expect(before).not.toContain(withChange);
    // the default instance is unchanged by the other instance
    expect(keywords(text, undefined, steps)).toEqual(before);
  });
});
