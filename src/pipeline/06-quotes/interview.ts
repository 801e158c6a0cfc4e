/**
 * Interviews: the person the lead introduces (`Vi har pratat med Karin Ek`, `Vi träffade Sanna
 * Öberg`, `Här svarar han på frågor`, `Fem snabba med Oskar Dahl`, a Q&A under a name line
 * `Linnea Fors, 27, keramiker`) owns the answers; a person merely discussed never does.
 *
 * @module
 */
import { isSentenceFinalToken } from '../../internal/punctuation';
import type { Token } from '../../types';
import type { FindState, Line, ResolveState } from './model';
import type { QuoteWords } from './words';
import { isCap, type Mention } from './people';

/** The line (before the first quote) whose words introduce an interview (`Vi har pratat med …`), or -1. */
export function interviewLeadLine(state: FindState, before: number): number {
  const { ctx: { tokens }, lines, words: w } = state;
  for (let li = 0; li < lines.length && li < 12; li++) {
    const l = lines[li]!;
    if (l.start >= before) break;
    for (let k = l.t0; k < l.t1; k++) if (w.interviewCues.has(tokens[k]!.normal) && cueTakesPerson(tokens, k, l, w)) return li;
  }
  return -1;
}

/** Whether an interview cue at `k` has a person after it (`med X`, `till henne`) or is `svarar på … frågor`. */
function cueTakesPerson(tokens: readonly Token[], k: number, l: Line, w: QuoteWords): boolean {
  // A verb cue needs the reporter as subject (`Vi har pratat med`, `pratade vi med`): `Ministern
  // träffade Joe Biden` is news about a meeting, not an interview.
  const verb = w.interviewVerbs.has(tokens[k]!.normal);
  if (verb && !tokens.slice(Math.max(l.t0, k - 3), Math.min(l.t1, k + 3)).some((x) => x.normal === 'vi' || x.normal === 'jag')) return false;
  let j = k + 1;
  while (j < l.t1 && j - k <= 4 && w.interviewLinks.has(tokens[j]!.normal)) j++;
  // A role before the name is the role, not the person (`pratat med statsvetaren Karin Ek`,
  // `träffade förbundskaptenen Ola Berg`): the person is the capitalised word after it.
  const link = tokens[j - 1]!;
  if (j + 1 < l.t1 && isRoleBeforeName(tokens[j]!, tokens[j + 1]!)) j++;
  const t = tokens[j];
  if (t && j > k + 1 && /^(med|till)$/.test(link.normal) && (isCap(t) || /^(henne|honom|hen|dem)$/.test(t.normal))) return true;
  if (t && w.interviewObjectVerbs.has(tokens[k]!.normal) && isCap(t)) return true;
  // `X svarar på (några) frågor`, `Här svarar han på frågor`.
  return /^frågor/.test(tokens[k]!.normal) && tokens.slice(Math.max(l.t0, k - 5), k).some((x) => x.normal === 'svarar');
}

/** A lower-case definite noun right before a capitalised word (`statsvetaren Karin`, `vd:n Eva`): a role before a name. */
function isRoleBeforeName(role: Token, next: Token): boolean {
  return role.kind === 'word' && /^\p{Ll}[\p{L}-]*(?:en|an|n|et|:n)$/u.test(role.text) && isCap(next);
}

/** The person an interview lead line introduces: the name (or pronoun) after the cue, or the subject of `svarar`. */
function leadPerson(state: ResolveState, li: number): Mention | null {
  const { ctx: { tokens }, lines, people, words: w, skip } = state;
  const l = lines[li]!;
  for (let k = l.t0; k < l.t1; k++) {
    if (!w.interviewCues.has(tokens[k]!.normal)) continue;
    const ms = people.between(tokens[k]!.end, l.end).filter((m) => !skip(m.start) && m.start - tokens[k]!.end < 40);
    if (ms.length > 0 && !/^frågor/.test(tokens[k]!.normal)) return ms[0]!;
    // A pronoun (`en pratstund med henne`, `Här svarar han på frågor`): the person it stands for.
    for (let j = Math.max(l.t0, k - 5); j < Math.min(l.t1, k + 5); j++) {
      if (!/^(hon|han|henne|honom)$/.test(tokens[j]!.normal)) continue;
      const psex = /^(hon|henne)$/.test(tokens[j]!.normal) ? 'female' : 'male';
      return people.recent(tokens[j]!.start, psex, skip);
    }
    if (ms.length > 0) return ms[0]!;
    const before = people.between(l.start, tokens[k]!.start).filter((m) => !skip(m.start));
    if (before.length > 0) return before[before.length - 1]!;
  }
  return null;
}

/**
 * A Q&A under a name: one of the first three lines is a full name alone (`Hanna Ek`) or with an
 * apposition of age or role (`Linnea Fors, 27, keramiker`), and the line after it names the same
 * person or opens with `Hon`/`Han`; a bare byline is neither.
 */
function nameLinePerson(state: ResolveState): { mention: Mention; line: number } | null {
  const { ctx: { text, tokens }, lines, people, skip } = state;
  for (let li = 0; li < Math.min(3, lines.length - 1); li++) {
    const l = lines[li]!;
    const ms = people.between(l.start, l.end).filter((m) => !skip(m.start));
    if (ms.length !== 1 || ms[0]!.start !== l.start || !ms[0]!.person.name.includes(' ')) continue;
    const rest = text.slice(ms[0]!.end, l.end);
    const withAge = /^,\s*\d{1,3}\s*(?:år)?\s*(?:,|$)/.test(rest);
    if (rest.trim() !== '' && !withAge) continue;
    // The next two lines (a date line may stand between) name the person again or open with `Hon`/`Han`.
    for (const next of lines.slice(li + 1, li + 3)) {
      const again = people.between(next.start, next.end).some((m) => m.person === ms[0]!.person && m.start === next.start);
      const first = tokens[next.t0];
      const pronoun = !!first && /^(hon|han)$/.test(first.normal) && (ms[0]!.person.sex === null || ms[0]!.person.sex === (first.normal === 'hon' ? 'female' : 'male'));
      if (again || (withAge && pronoun)) return { mention: ms[0]!, line: li };
    }
  }
  return null;
}

/** The interviewee of the text and the line after which they own the answers, found once per text. */
export function interviewee(state: ResolveState): { mention: Mention; line: number } | null {
  if (state.interview !== undefined) return state.interview;
  const firstQuote = state.drafts.find((d) => d.found.kind !== 'headline')?.start ?? state.ctx.text.length;
  const li = interviewLeadLine(state, firstQuote);
  const lead = li >= 0 ? leadPerson(state, li) : null;
  const found = lead ? { mention: lead, line: li } : nameLinePerson(state);
  state.interview = found;
  return found;
}

/**
 * Whether the line before a quote (question lines skipped) brings in another person as the subject
 * of its last sentence (`Hugo Falk håller inte med.`): then that person speaks, not the interviewee.
 */
export function otherSubjectBefore(state: ResolveState, line: Line | null, own: Mention): boolean {
  if (!line) return false;
  const { ctx: { tokens }, people, skip } = state;
  for (const m of people.between(line.start, line.end)) {
    if (skip(m.start) || m.person === own.person) continue;
    // On the lead's own line only a person named after the interviewee can take over
    // (`Emmanuel Macron har styrt sedan 2017. Vi har pratat med Karin Ek …`: Macron is discussed).
    if (own.start >= line.start && own.start < line.end && m.start < own.start) continue;
    let k = line.t0;
    while (k < line.t1 && tokens[k]!.start < m.start) k++;
    let s0 = k;
    while (s0 > line.t0 && !isSentenceFinalToken(tokens[s0 - 1]!.text)) s0--;
    if (k - s0 <= 1) return true;
  }
  return false;
}
