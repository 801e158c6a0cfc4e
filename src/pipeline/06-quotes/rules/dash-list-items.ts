import { SENTENCE_FINAL_CHARS } from '../../../internal/punctuation';
import { dashBody, firstPerson, listLike, tokenRange, wordCount } from '../lines';
import type { FindRule, FindState, Found, Line } from '../model';

/**
 * `Kommunen skriver:` before a Markdown bullet list (`- bron stängs` / `- bussarna leds om`): the
 * colon line introduces a list, not speech. Two adjacent items that are both hyphen bullets or both
 * short and unpunctuated make it a list; returns the index of the run's last quote, or -1.
 */
function introducedList(state: FindState, dash: Found[], i: number): number {
  const { ctx: { text, tokens }, lines } = state;
  const f = dash[i]!;
  const nl = lines[f.lastLine + 1];
  if (!f.intro || !nl || dashBody(text, nl) < 0) return -1;
  const here = lines[f.line]!;
  const bullet = (l: Line): boolean => text[l.start] === '-';
  if (!((bullet(here) && bullet(nl)) || (listLike(text, tokens, here) && listLike(text, tokens, nl)))) return -1;
  let j = i + 1;
  while (j + 1 < dash.length && !dash[j + 1]!.raw && adjacent(dash[j]!, dash[j + 1]!)) j++;
  return j;
}

/** The next dash quote starts on the line after this one ends (across blank lines too). */
const adjacent = (x: Found, y: Found): boolean => y.line === x.lastLine + 1;

/** Whether a run of adjacent unattributed dash lines is a list. */
function isListRun(state: FindState, dash: Found[], i: number, run: Found[]): boolean {
  const { ctx: { text, tokens }, lines, words: w } = state;
  const f = run[0]!;
  const prev = f.line > 0 ? lines[f.line - 1]! : null;
  const colonIntro = !!prev && text[prev.end - 1] === ':' && !f.intro;
  // Right after an attributed dash quote, unattributed dash lines continue the speech (interviews).
  const afterSpeech = i > 0 && !!dash[i - 1]!.raw && adjacent(dash[i - 1]!, f);
  const listy = run.filter((r) => listLike(text, tokens, lines[r.line]!)).length;
  const speechy = run.filter((r) => firstPerson(tokens, lines[r.line]!, w)).length;
  // Hyphen bullets (`- `) in a run are Markdown list items, whatever they say.
  const hyphens = run.filter((r) => text[lines[r.line]!.start] === '-').length;
  return (
    // After a colon line, long sentences in the first person are speech (`Tränaren om matchen:` /
    // `– För att vi ska kunna vinna borta måste vi …`), short or bulleted items a list.
    (colonIntro && (listy > 0 || text[lines[f.line]!.start] === '-' || (run.length >= 2 && speechy < run.length))) ||
    (run.length >= 2 && !afterSpeech && (listy * 2 >= run.length || speechy * 2 < run.length || hyphens === run.length))
  );
}

/** Whether one unattributed dash line outside a list is speech: a sentence (or the title line), not a fragment or a link. */
function speechLine(state: FindState, r: Found): boolean {
  const { ctx: { text, tokens }, lines } = state;
  const line = lines[r.line]!;
  const words = r.parts.reduce((n, p) => n + wordCount(tokens, ...tokenRange(tokens, p, line)), 0);
  const endsSentence = SENTENCE_FINAL_CHARS.includes(text[r.parts[r.parts.length - 1]!.end - 1]!);
  // Links and navigation (`- [Läs mer](…)`) are not speech.
  if (/\]\(|https?:|www\./.test(text.slice(line.start, line.end))) return false;
  return (endsSentence && words >= 2) || (words >= 4 && (r.line === 0 || words >= 8));
}

/** Drops dash lines that are list items rather than speech. */
export const dashListItems: FindRule = {
  id: 'dash-list-items',
  doc: 'Dash lines that are list items are no quotes: `Kommunen skriver:` / `- bron stängs` / `- bussarna leds om`.',
  stage: 'find',
  apply(state) {
    const dash = state.found.filter((f) => f.kind === 'dash');
    const keep: Found[] = [];
    for (let i = 0; i < dash.length; i++) {
      const f = dash[i]!;
      const listEnd = introducedList(state, dash, i);
      if (listEnd >= 0) {
        i = listEnd;
        continue;
      }
      if (f.raw) {
        keep.push(f);
        continue;
      }
      // A maximal run of adjacent unattributed dash lines.
      let j = i;
      while (j + 1 < dash.length && !dash[j + 1]!.raw && adjacent(dash[j]!, dash[j + 1]!)) j++;
      const run = dash.slice(i, j + 1);
      const isList = isListRun(state, dash, i, run);
      for (const r of run) if (r.intro || (!isList && speechLine(state, r))) keep.push(r);
      i = j;
    }
    state.found = [...state.found.filter((f) => f.kind !== 'dash'), ...keep];
  },
};
