/**
 * Word rules that keep common words out of keywords: function words, weak words (reporting verbs,
 * vague nouns of time and amount, weekdays), ages and weekday times.
 *
 * @module
 */
import type { Lexicon } from '../../../data/sv/lexicon';
import { wordAlternation } from '../../../internal/lexicon';
import { FORM_DROP, formFacts, NO_WORD, perText, TOKEN_DIGIT, type KeywordDoc } from '../doc';
import type { WordRule } from './types';

/** A pattern that matches nothing (for an empty lexicon list). */
const NOTHING = /(?!)/;

/**
 * The age pattern of a lexicon: one to three digits, a hyphen or none, and one of its
 * `keywordAgeEndings` (`24-åringen`, `47-årig`). Anchored, no nested quantifiers.
 */
function agePattern(lex: Lexicon): RegExp {
  let re = agePatterns.get(lex);
  if (!re) agePatterns.set(lex, (re = lex.keywordAgeEndings.length ? new RegExp(`^\\d{1,3}-?(?:${wordAlternation(lex.keywordAgeEndings)})`) : NOTHING));
  return re;
}
const agePatterns = new WeakMap<Lexicon, RegExp>();

/** The weekday-time pattern of a lexicon, and where a word's `dags` may begin (the lengths of its weekday stems). */
interface DaytimePattern {
  re: RegExp;
  /** The shortest and longest weekday stem. */
  min: number;
  max: number;
}

/**
 * The weekday-time pattern of a lexicon: one of its `keywordWeekdayStems`, `dags`, one of its
 * `keywordDayParts` and `-en`, `-ar`, `-arna` or no ending (`måndagsmorgonen`, `fredagskväll`).
 * Anchored, no nested quantifiers.
 */
function daytimePattern(lex: Lexicon): DaytimePattern {
  let p = daytimePatterns.get(lex);
  if (!p) {
    const days = lex.keywordWeekdayStems;
    const parts = lex.keywordDayParts;
    const ok = days.length > 0 && parts.length > 0;
    const re = ok ? new RegExp(`^(?:${wordAlternation(days)})dags(?:${wordAlternation(parts)})(?:en|ar|arna)?$`) : NOTHING;
    const lens = days.map((d) => d.length);
    daytimePatterns.set(lex, (p = { re, min: ok ? Math.min(...lens) : 1, max: ok ? Math.max(...lens) : 0 }));
  }
  return p;
}
const daytimePatterns = new WeakMap<Lexicon, DaytimePattern>();
/** The text's weekday-time pattern, looked up once per text. */
const daytimeOf = perText((doc: KeywordDoc) => daytimePattern(doc.lexicon));
/** The text's age pattern, looked up once per text. */
const ageOf = perText((doc: KeywordDoc) => agePattern(doc.lexicon));

/** Whether `w` has a `d` where a weekday stem of the pattern may end (`måndags…`: `d` at 3): a cheap exact pre-test. */
function mayBeDaytime(w: string, p: DaytimePattern): boolean {
  for (let k = p.min; k <= p.max; k++) if (w.charCodeAt(k) === 100) return true;
  return false;
}

/** Stopwords, function words and weak words are no keyword words of their own. */
export const functionAndWeakWords: WordRule = {
  id: 'function-and-weak-words',
  doc: "stopwords and words that carry no topic ('säger', 'procent', 'fredag', 'ökad') are no keyword words",
  stage: 'word',
  apply(i, doc) {
    const t = doc.tokens[i]!;
    // (`dropWords` membership as a fact of the form, by its id)
    return t.stopword || formFacts(doc, i) & FORM_DROP || t.normal.length < 2 ? NO_WORD : undefined;
  },
};

/** Ages written with digits say who, not what. */
export const ageWord: WordRule = {
  id: 'age-word',
  doc: "ages written with digits ('24-åringen', '47-årig') are no keywords",
  stage: 'word',
  tokens: TOKEN_DIGIT,
  apply(i, doc) {
    const w = doc.tokens[i]!.normal;
    return w.charCodeAt(0) <= 57 && ageOf(doc).test(w) ? NO_WORD : undefined;
  },
};

/** A weekday with a time of day says when, not what. */
export const weekdayTime: WordRule = {
  id: 'weekday-time',
  doc: "a weekday with a time of day ('måndagsmorgonen', 'fredagskväll') is no keyword",
  stage: 'word',
  apply(i, doc) {
    const w = doc.tokens[i]!.normal;
    if (w.charCodeAt(0) <= 57) return undefined;
    // Cheap exact pre-test: the weekday's `dags` begins right after the stem (`måndags…` at the fourth letter, `torsdags…` at the fifth).
    const p = daytimeOf(doc);
    return mayBeDaytime(w, p) && p.re.test(w) ? NO_WORD : undefined;
  },
};
