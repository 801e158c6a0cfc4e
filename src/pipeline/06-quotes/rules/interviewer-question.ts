import { isSentenceFinalToken } from '../../../internal/punctuation';
import { tokenRange, wordCount } from '../lines';
import { interviewLeadLine } from '../interview';
import type { FindRule, FindState, Found } from '../model';

/**
 * Whether an unattributed dash quote is an interviewer's question: one short sentence (at most 15
 * words) ending in `?` with a second-person word (`du`, `ni`, `dig` …), followed on the next line
 * by another dash quote (the answer). Attributed questions (`? frågar hon`) and questions without
 * `du`/`ni` (rhetorical: `– Vem ska betala?`) stay quotes.
 */
function interviewerQuestion(state: FindState, f: Found, next: Found | undefined, interview: boolean): boolean {
  const { ctx: { text, tokens }, lines, words: w } = state;
  if (f.kind !== 'dash' || f.raw || f.intro || !next || next.kind !== 'dash' || next.line !== f.lastLine + 1 || f.parts.length !== 1) return false;
  const sp = f.parts[0]!;
  if (text[sp.end - 1] !== '?') return false;
  const [a, b] = tokenRange(tokens, sp, lines[f.line]!);
  if (wordCount(tokens, a, b) > 15) return false;
  let second = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (isSentenceFinalToken(t.text) && k < b - 1) return false;
    if (w.secondPerson.has(t.normal)) second = true;
  }
  return second || interview;
}

/** `– Hur ser du på framtiden?` followed by the answer as a dash line: the interviewer's question is no quote. */
export const interviewerQuestionRule: FindRule = {
  id: 'interviewer-question',
  doc: 'A short dash question with `du`/`ni` (any, in an interview) right before a dash answer is the interviewer’s: `– Hur känns det för dig?` / `– Fantastiskt.`',
  stage: 'find',
  apply(state) {
    const dash = state.found.filter((f) => f.kind === 'dash');
    const drop = new Set<Found>();
    // In an interview (`Vi fick en pratstund med henne`) any short dash question before an answer is the interviewer's.
    const interview = dash.length > 0 && interviewLeadLine(state, dash[0]!.parts[0]!.start) >= 0;
    dash.forEach((f, i) => {
      if (!interviewerQuestion(state, f, dash[i + 1], interview)) return;
      state.questionLines.add(f.line);
      drop.add(f);
    });
    if (drop.size > 0) state.found = state.found.filter((f) => !drop.has(f));
  },
};
