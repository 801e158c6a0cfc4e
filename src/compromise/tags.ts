/**
 * How swedish-nlp's annotations become compromise tags. compromise adds each tag's parents
 * (`Person` → `ProperNoun`, `Noun`, `Singular`) and removes the tags it conflicts with.
 *
 * @module
 */
import type { AnalyzedToken, EntityType, Upos } from '../types';

/**
 * compromise tags for each Universal Dependencies part of speech, parents first as compromise's tag
 * set has them (`ProperNoun` is a `Noun`, `Preposition` a `Connector`): compromise adds parents
 * itself, but `compromise/one` has no tag set, and there the list is all a term gets. `PART`
 * (infinitive `att`), `PUNCT`, `SYM` and `X` get none: compromise's `Particle` is an English
 * phrasal-verb particle, and it keeps punctuation outside its terms.
 */
export const UPOS_TAGS: Readonly<Record<Upos, readonly string[]>> = {
  NOUN: ['Noun'],
  PROPN: ['Noun', 'ProperNoun'],
  VERB: ['Verb'],
  AUX: ['Verb', 'Auxiliary'],
  ADJ: ['Adjective'],
  ADV: ['Adverb'],
  PRON: ['Noun', 'Pronoun'],
  DET: ['Determiner'],
  ADP: ['Connector', 'Preposition'],
  CCONJ: ['Connector', 'Conjunction'],
  SCONJ: ['Connector', 'Conjunction'],
  NUM: ['Value', 'Cardinal'],
  INTJ: ['Expression'],
  PART: [],
  PUNCT: [],
  SYM: [],
  X: [],
};

/** compromise tags for each entity type, parents first. A place gets `ProperNoun` too: compromise's `Place` does not imply it. */
export const ENTITY_TAGS: Readonly<Record<EntityType, readonly string[]>> = {
  PER: ['Noun', 'Singular', 'ProperNoun', 'Person'],
  LOC: ['Noun', 'Singular', 'ProperNoun', 'Place'],
  ORG: ['Noun', 'ProperNoun', 'Organization'],
};

/** The tag the plugin adds to stopwords (compromise has none of its own). */
export const STOPWORD_TAG = 'Stopword';

/** The tag of a name in the genitive (`Hartmans`, `EU:s`): compromise's `Possessive`, a `Noun`. */
export const POSSESSIVE_TAG = 'Possessive';

/** The tags of one token: its part of speech (`vara` as an auxiliary is a `Copula`), numbers by form, stopwords. */
export function tokenTags(token: AnalyzedToken): string[] {
  const tags = [...UPOS_TAGS[token.pos]];
  if (token.pos === 'AUX' && token.lemma === 'vara') tags.push('Copula');
  if (token.pos === 'NUM') tags.push(/\d/.test(token.text) ? 'NumericValue' : 'TextValue');
  if (token.stopword) tags.push(STOPWORD_TAG);
  return tags;
}
