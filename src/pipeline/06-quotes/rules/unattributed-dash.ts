import { isSentenceFinalToken } from '../../../internal/punctuation';
import { questionLine, reporterQuestion } from '../lines';
import type { Draft, ResolveState, SpeakerRule } from '../model';
import { resolve } from '../resolve';

/** Whether a draft is an unattributed dash quote. */
const unattributedDash = (d: Draft): boolean => !d.found.raw && d.found.fixed === undefined && d.found.kind === 'dash';

/**
 * The person the line before an unattributed dash quote introduces (interviewer question lines
 * skipped): one in subject position of a sentence (`Hugo Falk håller inte med.`, `Enligt Ola Ek …`)
 * takes the floor; one named as an object (`… om sin mamma Eva Ek.`) does not, unless nobody has
 * spoken yet (`Vi har pratat med Laura Hartman.`).
 */
function introducedBefore(draft: Draft, state: ResolveState): ReturnType<typeof resolve> | undefined {
  const { ctx: { text, tokens }, lines, people, skip, words: w } = state;
  let pl = draft.found.line - 1;
  while (pl >= 0 && (state.questionLines.has(pl) || reporterQuestion(tokens, lines[pl]!, w) || questionLine(text, tokens, lines[pl]!, skip))) pl--;
  const prev = pl >= 0 ? lines[pl]! : null;
  if (!prev || prev.end <= state.lastEnd || text[prev.end - 1] === '?') return undefined;
  const ms = people.between(prev.start, prev.end).filter((m) => !skip(m.start));
  const subject = ms.filter((m) => {
    let k = prev.t0;
    while (k < prev.t1 && tokens[k]!.start < m.start) k++;
    let s0 = k;
    while (s0 > prev.t0 && !isSentenceFinalToken(tokens[s0 - 1]!.text)) s0--;
    return k - s0 <= 3;
  });
  const m = subject[subject.length - 1] ?? (state.lastSpeaker ? undefined : ms[ms.length - 1]);
  if (!m) return undefined;
  return resolve({ kind: 'name', start: m.start, end: m.end, text: m.person.name, endToken: 0 }, state.env) ?? undefined;
}

/** `Hugo Falk håller inte med.` / `– Det är fel.`: an unattributed dash quote goes to the person the line before introduces. */
export const dashLineBefore: SpeakerRule = {
  id: 'dash-line-before',
  resolution: 'previous',
  doc: 'An unattributed dash quote goes to the person the line before introduces as subject: `Hugo Falk håller inte med.` / `– Det är fel.`',
  stage: 'speaker',
  apply(draft, state) {
    return unattributedDash(draft) && !draft.speaker ? introducedBefore(draft, state) : undefined;
  },
};

/** `– A, säger Eva Lund.` / `– B.`: an unattributed dash quote continues the last speaker. */
export const previousSpeaker: SpeakerRule = {
  id: 'previous-speaker',
  resolution: 'previous',
  doc: 'An unattributed dash quote with nobody introduced goes to the last speaker: `– Vi vann, säger Eva Lund.` / `– Nu firar vi.`',
  stage: 'speaker',
  apply(draft, state) {
    if (!unattributedDash(draft) || draft.speaker) return undefined;
    return state.lastSpeaker ?? undefined;
  },
};
