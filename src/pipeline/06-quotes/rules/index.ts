/**
 * The quote step's rules, in the order they run.
 *
 * Finding (`stage: 'find'`), once per text:
 * 1. `dash-line` finds every dash line and cuts out its attribution; it must run first because the
 *    list filter, the headline and the quotation marks all read the dash quotes.
 * 2. `dash-list-items` drops runs of dash lines that are list items (it looks at whole runs).
 * 3. `headline-name-colon` adds `Name: statement` on the first line and drops a dash quote there.
 * 4. `quotation-marks` finds quotations outside the dash quotes (so it runs after 1–3).
 * 5. `interviewer-question` drops the interviewer's questions and records their lines, which
 *    `dash-line-before` skips.
 *
 * Speakers (`stage: 'speaker'`), on each quote in text order; a later rule sees what the earlier
 * ones gave, and the last speaker carries over to the next quote:
 * 6. `quoted-heading-byline`, 7. `speaker-attribution` (the clause's own speaker) come first;
 * 8. `pronoun-unknown-name` fills a `säger hon` that found nobody; 9. `group-before` and
 * 10. `pair-noun` replace a group slot; 11. `dash-line-before` and then 12. `previous-speaker` give
 * unattributed dash quotes a speaker (the person introduced just before wins over the last one).
 *
 * Review (`stage: 'review'`), once all quotes have their speakers:
 * 13. `next-dash-speaker`, 14. `repeated-quote`, 15. `title-quotation` fill the quotes still
 * without a speaker from the quotes around them.
 *
 * @module
 */
import type { QuoteRule } from '../model';
import { dashLine } from './dash-line';
import { dashListItems } from './dash-list-items';
import { groupBeforeRule, pairNoun } from './group';
import { headlineNameColon } from './headline-name-colon';
import { interviewerQuestionRule } from './interviewer-question';
import { nextDashSpeaker } from './next-dash-speaker';
import { pronounUnknownName } from './pronoun-unknown-name';
import { quotationMarks } from './quotation-marks';
import { repeatedQuote } from './repeated-quote';
import { quotedHeadingByline, speakerAttribution } from './speaker-attribution';
import { titleQuotation } from './title-quotation';
import { dashLineBefore, previousSpeaker } from './unattributed-dash';

/** The quote step's rules in the order they run (see the module comment for why). */
export const RULES: readonly QuoteRule[] = [
  dashLine,
  dashListItems,
  headlineNameColon,
  quotationMarks,
  interviewerQuestionRule,
  quotedHeadingByline,
  speakerAttribution,
  pronounUnknownName,
  groupBeforeRule,
  pairNoun,
  dashLineBefore,
  previousSpeaker,
  nextDashSpeaker,
  repeatedQuote,
  titleQuotation,
];
