/**
 * Reads the speaker slot of an attribution clause from the tokens: `säger Laura Hartman, ordförande
 * för Tillitsdelegationen`, `säger kommunens skolchef Lena Dahl`, `säger hon`,
 * `enligt en talesperson`, `säger Staffan Moberg som jobbar på Skogsstyrelsen`.
 *
 * @module
 */
import { isSentenceFinalToken } from '../../internal/punctuation';
import type { Token } from '../../types';
import { firstNameLike, isCap, isLower, roleShaped } from './people';
import type { QuoteWords } from './words';

/** A speaker slot as written, before resolution. */
export interface RawSpeaker {
  /** What the slot holds. */
  kind: 'pronoun' | 'name' | 'np';
  /** Offset of the name / pronoun / noun phrase. */
  start: number;
  /** End offset of the name / pronoun / noun phrase. */
  end: number;
  /** The name, pronoun or noun phrase as written. */
  text: string;
  /** Role written in the clause (`kommunens skolchef`, `minister för civilt försvar`). */
  role?: string;
  /** Index of the token after the clause (the sentence-final punctuation or the limit). */
  endToken: number;
}

/** Whether a token is a reporting verb (or `enligt`). */
export function isCue(t: Token | undefined, w: QuoteWords): boolean {
  return !!t && t.kind === 'word' && w.reporting.has(t.normal);
}

/** The index of the next sentence-final punctuation token at or after `i` (at most 60 tokens on), or `limit`. */
export function sentenceEnd(tokens: readonly Token[], i: number, limit: number): number {
  // An attribution clause is short: looking further than 60 tokens would make a line full of
  // `, säger` quadratic.
  const stop = Math.min(limit, i + 60);
  for (let k = i; k < stop; k++) if (isSentenceFinalToken(tokens[k]!.text)) return k;
  return stop;
}

/**
 * Whether a capitalised run at `[m, n)` is a genitive that belongs to a role (`Regionens smittskyddsläkare`,
 * `Volvos presschef`): it ends in `s`/`:s` and a lower-case noun follows.
 */
function genitiveRole(tokens: readonly Token[], m: number, n: number, limit: number, w: QuoteWords): boolean {
  const last = tokens[n - 1]!.text;
  if (!/(?::s|s)$/.test(last)) return false;
  const next = tokens[n];
  return n < limit && isLower(next) && !w.npStop.has(next!.normal) && !w.reporting.has(next!.normal) && !(m === n - 1 && firstNameLike(last, w));
}

/**
 * An acronym right after the reporting verb is an organisation speaking (`skriver MSB`, `uppger
 * SVT`, `säger AIK:s tränare …` as a genitive role), not a shouted byline: two to six capitals,
 * maybe with `:s`, and not followed by another all-caps word (`ANNA BERG`).
 */
function acronymSpeaker(t: Token, next: Token | undefined): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}[\p{Lu}\d]{1,5}(?::s)?$/u.test(t.text)) return false;
  return !(next && next.kind === 'word' && /^\p{Lu}{2,}$/u.test(next.text));
}

/**
 * Where the clause ends: at the sentence end, or at a comma after the speaker when the quote
 * resumes (`– Vi är glada, säger Anna Ek, och vi hoppas på mer.`); returns that comma's index.
 */
function resumeAt(tokens: readonly Token[], k: number, end: number, w: QuoteWords): number {
  if (k + 2 < end && tokens[k]!.text === ',' && w.resumeConjunctions.has(tokens[k + 1]!.normal) && w.resumeSubjects.has(tokens[k + 2]!.normal)) return k;
  return end;
}

/** The speaker slot's tokens: the text, its tokens, where the slot starts (after skipped adverbs), its sentence end and limit. */
interface Slot {
  /** The analysed text. */
  text: string;
  /** Its tokens. */
  tokens: readonly Token[];
  /** First token of the slot. */
  j: number;
  /** Sentence end (or limit). */
  end: number;
  /** Hard limit. */
  limit: number;
  /** The word lists. */
  w: QuoteWords;
}

/**
 * Parses the speaker slot starting at token `i` (right after the reporting verb), up to `limit`.
 * Returns `null` when the slot does not hold a speaker (`säger att …`, `tycker jag`).
 */
export function parseSpeaker(text: string, tokens: readonly Token[], i: number, limit: number, w: QuoteWords): RawSpeaker | null {
  let j = i;
  while (j < limit && j - i < 2 && tokens[j]!.kind === 'word' && w.skippedAdverbs.has(tokens[j]!.normal)) j++;
  if (j >= limit) return null;
  const t = tokens[j]!;
  if (t.kind !== 'word') return null;
  const end = sentenceEnd(tokens, j, limit);
  // `säger de`: a group; the clause is cut, the speaker stays unknown.
  if ((w.pronouns.has(t.normal) || t.normal === 'de' || t.normal === 'dom') && !isCap(t)) return { kind: 'pronoun', start: t.start, end: t.end, text: t.text, endToken: resumeAt(tokens, j + 1, end, w) };
  if (isLower(t) && w.notSpeakerStart.has(t.normal)) return null;
  const slot: Slot = { text, tokens, j, end, limit, w };
  return nameInSlot(slot) ?? unnamedSource(slot);
}

/**
 * The name in a speaker slot: the first capitalised run not used as a genitive of a role and not
 * the object of a preposition, within a short window, with the role written before or after it.
 */
function nameInSlot(slot: Slot): RawSpeaker | null {
  const { text, tokens, j, end, limit, w } = slot;
  let m = j;
  const windowEnd = Math.min(end, j + 14);
  while (m < windowEnd) {
    const tk = tokens[m]!;
    // `och` ends the slot, except in a coordinated compound (`infrastruktur- och bostadsminister`).
    const coord = tk.normal === 'och' && /-$/.test(tokens[m - 1]?.text ?? '');
    if (tk.kind === 'word' && (tk.normal === 'som' || tk.normal === 'att' || tk.normal === 'och') && m > j && !coord) break;
    if (tk.text === ':' || tk.text === ';' || tk.text === '(' || tk.text === '”' || tk.text === '"') break;
    if (isCap(tk) || (m === j && acronymSpeaker(tk, tokens[m + 1]))) {
      let n = m + 1;
      while (n < windowEnd && n - m < 5 && isCap(tokens[n]) && !/\n/.test(text.slice(tokens[n - 1]!.end, tokens[n]!.start))) n++;
      const prev = m > j ? tokens[m - 1]! : null;
      const afterPrep = !!prev && prev.kind === 'word' && w.npStop.has(prev.normal);
      // `ambassadören i Pakistan Ingrid Ek`: a prepositional object is part of the role; go on.
      let a = m;
      if (afterPrep) {
        // The name may follow the object in the same capitalised run (`i Kenya Ingrid Holm`).
        let f = m + 1;
        while (f < n - 1 && !firstNameLike(tokens[f]!.text, w)) f++;
        if (f >= n - 1 || !firstNameLike(tokens[f]!.text, w)) {
          m = n;
          continue;
        }
        a = f;
      } else if (genitiveRole(tokens, m, n, limit, w)) {
        m = n;
        continue;
      }
      // A leading genitive or role before a first name (`Miljöpartiets Lena Dahl`,
      // `IT-strateg Nils Fors`, `Grundaren Ali Demir`) is a role.
      if (a === m && n - m >= 2 && (/s$/.test(tokens[m]!.text) || roleShaped(tokens[m]!.text, w)) && !firstNameLike(tokens[m]!.text, w) && firstNameLike(tokens[m + 1]!.text, w)) a = m + 1;
      // A role alone (`säger S-ledaren`, `säger Förbundskaptenen`) is a role noun, resolved later.
      if (n - m === 1 && !afterPrep && roleShaped(tokens[m]!.text, w) && /\p{Ll}/u.test(tokens[m]!.text)) {
        return { kind: 'np', start: tokens[m]!.start, end: tokens[m]!.end, text: tokens[m]!.text, endToken: end };
      }
      return withRoles(slot, a, n);
    }
    if (tk.kind !== 'word' && !/^[,–-]$/.test(tk.text)) break;
    m++;
  }
  return null;
}

/** The name `[a, n)` of a slot with the role before it and the apposition or `som` clause after it. */
function withRoles(slot: Slot, a: number, n: number): RawSpeaker {
  const { text, tokens, j, end, w } = slot;
  const out: RawSpeaker = {
    kind: 'name',
    start: tokens[a]!.start,
    end: tokens[n - 1]!.end,
    text: text.slice(tokens[a]!.start, tokens[n - 1]!.end),
    endToken: resumeAt(tokens, n, end, w),
  };
  // Role before the name (lower-case words and genitives between the verb and the name).
  let rb = a - 1;
  while (rb >= j && /^[,–-]$/.test(tokens[rb]!.text)) rb--;
  if (rb >= j) out.role = text.slice(tokens[j]!.start, tokens[rb]!.end);
  // Role after the name: `, forskare vid Lunds universitet` or `som jobbar på …`.
  const nx = tokens[n];
  if (nx && nx.text === ',' && n + 1 < end) {
    const r = tokens[n + 1]!;
    if ((isLower(r) && !/^(som|och|men|att|säger|sa|sade|berättar|han|hon)$/.test(r.normal)) || (isCap(r) && /:s$/.test(r.text))) {
      // `, trafikchef på Trafikverket, till TT`: the medium the words were said to is no
      // part of the role (`till`/`för` + a capitalised name after a second comma).
      let re = end;
      for (let q = n + 2; q + 2 < end; q++) {
        if (tokens[q]!.text === ',' && /^(till|för)$/.test(tokens[q + 1]!.normal) && isCap(tokens[q + 2])) {
          re = q;
          break;
        }
      }
      out.role ??= text.slice(r.start, tokens[re - 1]!.end);
    }
  }
  // `som jobbar på …` / `, som är chef för …`
  const sm = nx && nx.normal === 'som' ? n : nx && nx.text === ',' && tokens[n + 1]?.normal === 'som' ? n + 1 : -1;
  if (sm >= 0 && sm + 1 < end && w.roleVerbs.has(tokens[sm + 1]!.normal)) {
    const from = tokens[sm + 1]!.normal === 'är' || tokens[sm + 1]!.normal === 'var' ? sm + 2 : sm + 1;
    if (from < end) out.role ??= text.slice(tokens[from]!.start, tokens[end - 1]!.end);
  }
  return out;
}

/** No name: an unnamed source (`polisen`, `en talesperson`, `experter`, `en av grannarna`). */
function unnamedSource(slot: Slot): RawSpeaker | null {
  const { text, tokens, j, end, w } = slot;
  const t = tokens[j]!;
  // `säger 38-åringen`: an age noun is a role noun.
  if (/^\d+-åring(?:en)?$/.test(t.normal)) return { kind: 'np', start: t.start, end: t.end, text: t.text, endToken: end };
  if (!isLower(t)) return null;
  let k = j;
  const npWord = (x: Token | undefined): boolean => !!x && (x.kind === 'word' || x.kind === 'number') && /^[\p{Ll}\d]/u.test(x.text);
  while (k < end && k - j < 6 && npWord(tokens[k])) {
    // `en av grannarna`, `flera av de boende`: a quantifier takes its `av` phrase along.
    if (k > j && w.npStop.has(tokens[k]!.normal) && !(tokens[k]!.normal === 'av' && k === j + 1 && w.quantifiers.has(t.normal))) break;
    k++;
  }
  if (k === j) return null;
  const np = text.slice(t.start, tokens[k - 1]!.end);
  if (/^(en|ett|den|det|de)$/.test(np)) return null;
  return { kind: 'np', start: t.start, end: tokens[k - 1]!.end, text: np, endToken: end };
}
