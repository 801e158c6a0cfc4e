import { firstNameLike, isCap } from '../people';
import { trimSpan, wordCount } from '../lines';
import type { FindRule, FindState, Found } from '../model';
import { entityAt } from '../resolve';
import type { RawSpeaker } from '../speaker';

/** `Laura Hartman: Allt fler ser …` on the first line: the statement after the name, or null. */
function headlineQuote(state: FindState): Found | null {
  const { ctx: { text, tokens }, lines, entities, words: w } = state;
  const l = lines[0];
  if (!l) return null;
  let a = l.t0;
  while (a < l.t1 && /^[#*]+$/.test(tokens[a]!.text)) a++;
  let k = a;
  while (k < l.t1 && k - a < 5 && isCap(tokens[k])) k++;
  if (k === a || tokens[k]?.text !== ':' || k + 1 >= l.t1) return null;
  if (w.labelWords.has(tokens[a]!.normal)) return null;
  if (wordCount(tokens, k + 1, l.t1) < 3) return null;
  // `Statsminister Eva Ek: …` — the name starts at the first first name with a surname after it.
  let f = a;
  while (f < k - 2 && !firstNameLike(tokens[f]!.text, w)) f++;
  if (!firstNameLike(tokens[f]!.text, w)) f = a;
  const nameStart = tokens[f]!.start;
  const nameEnd = tokens[k - 1]!.end;
  const ent = entityAt(entities, nameStart, nameEnd);
  if (ent?.type === 'LOC') return null;
  if (!ent && !(k - f >= 2 && firstNameLike(tokens[f]!.text, w))) return null;
  let ss = tokens[k + 1]!.start;
  let se = l.end;
  // `Anna Ek: ”Vi måste agera nu”` — the statement without its quotation marks.
  if ('”"»“'.includes(text[ss]!) && '”"«»'.includes(text[se - 1]!) && se - ss > 2) {
    ss++;
    se--;
  }
  const sp = trimSpan(text, ss, se);
  if (!sp) return null;
  const raw: RawSpeaker = { kind: 'name', start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd), endToken: k };
  if (f > a) raw.role = text.slice(tokens[a]!.start, tokens[f - 1]!.end).toLowerCase();
  return { kind: 'headline', parts: [sp], raw, cue: null, line: 0, lastLine: 0, rule: headlineNameColon.id };
}

/** `Laura Hartman: Allt fler ser baksidorna`: a first line `Name: statement` is a headline quote. */
export const headlineNameColon: FindRule = {
  id: 'headline-name-colon',
  doc: 'A first line `Name: statement` is a headline quote: `Anna Ek: Vi måste bygga fler förskolor`.',
  stage: 'find',
  apply(state) {
    const head = headlineQuote(state);
    if (!head) return;
    // The headline's line is no dash quote.
    state.found = [head, ...state.found.filter((f) => !(f.kind === 'dash' && f.line === 0))];
  },
};
