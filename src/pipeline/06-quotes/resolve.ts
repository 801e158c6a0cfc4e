/**
 * Resolving a speaker slot (`säger hon`, `säger ministern`, `Hartman`, `säger de`) to a speaker,
 * against the people of the text and the entities.
 *
 * @module
 */
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../../internal/search';
import { isSentenceFinalToken } from '../../internal/punctuation';
import type { Entity, Span, TextContext, Token } from '../../types';
import type { Who } from './model';
import { firstNameLike, isCap, isLower, sexOf, withoutPlaceTail, stripGenitive, type People, type Person } from './people';
import { isCue, type RawSpeaker } from './speaker';
import { sentenceStartAt } from './lines';
import type { QuoteWords } from './words';

/** The entity (sorted by start) that starts at or before `start` and reaches `end`, if any. */
export function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  const lo = lastStartingAtOrBefore(entities, start) + 1;
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const e = entities[i]!;
    if (e.end >= end && e.end > start) return e;
  }
  return undefined;
}

/** A person as a speaker, with a role from the clause, the apposition or the title, and the span that names them. */
export function withPerson(p: Person, role?: string, span?: Span): Who {
  const s: Who = { name: p.name, named: true };
  const r = role ?? p.role ?? p.titles[0];
  if (r) s.role = r;
  if (p.entityId) s.entityId = p.entityId;
  if (span) {
    s.start = span.start;
    s.end = span.end;
  }
  return s;
}

/** What a resolution needs besides the slot. */
export interface ResolveEnv {
  /** The people of the text. */
  people: People;
  /** Entities sorted by start. */
  entities: readonly Entity[];
  /** Whether an offset lies inside a quote. */
  skip: (at: number) => boolean;
  /** The word lists. */
  words: QuoteWords;
}

/** A name slot: the entity covering it, else the register's full name, else the name as written. */
function resolveName(raw: RawSpeaker, env: ResolveEnv): Who {
  const { people, entities } = env;
  const ent = entityAt(entities, raw.start, raw.end - 2);
  const role = raw.role && !/^(han|hon)$/i.test(raw.role) ? raw.role : undefined;
  if (ent) {
    const name = withoutPlaceTail(ent.name, env.words);
    const p = people.byName.get(name);
    const s: Who = { name, named: true, entityId: ent.id };
    const r = role ?? p?.role ?? p?.titles[0];
    if (r) s.role = r;
    s.start = raw.start;
    s.end = raw.end;
    return s;
  }
  const name = raw.text.replace(/\u00ad/g, '');
  let p = people.byName.get(name) ?? people.byName.get(stripGenitive(name));
  if (!p && !name.includes(' ')) p = people.resolveShort(name, raw.start) ?? undefined;
  if (!p) {
    // A longer form of a multi-word name (`Lind Holmgren` → `Sara Lind Holmgren`).
    let k = 0;
    for (const q of people.byName.values()) {
      if (++k > 400) break;
      if (q.name.endsWith(' ' + name)) p = q;
    }
  }
  if (p) return withPerson(p, role, raw);
  const s: Who = { name, named: true, start: raw.start, end: raw.end };
  if (role) s.role = role;
  return s;
}

/** Resolves a speaker slot to a speaker. */
export function resolve(raw: RawSpeaker, env: ResolveEnv): Who | null {
  const { people, skip, words: w } = env;
  if (raw.kind === 'pronoun' && /^(de|dom)$/i.test(raw.text)) return null;
  if (raw.kind === 'pronoun') {
    const sex = w.pronouns.get(raw.text.toLowerCase()) ?? null;
    let m = people.recent(raw.start, sex, skip);
    // `Konstnären Hedda Ek visar … Utställningen är kurerad av Karin Wall. – …, säger hon.`: a person
    // named only after a preposition is not the one `hon` picks up when the paragraph's subject fits.
    if (m && sex && /(?:^|\s)(?:av|med|till|hos|för|om)\s+$/i.test(people.text.slice(Math.max(0, m.start - 6), m.start))) {
      const earlier = people.recent(m.start, sex, skip);
      if (earlier && earlier.person !== m.person && m.start - earlier.end < 300 && !people.text.slice(earlier.end, m.start).includes('\n\n')) m = earlier;
    }
    return m ? { ...withPerson(m.person, undefined, m), resolution: 'pronoun' } : null;
  }
  if (raw.kind === 'np') {
    // `säger ministern` → the minister named before.
    const head = raw.text.split(' ').pop()!.toLowerCase();
    if (!raw.text.includes(' ') && w.roleNouns.includes(head)) {
      const base = head.replace(/(?::n|en|n)$/, '');
      const m = people.recentWithRole(raw.start, base.length >= 3 ? base : head, skip);
      if (m) return { ...withPerson(m.person, undefined, m), resolution: 'role' };
    }
    return { name: raw.text, named: false, start: raw.start, end: raw.end };
  }
  return resolveName(raw, env);
}

/** Whether a speaker slot stands for a group (`säger de`, `säger båda`, `säger de båda`, `säger bägge två`). */
export function groupSlot(raw: RawSpeaker, w: QuoteWords): boolean {
  const ws = raw.text.toLowerCase().split(' ');
  return ws.length <= 2 && w.groupWords.has(ws[0]!) && (ws.length === 1 || /^(två|båda|bägge)$/.test(ws[1]!));
}

/**
 * The group a `säger de` quote starting at `pos` refers to, from the (at most two) sentences
 * before it, outside quotes: the most recent named pair (`Anna och Per Svensson`, `Maja Lind och
 * Omar Farah`) as a named speaker, else a sentence-initial plural definite noun (`Eleverna …`) as
 * an unnamed one. Looks at most 60 tokens back (linear time).
 */
export function groupBefore(ctx: TextContext, pos: number, skip: (at: number) => boolean, w: QuoteWords, pairOnly = false): Who | null {
  const { text, tokens } = ctx;
  const lo = firstStartingAtOrAfter(tokens, pos);
  // Skip the quote's own dash and the line break before it.
  let k = lo - 1;
  while (k >= 0 && tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'number' && !isSentenceFinalToken(tokens[k]!.text)) k--;
  let sentences = 0;
  let plural: Who | null = null;
  for (let n = 0; k >= 0 && n < 60; k--, n++) {
    const t = tokens[k]!;
    if (skip(t.start)) break;
    if (isSentenceFinalToken(t.text) && n > 0) {
      if (plural || ++sentences >= 2) break;
      continue;
    }
    const pair = namedPairAt(text, tokens, k, w);
    if (pair) return pair;
    // `Eleverna i nian har …`: a plural definite noun opening the sentence.
    if (!plural && !pairOnly && isCap(t) && t.normal.length >= 6 && w.pluralEndings.some((e) => t.normal.endsWith(e)) && (k === 0 || isSentenceFinalToken(tokens[k - 1]!.text) || /\n/.test(text.slice(tokens[k - 1]!.end, t.start)))) {
      plural = { name: t.normal, named: false };
    }
  }
  return plural;
}

/** `X [Y] och Z W` at the `och` token `k`: a name before `och` and a name of two words or more after it. */
function namedPairAt(text: string, tokens: readonly Token[], k: number, w: QuoteWords): Who | null {
  const t = tokens[k]!;
  if (!(t.normal === 'och' && isCap(tokens[k - 1]) && isCap(tokens[k + 1]) && isCap(tokens[k + 2]))) return null;
  let a = k - 1;
  while (a - 1 >= 0 && k - a < 3 && isCap(tokens[a - 1]) && !sentenceStartAt(tokens, a, 0)) a--;
  let b = k + 2;
  while (b + 1 < tokens.length && b - k < 4 && isCap(tokens[b + 1])) b++;
  if (firstNameLike(tokens[a]!.text, w) || firstNameLike(tokens[k + 1]!.text, w)) return { name: text.slice(tokens[a]!.start, tokens[b]!.end), named: true };
  return null;
}

/**
 * For `säger hon` / `säger han` when no person of that sex (or of unknown sex) is known: the most
 * recent run of two or three capitalised words before the quote starting at `pos` (`Tjorven
 * Axelsson driver …`, `Vi träffar Zlatana Kovačević …`) whose first name is in no list, or a lone
 * first name of the pronoun's sex (`Anna är 34 år …`). Leading function words are dropped
 * (`Enligt`, `I`); a run after a preposition (`i Nya Zeeland`), inside a quote, with a first name
 * of known sex, or tagged as a place is no person. At most 60 tokens and two sentences back.
 */
export function unknownNameBefore(ctx: TextContext, pos: number, env: ResolveEnv, sex: 'female' | 'male' | null): RawSpeaker | null {
  const { text, tokens } = ctx;
  const { skip, entities, words: w } = env;
  const lo = firstStartingAtOrAfter(tokens, pos);
  let sentences = 0;
  const fnWord = (t: Token): boolean => w.notSpeakerStart.has(t.normal) || w.npStop.has(t.normal) || isCue(t, w);
  for (let k = lo - 1, n = 0; k >= 0 && n < 60; k--, n++) {
    const t = tokens[k]!;
    if (skip(t.start)) break;
    if (isSentenceFinalToken(t.text) && ++sentences > 2) break;
    if (!isCap(t)) continue;
    // The run ending at k.
    let a = k;
    while (a - 1 >= 0 && k - a < 5 && isCap(tokens[a - 1]) && !/\n/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
    const runStart = a;
    while (a < k && fnWord(tokens[a]!)) a++;
    const prev = tokens[runStart - 1];
    const afterPrep = a === runStart && !!prev && isLower(prev) && w.npStop.has(prev.normal);
    const found = nameRun(text, tokens, a, k, afterPrep, entities, sex, w);
    if (found) return found;
    k = runStart;
  }
  return null;
}

/** The run `[a, k]` as a name for `unknownNameBefore`, or null. */
function nameRun(text: string, tokens: readonly Token[], a: number, k: number, afterPrep: boolean, entities: readonly Entity[], sex: 'female' | 'male' | null, w: QuoteWords): RawSpeaker | null {
  const words = k - a + 1;
  // A lone first name of the right sex (`Anna är 34 år …`, `Ahmed, 12 år, …`).
  if (words === 1 && sex && sexOf(tokens[a]!.text, w) === sex) {
    const ent = entityAt(entities, tokens[a]!.start, tokens[a]!.end);
    if (!ent || ent.type === 'PER') return { kind: 'name', start: tokens[a]!.start, end: tokens[a]!.end, text: tokens[a]!.text, endToken: k + 1 };
  }
  if (words >= 2 && words <= 3 && !afterPrep && sexOf(tokens[a]!.text, w) === null && tokens.slice(a, k + 1).every((x) => x.text.length >= 2 && /^\p{L}[\p{L}-]*$/u.test(x.text))) {
    const ent = entityAt(entities, tokens[a]!.start, tokens[k]!.end);
    // The entity step may tag an unknown two-word name as an organisation (`Zlatana Kovačević`);
    // `säger hon` cannot point at a place, so only LOC (and other non-PER/ORG tags) rule it out.
    if (!ent || ent.type === 'PER' || ent.type === 'ORG') {
      const start = tokens[a]!.start;
      const end = tokens[k]!.end;
      return { kind: 'name', start, end, text: text.slice(start, end), endToken: k + 1 };
    }
  }
  return null;
}
