/**
 * The shape of an entity rule (step 05). Three kinds, by what a rule looks at:
 * - `spans`: the whole list of mentions at once (joins, splits, foreign runs);
 * - `span`: one mention at a time, in text order (retyping, growing, dropping);
 * - `token`: one capitalised token outside every mention at a time (names the model missed).
 *
 * @module
 */
import type { AnalyzedToken } from '../../../types';
import type { EntityWork, Span0 } from '../work';

interface RuleBase {
  /** Kebab-case id, as carried by `entity.rule` and switched off by `rules.disable`. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
  /**
   * Facts (bits of ../facts) the rule needs, all of them: at its token (token rules), at the
   * mention's first token (mention rules), or somewhere in the text (list rules). Where one is
   * missing the runner skips the rule without calling it (speed only: the rule tests them itself).
   */
  at?: number;
  /** Facts that keep the rule from firing at its token or the mention's first token (token and mention rules). */
  unless?: number;
  /** Facts the rule needs at the token before its token or mention (token and mention rules). */
  before?: number;
  /** Facts the rule needs at the token after its token or mention (token and mention rules). */
  after?: number;
}

/** A rule over the whole list of mentions; it replaces `w.spans` or changes its members. */
export interface SpansRule extends RuleBase {
  /** The kind. */
  kind: 'spans';
  /**
   * Trigger tokens (bits of ../triggers) of which the text must hold at least one for the rule to
   * change anything; in a text with none the runner skips the rule without calling it (speed only:
   * the rule tests them itself).
   */
  triggers?: number;
  /** Changes `w.spans`. */
  apply(w: EntityWork): void;
}

/** A rule over one mention; returns false to drop the mention (no later per-mention rule sees it). */
export interface SpanRule extends RuleBase {
  /** The kind. */
  kind: 'span';
  /** Changes or keeps the mention `sp` (index `si` in `w.spans`). */
  apply(sp: Span0, w: EntityWork, si: number): boolean;
}

/** A rule over one capitalised token outside every mention; returns true when it added a mention there. */
export interface TokenRule extends RuleBase {
  /** The kind. */
  kind: 'token';
  /** Adds mentions at token `k` (pushes to `w.spans`, marks `w.taken`). */
  apply(w: EntityWork, k: number, t: AnalyzedToken): boolean;
}

/** One named entity rule. */
export type EntityRule = SpansRule | SpanRule | TokenRule;
