/**
 * The keyword rules, in the order the step runs them. Each stage runs its rules in table order:
 *
 * 1. `word` — what each token is for keywords; the first rule that answers decides. Furniture
 *    (also credits, date lines and datelines inside article lines), shared-compound parts and
 *    words of headings in capitals go first, then names (a name may be a weak word: `Maj`), then the
 *    stoplists, then lemmas (tagged text) or plain words (untagged text).
 * 2. `form` — a phrase's display (agreement); read before any phrase is made.
 * 3. `phrase` — candidate phrases from each stretch of content words: whole names first, then a
 *    name with its noun, phrases of common words, and linked phrases at the end of a run (a form of
 *    a crime with the crime and its degree right after them).
 * 4. `weight` — factors on each occurrence, applied in order.
 * 5. `merge` — candidates that are one keyword: lemma text first (it fixes the display forms the
 *    next rules compare), then spellings with and without a hyphen, then surnames.
 * 6. `feature` — features of each candidate that the fitted ranker weighs (ranker.ts).
 * 7. `score` — factors on the ranker's score, applied in order.
 * 8. `select` — the choices of the greedy selection (rules/selection.ts): sub-phrases, covering
 *    phrases, word families, the names cap; they carry no code, the selection reads which are on.
 *
 * @module
 */
import type { KeywordRule } from './types';
import { articleTextOnly, gluedCompoundPartWord, sharedCompoundPart } from './article-text';
import { capitalsLine, creditInLine, dateline } from './furniture';
import { nameBeforeOwnNoun, nameWord, namePhrase, nameWithNoun } from './names';
import { ageWord, functionAndWeakWords, weekdayTime } from './stopwords';
import { lemmaWord, plainWord } from './lemmas';
import { neuterAgreement } from './agreement';
import { attemptedCrime, genitivePhrase, lemmaPhrase, linkedPhrase, sharedCompound } from './phrases';
import { nameInList, partyLabel, roleBeforeName } from './weights';
import { acronymForName, hyphenSpelling, placeForMunicipality, sameLemmaText, surnameForFullName } from './merges';
import { SELECT_RULES } from './selection';
import { compoundLength, corpusModel, implicitTopic, linkedPhraseOnce, phraseCohesion, quotedSpeaker, singleLetter } from './scores';

export type { KeywordRule } from './types';

/** The keyword rules in order (see the module comment for the stages). */
export const RULES: readonly KeywordRule[] = [
  articleTextOnly,
  creditInLine,
  dateline,
  sharedCompoundPart,
  gluedCompoundPartWord,
  capitalsLine,
  nameBeforeOwnNoun,
  nameWord,
  functionAndWeakWords,
  ageWord,
  weekdayTime,
  lemmaWord,
  plainWord,
  neuterAgreement,
  namePhrase,
  nameWithNoun,
  lemmaPhrase,
  linkedPhrase,
  attemptedCrime,
  genitivePhrase,
  sharedCompound,
  roleBeforeName,
  nameInList,
  partyLabel,
  sameLemmaText,
  hyphenSpelling,
  surnameForFullName,
  placeForMunicipality,
  acronymForName,
  phraseCohesion,
  linkedPhraseOnce,
  compoundLength,
  implicitTopic,
  quotedSpeaker,
  singleLetter,
  corpusModel,
  ...SELECT_RULES,
];
