/**
 * The shapes of the keyword rules. Each rule is an entry of the ordered `RULES` table
 * (rules/index.ts) with an `id`, a one-line `doc` with a Swedish example and the `stage` it
 * belongs to; the step runs the rules of each stage in table order.
 *
 * @module
 */
import type { Cand, Emit } from '../candidates';
import type { KeywordDoc, WordInfo } from '../doc';
import type { Features, ScoreEnv } from '../features';

interface RuleBase {
  /** Kebab-case id, listed in `keyword.rules` when the rule shaped a keyword. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
}

/** Decides a token's keyword facts; the first rule that answers decides. */
export interface WordRule extends RuleBase {
  /** The stage. */
  stage: 'word';
  /**
   * The token facts (bits `TOKEN_…` of doc.ts) of which a token must have one for the rule to
   * answer at all: tokens without any are not asked (one test per token, read once, instead of a
   * call per token and rule). Leave it out for a rule that may answer for any token.
   */
  tokens?: number;
  /** The token's facts, or `undefined` to leave the token to the next rule. */
  apply(i: number, doc: KeywordDoc): WordInfo | undefined;
}

/** A stretch of a run of content words: one name, or common words up to the next name. */
export interface Stretch {
  /** First token. */
  from: number;
  /** Last token. */
  to: number;
  /** Whether the stretch is a name. */
  name: boolean;
  /** Last token of the run of content words the stretch is part of. */
  runEnd: number;
  /** Last token of the sentence. */
  last: number;
}

/** Makes candidate phrases from a stretch of content words. */
export interface PhraseRule extends RuleBase {
  stage: 'phrase';
  apply(s: Stretch, doc: KeywordDoc, emit: Emit, forms: readonly FormRule[]): void;
}

/** Changes the display of a phrase of common words `from..to` (the key stays). */
export interface FormRule extends RuleBase {
  stage: 'form';
  /** Reads what the rule needs from the whole text, once, after the word rules. */
  prepare(doc: KeywordDoc): void;
  /** The new display, or `undefined` when the rule does not fire. */
  apply(from: number, to: number, doc: KeywordDoc): string | undefined;
}

/** Weighs one occurrence of a candidate `from..to` (a factor; 1 leaves it). */
export interface WeightRule extends RuleBase {
  stage: 'weight';
  apply(from: number, to: number, isName: boolean, doc: KeywordDoc): number;
}

/** Joins candidates that are one keyword (returns the kept candidates that took in others). */
export interface MergeRule extends RuleBase {
  stage: 'merge';
  apply(cands: Map<string, Cand>, doc: KeywordDoc): Iterable<Cand>;
}

/**
 * A feature of a candidate for the ranker (0 when the rule does not fire); the ranker's fitted
 * weight says how much it counts.
 */
export interface FeatureRule extends RuleBase {
  stage: 'feature';
  apply(c: Cand, f: Features, env: ScoreEnv): number;
}

/** A factor on a candidate's score after the ranker (1 leaves it). */
export interface ScoreRule extends RuleBase {
  stage: 'score';
  apply(c: Cand, f: Features, env: ScoreEnv): number;
}

/**
 * A choice of the greedy selection (select.ts): no code of its own, the selection reads whether it
 * is enabled (rules/selection.ts).
 */
export interface SelectRule extends RuleBase {
  stage: 'select';
}

/** A keyword rule of any stage. */
export type KeywordRule = WordRule | PhraseRule | FormRule | WeightRule | MergeRule | FeatureRule | ScoreRule | SelectRule;
