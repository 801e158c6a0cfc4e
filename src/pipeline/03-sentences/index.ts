import type { Paragraph, Sentence, Token } from '../../types';
import { assertString } from '../../internal/assert-string';
import { SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from '../../data/sv/abbreviations';
import { isSpaceCode, splitParagraphs } from '../01-paragraphs';
import { tokenize } from '../02-tokens';

const FINAL_ABBR = new Set(SENTENCE_FINAL_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
/** Longest heading glued to the start of its paragraph, in tokens. */
const MAX_HEADING = 8;
/**
 * Glued headings are looked for only in hard-wrapped text: some paragraph has several lines and no
 * line is longer than this (Talbanken's raw text wraps at 80); in one-paragraph-per-line text
 * headings keep their own line.
 */
const WRAPPED_MAX_LINE = 100;
/** How many glued closing marks after a full stop are looked back over (keeps the loop linear). */
const MAX_CLOSERS = 4;

/** Sentence-final punctuation: `.` `!` `?` `…` and runs of them (`...`, `?!`). */
function isTerminal(t: Token): boolean {
  if (t.kind !== 'punctuation') return false;
  const c = t.text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

/** An ellipsis: `…` or two or more dots. */
function isEllipsis(t: Token): boolean {
  return t.text.charCodeAt(0) === 0x2026 || (t.text.charCodeAt(0) === 46 && t.text.length > 1);
}

/** Closing quotation marks and brackets that stay with the sentence before them when glued. */
function isCloser(t: Token): boolean {
  if (t.kind !== 'punctuation' || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 0x201d || c === 34 || c === 39 || c === 0x2019 || c === 0xbb || c === 0xab || c === 41 || c === 93 || c === 125 || c === 0x201c;
}

/** Dashes and quotation marks that open a sentence (`– Det finns …`, `”Vi …`). */
function isOpener(t: Token): boolean {
  if (t.kind !== 'punctuation') return false;
  const c = t.text.charCodeAt(0);
  return (
    c === 0x2013 || c === 0x2014 || c === 45 || c === 0x201d || c === 0x201c || c === 34 || c === 39 || c === 0xbb ||
    c === 0xab || c === 0x2018 || c === 0x2019 || c === 40 || c === 91
  );
}

/** A dash: `-` `–` `—` (alone). */
function isDash(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return t.text.length === 1 && (c === 45 || c === 0x2013 || c === 0x2014);
}

/** First character is an upper-case letter. */
function isUpperInitial(t: Token): boolean {
  const ch = t.text.charAt(0);
  return ch !== ch.toLowerCase();
}

/** First character is a digit. */
function isDigitInitial(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A new sentence can start with token `t`. */
function canStart(t: Token): boolean {
  return isUpperInitial(t) || isDigitInitial(t) || isOpener(t);
}

/**
 * Groups already-computed tokens into sentences; a sentence never crosses a paragraph, and a
 * paragraph end always ends a sentence (headings, bylines without final punctuation).
 *
 * Inside a paragraph a sentence ends
 * - after `.` `!` `?` `…` (with glued closing quotes and brackets: `?”`, `.)`) when the next token
 *   can start a sentence: a capital, a digit, a dash or an opening quote (`skadade.– Möbler`,
 *   `internet.8 SIDOR`); after an ellipsis only before a capital;
 * - after an abbreviation that often ends a sentence (`etc.`, `osv.`, `m.m.`) before a capital;
 *   other abbreviations (`t.ex.`, `kl.`, initials `J.`) never end one;
 * - at a gap of two or more spaces inside a line before a capital, a dash or a quote (a lost layout break);
 * - at a single line break before a list bullet (`*`, `•`);
 * - at a single line break that cannot be a wrapped line: the line plus the next word would have
 *   fit within the longest line of the text, the line does not end in `,` `;` `(` or a hyphen, and
 *   the next line starts like a sentence. Hard-wrapped text (Talbanken) keeps its sentences
 *   across line breaks; one-paragraph-per-line news text gets its headings and bylines split off.
 *
 * Linear time.
 *
 * @param text The text the tokens come from.
 * @param tokens Tokens of `text`, in order.
 * @param paragraphs Paragraphs of `text`, in order.
 * @returns Sentences in order; together they hold every token once.
 */
export function segmentSentences<T extends Token>(text: string, tokens: readonly T[], paragraphs: readonly Paragraph[]): Sentence<T>[] {
  const out: Sentence<T>[] = [];
  let cur: T[] = [];
  let p = 0;
  let maxLine = -1;
  let firstOfParagraph = 0;
  let wrappedText = -1; // -1: not computed yet; lazily, since most texts never need it
  const isWrapped = () => {
    if (wrappedText < 0) {
      if (maxLine < 0) maxLine = longestLine(text);
      wrappedText = maxLine <= WRAPPED_MAX_LINE && hasInnerLineBreak(text) ? 1 : 0;
    }
    return wrappedText === 1;
  };
  const flush = () => {
    if (cur.length === 0) return;
    const start = cur[0]!.start;
    const end = cur[cur.length - 1]!.end;
    out.push({ text: text.slice(start, end), start, end, tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let crossed = false;
    while (p < paragraphs.length && paragraphs[p]!.end <= t.start) {
      p++;
      crossed = true;
    }
    if (cur.length > 0) {
      if (crossed) {
        flush();
        firstOfParagraph = out.length;
      } else if (endsBefore(tokens, i, cur.length, isWrapped)) flush();
      else {
        const prev = tokens[i - 1]!;
        const gap = t.start - prev.end;
        if (gap > 0 && hasNewline(text, prev.end, t.start)) {
          if (maxLine < 0) maxLine = longestLine(text);
          if (lineBreakEnds(text, prev, t, maxLine)) flush();
        } else if (gap >= 2 && layoutGapEnds(prev, t)) flush();
        else if (cur.length <= MAX_HEADING && out.length === firstOfParagraph && isGluedHeading(cur, t) && isWrapped()) flush();
      }
    }
    cur.push(t);
  }
  flush();
  return out;
}

/**
 * A heading that lost its line break and is glued to the first sentence of its paragraph, as in
 * re-wrapped text (`Mat och hälsa Många svåra sjukdomar …`, `Ålderspension Ålderspensionen från …`):
 * a few words without punctuation from the paragraph start, then a capitalised word that is a common
 * sentence starter or contains the heading's last word.
 */
function isGluedHeading(cur: readonly Token[], t: Token): boolean {
  if (t.kind !== 'word' || !isUpperInitial(t)) return false;
  const first = cur[0]!;
  if (!isUpperInitial(first) && !isDigitInitial(first)) return false;
  // words and numbers, and dashes inside (`Schizofreni - en gåtfull sjukdom`)
  for (let j = 1; j < cur.length; j++) {
    const u = cur[j]!;
    if (u.kind !== 'word' && u.kind !== 'number' && !(u.kind === 'punctuation' && isDash(u) && j < cur.length - 1)) return false;
  }
  if (first.kind !== 'word' && first.kind !== 'number') return false;
  const last = cur[cur.length - 1]!;
  if (STARTERS.has(t.normal)) return true;
  // the text goes on about the heading's word (`Ålderspension Ålderspensionen`, `… lägre pension Ålderspensionen`)
  return last.normal.length >= 4 && t.normal.length > last.normal.length && t.normal.includes(last.normal);
}

/** Whether a sentence ends between `tokens[i - 1]` and `tokens[i]` by punctuation. */
function endsBefore(tokens: readonly Token[], i: number, curLength: number, wrapped: () => boolean): boolean {
  const prev = tokens[i - 1]!;
  // fast path: after a word or number without a final dot nothing below can end the sentence
  if (prev.kind !== 'punctuation' && prev.text.charCodeAt(prev.text.length - 1) !== 46) return false;
  const t = tokens[i]!;
  // a closing mark glued to the full stop belongs to the sentence (`bokstäver.'`)
  if (isCloser(t) && prev.end === t.start) return false;
  // a dash or quote that goes on in lower case continues the sentence (`statustänkande? - går`)
  if (isOpener(t) && !isUpperInitial(t)) {
    const u = tokens[i + 1];
    if (u !== undefined && u.kind === 'word' && !isUpperInitial(u) && u.text.charCodeAt(0) !== 0x2d) return false;
  }
  let k = i - 1;
  const floor = Math.max(i - curLength, i - 1 - MAX_CLOSERS);
  while (k > floor && isCloser(tokens[k]!) && tokens[k - 1]!.end === tokens[k]!.start) k--;
  const a = tokens[k]!;
  if (isTerminal(a)) {
    // `?` or `!` inside a quote before a lower-case word does not end it; an ellipsis ends only before a capital
    if (isEllipsis(a)) return isUpperInitial(t) || (isOpener(t) && t.text !== '(');
    return canStart(t);
  }
  if (k === i - 1 && a.kind === 'word' && a.text.length > 1 && a.text.charCodeAt(a.text.length - 1) === 46) {
    return FINAL_ABBR.has(a.normal.slice(0, -1)) && isUpperInitial(t);
  }
  // a colon before a capital, a dash or a quote ends the sentence, as in Talbanken (`frågan: Varför …`,
  // `formulerat det: 'Måste …`), except after a label of one or two words (`Foto: Tillitsdelegationen`,
  // and the news headline `Laura Hartman: Allt fler …`, which stays one sentence)
  if (k === i - 1 && a.kind === 'punctuation' && a.text === ':' && (isUpperInitial(t) || (isOpener(t) && t.text !== '('))) {
    // an enumeration of names goes on (`följande: Borås, Danderyd …`)
    const u = tokens[i + 1];
    if (isUpperInitial(t) && u !== undefined && u.text === ',') return false;
    let words = 0;
    const stop = Math.min(i - 1, i - curLength + 8); // bounded: linear time
    for (let j = i - curLength; j < stop && words < 3; j++) if (tokens[j]!.kind !== 'punctuation') words++;
    if (words >= 3) return true;
    // in re-wrapped text a short label lost its line break (`Fotnot: De …`, `Del 1: Här är …`)
    return (STARTERS.has(t.normal) || isOpener(t)) && wrapped();
  }
  return false;
}

function hasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028) return true;
  }
  return false;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Some paragraph holds a single line break (two non-blank lines in a row): the text may be wrapped. */
function hasInnerLineBreak(text: string): boolean {
  let prevBlank = true;
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    while (a < nl && isSpaceCode(text.charCodeAt(a))) a++;
    const blank = a === nl;
    if (!blank && !prevBlank) return true;
    prevBlank = blank;
    pos = nl + 1;
  }
  return false;
}

/** Length of the longest line (without surrounding whitespace); lines end at `\n`. */
function longestLine(text: string): number {
  let max = 0;
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let b = nl;
    while (b > pos && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b - pos > max) max = b - pos;
    pos = nl + 1;
  }
  return max;
}

/**
 * Two or more spaces (or a tab) inside a line, where a line break or a table cell was lost
 * (`Lyssna  En familj …` from a web page), end a sentence before a capital, a dash or a quote.
 */
function layoutGapEnds(prev: Token, t: Token): boolean {
  if (!canStart(t) || isDigitInitial(t)) return false;
  const last = prev.text.charCodeAt(prev.text.length - 1);
  return !(last === 44 || last === 59 || last === 40 || last === 45 || last === 0x2010 || last === 58);
}

/** A list bullet at the start of a line (`*`, `•`, `·`, `▪`, `◦`, `‣`). */
function isBullet(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 42 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x2023;
}

/** A single line break between `prev` and `t` ends the sentence (see {@link segmentSentences}). */
function lineBreakEnds(text: string, prev: Token, t: Token, maxLine: number): boolean {
  if (isBullet(t)) return true;
  if (!canStart(t)) return false;
  const last = prev.text.charCodeAt(prev.text.length - 1);
  if (last === 44 || last === 59 || last === 40 || last === 45 || last === 0x2010) return false;
  let ls = prev.end;
  while (ls > 0 && !isLineBreak(text.charCodeAt(ls - 1))) ls--;
  while (ls < prev.end && isSpaceCode(text.charCodeAt(ls))) ls++;
  let we = t.start;
  while (we < text.length && !isSpaceCode(text.charCodeAt(we))) we++;
  return prev.end - ls + 1 + (we - t.start) <= maxLine;
}

/**
 * Splits Swedish text into sentences (paragraphs, then tokens, then the sentence boundaries between them).
 *
 * @param text Any string.
 * @returns Sentences in order, each with its tokens.
 * @throws TypeError when `text` is not a string.
 */
export function splitSentences(text: string): Sentence[] {
  assertString(text, 'splitSentences');
  return segmentSentences(text, tokenize(text), splitParagraphs(text));
}
