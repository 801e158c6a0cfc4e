import { trimSpan, wordCount } from '../lines';
import { interviewee } from '../interview';
import type { FindRule, Found, SpeakerRule } from '../model';
import { firstNameLike, roleMatches, roleShaped } from '../people';
import { entityAt, withPerson } from '../resolve';

/** `Forskaren: ”Europa måste agera”` on the first line: a headline quote whose speaker is the person of that role. */
export const headlineRoleColon: FindRule = {
  id: 'headline-role-colon',
  doc: 'A first line `Role: statement` is a headline quote of the person with that role: `Forskaren: ”Europa måste agera nu”`.',
  stage: 'find',
  apply(state) {
    const { ctx: { text, tokens }, lines, entities, words: w } = state;
    const l = lines[0];
    if (!l || state.found.some((f) => f.kind === 'headline')) return;
    let a = l.t0;
    while (a < l.t1 && /^[#*]+$/.test(tokens[a]!.text)) a++;
    const role = tokens[a];
    if (!role || tokens[a + 1]?.text !== ':' || a + 2 >= l.t1 || role.kind !== 'word') return;
    if (w.labelWords.has(role.normal) || firstNameLike(role.text, w) || !roleShaped(role.text, w) || entityAt(entities, role.start, role.end)) return;
    if (wordCount(tokens, a + 2, l.t1) < 3) return;
    let ss = tokens[a + 2]!.start;
    let se = l.end;
    while (se > ss && /[*_\s]/.test(text[se - 1]!)) se--;
    if ('”"»“'.includes(text[ss]!) && '”"«»'.includes(text[se - 1]!) && se - ss > 2) {
      ss++;
      se--;
    }
    const sp = trimSpan(text, ss, se);
    if (!sp) return;
    const f: Found = { kind: 'headline', parts: [sp], raw: null, cue: null, line: 0, lastLine: 0, rule: headlineRoleColon.id, titleRole: { start: role.start, end: role.end, text: role.normal } };
    state.found = [f, ...state.found.filter((x) => !(x.kind === 'dash' && x.line === 0))];
  },
};

/** The speaker of a `Role: statement` headline: the person introduced with that role, else the interviewee, else nobody. */
export const titleRole: SpeakerRule = {
  id: 'title-role',
  doc: '`Barnmorskan: ”…”` goes to the person introduced as `barnmorskan`, else to the interviewee of the text; never to a guess.',
  stage: 'speaker',
  resolution: 'title',
  apply(draft, state) {
    const r = draft.found.titleRole;
    if (!r) return undefined;
    const m = state.people.recentMatching(r.end, (p) => roleMatches(p, r.text, state.words), state.skip);
    if (m) return withPerson(m.person, undefined, m);
    const iv = interviewee(state);
    return iv ? withPerson(iv.mention.person, undefined, iv.mention) : undefined;
  },
};
