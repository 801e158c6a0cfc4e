/**
 * The people a text mentions, as a reader keeps track of them: full names, their sex from the
 * first name, titles and appositions, and every later mention by surname or first name. The quote
 * step resolves `säger hon`, `säger ministern` and `Hartman` against this register.
 *
 * @module
 */
import { firstStartingAtOrAfter } from '../../internal/search';
import { endsWithAny } from '../../internal/endings';
import type { Entity, Token } from '../../types';
import type { QuoteWords } from './words';
import { nationalityAt, quoteFormFacts, roleShapedAt, roleWordAt, type QuoteFormFacts } from './form-facts';
import { FormInts, formIdsOf } from '../../internal/form-ids';
import { sortInOrder } from '../../internal/sort-in-order';

/** One person (or named organisation) of the text. */
export interface Person {
  /** Full name as the text gives it (`Laura Hartman`). */
  name: string;
  /** Sex from the first name, `null` when unknown. */
  sex: 'female' | 'male' | null;
  /** Lower-cased title words written right before the name (`utrikesminister`). */
  titles: string[];
  /** First apposition (`ordförande för Tillitsdelegationen`), when the text gives one. */
  role?: string;
  /** Entity id, when the entity step tagged the person. */
  entityId?: string;
  /** Other nouns written right before the name (`mittfältaren`, `barnmorskan`, `Grundaren`), lower case: roles a later `säger tränaren` can point to. */
  nouns: string[];
  /** Age from `Anna Ek, 38,` or `38-årige Per Ek`. */
  age?: string;
  /** Nationality adjective from `Norske mittfältaren Sondre Bakken` or `norrmannen Sondre Bakken` (`norsk`). */
  nationality?: string;
}

/** One mention of a person. */
export interface Mention {
  /** The person. */
  person: Person;
  /** Offset of the mention. */
  start: number;
  /** End offset of the mention. */
  end: number;
}

/** Whether a token is a capitalised word (`Laura`, `Hans-Erik`, not `SVT`-style all-caps of 3+). */
export function isCap(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return isCapText(t.text);
}

/** {@link isCap} of a word's written form. */
function isCapText(w: string): boolean {
  // Speed: ASCII first letters are decided by their char code; others by the regex.
  const c0 = w.charCodeAt(0);
  if (c0 < 128 ? !(c0 >= 65 && c0 <= 90) : !/^\p{Lu}/u.test(w)) return false;
  // All-caps words of three or more letters are acronyms or shouted bylines, not names.
  if (w.length < 3) return true;
  // Speed: an ASCII lower-case letter means the word is not all caps; an all-ASCII word without
  // one is; anything else is compared with its upper-cased form.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return w !== w.toUpperCase();
  }
  return false;
}

/**
 * Whether a mention ending at `end` stands in the last sentence before the line that holds `pos`
 * (or on that line before it): at most one sentence end between them. Looks at most 400
 * characters back.
 */
function introducedBefore(text: string, end: number, pos: number): boolean {
  if (pos - end > 400) return false;
  let lineStart = pos;
  while (lineStart > end && text[lineStart - 1] !== '\n') lineStart--;
  const between = text.slice(end, lineStart);
  const ends = between.match(/[.!?…]+["”»]?(?:\s|$)|\n\s*/g);
  return !ends || ends.length <= 1;
}

/** Whether a token is a lower-case word. */
export function isLower(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text);
}

/** Drops a genitive `s` / `:s` (`Hartmans` → `Hartman`, `UD:s` → `UD`). */
export function stripGenitive(w: string): string {
  if (/:s$/i.test(w)) return w.slice(0, -2);
  return w;
}

/** The sex of a (possibly hyphenated) first name. */
export function sexOf(first: string, words: QuoteWords): 'female' | 'male' | null {
  const s = words.firstNames.sex(first);
  if (s) return s;
  const part = first.split('-')[0] ?? '';
  return part !== first && part ? words.firstNames.sex(part) : null;
}

/** Whether a word is a first name (also the first part of `Hans-Erik`). */
export function firstNameLike(w: string, words: QuoteWords): boolean {
  if (w.length < 2) return false;
  if (words.firstNames.has(w)) return true;
  const part = w.split('-')[0] ?? '';
  return part !== w && part.length > 1 && words.firstNames.has(part);
}

/** Whether a lower-cased word is a role title (`utrikesminister`, `rättschef`). */
export function isRoleWord(w: string, words: QuoteWords): boolean {
  const n = (w.includes('\u00ad') ? w.replace(/\u00ad/g, '') : w).toLowerCase();
  return endsWithAny(n, words.roleNouns);
}

/**
 * Whether a capitalised word is a role written before a name, never part of it: a role noun
 * (`Ordföranden`), a hyphenated compound with a lower-case head (`EU-ministern`, `S-ledaren`,
 * `IT-strateg`) or a definite agent noun (`Grundaren`, `Mellanösternkännaren`); a first name never is.
 */
export function roleShaped(word: string, words: QuoteWords): boolean {
  if (firstNameLike(word, words)) return false;
  const n = word.toLowerCase();
  return isRoleWord(n, words) || /^[\p{Lu}\d]+-\p{Ll}{3,}$/u.test(word) || endsWithAny(n, words.roleShapedEndings, 2);
}

/** The forms a role noun may take without its definite ending (`tränaren` → `tränare`, `tränar`; `vd:n` → `vd`). */
function roleForms(w: string): string[] {
  const out = new Set([w, w.replace(/:n$/, ''), w.replace(/nen$/, ''), w.replace(/en$/, ''), w.replace(/n$/, '')]);
  return [...out].filter((x) => x.length >= 2);
}

/** Whether a title or noun written before a name and a role noun name the same role (`kammaråklagare` / `åklagaren`). */
export function sameRole(title: string, noun: string): boolean {
  const ns = roleForms(noun);
  return roleForms(title).some((t) => ns.some((n) => t === n || (n.length >= 4 && t.endsWith(n))));
}

/**
 * Whether a person is the one a role noun points back to: `38-åringen` (their age), `norrmannen`
 * (their nationality), `tränaren`, `ministern`, `S-ledaren` (a title, noun or apposition of theirs).
 */
export function roleMatches(p: Person, noun: string, words: QuoteWords): boolean {
  const age = /^(\d+)-åring(?:en)?$/.exec(noun);
  if (age) return p.age === age[1];
  const adj = nationalityNoun(noun, words);
  if (adj) return p.nationality === adj;
  const own = [...p.titles, ...p.nouns, ...(p.role ? p.role.split(/[ ,]/) : [])];
  return own.some((t) => sameRole(t.toLowerCase(), noun));
}

/** The nationality adjective a word stands for (`Norske`, `norska` → `norsk`; `norrmannen` → `norsk`), or undefined. */
export function nationalityOf(word: string, words: QuoteWords): string | undefined {
  const n = word.toLowerCase();
  const adjectives = words.nationalityAdjectives;
  const stem = n.replace(/(?:e|a|t)$/, '');
  if (adjectives.has(n)) return n;
  if (adjectives.has(stem)) return stem;
  return nationalityNoun(n, words);
}

/** The definite endings {@link roleForms} takes off a role noun, in its order. */
const ROLE_ENDINGS = [':n', 'nen', 'en', 'n'];

/**
 * The nationality adjective of the first of a word's {@link roleForms} that is a nationality noun
 * (`norrmannen` → `norsk`), or undefined. Speed: the forms are tried one by one, without the set
 * and arrays `roleForms` builds (asked for the words around every mention of a person).
 */
function nationalityNoun(w: string, words: QuoteWords): string | undefined {
  const nouns = words.nationalityNouns;
  if (w.length >= 2) {
    const adj = nouns.get(w);
    if (adj) return adj;
  }
  for (const e of ROLE_ENDINGS) {
    if (w.length - e.length < 2 || !w.endsWith(e)) continue;
    const adj = nouns.get(w.slice(0, w.length - e.length));
    if (adj) return adj;
  }
  return undefined;
}

/** Whether `pos` is inside one of the sorted, non-overlapping ranges. */
function inRanges(rs: ReadonlyArray<readonly [number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rs[mid]![0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < rs[lo - 1]![1];
}

/** How far back a pronoun or role noun looks (mentions), which keeps resolution linear. */
const LOOK_BACK = 400;

/** The register of people in one text. */
export class People {
  /** The text, for sentence boundaries between mentions. */
  readonly text: string;
  /** The quote step's word lists (first names for a person's sex). */
  readonly words: QuoteWords;
  constructor(text: string, words: QuoteWords) {
    this.text = text;
    this.words = words;
  }
  /** People by full name. */
  readonly byName = new Map<string, Person>();
  /** Mentions in text order (kept sorted by `start`). */
  readonly mentions: Mention[] = [];

  /** Adds (or finds) a person by full name. */
  person(name: string, entityId?: string): Person {
    let p = this.byName.get(name);
    if (!p) {
      const first = name.split(' ')[0] ?? '';
      p = { name, sex: sexOf(first, this.words), titles: [], nouns: [] };
      this.byName.set(name, p);
    }
    if (entityId && !p.entityId) p.entityId = entityId;
    return p;
  }

  /** Records a mention. */
  mention(person: Person, start: number, end: number): void {
    this.mentions.push({ person, start, end });
  }

  /** Sorts mentions by offset; call after adding. */
  sort(): void {
    sortInOrder(this.mentions, (m) => m.start);
  }

  /**
   * Finds the full person a short name stands for (`Hartman`, `Lindqvist`, `Lena`): the person
   * whose last (or first) name it is, preferring the most recent mention before `pos`.
   */
  resolveShort(word: string, pos: number): Person | null {
    const w = stripGenitive(word);
    const cands = [w];
    if (w.endsWith('s') && w.length > 3) cands.push(w.slice(0, -1));
    const fits = (p: Person): boolean => {
      const parts = p.name.split(' ');
      return parts.length >= 2 && cands.some((c) => parts[parts.length - 1] === c || parts[0] === c || parts.slice(1).join(' ') === c);
    };
    const from = firstStartingAtOrAfter(this.mentions, pos);
    for (let i = from - 1; i >= 0 && from - i <= LOOK_BACK; i--) if (fits(this.mentions[i]!.person)) return this.mentions[i]!.person;
    let k = 0;
    for (const p of this.byName.values()) {
      if (++k > LOOK_BACK) break;
      if (fits(p)) return p;
    }
    return null;
  }

  /**
   * The most recent person before `pos` of the given sex, skipping mentions inside `skip` spans
   * (quotes). With `sex === null`, any person. A full name of unknown sex (a first name in no
   * list: `Mikkjal Thomassen`) introduced in the sentence right before the quote's line wins over
   * an earlier person of the right sex: news introduces the next speaker just before the quote
   * (`AIK:s tränare Mikkjal Thomassen var besviken. – …, säger han.`).
   */
  recent(pos: number, sex: 'female' | 'male' | null, skip: (at: number) => boolean): Mention | null {
    let unknown: Mention | null = null;
    let unknownNear = false;
    const from = firstStartingAtOrAfter(this.mentions, pos);
    for (let i = from - 1; i >= 0 && from - i <= LOOK_BACK; i--) {
      const m = this.mentions[i]!;
      if (skip(m.start)) continue;
      if (sex === null || m.person.sex === sex) {
        if (unknownNear) return unknown;
        // Within that sentence, the first matching person is the subject (`Anna Ek kritiserar
        // Eva Berg. – …, säger hon.` → Anna Ek).
        let best = m;
        for (let k = i - 1; k >= 0 && i - k < 8; k--) {
          const o = this.mentions[k]!;
          if (best.start - o.end > 300 || /[.!?…\n]/.test(this.text.slice(o.end, best.start))) break;
          if (!skip(o.start) && (sex === null || o.person.sex === sex)) best = o;
        }
        return best;
      }
      if (m.person.sex === null && !unknown && m.person.name.includes(' ')) {
        unknown = m;
        unknownNear = sex !== null && introducedBefore(this.text, m.end, pos);
      }
    }
    return unknown;
  }

  /** The most recent person before `pos` whose title or role ends with `noun` (`minister`). */
  recentWithRole(pos: number, noun: string, skip: (at: number) => boolean): Mention | null {
    const from = firstStartingAtOrAfter(this.mentions, pos);
    for (let i = from - 1; i >= 0 && from - i <= LOOK_BACK; i--) {
      const m = this.mentions[i]!;
      if (skip(m.start)) continue;
      const p = m.person;
      if (p.titles.some((t) => t.endsWith(noun)) || (p.role && p.role.split(/[ ,]/).some((t) => t.endsWith(noun)))) return m;
    }
    // A later mention (`säger ministern` in the lead, the name only further down) is a weaker fallback.
    for (let i = from; i < this.mentions.length && i - from < LOOK_BACK; i++) {
      const m = this.mentions[i]!;
      if (skip(m.start)) continue;
      if (m.person.titles.some((t) => t.endsWith(noun))) return m;
    }
    return null;
  }

  /** The most recent mention before `pos` (else the first after it) of a person that `fits`, skipping quotes. */
  recentMatching(pos: number, fits: (p: Person) => boolean, skip: (at: number) => boolean): Mention | null {
    const from = firstStartingAtOrAfter(this.mentions, pos);
    for (let i = from - 1; i >= 0 && from - i <= LOOK_BACK; i--) {
      const m = this.mentions[i]!;
      if (!skip(m.start) && fits(m.person)) return m;
    }
    for (let i = from; i < this.mentions.length && i - from < LOOK_BACK; i++) {
      const m = this.mentions[i]!;
      if (!skip(m.start) && fits(m.person)) return m;
    }
    return null;
  }

  /** Persons mentioned in `[from, to)`, in order. */
  between(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (let i = firstStartingAtOrAfter(this.mentions, from); i < this.mentions.length && this.mentions[i]!.start < to; i++) out.push(this.mentions[i]!);
    return out;
  }
}

/**
 * Builds the register from the tokens (names whose first word is a known first name, two words or
 * more), the entity step's PER mentions, aliases (`X kallar sig Y`) and later short mentions.
 */
export function buildPeople(text: string, tokens: readonly Token[], entities: readonly Entity[], words: QuoteWords): People {
  const people = new People(text, words);
  const covered: Array<[number, number]> = [];
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const p = people.person(withoutPlaceTail(e.name, words), e.id);
    people.mention(p, e.start, e.end);
    covered.push([e.start, e.end]);
  }
  sortInOrder(covered, (x) => x[0]);
  const cap = capFlags(tokens);
  addNameRuns(people, text, tokens, cap, (s) => inRanges(covered, s), words);
  people.sort();
  addTitlesAndRoles(people, text, tokens, quoteFormFacts(tokens, words));
  // (`kallar` is asked for in the same pass: without it, no alias)
  addShortMentions(people, tokens, cap, cap[tokens.length + 1] === 1 ? aliasesOf(people, tokens) : new Map());
  people.sort();
  return people;
}

/** A name that runs on into a school or club (`Jonas Hedberg Västerskolan`) without it. */
export function withoutPlaceTail(name: string, words: QuoteWords): string {
  const ws = name.split(' ');
  if (ws.length < 3 || !firstNameLike(ws[0]!, words)) return name;
  const last = ws[ws.length - 1]!.toLowerCase();
  return endsWithAny(last, words.nameTailPlaceEndings) ? ws.slice(0, -1).join(' ') : name;
}

/** {@link isCap} of written forms by form id (+1; 0: no; -1: not known yet): a function of the string alone. */
const capForms = new FormInts();

/**
 * {@link isCap} of each token, read once per text (the register's passes ask it of every token),
 * in slots `0 … n - 1`; slot `n` stays 0 (no token), slot `n + 1` says whether some token is
 * `kallar` (an alias can follow: `kallar sig`), asked in the same pass. A word's capital is read
 * by its form's id (worked out the first time the form is seen).
 */
function capFlags(tokens: readonly Token[]): Uint8Array {
  const n = tokens.length;
  const ids = formIdsOf(tokens).text;
  const memo = capForms.values();
  const cap = new Uint8Array(n + 2);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const id = ids[i]!;
      let c = memo[id]!;
      if (c < 0) memo[id] = c = isCapText(t.text) ? 1 : 0;
      if (c === 1) cap[i] = 1;
    }
    if (t.normal === 'kallar') cap[n + 1] = 1;
  }
  return cap;
}

/** Runs of capitalised words whose first name has a surname after it, outside the entity step's mentions. */
function addNameRuns(people: People, text: string, tokens: readonly Token[], cap: Uint8Array, isCovered: (s: number) => boolean, words: QuoteWords): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (cap[i] === 0) continue;
    // A run of capitalised words (with name particles inside).
    let j = i + 1;
    while (j < n && j - i < 6) {
      const t = tokens[j]!;
      // (at most one character between them, and it is no line break)
      const gap = t.start - tokens[j - 1]!.end;
      if (gap > 1 || (gap === 1 && text.charCodeAt(t.start - 1) === 0x0a)) break;
      if (cap[j] === 1) j++;
      else if (words.nameParticles.has(t.text) && cap[j + 1] === 1) j += 2;
      else break;
    }
    const run = tokens.slice(i, j);
    // The person starts at the first first name that has a surname after it.
    let f = -1;
    for (let k = 0; k < run.length - 1; k++) {
      if (firstNameLike(run[k]!.text, words)) {
        f = k;
        break;
      }
    }
    if (f >= 0 && !isCovered(run[f]!.start)) {
      const ws = run.slice(f).map((t) => t.text);
      ws[ws.length - 1] = stripGenitive(ws[ws.length - 1]!);
      people.mention(people.person(withoutPlaceTail(ws.join(' '), words)), run[f]!.start, run[run.length - 1]!.end);
    }
    i = j - 1;
  }
}

/**
 * Titles right before a full-name mention (`utrikesminister Tobias Billström`, `Åklagare Lisa
 * Granberg`) and appositions after it (`Laura Hartman, ordförande för Tillitsdelegationen.`).
 * The word-list facts of the words around a mention are read by form id (`ff`).
 */
function addTitlesAndRoles(people: People, text: string, tokens: readonly Token[], ff: QuoteFormFacts): void {
  const n = tokens.length;
  let ti = 0;
  for (const m of people.mentions) {
    while (ti < n && tokens[ti]!.start < m.start) ti++;
    let tj = ti;
    while (tj < n && tokens[tj]!.end <= m.end) tj++;
    const p = m.person;
    const before = tokens[ti - 1];
    if (before && before.kind === 'word' && roleWordAt(ff, ti - 1) && !p.titles.includes(before.normal)) p.titles.push(before.normal);
    addNounsAgeNationality(p, text, tokens, ti, tj, ff);
    if (!p.role && tokens[tj]?.text === ',' && isLower(tokens[tj + 1]) && roleWordAt(ff, tj + 1)) {
      let k = tj + 1;
      while (k < n && k - tj < 14 && !/^[.,!?;:]$/.test(tokens[k]!.text)) k++;
      if (k < n && /^[.,]$/.test(tokens[k]!.text)) p.role = text.slice(tokens[tj + 1]!.start, tokens[k - 1]!.end);
    }
  }
}

/**
 * The role nouns, age and nationality written around a mention `[ti, tj)`: `barnmorskan Lena Holm`,
 * `Grundaren Ali Demir`, `Norske mittfältaren Sondre Bakken`, `Tomas Ek, 38,`, `38-årige Tomas Ek`.
 */
function addNounsAgeNationality(p: Person, text: string, tokens: readonly Token[], ti: number, tj: number, ff: QuoteFormFacts): void {
  const before = tokens[ti - 1];
  if (before && before.kind === 'word' && !p.nouns.includes(before.normal)) {
    const pos = (before as { pos?: string }).pos;
    const prev = tokens[ti - 2];
    const opensSentence = !prev || /^[.!?…:]$/.test(prev.text) || /\n/.test(text.slice(prev.end, before.start));
    if (roleShapedAt(ff, ti - 1) || (pos === 'NOUN' && (isLower(before) || (opensSentence && !firstNameLike(before.text, ff.words))))) p.nouns.push(before.normal);
    const age = /^(\d+)-årig[ae]?$/.exec(before.normal);
    if (age) p.age ??= age[1];
  }
  for (const k of [ti - 1, ti - 2]) {
    const t = tokens[k];
    const nat = t && t.kind === 'word' && !p.nationality ? nationalityAt(ff, k) : undefined;
    if (nat) p.nationality = nat;
  }
  if (tokens[tj]?.text === ',' && tokens[tj + 1]?.kind === 'number' && /^\d{1,3}$/.test(tokens[tj + 1]!.text) && /^(,|år)$/.test(tokens[tj + 2]?.normal ?? '')) p.age ??= tokens[tj + 1]!.text;
}

/** Aliases: `Adam Ek kallar sig Eken` → `Eken` is Adam Ek. */
function aliasesOf(people: People, tokens: readonly Token[]): Map<string, Person> {
  const n = tokens.length;
  const aliases = new Map<string, Person>();
  // The first mention ending at each offset, built on the first alias (linear time when a text
  // has many: a `find` over all mentions per alias was quadratic).
  let byEnd: Map<number, Mention> | undefined;
  for (let i = 0; i + 3 < n; i++) {
    if (tokens[i + 1]!.normal === 'kallar' && tokens[i + 2]!.normal === 'sig' && isCap(tokens[i + 3]) && isCap(tokens[i])) {
      if (!byEnd) {
        byEnd = new Map();
        for (const m of people.mentions) if (!byEnd.has(m.end)) byEnd.set(m.end, m);
      }
      const before = byEnd.get(tokens[i]!.end);
      if (before) aliases.set(tokens[i + 3]!.text, before.person);
    }
  }
  return aliases;
}

/** Short mentions: a capitalised word that is the surname or first name of a known person (or an alias). */
function addShortMentions(people: People, tokens: readonly Token[], cap: Uint8Array, aliases: Map<string, Person>): void {
  // The full mentions (sorted by start) walked beside the tokens (in text order): `f` full
  // mentions start at or before the token, as a binary search over them per token would count.
  const full = people.mentions.slice();
  let f = 0;
  const short = new Map<string, Person | null>();
  for (const p of people.byName.values()) {
    const parts = p.name.split(' ');
    if (parts.length < 2) continue;
    for (const w of [parts[0]!, parts[parts.length - 1]!]) short.set(w, short.has(w) && short.get(w) !== p ? null : p);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (cap[i] === 0) continue;
    while (f < full.length && full[f]!.start <= t.start) f++;
    // (inside the last full mention that starts at or before it)
    if (f > 0 && t.start < full[f - 1]!.end) continue;
    const w = stripGenitive(t.text);
    const p = aliases.get(w) ?? short.get(w) ?? (w.endsWith('s') ? short.get(w.slice(0, -1)) : undefined);
    if (p) people.mention(p, t.start, t.end);
  }
}
