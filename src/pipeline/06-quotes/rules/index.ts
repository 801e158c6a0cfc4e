/**
 * The quote step's rules, in the order they run.
 *
 * Finding (`stage: 'find'`), once per text:
 * `dash-line` finds every dash line and cuts out its attribution; it must run first because the
 * list filter, the headline and the quotation marks all read the dash quotes. `dash-list-items`
 * drops runs of dash lines that are list items (it looks at whole runs). `headline-name-colon`
 * adds `Name: statement` on the first line and drops a dash quote there; `headline-role-colon` does
 * the same for `Role: statement` (`Forskaren: ”…”`). `quotation-marks` finds
 * quotations outside the dash quotes (so it runs after them); `colon-quotation` adds a quotation that a
 * colon introduces and that fills its line, where no attribution follows. `interviewer-question` drops the
 * interviewer's questions and records their lines, which `dash-line-before` skips.
 *
 * Speakers (`stage: 'speaker'`), on each quote in text order; a later rule sees what the earlier
 * ones gave, and the last speaker carries over to the next quote:
 * `quoted-heading-byline` and `speaker-attribution` (the clause's own speaker) come first;
 * `title-role` gives a `Role: statement` headline to the person of that role (else the
 * interviewee); `role-noun` then turns a role noun the attribution left unnamed (`säger tränaren`) into the
 * person introduced with that role; `reported-speech-subject` gives quotation marks inside reported
 * speech (`Hon beskriver läget som ”…”, enligt TT.`) to the subject, not the medium; `interview-answer-pronoun` gives `svarar hon` in an interview
 * to the interviewee; `pronoun-unknown-name` fills a `säger hon` that found nobody;
 * `group-before` and `pair-noun` replace a group slot; `interview-lead` gives the unattributed
 * answers of an interview to the interviewee (before `dash-line-before`, so a person the
 * interview is about never gets them); `dash-line-before` and then
 * `previous-speaker` give unattributed dash quotes a speaker (the person introduced just before
 * wins over the last one).
 *
 * Review (`stage: 'review'`), once all quotes have their speakers:
 * `next-dash-speaker`, `repeated-quote`, `title-quotation` fill the quotes still without a
 * speaker from the quotes around them.
 *
 * @module
 */
import type { QuoteRule } from '../model';
import { colonQuotation } from './colon-quotation';
import { dashLine } from './dash-line';
import { dashListItems } from './dash-list-items';
import { groupBeforeRule, pairNoun } from './group';
import { headlineNameColon } from './headline-name-colon';
import { headlineRoleColon, titleRole } from './headline-role-colon';
import { interviewAnswerPronoun, interviewLead } from './interview';
import { interviewerQuestionRule } from './interviewer-question';
import { nextDashSpeaker } from './next-dash-speaker';
import { pronounUnknownName } from './pronoun-unknown-name';
import { quotationMarks } from './quotation-marks';
import { repeatedQuote } from './repeated-quote';
import { reportedSpeechSubject } from './reported-speech-subject';
import { roleNoun } from './role-noun';
import { quotedHeadingByline, speakerAttribution } from './speaker-attribution';
import { titleQuotation } from './title-quotation';
import { dashLineBefore, previousSpeaker } from './unattributed-dash';

/** The quote step's rules in the order they run (see the module comment for why). */
export const RULES: readonly QuoteRule[] = [
  dashLine,
  dashListItems,
  headlineNameColon,
  headlineRoleColon,
  quotationMarks,
  colonQuotation,
  interviewerQuestionRule,
  quotedHeadingByline,
  speakerAttribution,
  titleRole,
  roleNoun,
  reportedSpeechSubject,
  interviewAnswerPronoun,
  pronounUnknownName,
  groupBeforeRule,
  pairNoun,
  interviewLead,
  dashLineBefore,
  previousSpeaker,
  nextDashSpeaker,
  repeatedQuote,
  titleQuotation,
];
