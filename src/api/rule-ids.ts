/**
 * The rule ids a caller may switch off (`rules: { disable: [...] }`), in one place, by step.
 *
 * Each rule step (05-entities, 06-quotes, 07-keywords) runs an ordered `RULES` table whose entries
 * carry an `id`. When a step's table is in this branch, its ids are read from the table itself;
 * until then they are listed here by hand, so that an id a step will honour is accepted and any
 * other id is a `TypeError` (a rule switched off by a misspelt id would be silently ignored).
 *
 * @module
 */

/** The steps that run named rules. */
export type RuleStep = 'entities' | 'quotes' | 'keywords';

/**
 * Known rule ids by step. Replace a hand list by `RULES.map((r) => r.id)` of the step's
 * `rules/index.ts` once that table is merged.
 */
const RULE_IDS: Readonly<Record<RuleStep, readonly string[]>> = {
  // 05-entities (the entity helper's table is not merged yet: the ids the issue names).
  entities: ['media-subbrand', 'company-category-noun'],
  // 06-quotes (not merged yet: the id the issue names).
  quotes: ['interview-answer'],
  // 07-keywords: the ids of the keyword branch's RULES table.
  keywords: [
    'article-text-only', 'shared-compound-part', 'name-word', 'function-and-weak-words', 'age-word', 'weekday-time',
    'lemma-word', 'plain-word', 'neuter-agreement', 'name-phrase', 'name-with-noun', 'lemma-phrase', 'linked-phrase',
    'role-before-name', 'name-in-list', 'party-label', 'same-lemma-text', 'surname-for-full-name', 'phrase-cohesion',
    'linked-phrase-repeated', 'name-weight', 'compound-length', 'implicit-topic', 'quoted-speaker', 'corpus-model',
  ],
};

let all: ReadonlySet<string> | undefined;

/** Every known rule id of every rule step. */
export function knownRuleIds(): ReadonlySet<string> {
  all ??= new Set(Object.values(RULE_IDS).flat());
  return all;
}

/**
 * The rule ids of one step.
 *
 * @param step A rule step.
 */
export function ruleIdsOf(step: RuleStep): readonly string[] {
  return RULE_IDS[step];
}
