import { lastStartingAtOrBefore } from '../../../internal/search';
import { interviewee, otherSubjectBefore } from '../interview';
import { questionLine, reporterQuestion } from '../lines';
import type { Line, ResolveState, SpeakerRule } from '../model';
import { withPerson } from '../resolve';

/** The line before a quote, interviewer questions skipped. */
function lineBefore(state: ResolveState, quoteLine: number): Line | null {
  const { ctx: { text, tokens }, lines, skip, words: w } = state;
  let pl = quoteLine - 1;
  while (pl >= 0 && (state.questionLines.has(pl) || reporterQuestion(tokens, lines[pl]!, w) || questionLine(text, tokens, lines[pl]!, skip))) pl--;
  return pl >= 0 ? lines[pl]! : null;
}

/** `Vi har pratat med Karin Ek.` / `Varför …?` / `– Han saknar majoritet.`: the interviewee owns the unattributed answers. */
export const interviewLead: SpeakerRule = {
  id: 'interview-lead',
  doc: 'In an interview (`Vi har pratat med X`, `Vi träffade X`, `X svarar på frågor`, a Q&A under a name line) the unattributed answers are the interviewee’s, never a person the interview is about.',
  stage: 'speaker',
  resolution: 'interview',
  apply(draft, state) {
    const f = draft.found;
    if (f.raw || (f.fixed !== undefined && f.fixed !== null) || draft.speaker || f.kind === 'headline') return undefined;
    const iv = interviewee(state);
    if (!iv) return undefined;
    const quoteLine = f.kind === 'dash' ? f.line : lastStartingAtOrBefore(state.lines, draft.start);
    if (quoteLine <= iv.line) return undefined;
    if (otherSubjectBefore(state, lineBefore(state, quoteLine), iv.mention)) return undefined;
    return withPerson(iv.mention.person, undefined, iv.mention);
  },
};

/** `På frågan om … svarar hon:` in an interview: the pronoun is the interviewee. */
export const interviewAnswerPronoun: SpeakerRule = {
  id: 'interview-answer-pronoun',
  doc: '`svarar hon` in an interview goes to the interviewee when the sex fits: `Vi träffade Eva Ek.` … `På frågan om framtiden svarar hon:` / `– …`.',
  stage: 'speaker',
  resolution: 'interview',
  apply(draft, state) {
    const raw = draft.found.raw;
    if (!raw || raw.kind !== 'pronoun' || !/^svara(r|de)$/i.test(draft.found.cue ?? '')) return undefined;
    const iv = interviewee(state);
    const sex = state.words.pronouns.get(raw.text.toLowerCase());
    if (!iv || sex === undefined || (iv.mention.person.sex !== null && sex !== null && iv.mention.person.sex !== sex)) return undefined;
    if (raw.start < state.lines[iv.line]!.end) return undefined;
    return withPerson(iv.mention.person, undefined, iv.mention);
  },
};
