/**
 * The rule ids a caller may switch off (`rules: { disable: [...] }`), in one place, by step.
 *
 * Each rule step (05-entities, 06-quotes, 07-keywords; and step 04's lemma corrections,
 * `TAG_CORRECTIONS` and `LEMMA_CORRECTIONS`) runs an ordered `RULES` table whose entries
 * carry an `id`. The ids are listed here by hand, not imported: importing the tables would pull the
 * rule code into every bundle that checks options (`tokenize` 0.04 → 0.73 MB, measured by the entity
 * helper); `src/api/rule-ids.test.ts` checks that each list equals its step's table, so an id a step
 * honours is accepted and any other id is a `TypeError` (a rule switched off by a misspelt id would
 * be silently ignored).
 *
 * @module
 */

/** The steps that run named rules (`tags`: step 04's lemma corrections). */
export type RuleStep = 'entities' | 'quotes' | 'keywords' | 'tags';

/** Known rule ids by step, in table order. */
const RULE_IDS: Readonly<Record<RuleStep, readonly string[]>> = {
  // 05-entities: the ids of the entity step's RULES table, in table order (listed by hand so that the
  // option check pulls no rule code into other bundles; rules.test.ts checks the two agree).
  entities: [
    'foreign-place-run', 'english-connector-join', 'english-head-cut', 'english-head-extend', 'person-particle-forward', 'person-join',
    'genitive-owner-split', 'media-subbrand', 'surname-particle-before', 'work-title', 'english-honorific', 'photo-credit-inline', 'picture-source-credit',
    'closed-class-word', 'acronym-not-person', 'sentence-initial-common-word', 'trailing-adverb-cut', 'place-genitive-org',
    'last-word-type', 'english-org-person', 'body-abbreviation', 'org-ending-place', 'title-first-name', 'world-place-type', 'world-exonym-type', 'unlisted-place-person', 'title-of-place', 'regnal-number', 'place-category-noun',
    'street-name', 'place-compound', 'national-name-span', 'place-org-head', 'institution-adjective-head', 'county', 'company-form',
    'sports-club-word', 'org-phrase-tail', 'org-och-join', 'place-phrase-tail', 'venue-name',
    'company-category-noun', 'agency-phrase', 'region-prefix', 'acronym-compound', 'sports-club-place', 'club-slash-join',
    'sports-league', 'world-exonym-missed', 'photo-credit-inline-missed', 'sports-club-word-missed', 'national-name-org', 'national-name-head', 'hyphen-och-org',
    'party-abbreviation', 'other-name-in-parentheses', 'body-abbreviation-missed', 'institution-adjective-head-missed', 'company-category-noun-missed', 'place-category-noun-missed', 'agency-phrase-missed', 'org-phrase-missed',
    'reporting-source', 'sports-club-missed', 'org-compound', 'street-name-missed', 'place-compound-missed',
    'place-phrase-missed', 'surname-particle-missed', 'title-before-name', 'coordinated-person',
    'first-name-surname', 'repeated-mention', 'world-name-missed', 'unknown-subject', 'acronym-compound-missed', 'glued-acronym', 'unknown-acronym-org',
    'byline-name', 'party-in-parentheses',
  ],
  // 06-quotes: the ids of the quote step's RULES table, in table order (by hand for the same reason;
  // src/api/rule-ids.test.ts checks the two agree).
  quotes: [
    'dash-line', 'dash-list-items', 'headline-name-colon', 'headline-role-colon', 'quotation-marks', 'colon-quotation',
    'interviewer-question', 'quoted-heading-byline', 'speaker-attribution', 'title-role', 'role-noun',
    'reported-speech-subject', 'interview-answer-pronoun', 'pronoun-unknown-name', 'group-before', 'pair-noun',
    'interview-lead', 'dash-line-before', 'previous-speaker', 'next-dash-speaker', 'repeated-quote', 'title-quotation',
  ],
  // 07-keywords: the ids of the keyword branch's RULES table, in table order (src/api/rule-ids.test.ts
  // compares them with the table once that branch is merged).
  keywords: [
    'article-text-only', 'credit-in-line', 'dateline', 'shared-compound-part', 'glued-compound-part', 'capitals-line', 'name-before-own-noun', 'name-word',
    'function-and-weak-words', 'age-word', 'weekday-time',
    'lemma-word', 'plain-word', 'neuter-agreement', 'name-phrase', 'name-with-noun', 'lemma-phrase', 'linked-phrase', 'attempted-crime', 'genitive-phrase', 'shared-compound',
    'role-before-name', 'name-in-list', 'party-label', 'same-lemma-text', 'hyphen-spelling', 'surname-for-full-name', 'place-for-municipality', 'acronym-for-name', 'phrase-cohesion',
    'linked-phrase-once', 'compound-length', 'implicit-topic', 'quoted-speaker', 'single-letter', 'corpus-model',
    'inside-chosen-phrase', 'title-word-alone', 'name-head-noun', 'covering-phrase', 'name-noun-replace', 'word-family', 'names-cap', 'list-of-people',
  ],
  // 04-annotate: the ids of the tagger's TAG_CORRECTIONS, then of the lemmatizer's LEMMA_CORRECTIONS,
  // in table order (by hand for the same reason; src/api/rule-ids.test.ts checks they agree).
  tags: ['ee-noun', 'um-noun-form', 'ier-plural', 'data-noun', 'ska-adjective', 'data-not-datum', 'eum-noun', 'ium-noun', 'in-noun-slip', 'in-loan-noun', 'agent-noun-plural', 'agent-noun-known', 'compound-verb-form', 'participle-stem'],
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
