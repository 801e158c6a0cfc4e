/**
 * Word rules that keep common words out of keywords: function words, weak words (reporting verbs,
 * vague nouns of time and amount, weekdays), ages and weekday times.
 *
 * @module
 */
import { AGE_WORD, DAYTIME_WORD } from '../../../data/sv/keyword-stoplist';
import { FORM_DROP, formFacts, NO_WORD, TOKEN_DIGIT } from '../doc';
import type { WordRule } from './types';

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
    return w.charCodeAt(0) <= 57 && AGE_WORD.test(w) ? NO_WORD : undefined;
  },
};

/** A weekday with a time of day says when, not what. */
export const weekdayTime: WordRule = {
  id: 'weekday-time',
  doc: "a weekday with a time of day ('måndagsmorgonen', 'fredagskväll') is no keyword",
  stage: 'word',
  apply(i, doc) {
    const w = doc.tokens[i]!.normal;
    // Cheap exact pre-test: the weekday's `dags` begins at the fourth or fifth letter (`måndags…`, `torsdags…`).
    return w.charCodeAt(0) > 57 && (w.charCodeAt(3) === 100 || w.charCodeAt(4) === 100) && DAYTIME_WORD.test(w) ? NO_WORD : undefined;
  },
};
