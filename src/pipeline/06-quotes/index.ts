/**
 * Pipeline step 06: direct quotes and who said them.
 *
 * The step reads the text as a Swedish news reader does:
 * 1. It splits the paragraphs into lines, also where a line break was lost (`skadade.– Möbler`,
 *    `tidigare.Det säger …`, `Halprin.8 SIDOR/TT`).
 * 2. A line that opens with a dash (`– `, `— `, `- `, also inside `**…**`) is a quote unless it is
 *    a list item: runs of unattributed dash lines that are short, lack sentence punctuation, are
 *    Markdown hyphen bullets or follow a colon line are lists. A short unattributed question with
 *    `du`/`ni` right before another dash line is the interviewer's, not a quote. In one-sentence-per-line texts the
 *    quote runs over the next lines up to its attribution, or over first-person lines; narration
 *    (`Enligt …`, `Han tillägger att …`, quotation marks) ends it. Attribution clauses
 *    (`, säger X.`, `? frågar hon`, `Det säger X.`) are cut out; what remains are the parts
 *    (`– A, säger hon. B` → one quote with two parts).
 * 3. Words in quotation marks are a quote when they have four words or more and a reporting verb
 *    attributes them (`”…”, skriver X`, `X säger: ”…”`, `Hon säger att det är ”…”`, `”…” Det säger
 *    X.`), or when they fill a whole line (a quoted heading; its speaker from an `av …` byline).
 *    A title noun before the marks (`rapporten ”…”`) makes them a title. A quotation left open at
 *    a paragraph's end runs on into following paragraphs that open with the mark again.
 * 4. A first line `Name: statement` is a headline quote.
 * 5. Speakers are resolved against the people of the text (entity step + own name finding):
 *    `säger hon` → the most recent woman (the subject when a sentence names two; failing that a
 *    capitalised two-word name of unknown sex just before, `Tjorven Axelsson driver …`), `säger
 *    ministern` → the person titled minister, `Hartman` → `Laura Hartman`; unnamed sources keep
 *    their words (`polisen`, `en av grannarna`, `named: false`); `säger de` / `säger båda` → the
 *    group named just before (`Anna och Per Svensson`, named; `Eleverna …` → `eleverna`, unnamed). An unattributed dash quote goes to
 *    the person the line before introduces as subject (interviewer question lines skipped), else
 *    the last speaker (interviews), else the speaker of the dash quote right after it. A quotation
 *    as the title goes to the one person the article quotes by name.
 *
 * @module
 */
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../../internal/search';
import type { Entity, Quote, QuoteKind, Span, Speaker, TextContext, Token } from '../../types';
import { buildContext } from '../context';
import { findEntities, type EntityOptions } from '../05-entities';
import { ATTRIBUTION_SENTENCE_OPENERS } from '../../data/sv/reporting-verbs';
import { FIRST_PERSON, GROUP_SPEAKER_WORDS, LABEL_WORDS, NOT_SPEAKER_START, NP_STOP_WORDS, PAIR_NOUNS, PLURAL_DEFINITE_ENDINGS, SECOND_PERSON, ROLE_NOUN_ENDINGS, SPEAKER_PRONOUNS, TITLE_NOUN_SUFFIXES } from '../../data/sv/speaker-nouns';
import { buildPeople, firstNameLike, isCap, isLower, isRoleWord, sexOf, stripGenitive, type People, type Person } from './people';
import { isCue, parseSpeaker, type RawSpeaker } from './speaker';

/** Options for quote extraction. */
export interface QuoteOptions {
  /** Options passed to the entity step that supplies speaker names. */
  entities?: EntityOptions;
}

/** A line of the text: a paragraph line, or a piece of one where a line break was lost. */
interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  /** Paragraph index. */
  para: number;
  /** `true` when the line starts after a real line break (or a paragraph start), `false` when glued. */
  hard: boolean;
  /** Index of the line's first token. */
  t0: number;
  /** Index after the line's last token. */
  t1: number;
}

/** A quote found, before speaker resolution. */
interface Found {
  /** How the quote is marked. */
  kind: QuoteKind;
  /** The quoted pieces. */
  parts: Span[];
  /** The speaker slot as written, when an attribution was found. */
  raw: RawSpeaker | null;
  /** The reporting verb as written. */
  cue: string | null;
  /** Line index of the quote's first line (dash quotes), -1 otherwise. */
  line: number;
  /** Last line index covered by the quote (dash quotes). */
  lastLine: number;
  /** Speaker already resolved (byline authors of a quoted heading). */
  fixed?: Speaker | null;
  /** An intro line before (`Hon säger:`) gave the speaker. */
  intro?: boolean;
}

const DASHES = '–—';
const SENT_END_CHARS = '.!?…';
const WS = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\r\f\v]/;

/** Splits paragraphs into lines at line breaks and at lost line breaks. Linear. */
function splitLines(ctx: TextContext): Line[] {
  const { text, tokens } = ctx;
  const out: Line[] = [];
  let ti = 0;
  const push = (a: number, b: number, para: number, hard: boolean): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b <= a) return;
    while (ti < tokens.length && tokens[ti]!.start < a) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= b) tj++;
    out.push({ start: a, end: b, para, hard, t0: ti, t1: tj });
    ti = tj;
  };
  ctx.paragraphs.forEach((p, para) => {
    let from = p.start;
    let hard = true;
    const isLowerAt = (k: number): boolean => k >= p.start && /\p{Ll}/u.test(text[k] ?? '');
    for (let i = p.start; i < p.end; i++) {
      // Speed: only a line break and `. ! ? … , :` matter here; everything else is skipped by
      // its char code, without making a one-character string.
      const code = text.charCodeAt(i);
      if (code !== 0x0a && code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026 && code !== 0x2c && code !== 0x3a) continue;
      const c = text[i]!;
      if (c === '\n') {
        push(from, i, para, hard);
        from = i + 1;
        hard = true;
        continue;
      }
      if (SENT_END_CHARS.includes(c) || c === ',' || c === ':') {
        // Lost line break before a dash: `skadade.– Möbler`, `igen. – Vi`.
        let k = i + 1;
        if (text[k] === '”' || text[k] === '"') k++;
        let spaces = 0;
        while (k < p.end && WS.test(text[k]!) && spaces < 3) {
          k++;
          spaces++;
        }
        if (c !== ',' && DASHES.includes(text[k] ?? '') && k + 1 < p.end && !DASHES.includes(text[k + 1]!) && text[k + 1] !== '\n') {
          push(from, k, para, hard);
          from = k;
          hard = false;
          i = k;
          continue;
        }
        // Lost line break between sentences: `tidigare.Det säger`, `Hammarberg,Han forskar`.
        // Also before a byline in capitals or a number: `Halprin.8 SIDOR/TT`, `glädjen.MARTIN EK/8 SIDOR`.
        const next = text[k] ?? '';
        const gluedStart = (/\p{Lu}/u.test(next) && /\p{L}/u.test(text[k + 1] ?? '')) || (c !== ',' && /\d/.test(next));
        if (c !== ':' && spaces === 0 && k === i + 1 && isLowerAt(i - 1) && isLowerAt(i - 2) && gluedStart) {
          push(from, k, para, hard);
          from = k;
          hard = false;
        }
      }
    }
    push(from, p.end, para, hard);
  });
  return out;
}

/** Whether `pos` lies inside one of the non-overlapping spans sorted by start. */
function inSpans(spans: readonly Span[], pos: number): boolean {
  const i = lastStartingAtOrBefore(spans, pos);
  return i >= 0 && pos < spans[i]!.end;
}

/** Number of word/number tokens in `[a, b)`. */
function wordCount(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'number') n++;
  return n;
}

/** Whether token `k` starts a sentence within `[a, …)`: first token or after sentence-final punctuation. */
function sentenceStartAt(tokens: readonly Token[], k: number, a: number): boolean {
  return k === a || /^[.!?…]+$/.test(tokens[k - 1]!.text);
}

/** An attribution found in a token range. */
interface Attribution {
  /** Token index where the clause starts (the comma, or the `Det` of `Det säger X.`). */
  from: number;
  /** Token index after the clause (the sentence-final punctuation is included in the clause). */
  to: number;
  /** Whether the punctuation before the verb (`?`, `!`) stays with the quote. */
  keepPunct: boolean;
  /** `Det säger X.` style: the quote ends here, what follows is narration. */
  closing: boolean;
  /** The reporting verb as written. */
  cue: string;
  /** The speaker slot. */
  raw: RawSpeaker;
}

/** Finds the first attribution clause in tokens `[a, b)`. */
function findAttribution(text: string, tokens: readonly Token[], a: number, b: number): Attribution | null {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // `, säger X` / `? frågar hon` / `– säger hon`
    if ((t.text === ',' || t.text === '?' || t.text === '!' || t.text === '–' || t.text === '…') && k > a && isCue(tokens[k + 1]) && k + 1 < b) {
      const raw = parseSpeaker(text, tokens, k + 2, b);
      // `, enligt förslaget, med …` is a parenthesis inside the quote, not its attribution: an
      // unnamed source after `enligt` must end the sentence.
      let npEnd = k + 2;
      if (raw && raw.kind === 'np') while (npEnd < b && tokens[npEnd]!.end <= raw.end) npEnd++;
      const parenthesis = !!raw && raw.kind === 'np' && tokens[k + 1]!.normal === 'enligt' && npEnd < b && !/^[.!?…]+$/.test(tokens[npEnd]?.text ?? '.');
      if (raw && !parenthesis) {
        const to = raw.endToken < b ? raw.endToken + 1 : b;
        return { from: k, to, keepPunct: t.text !== ',' && t.text !== '–', closing: false, cue: tokens[k + 1]!.text, raw };
      }
    }
    // `Det säger X.` opening a sentence.
    if (t.kind === 'word' && ATTRIBUTION_SENTENCE_OPENERS.has(t.normal) && sentenceStartAt(tokens, k, a) && k > a && isCue(tokens[k + 1]) && tokens[k + 1]!.normal !== 'enligt' && k + 1 < b) {
      const raw = parseSpeaker(text, tokens, k + 2, b);
      if (raw && raw.kind !== 'np') {
        const to = raw.endToken < b ? raw.endToken + 1 : b;
        return { from: k, to, keepPunct: true, closing: true, cue: tokens[k + 1]!.text, raw };
      }
    }
  }
  return null;
}

/** Whether tokens `[a, b)` start with `Det säger X` (an attribution sentence of its own). */
function attributionSentence(text: string, tokens: readonly Token[], a: number, b: number): Attribution | null {
  const t = tokens[a];
  if (!t || t.kind !== 'word' || !ATTRIBUTION_SENTENCE_OPENERS.has(t.normal) || !isCue(tokens[a + 1]) || a + 1 >= b) return null;
  const raw = parseSpeaker(text, tokens, a + 2, b);
  if (!raw || raw.kind === 'np') return null;
  return { from: a, to: raw.endToken < b ? raw.endToken + 1 : b, keepPunct: true, closing: true, cue: tokens[a + 1]!.text, raw };
}

/** Whether the line opens with a quote dash; returns the offset after the dash and spaces, or -1. */
function dashBody(text: string, line: Line): number {
  // Markdown emphasis or a block quote before the dash (`**– …**`, `> – …`).
  let s0 = line.start;
  while (s0 < line.end && s0 - line.start < 4 && /[*_>\s]/.test(text[s0]!)) s0++;
  const c = text[s0]!;
  let k = s0 + 1;
  if (DASHES.includes(c)) {
    if (DASHES.includes(text[k] ?? '') || text[k] === '-') return -1;
  } else if (c === '-') {
    if (!WS.test(text[k] ?? '')) return -1;
  } else return -1;
  while (k < line.end && WS.test(text[k]!)) k++;
  return k < line.end ? k : -1;
}

/** Trims whitespace (and a trailing comma, dash or Markdown emphasis) off a span. */
function trimSpan(text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /[\s,–*_-]/.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}

/**
 * Whether a line is narration that ends a quote running over several lines: it holds quotation
 * marks (another quote), opens with `Enligt`, or has a reporting verb after a third-person subject
 * (`Han tillägger att …`).
 */
function narration(tokens: readonly Token[], line: Line): boolean {
  for (let k = line.t0; k < line.t1; k++) {
    const t = tokens[k]!;
    if ('”"»«“„'.includes(t.text)) return true;
    if (k === line.t0 && t.normal === 'enligt') return true;
    // `Han tillägger att …`, `Anna Ek menar …` — but not `Jag tror …` (speech).
    const prev = tokens[k - 1];
    if (isCue(t) && k > line.t0 && prev && (/^(han|hon|hen|de)$/.test(prev.normal) || (isCap(prev) && !FIRST_PERSON.has(prev.normal)))) return true;
  }
  return false;
}

/** Whether a line contains a first- or second-person word (speech rather than narration). */
function firstPerson(tokens: readonly Token[], line: Line): boolean {
  for (let k = line.t0; k < line.t1; k++) if (FIRST_PERSON.has(tokens[k]!.normal)) return true;
  return false;
}

/** Whether a line reads like a list item: no sentence-final punctuation and short. */
function listLike(text: string, tokens: readonly Token[], line: Line): boolean {
  const words = wordCount(tokens, line.t0, line.t1);
  const last = text[line.end - 1]!;
  return !SENT_END_CHARS.includes(last) && !'”"»'.includes(last) && words < 8;
}

/** Verbs with which the reporter asks in the first person (`– Hur länge? frågar vi.`). */
const ASK_VERBS = new Set(['frågar', 'frågade', 'undrar', 'undrade']);

/**
 * Whether a dash line is the reporter's own question: it ends `? frågar vi.` / `? undrar jag`
 * (the interviewer writing in the first person). Looks at the last four tokens only.
 */
function reporterQuestion(tokens: readonly Token[], line: Line): boolean {
  let k = line.t1 - 1;
  if (k >= line.t0 && /^[.!]$/.test(tokens[k]!.text)) k--;
  return k - 2 >= line.t0 && /^(vi|jag)$/.test(tokens[k]!.normal) && ASK_VERBS.has(tokens[k - 1]!.normal) && tokens[k - 2]!.text === '?';
}

/** Finds the dash quotes. */
function dashQuotes(ctx: TextContext, lines: Line[]): Found[] {
  const { text, tokens } = ctx;
  const out: Found[] = [];
  const isDash = lines.map((l) => dashBody(text, l) >= 0);
  for (let li = 0; li < lines.length; li++) {
    if (!isDash[li]) continue;
    const line = lines[li]!;
    const body = dashBody(text, line);
    let b0 = line.t0;
    while (b0 < line.t1 && tokens[b0]!.start < body) b0++;
    if (b0 >= line.t1) continue;
    // A lower-case start after a line that does not end a sentence: a parenthetical dash in a
    // hard-wrapped sentence (`Förslaget\n– som lades fram i går –\nfår kritik`), not speech.
    if (isLower(tokens[b0]) && li > 0 && lines[li - 1]!.para === line.para && !/[.!?…:”"]$/.test(text.slice(lines[li - 1]!.start, lines[li - 1]!.end))) continue;
    // `– Hur länge? frågar vi.`: the reporter asking, not a quote.
    if (reporterQuestion(tokens, line)) continue;

    // Extent: this line, and in one-sentence-per-line paragraphs the following lines up to the attribution.
    let last = li;
    let att = findAttribution(text, tokens, b0, line.t1);
    if (!att) {
      let hit = -1;
      for (let k = li + 1; k < lines.length && k <= li + 4; k++) {
        const l = lines[k]!;
        if (l.para !== line.para || !l.hard || isDash[k] || attributionSentence(text, tokens, l.t0, l.t1) || narration(tokens, l)) break;
        const at = findAttribution(text, tokens, l.t0, l.t1);
        if (at) {
          hit = k;
          break;
        }
      }
      if (hit >= 0) last = hit;
      else {
        while (last + 1 < lines.length) {
          const l = lines[last + 1]!;
          if (l.para !== line.para || !l.hard || isDash[last + 1] || !firstPerson(tokens, l) || narration(tokens, l)) break;
          if (!SENT_END_CHARS.includes(text[lines[last]!.end - 1]!)) break;
          last++;
        }
      }
    }

    // Parts: cut attribution clauses out of each line of the extent.
    const parts: Span[] = [];
    let raw: RawSpeaker | null = null;
    let cue: string | null = null;
    let closed = false;
    for (let k = li; k <= last && !closed; k++) {
      const l = lines[k]!;
      let a = k === li ? b0 : l.t0;
      const startOff = k === li ? body : l.start;
      let from = startOff;
      while (a < l.t1) {
        const at = findAttribution(text, tokens, a, l.t1);
        if (!at) break;
        const endOff = at.keepPunct ? (at.closing ? tokens[at.from - 1]!.end : tokens[at.from]!.end) : tokens[at.from]!.start;
        const sp = trimSpan(text, from, endOff);
        if (sp) parts.push(sp);
        // A reporting verb's speaker wins over an earlier `enligt` source.
        if (!raw || (cue?.toLowerCase() === 'enligt' && at.cue.toLowerCase() !== 'enligt')) {
          raw = at.raw;
          cue = at.cue;
        }
        if (at.closing) {
          closed = true;
          break;
        }
        a = at.to;
        from = at.to < l.t1 ? tokens[at.to]!.start : l.end;
        if (from >= l.end) break;
        // What follows the attribution is the quote's second part, unless it is narration
        // (`…, säger Anna Ek. Enligt henne …`, `… Anna Ek berättar att …`).
        if (!at.closing && (narration(tokens, { ...l, t0: a }) || text.startsWith(at.raw.text, from))) {
          closed = true;
          break;
        }
      }
      if (closed) break;
      if (from < l.end) {
        const sp = trimSpan(text, from, l.end);
        if (sp && wordCount(tokens, a, l.t1) > 0) parts.push(sp);
      }
    }
    // `Det säger X.` on the next line.
    if (!raw && last + 1 < lines.length) {
      const l = lines[last + 1]!;
      const at = attributionSentence(text, tokens, l.t0, l.t1);
      if (at) {
        raw = at.raw;
        cue = at.cue;
      }
    }
    if (parts.length === 0) continue;
    const f: Found = { kind: 'dash', parts, raw, cue, line: li, lastLine: last };
    // `Laura Hartman säger:` / `Så här säger hon:` / `Anna Ek:` on the line before.
    if (!raw && li > 0) {
      const intro = introSpeaker(text, tokens, lines[li - 1]!);
      if (intro) {
        f.raw = intro.raw;
        f.cue = intro.cue;
        f.intro = true;
      }
    }
    out.push(f);
    li = last;
  }
  return filterLists(ctx, lines, out);
}

/** The speaker a line ending in a colon introduces (`Laura Hartman säger:`, `Hon förklarar:`, `Anna Ek:`). */
function introSpeaker(text: string, tokens: readonly Token[], p: Line): { raw: RawSpeaker; cue: string | null } | null {
  if (text[p.end - 1] !== ':') return null;
  // `Anna Ek:` alone on the line (an interview transcript).
  if (p.t1 - p.t0 >= 3 && p.t1 - p.t0 <= 5) {
    let k = p.t0;
    while (k < p.t1 - 1 && isCap(tokens[k])) k++;
    if (k === p.t1 - 1 && k - p.t0 >= 2 && firstNameLike(tokens[p.t0]!.text)) {
      const start = tokens[p.t0]!.start;
      const end = tokens[k - 1]!.end;
      return { raw: { kind: 'name', start, end, text: text.slice(start, end), endToken: k }, cue: null };
    }
  }
  // Only the last sentence of the line introduces the quote.
  let s0 = p.t1 - 1;
  while (s0 > p.t0 && !/^[.!?…]+$/.test(tokens[s0 - 1]!.text)) s0--;
  for (let k = s0; k < p.t1; k++) {
    if (!isCue(tokens[k])) continue;
    const raw = parseSpeaker(text, tokens, k + 1, p.t1 - 1) ?? subjectBefore(text, tokens, k, s0);
    if (raw) return { raw, cue: tokens[k]!.text };
  }
  return null;
}

/** The subject right before a reporting verb (`Laura Hartman säger:`, `Hon förklarar:`). */
function subjectBefore(text: string, tokens: readonly Token[], k: number, a: number): RawSpeaker | null {
  const prev = tokens[k - 1];
  if (!prev || k - 1 < a) return null;
  if (SPEAKER_PRONOUNS.has(prev.normal)) return { kind: 'pronoun', start: prev.start, end: prev.end, text: prev.text, endToken: k };
  if (!isCap(prev)) return null;
  let s = k - 1;
  while (s - 1 >= a && isCap(tokens[s - 1]) && k - s < 4) s--;
  return { kind: 'name', start: tokens[s]!.start, end: prev.end, text: text.slice(tokens[s]!.start, prev.end), endToken: k };
}

/** Drops dash lines that are list items rather than speech. */
function filterLists(ctx: TextContext, lines: Line[], found: Found[]): Found[] {
  const { text, tokens } = ctx;
  const keep: Found[] = [];
  // Adjacent: the next dash quote starts on the line after this one ends (across blank lines too).
  const adjacent = (x: Found, y: Found): boolean => y.line === x.lastLine + 1;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    // `Kommunen skriver:` before a Markdown bullet list (`- bron stängs` / `- bussarna leds om`):
    // the colon line introduces a list, not speech. Two adjacent items that are both hyphen
    // bullets or both short and unpunctuated make it a list; the whole run is dropped.
    const nl = lines[f.lastLine + 1];
    if (f.intro && nl && dashBody(text, nl) >= 0) {
      const here = lines[f.line]!;
      const bullet = (l: Line): boolean => text[l.start] === '-';
      if ((bullet(here) && bullet(nl)) || (listLike(text, tokens, here) && listLike(text, tokens, nl))) {
        let j = i + 1;
        while (j + 1 < found.length && !found[j + 1]!.raw && adjacent(found[j]!, found[j + 1]!)) j++;
        i = j;
        continue;
      }
    }
    if (f.raw) {
      keep.push(f);
      continue;
    }
    // A maximal run of adjacent unattributed dash lines.
    let j = i;
    while (j + 1 < found.length && !found[j + 1]!.raw && adjacent(found[j]!, found[j + 1]!)) j++;
    const run = found.slice(i, j + 1);
    const prev = f.line > 0 ? lines[f.line - 1]! : null;
    const colonIntro = !!prev && text[prev.end - 1] === ':' && !f.intro;
    // Right after an attributed dash quote, unattributed dash lines continue the speech (interviews).
    const afterSpeech = i > 0 && !!found[i - 1]!.raw && adjacent(found[i - 1]!, f);
    const listy = run.filter((r) => listLike(text, tokens, lines[r.line]!)).length;
    const speechy = run.filter((r) => firstPerson(tokens, lines[r.line]!)).length;
    // Hyphen bullets (`- `) in a run are Markdown list items, whatever they say.
    const hyphens = run.filter((r) => text[lines[r.line]!.start] === '-').length;
    const isList =
      (colonIntro && (run.length >= 2 || listy > 0 || text[lines[f.line]!.start] === '-')) ||
      (run.length >= 2 && !afterSpeech && (listy * 2 >= run.length || speechy * 2 < run.length || hyphens === run.length));
    for (const r of run) {
      if (r.intro) {
        keep.push(r);
        continue;
      }
      if (isList) continue;
      const line = lines[r.line]!;
      const words = r.parts.reduce((n, p) => n + wordCount(tokens, ...tokenRange(tokens, p, line)), 0);
      const endsSentence = SENT_END_CHARS.includes(text[r.parts[r.parts.length - 1]!.end - 1]!);
      // Links and navigation (`- [Läs mer](…)`) are not speech.
      if (/\]\(|https?:|www\./.test(text.slice(line.start, line.end))) continue;
      // Without an attribution, a quote is a sentence (or the title line); a short fragment is a list item.
      if ((endsSentence && words >= 2) || (words >= 4 && (r.line === 0 || words >= 8))) keep.push(r);
    }
    i = j;
  }
  return keep;
}

/** Token range `[a, b)` of a span, searching from a line's first token. */
function tokenRange(tokens: readonly Token[], sp: Span, line: Line): [number, number] {
  let a = line.t0;
  while (a > 0 && tokens[a - 1]!.end > sp.start) a--;
  while (a < tokens.length && tokens[a]!.start < sp.start) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= sp.end) b++;
  return [a, b];
}

const OPEN_CLOSE: Record<string, string> = { '”': '”', '"': '"', '»': '«»', '“': '”“', '„': '“”' };

/** Finds quotes in quotation marks. */
function markQuotes(ctx: TextContext, lines: Line[], dash: Found[]): Found[] {
  const { text, tokens } = ctx;
  const out: Found[] = [];
  const dashSpans = dash.map((f) => ({ start: lines[f.line]!.start, end: lines[f.lastLine]!.end }));
  const inDash = (pos: number): boolean => inSpans(dashSpans, pos);
  const paras = ctx.paragraphs;
  // Offset before which the scan must not look for openers (after a quotation that ran on into
  // later paragraphs).
  let resume = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    const exhausted = new Set<string>();
    for (let i = Math.max(p.start, resume); i < p.end; i++) {
      // Speed: skip by char code everything that is not an opening mark of OPEN_CLOSE (" ” » “ „).
      const code = text.charCodeAt(i);
      if (code !== 0x22 && code !== 0x201d && code !== 0xbb && code !== 0x201c && code !== 0x201e) continue;
      const c = text[i]!;
      const closers = OPEN_CLOSE[c];
      if (!closers || exhausted.has(c)) continue;
      // An opening mark stands before a word, after a space, bracket, dash, colon or line start.
      const before = i > p.start ? text[i - 1]! : ' ';
      if (!/[\s([–—:\-#*]/.test(before) && i > p.start) continue;
      if (/\s/.test(text[i + 1] ?? ' ')) continue;
      let close = -1;
      for (let k = i + 1; k < p.end; k++) {
        if (closers.includes(text[k]!)) {
          close = k;
          break;
        }
      }
      // A long quotation runs on into the next paragraph, which opens with the mark again and
      // is not closed at the end of this one (Swedish convention). Only when the mark opens the
      // paragraph or follows a colon (`skrev: ”…`) — a stray mark mid-sentence is a typo. At
      // most five paragraphs on (each paragraph is then scanned a bounded number of times).
      let cont = false;
      if (close < 0 && (i === p.start || /^[\s*>#]*$/.test(text.slice(p.start, i)) || /:\s*$/.test(text.slice(Math.max(p.start, i - 3), i)))) {
        for (let pj = pi + 1; pj < paras.length && pj <= pi + 5 && close < 0; pj++) {
          const q = paras[pj]!;
          if (text[q.start] !== c) break;
          for (let k = q.start + 1; k < q.end; k++) {
            if (closers.includes(text[k]!)) {
              close = k;
              break;
            }
          }
          cont = true;
        }
      }
      if (close < 0) {
        exhausted.add(c);
        continue;
      }
      if (cont) resume = close + 1;
      const qs = i + 1;
      const qe = close;
      i = close;
      if (inDash(qs)) continue;
      const a = firstStartingAtOrAfter(tokens, qs);
      let b = a;
      while (b < tokens.length && tokens[b]!.end <= qe) b++;
      const nWords = wordCount(tokens, a, b);
      if (nWords === 0) continue;
      if (nWords < 4) {
        // A short quotation (`”Helt otroligt!” säger Anna Ek.`) is speech only when it opens a
        // sentence and a reporting verb with a speaker follows right after the mark; otherwise it
        // is a scare quote or a name (`det så kallade ”lyftet”`).
        const om = qs - 1;
        const lead = text.slice(Math.max(p.start, om - 4), om);
        const opens = om === p.start || /(?:[.!?…]\s+|\n\s*)[*>\s]*$/.test(lead) || (om - p.start < 5 && /^[\s*>#]*$/.test(text.slice(p.start, om)));
        let k = b;
        while (k < tokens.length && tokens[k]!.start <= qe) k++;
        if (tokens[k]?.text === ',') k++;
        const t = tokens[k];
        const said = !!t && isCue(t) && t.normal !== 'enligt' && !/\n/.test(text.slice(qe, t.start)) && !!parseSpeaker(text, tokens, k + 1, Math.min(tokens.length, k + 30));
        if (!opens || !said) continue;
      }
      // One part per line when the quotation runs over several lines.
      const mparts: Span[] = [];
      let from = qs;
      for (let k = qs; k <= qe; k++) {
        if (k === qe || text[k] === '\n') {
          let sp = trimSpan(text, from, k);
          // A continued paragraph's opening mark is not part of the words.
          if (sp && cont && mparts.length > 0 && text[sp.start] === c) sp = trimSpan(text, sp.start + 1, sp.end);
          if (sp) mparts.push(sp);
          from = k + 1;
        }
      }
      if (mparts.length === 0) continue;
      const f: Found = { kind: 'marks', parts: mparts, raw: null, cue: null, line: -1, lastLine: -1 };
      // After: `”…”, skriver X` / `”…” säger X` / `…?” frågar hon`.
      let k = b;
      while (k < tokens.length && tokens[k]!.start <= qe) k++;
      const li0 = lastStartingAtOrBefore(lines, qs);
      const lineOf = li0 >= 0 && qs < lines[li0]!.end ? lines[li0] : undefined;
      const lc = lastStartingAtOrBefore(lines, qe);
      const lineEnd = lc >= 0 ? lines[lc]!.t1 : tokens.length;
      if (k < lineEnd && tokens[k]!.text === ',') k++;
      if (isCue(tokens[k]) && k < lineEnd) {
        const raw = parseSpeaker(text, tokens, k + 1, lineEnd);
        if (raw) {
          f.raw = raw;
          f.cue = tokens[k]!.text;
        }
      }
      // After, as its own sentence: `”…” Det säger X.`
      if (!f.raw) {
        let k2 = b;
        while (k2 < tokens.length && tokens[k2]!.start <= qe) k2++;
        if (k2 < tokens.length && /^[.!?]$/.test(tokens[k2]!.text)) k2++;
        const at = attributionSentence(text, tokens, k2, Math.min(tokens.length, k2 + 30));
        if (at) {
          f.raw = at.raw;
          f.cue = at.cue;
        }
      }
      // Before: `X säger: ”…”`, `säger X: ”…”`, `Enligt X: ”…”`.
      if (!f.raw && a > 0 && tokens[a - 2]?.text === ':') {
        let s = a - 2;
        while (s > 0 && !/^[.!?…”"]+$/.test(tokens[s - 1]!.text) && a - s < 25) s--;
        for (let q = s; q < a - 2; q++) {
          if (!isCue(tokens[q])) continue;
          const raw = parseSpeaker(text, tokens, q + 1, a - 2) ?? subjectBefore(text, tokens, q, s);
          if (raw) {
            f.raw = raw;
            f.cue = tokens[q]!.text;
            break;
          }
        }
      }
      // Inside a sentence with a reporting verb before the marks: `Hon säger att det är ”…”`.
      if (!f.raw && a > 0) {
        let s = a - 1;
        while (s > 0 && !/^[.!?…]+$/.test(tokens[s - 1]!.text) && a - s < 30) s--;
        for (let q = a - 2; q >= s; q--) {
          if (!isCue(tokens[q]) || tokens[q]!.normal === 'enligt') continue;
          const raw = subjectBefore(text, tokens, q, s) ?? parseSpeaker(text, tokens, q + 1, a - 1);
          if (raw) {
            f.raw = raw;
            f.cue = tokens[q]!.text;
          }
          break;
        }
      }
      // A quotation that opens its line after `Kommunen skriver:` on the line before.
      if (!f.raw && lineOf && li0 > 0 && /^[\s*>#]*$/.test(text.slice(lineOf.start, i))) {
        const intro = introSpeaker(text, tokens, lines[li0 - 1]!);
        if (intro) {
          f.raw = intro.raw;
          f.cue = intro.cue;
        }
      }
      if (f.raw) {
        out.push(f);
        continue;
      }
      // A whole heading in quotation marks (`# ”Den verkliga segern …”`) is the author's statement;
      // a title noun before the marks (`rapporten ”…”`) is never speech.
      const prevWord = a > 0 ? tokens[a - 2] : undefined;
      const titled = !!prevWord && prevWord.kind === 'word' && TITLE_NOUN_SUFFIXES.some((s) => prevWord.normal.endsWith(s));
      if (lineOf && !titled && /^[#*\s]*$/.test(text.slice(lineOf.start, i - (qe - qs) - 1)) && /^[\s*.!?]*$/.test(text.slice(close + 1, lineOf.end))) {
        f.fixed = bylineSpeaker(ctx, lines, li0);
        out.push(f);
      }
    }
  }
  return out;
}

/** The author(s) of a byline `Debattartikel av statsminister A, utrikesminister B och C, Tidningen …`. */
function bylineSpeaker(ctx: TextContext, lines: Line[], li: number): Speaker | null {
  const { text, tokens } = ctx;
  for (let k = li + 1; k < lines.length && k <= li + 3; k++) {
    const l = lines[k]!;
    let a = -1;
    for (let t = l.t0; t < Math.min(l.t1, l.t0 + 3); t++) if (tokens[t]!.normal === 'av') a = t + 1;
    if (a < 0) continue;
    const names: string[] = [];
    let t = a;
    while (t < l.t1) {
      while (t < l.t1 && (isLower(tokens[t]) || /^(?:\p{Lu}+-)\p{Ll}+$/u.test(tokens[t]!.text))) t++;
      if (!isCap(tokens[t]) || !firstNameLike(tokens[t]!.text)) break;
      let e = t + 1;
      while (e < l.t1 && isCap(tokens[e])) e++;
      names.push(text.slice(tokens[t]!.start, tokens[e - 1]!.end));
      t = e;
      if (tokens[t]?.text === ',' || tokens[t]?.normal === 'och') t++;
      else break;
    }
    if (names.length === 0) continue;
    const name = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
    return { name, named: true };
  }
  return null;
}

/** `Laura Hartman: Allt fler ser …` on the first line. */
function headlineQuote(ctx: TextContext, lines: Line[], entities: readonly Entity[]): Found | null {
  const { text, tokens } = ctx;
  const l = lines[0];
  if (!l) return null;
  let a = l.t0;
  while (a < l.t1 && /^[#*]+$/.test(tokens[a]!.text)) a++;
  let k = a;
  while (k < l.t1 && k - a < 5 && isCap(tokens[k])) k++;
  if (k === a || tokens[k]?.text !== ':' || k + 1 >= l.t1) return null;
  if (LABEL_WORDS.has(tokens[a]!.normal)) return null;
  if (wordCount(tokens, k + 1, l.t1) < 3) return null;
  // `Statsminister Eva Ek: …` — the name starts at the first first name with a surname after it.
  let f = a;
  while (f < k - 2 && !firstNameLike(tokens[f]!.text)) f++;
  if (!firstNameLike(tokens[f]!.text)) f = a;
  const nameStart = tokens[f]!.start;
  const nameEnd = tokens[k - 1]!.end;
  const ent = entityAt(entities, nameStart, nameEnd);
  if (ent?.type === 'LOC') return null;
  if (!ent && !(k - f >= 2 && firstNameLike(tokens[f]!.text))) return null;
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
  return { kind: 'headline', parts: [sp], raw, cue: null, line: 0, lastLine: 0 };
}

/** The entity (sorted by start) that starts at or before `start` and reaches `end`, if any. */
function entityAt(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  const lo = lastStartingAtOrBefore(entities, start) + 1;
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const e = entities[i]!;
    if (e.end >= end && e.end > start) return e;
  }
  return undefined;
}

/** Resolves a speaker slot to a speaker. */
function resolve(raw: RawSpeaker, people: People, entities: readonly Entity[], skip: (at: number) => boolean): Speaker | null {
  const withPerson = (p: Person, role?: string): Speaker => {
    const s: Speaker = { name: p.name, named: true };
    const r = role ?? p.role ?? p.titles[0];
    if (r) s.role = r;
    if (p.entityId) s.entityId = p.entityId;
    return s;
  };
  if (raw.kind === 'pronoun' && /^(de|dom)$/i.test(raw.text)) return null;
  if (raw.kind === 'pronoun') {
    const p = people.recent(raw.start, SPEAKER_PRONOUNS.get(raw.text.toLowerCase()) ?? null, skip);
    return p ? withPerson(p) : null;
  }
  if (raw.kind === 'np') {
    // `säger ministern` → the minister named before.
    const head = raw.text.split(' ').pop()!.toLowerCase();
    if (!raw.text.includes(' ') && ROLE_NOUN_ENDINGS.includes(head)) {
      const base = head.replace(/(?::n|en|n)$/, '');
      const p = people.recentWithRole(raw.start, base.length >= 3 ? base : head, skip);
      if (p) return withPerson(p);
    }
    return { name: raw.text, named: false };
  }
  // A name: the entity covering it, else the register's full name.
  const ent = entityAt(entities, raw.start, raw.end - 2);
  const role = raw.role && !/^(han|hon)$/i.test(raw.role) ? raw.role : undefined;
  if (ent) {
    const p = people.byName.get(ent.name);
    const s: Speaker = { name: ent.name, named: true, entityId: ent.id };
    const r = role ?? p?.role ?? p?.titles[0];
    if (r) s.role = r;
    return s;
  }
  const name = raw.text.replace(/\u00ad/g, '');
  let p = people.byName.get(name) ?? people.byName.get(stripGenitive(name));
  if (!p && !name.includes(' ')) p = people.resolveShort(name, raw.start) ?? undefined;
  if (!p) {
    // A longer form of a multi-word name (`Berger Kettner` → `Anna Berger Kettner`).
    let k = 0;
    for (const q of people.byName.values()) {
      if (++k > 400) break;
      if (q.name.endsWith(' ' + name)) p = q;
    }
  }
  if (p) return withPerson(p, role);
  const s: Speaker = { name, named: true };
  if (role) s.role = role;
  return s;
}

/** Whether a speaker slot stands for a group (`säger de`, `säger båda`, `säger de båda`, `säger bägge två`). */
function groupSlot(raw: RawSpeaker): boolean {
  const words = raw.text.toLowerCase().split(' ');
  return words.length <= 2 && GROUP_SPEAKER_WORDS.has(words[0]!) && (words.length === 1 || /^(två|båda|bägge)$/.test(words[1]!));
}

/**
 * The group a `säger de` quote starting at `pos` refers to, from the (at most two) sentences
 * before it, outside quotes: the most recent named pair (`Anna och Per Svensson`, `Maja Lind och
 * Omar Farah`) as a named speaker, else a sentence-initial plural definite noun (`Eleverna …`) as
 * an unnamed one. Looks at most 60 tokens back (linear time).
 */
function groupBefore(ctx: TextContext, pos: number, skip: (at: number) => boolean, pairOnly = false): Speaker | null {
  const { text, tokens } = ctx;
  const lo = firstStartingAtOrAfter(tokens, pos);
  // Skip the quote's own dash and the line break before it.
  let k = lo - 1;
  while (k >= 0 && tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'number' && !/^[.!?…]+$/.test(tokens[k]!.text)) k--;
  let sentences = 0;
  let plural: Speaker | null = null;
  for (let n = 0; k >= 0 && n < 60; k--, n++) {
    const t = tokens[k]!;
    if (skip(t.start)) break;
    if (/^[.!?…]+$/.test(t.text) && n > 0) {
      if (plural || ++sentences >= 2) break;
      continue;
    }
    // `X [Y] och Z W`: a name before `och` and a name of two words or more after it.
    if (t.normal === 'och' && isCap(tokens[k - 1]) && isCap(tokens[k + 1]) && isCap(tokens[k + 2])) {
      let a = k - 1;
      while (a - 1 >= 0 && k - a < 3 && isCap(tokens[a - 1]) && !sentenceStartAt(tokens, a, 0)) a--;
      let b = k + 2;
      while (b + 1 < tokens.length && b - k < 4 && isCap(tokens[b + 1])) b++;
      if (firstNameLike(tokens[a]!.text) || firstNameLike(tokens[k + 1]!.text)) return { name: text.slice(tokens[a]!.start, tokens[b]!.end), named: true };
    }
    // `Eleverna i nian har …`: a plural definite noun opening the sentence.
    if (!plural && !pairOnly && isCap(t) && t.normal.length >= 6 && PLURAL_DEFINITE_ENDINGS.some((e) => t.normal.endsWith(e)) && (k === 0 || /^[.!?…]+$/.test(tokens[k - 1]!.text) || /\n/.test(text.slice(tokens[k - 1]!.end, t.start)))) {
      plural = { name: t.normal, named: false };
    }
  }
  return plural;
}

/**
 * For `säger hon` / `säger han` when no person of that sex (or of unknown sex) is known: the most
 * recent run of two or three capitalised words before the quote starting at `pos` (`Tjorven
 * Axelsson driver …`, `Vi träffar Zlatana Kovačević …`) whose first name is in no list, or a lone
 * first name of the pronoun's sex (`Anna är 34 år …`). Leading
 * function words are dropped (`Enligt`, `I`); a run after a preposition (`i Nya Zeeland`), inside
 * a quote, with a first name of known sex, or tagged as a place is no person. At most 60 tokens and two sentences
 * back (linear time).
 */
function unknownNameBefore(ctx: TextContext, pos: number, skip: (at: number) => boolean, entities: readonly Entity[], sex: 'female' | 'male' | null): RawSpeaker | null {
  const { text, tokens } = ctx;
  const lo = firstStartingAtOrAfter(tokens, pos);
  let sentences = 0;
  const fnWord = (t: Token): boolean => NOT_SPEAKER_START.has(t.normal) || NP_STOP_WORDS.has(t.normal) || isCue(t);
  for (let k = lo - 1, n = 0; k >= 0 && n < 60; k--, n++) {
    const t = tokens[k]!;
    if (skip(t.start)) break;
    if (/^[.!?…]+$/.test(t.text) && ++sentences > 2) break;
    if (!isCap(t)) continue;
    // The run ending at k.
    let a = k;
    while (a - 1 >= 0 && k - a < 5 && isCap(tokens[a - 1]) && !/\n/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
    const runStart = a;
    while (a < k && fnWord(tokens[a]!)) a++;
    const prev = tokens[runStart - 1];
    const afterPrep = a === runStart && !!prev && isLower(prev) && NP_STOP_WORDS.has(prev.normal);
    const words = k - a + 1;
    // A lone first name of the right sex (`Anna är 34 år …`, `Ahmed, 12 år, …`).
    if (words === 1 && sex && sexOf(tokens[a]!.text) === sex) {
      const ent = entityAt(entities, tokens[a]!.start, tokens[a]!.end);
      if (!ent || ent.type === 'PER') return { kind: 'name', start: tokens[a]!.start, end: tokens[a]!.end, text: tokens[a]!.text, endToken: k + 1 };
    }
    if (words >= 2 && words <= 3 && !afterPrep && sexOf(tokens[a]!.text) === null && tokens.slice(a, k + 1).every((x) => x.text.length >= 2 && /^\p{L}[\p{L}-]*$/u.test(x.text))) {
      const ent = entityAt(entities, tokens[a]!.start, tokens[k]!.end);
      // The entity step may tag an unknown two-word name as an organisation (`Zlatana Kovačević`);
      // `säger hon` cannot point at a place, so only LOC (and other non-PER/ORG tags) rule it out.
      if (!ent || ent.type === 'PER' || ent.type === 'ORG') {
        const start = tokens[a]!.start;
        const end = tokens[k]!.end;
        return { kind: 'name', start, end, text: text.slice(start, end), endToken: k + 1 };
      }
    }
    k = runStart;
  }
  return null;
}

/**
 * Whether an unattributed dash quote is an interviewer's question: one short sentence (at most 15
 * words) ending in `?` with a second-person word (`du`, `ni`, `dig` …), followed on the next line
 * by another dash quote (the answer). Attributed questions (`? frågar hon`) and questions without
 * `du`/`ni` (rhetorical: `– Vem ska betala?`) stay quotes.
 */
function interviewerQuestion(ctx: TextContext, lines: Line[], f: Found, next: Found | undefined): boolean {
  const { text, tokens } = ctx;
  if (f.kind !== 'dash' || f.raw || f.intro || !next || next.kind !== 'dash' || next.line !== f.lastLine + 1 || f.parts.length !== 1) return false;
  const sp = f.parts[0]!;
  if (text[sp.end - 1] !== '?') return false;
  const [a, b] = tokenRange(tokens, sp, lines[f.line]!);
  if (wordCount(tokens, a, b) > 15) return false;
  let second = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (/^[.!?…]+$/.test(t.text) && k < b - 1) return false;
    if (SECOND_PERSON.has(t.normal)) second = true;
  }
  return second;
}

/**
 * An interviewer's question on a line of its own before an answer (`Varför skrev du boken?`,
 * `**Vad händer nu?**`): one short sentence (at most 25 words) ending in `?`, outside any quote.
 */
function questionLine(text: string, tokens: readonly Token[], line: Line, skip: (at: number) => boolean): boolean {
  let e = line.end;
  while (e > line.start && /[\s*_]/.test(text[e - 1]!)) e--;
  if (e === line.start || text[e - 1] !== '?' || skip(line.start) || skip(e - 1)) return false;
  // One sentence: `Anna Berg leder utredningen. Vad händer nu?` is running text, not a question line.
  return wordCount(tokens, line.t0, line.t1) <= 25 && !/[.!?…]\s/.test(text.slice(line.start, e - 1));
}

/** Finds quotes in an analysed text whose entities are known (pipeline step 06). */
export function findQuotes(ctx: TextContext, entities: readonly Entity[], _options: QuoteOptions = {}): Quote[] {
  const { text, tokens } = ctx;
  if (tokens.length === 0) return [];
  entities = [...entities].sort((a, b) => a.start - b.start);
  const lines = splitLines(ctx);
  const head = headlineQuote(ctx, lines, entities);
  const allDash = dashQuotes(ctx, lines).filter((f) => !(head && f.line === 0));
  const marks = markQuotes(ctx, lines, allDash);
  // Interviewer questions are dropped; their lines are skipped when an answer looks for the
  // person the line before introduces.
  const questionLines = new Set<number>();
  const dash = allDash.filter((f, i) => {
    if (!interviewerQuestion(ctx, lines, f, allDash[i + 1])) return true;
    questionLines.add(f.line);
    return false;
  });
  const found = [...(head ? [head] : []), ...dash, ...marks].sort((x, y) => x.parts[0]!.start - y.parts[0]!.start);

  // People: the register, plus every named speaker slot (names the first-name list does not know).
  const people = buildPeople(text, tokens, entities);
  for (const f of found) {
    if (f.raw?.kind === 'name' && f.raw.text.includes(' ') && !people.byName.has(f.raw.text)) {
      const p = people.person(f.raw.text);
      people.mention(p, f.raw.start, f.raw.end);
      if (f.raw.role && isRoleWord(f.raw.role.split(' ').pop() ?? '')) p.titles.push(f.raw.role.split(' ').pop()!.toLowerCase());
    }
  }
  people.sort();
  const spans = found.flatMap((f) => f.parts).sort((x, y) => x.start - y.start);
  const skip = (at: number): boolean => inSpans(spans, at);

  const out: Quote[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastEnd = 0;
  for (const f of found) {
    let speaker: Speaker | null = f.fixed !== undefined ? f.fixed : f.raw ? resolve(f.raw, people, entities, skip) : null;
    // `säger hon` with nobody of that sex known: a capitalised name the lists do not know.
    if (!speaker && f.raw && f.fixed === undefined && f.raw.kind === 'pronoun' && /^(hon|han)$/i.test(f.raw.text)) {
      const r = unknownNameBefore(ctx, f.parts[0]!.start, skip, entities, SPEAKER_PRONOUNS.get(f.raw.text.toLowerCase()) ?? null);
      if (r) speaker = resolve(r, people, entities, skip);
    }
    // `säger de` / `säger båda`: the group named just before the quote.
    if (f.raw && f.fixed === undefined && groupSlot(f.raw) && !(speaker && speaker.named)) speaker = groupBefore(ctx, f.parts[0]!.start, skip) ?? (f.raw.kind === 'np' ? speaker : null);
    // `säger paret` / `säger makarna`: the named pair just before, else the noun as written.
    if (f.raw?.kind === 'np' && f.fixed === undefined && PAIR_NOUNS.has(f.raw.text.toLowerCase())) speaker = groupBefore(ctx, f.parts[0]!.start, skip, true) ?? speaker;
    if (!f.raw && f.fixed === undefined && f.kind === 'dash') {
      // Unattributed dash quote: the person the line before introduces, else the last speaker.
      let pl = f.line - 1;
      while (pl >= 0 && (questionLines.has(pl) || reporterQuestion(tokens, lines[pl]!) || questionLine(text, tokens, lines[pl]!, skip))) pl--;
      const prev = pl >= 0 ? lines[pl]! : null;
      if (prev && prev.end > lastEnd && !'?'.includes(text[prev.end - 1]!)) {
        const ms = people.between(prev.start, prev.end).filter((m) => !skip(m.start));
        // A person in subject position of a sentence (`Hugo Falk håller inte med.`, `Enligt Ola Ek …`)
        // takes the floor; one named as an object (`… om sin mamma Eva Ek.`) does not, unless nobody
        // has spoken yet (`Vi har pratat med Laura Hartman.`).
        const subject = ms.filter((m) => {
          let k = prev.t0;
          while (k < prev.t1 && tokens[k]!.start < m.start) k++;
          let s0 = k;
          while (s0 > prev.t0 && !/^[.!?…]+$/.test(tokens[s0 - 1]!.text)) s0--;
          return k - s0 <= 3;
        });
        const m = subject[subject.length - 1] ?? (lastSpeaker ? undefined : ms[ms.length - 1]);
        if (m) speaker = resolve({ kind: 'name', start: m.start, end: m.end, text: m.person.name, endToken: 0 }, people, entities, skip);
      }
      speaker ??= lastSpeaker;
    }
    const parts = f.parts;
    const q: Quote = {
      text: parts.map((p) => text.slice(p.start, p.end)).join(' '),
      start: parts[0]!.start,
      end: parts[parts.length - 1]!.end,
      kind: f.kind,
      speaker,
      cue: f.cue,
      parts,
    };
    out.push(q);
    if (speaker && f.kind !== 'headline') lastSpeaker = speaker;
    lastEnd = q.end;
  }
  // An unattributed dash quote with nobody before it goes to the speaker of the dash quote right
  // after it (`– A.` / `– B, säger hon.`: one speaker over consecutive paragraphs).
  for (let i = out.length - 2; i >= 0; i--) {
    const f = found[i]!;
    if (out[i]!.speaker || f.kind !== 'dash' || f.raw || f.fixed !== undefined) continue;
    const g = found[i + 1]!;
    if (g.kind === 'dash' && g.line <= f.lastLine + 1 && out[i + 1]!.speaker) out[i]!.speaker = { ...out[i + 1]!.speaker! };
  }
  // A quote near the top repeated later with an attribution (a dash headline) takes that speaker.
  for (let i = 0; i < out.length && i < 5; i++) {
    const q = out[i]!;
    if (q.speaker) continue;
    const norm = q.text.replace(/[.!?…\s]+$/, '');
    const src = out.find((o) => o !== q && o.speaker && o.text.includes(norm));
    if (src) q.speaker = { ...src.speaker! };
  }
  // A quotation standing as the title (`”Jag vill att fler unga ska läsa”` on the first line) is
  // the words of the one person the article quotes by name, as in an interview.
  const first = out[0];
  if (first && !first.speaker && first.kind === 'marks' && lines.length > 1 && first.end <= lines[0]!.end) {
    const persons = new Map<string, Speaker>();
    for (const o of out) if (o.speaker?.named && people.byName.has(o.speaker.name)) persons.set(o.speaker.name, o.speaker);
    if (persons.size === 1) first.speaker = { ...[...persons.values()][0]! };
  }
  return out;
}

/**
 * Extracts direct quotes from Swedish (news) text and attributes them to speakers.
 *
 * @param text Any string.
 * @param options Quote options.
 */
export function extractQuotes(text: string, options: QuoteOptions = {}): Quote[] {
  const ctx = buildContext(text, {}, 'extractQuotes');
  return findQuotes(ctx, findEntities(ctx, options.entities), options);
}

/** Groups quotes by speaker name (`null` speakers under the empty string), in order of first quote. */
export function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const by = new Map<string, Quote[]>();
  for (const q of quotes) {
    const k = q.speaker?.name ?? '';
    const list = by.get(k) ?? [];
    list.push(q);
    by.set(k, list);
  }
  return by;
}
