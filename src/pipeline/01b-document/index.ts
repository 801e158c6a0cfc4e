/**
 * Pipeline step 01b, document structure: the parts of a news article around its body text:
 * title, byline, photo credit, dates and
 * site furniture (share buttons, view counters, "read more" link lists). The keyword step keeps
 * furniture and metadata out of its candidates; the summary reports the metadata. It reads the
 * raw text only (no tokens), so any later step — entities, quotes, keywords, summary — can use it.
 *
 * Line based, one pass, linear time.
 *
 * @module
 */
import type { Span } from '../../types';
import {
  AGENCY_SIGNATURE,
  BOILERPLATE_LINES,
  COOKIE_LINE,
  COOKIE_WORD,
  BYLINE_GENRE,
  GLUED_DATE_LABEL,
  INLINE_SIGNATURE,
  LEADING_LISTEN,
  READ_MORE,
  TRAILING_SHARE,
} from '../../data/sv/article-metadata';
import { defaultLexicon, type Lexicon } from '../../data/sv/lexicon';

/** A piece of metadata found in the text. */
export interface MetadataItem extends Span {
  /** The label as written (`Foto`, `Senast ändrad`), or `''` for unlabelled items. */
  label: string;
  /** The value after the label (`Bertil Berg/TT`, `09:44, 11 Jan 2018`). */
  value: string;
}

/** What {@link readArticle} finds. */
export interface ArticleParts {
  /** The title and where it is, or `null` when the text has none. */
  title:
    | (Span & {
        /** The title as written. */
        text: string;
      })
    | null;
  /** Author lines (`Text: …`, `Av …`). */
  bylines: MetadataItem[];
  /** Photo credits (`Foto: …`). */
  photos: MetadataItem[];
  /** Publication and update dates (`Publicerad …`, `Senast ändrad …`). */
  dates: MetadataItem[];
  /** News agency or desk signature at the end (`8 SIDOR/TT`). */
  signature: MetadataItem | null;
  /** Spans that are not article text (metadata and site furniture), in text order. */
  excluded: Span[];
  /**
   * Furniture left inside article lines, in text order: a photo credit from its label and colon
   * to the end of the line (`Bilden är tagen i maj. Foto: Bildbyrån`, also `Bild av …` opening a
   * line), and a whole line whose first words hold a capitalised date label (`Av Redaktionen,
   * Publicerat i går`). These spans stay in the text steps (sentences, entities, summary) but
   * give no keywords.
   */
  furniture: Span[];
  /**
   * Photo credits inside article lines, in text order: the label as written (`Foto`) and the value
   * after its colon to the next credit's label or the end of the line (`Bildbyrån` of
   * `Bilden är tagen i maj. Foto: Bildbyrån`); `start` is the label's start. Their spans are in {@link furniture} too.
   * A credit line of its own is in {@link photos}. The entity step reads both to know which names
   * are credits, so that the photo labels have one home (the lexicon's `photoLabels`). Optional
   * only for structures built by hand before the field existed.
   */
  credits?: MetadataItem[];
}

/** The line patterns of one lexicon (labels from `bylineLabels`, `photoLabels`, `dateLabels`, `navSections`). */
interface LinePatterns {
  byline: RegExp;
  photo: RegExp;
  date: RegExp;
  nav: ReadonlySet<string>;
  /** Two-word section names, looked up by their first word. */
  navPairs: ReadonlySet<string>;
  /** The first word of every section name (the word itself for one-word names). */
  navFirst: ReadonlySet<string>;
  /** A photo label and its colon anywhere in a line (global). */
  creditInLine: RegExp;
  /** Longest photo label plus a few spaces: how far before a colon a label can start. */
  creditReach: number;
  /** A photo label and `av` opening a line (`Bild av Anna Ek`). */
  creditBy: RegExp;
  /** The date labels, lower case. */
  dateWords: ReadonlySet<string>;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A label alternation, longest first, for a pattern. No labels (a caller replaced the list with
 * none) give a pattern that never matches, not an empty alternation, which would match nothing
 * before a colon and take any colon for a label's.
 */
const alternation = (labels: readonly string[]) => (labels.length > 0 ? [...labels].sort((a, b) => b.length - a.length).map(esc).join('|') : '(?!)');
const labelRe = (labels: readonly string[], colon: boolean) =>
  new RegExp(`^(${alternation(labels)})${colon ? '\\s*:' : '\\s*:?'}\\s*(\\S.{0,200})$`, 'i');
// `Av Anna Andersson` without a colon: only when two to four capitalised words follow.
const BYLINE_AV = /^(Av)\s+(\p{Lu}[\p{L}-]+(?: (?:och )?\p{Lu}[\p{L}-]+){1,3})\s*$/u;
const MAX_TITLE_CHARS = 160;
/** A value without the sentence period that often ends a credit line (`Foto: Karin Ek.`). */
const clean = (v: string) => v.trim().replace(/(?<![A-ZÅÄÖ])\.$/u, '').trim();
const MAX_TITLE_WORDS = 20;

const patternCache = new WeakMap<Lexicon, LinePatterns>();

/** The line patterns built from a lexicon's label lists, once per lexicon. */
function linePatterns(lex: Lexicon): LinePatterns {
  let p = patternCache.get(lex);
  if (!p) {
    p = {
      byline: labelRe(lex.bylineLabels, true),
      photo: labelRe(lex.photoLabels, true),
      date: labelRe(lex.dateLabels, false),
      nav: new Set(lex.navSections),
      navPairs: new Set(lex.navSections.filter((n) => n.includes(' '))),
      navFirst: new Set(lex.navSections.map((n) => n.split(' ')[0]!)),
      ...inlinePatterns(lex),
    };
    patternCache.set(lex, p);
  }
  return p;
}


/**
 * The patterns of furniture inside a line, from the lexicon's `photoLabels` and `dateLabels` (and
 * the deprecated keyword-only extras `keywordCreditLabels`, `keywordDateLineLabels`).
 */
function inlinePatterns(lex: Lexicon): Pick<LinePatterns, 'creditInLine' | 'creditReach' | 'creditBy' | 'dateWords'> {
  const labels = [...lex.photoLabels, ...lex.keywordCreditLabels].map((l) => l.trim()).filter(Boolean);
  const photo = alternation(labels);
  return {
    creditReach: Math.max(0, ...labels.map((l) => l.length)) + 8,
    // The label is a whole word: no letter, digit or hyphen before it (`TT-foto:` is no label).
    creditInLine: new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${photo})\\s*:`, 'giu'),
    creditBy: new RegExp(`^(?:${photo})\\s+av(?![\\p{L}\\p{N}])`, 'iu'),
    dateWords: new Set([...lex.dateLabels, ...lex.keywordDateLineLabels].map((l) => l.trim().toLowerCase())),
  };
}

/** The first word of a menu line: the first run of characters that are neither spaces nor menu separators. */
const FIRST_MENU_WORD = /^[\s|/›>·»•]*([^\s|/›>·»•]+)/;

/**
 * Whether a line is site navigation: two or more section names (`Hem Nyheter Sport`), separated
 * by spaces or menu separators (`|`, `/`, `›`, `>`, `·`, `»`).
 */
function isNavigation(s: string, p: LinePatterns): boolean {
  if (s.length > 200) return false;
  const lower = s.toLowerCase();
  // The loop below stops at the first word unless a section name starts with it: most lines
  // stop there, so that word is read first, without splitting the whole line.
  const first = FIRST_MENU_WORD.exec(lower);
  if (!first || !p.navFirst.has(first[1]!)) return false;
  const words = lower.split(/\s*[|/›>·»•]\s*|\s+/).filter(Boolean);
  let items = 0;
  for (let i = 0; i < words.length; i++) {
    const two = i + 2 < words.length && words[i + 1] === '&' ? `${words[i]} & ${words[i + 2]}` : i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (two && p.navPairs.has(two)) {
      i += two.split(' ').length - 1;
      items++;
    } else if (p.nav.has(words[i]!)) items++;
    else return false;
  }
  return items >= 2;
}

/**
 * The document structure of a context: the one step 01b computed once for the whole pipeline
 * (`ctx.document`, set by `createContext`), or, for a context built by hand, {@link readArticle}
 * of its text with its lexicon. Every later step reads the structure through this function, so
 * the text is read once per pipeline run.
 *
 * @param ctx A text context, with its lexicon and document structure when it has them.
 */
export function documentOf(ctx: { readonly text: string; readonly lexicon?: Lexicon | undefined; readonly document?: ArticleParts | undefined }): ArticleParts {
  return ctx.document ?? readArticle(ctx.text, ctx.lexicon ?? defaultLexicon());
}

/**
 * Finds the title, metadata and site furniture of an article.
 *
 * Title: a first line `# Heading` (Markdown), or a short first line (at most 20 words, no final
 * period, comma or colon) followed by more text on later lines.
 *
 * @param text Any string.
 * @param lexicon The lexicon whose label lists (`bylineLabels`, `photoLabels`, `dateLabels`,
 *   `navSections`) are read (default: the built-in Swedish lexicon).
 */
export function readArticle(text: string, lexicon: Lexicon = defaultLexicon()): ArticleParts {
  const p = linePatterns(lexicon);
  const parts: ArticleParts = { title: null, bylines: [], photos: [], dates: [], signature: null, excluded: [], furniture: [], credits: [] };
  const lines = trimmedLines(text);
  parts.title = findTitle(text, lines, p);
  let inReadMore = false;
  for (const l of lines) {
    if (l.end === l.start) {
      inReadMore = false;
      continue;
    }
    if (inReadMore) {
      parts.excluded.push(l);
      continue;
    }
    const s = text.slice(l.start, l.end);
    const read = s.length <= 260 ? readLabelledLine(s, l, p, parts) : null;
    if (read === 'read-more') inReadMore = true;
    if (read) continue;
    readLineEdges(text, s, l, parts);
    readInLineFurniture(s, l, p, parts);
  }
  addInlineSignatures(text, parts.excluded);
  parts.excluded = mergeSpans(parts.excluded);
  return parts;
}

/** The lines of the text (split at `\n`), each without its surrounding whitespace. */
function trimmedLines(text: string): Span[] {
  const lines: Span[] = [];
  for (let a = 0; a <= text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    let start = a;
    let end = b;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    lines.push({ start, end });
    a = b + 1;
  }
  return lines;
}

/** The title: the first line of text after any site navigation, when it reads as a heading. */
function findTitle(text: string, lines: readonly Span[], p: LinePatterns): ArticleParts['title'] {
  const l = lines.find((x) => x.end > x.start && !isNavigation(text.slice(x.start, x.end), p));
  if (!l) return null;
  const s = text.slice(l.start, l.end);
  const md = /^#{1,6}\s+(\S.*)$/.exec(s);
  const rest = text.slice(l.end).trim().length > 0;
  if (md && md[1]) {
    const t = md[1].replace(/\s*#+\s*$/, '');
    const start = l.end - (s.length - s.indexOf(md[1]));
    return { text: t, start, end: start + t.length };
  }
  if (rest && s.length <= MAX_TITLE_CHARS && !/[.,:;]$/.test(s) && s.split(/\s+/).length <= MAX_TITLE_WORDS && /\p{L}/u.test(s)) {
    return { text: s, start: l.start, end: l.end };
  }
  return null;
}

/**
 * Reads a whole line that is metadata or furniture (byline, photo credit, dates, navigation,
 * "read more", boilerplate) into `parts`: `'line'` when it was, `'read-more'` when it opens a
 * link list that runs to the next blank line, `null` when the line is article text.
 */
function readLabelledLine(s: string, l: Span, p: LinePatterns, parts: ArticleParts): 'line' | 'read-more' | null {
  let m: RegExpExecArray | null;
  let kind: 'line' | 'read-more' | null = null;
  if ((m = p.byline.exec(s)) || (m = BYLINE_AV.exec(s)) || (m = BYLINE_GENRE.exec(s))) {
    parts.bylines.push({ start: l.start, end: l.end, label: m[1]!, value: clean(m[2]!) });
    kind = 'line';
  } else if ((m = p.photo.exec(s))) {
    parts.photos.push({ start: l.start, end: l.end, label: m[1]!, value: clean(m[2]!) });
    kind = 'line';
  } else {
    const dates = (m = p.date.exec(s)) ? dateItems(l, m, p.date) : null;
    if (dates) {
      parts.dates.push(...dates);
      kind = 'line';
    } else if (isNavigation(s, p)) kind = 'line';
    else if (READ_MORE.test(s)) {
      // A label alone on its line opens a list that runs to the next blank line.
      kind = s.replace(READ_MORE, '').trim() === '' ? 'read-more' : 'line';
    } else if (BOILERPLATE_LINES.some((re) => re.test(s)) || (COOKIE_WORD.test(s) && COOKIE_LINE.test(s))) kind = 'line';
  }
  if (kind) parts.excluded.push(l);
  return kind;
}

/** The furniture at the edges of a text line: a leading "Lyssna", trailing share buttons and an agency signature. */
function readLineEdges(text: string, s: string, l: Span, parts: ArticleParts): void {
  const listen = LEADING_LISTEN.exec(s);
  if (listen) parts.excluded.push({ start: l.start, end: l.start + listen[0].length });
  // Only the end of the line is looked at, so that the check stays linear on huge lines.
  const tailFrom = Math.max(l.start, l.end - 120);
  const tail = text.slice(tailFrom, l.end);
  const share = TRAILING_SHARE.exec(tail);
  let tailEnd = l.end;
  if (share) {
    parts.excluded.push({ start: tailFrom + share.index, end: l.end });
    tailEnd = tailFrom + share.index;
  }
  // A signature ends the text or stands before share buttons: test that before the regex.
  const sigTail = share || isLastText(text, l.end) ? text.slice(Math.max(l.start, tailEnd - 80), tailEnd) : '';
  const sig = sigTail ? AGENCY_SIGNATURE.exec(sigTail) : null;
  if (sig && sig[1]) {
    const start = tailEnd - sigTail.length + sig.index + sig[0].indexOf(sig[1]);
    parts.signature = { start, end: start + sig[1].length, label: '', value: sig[1] };
    parts.excluded.push({ start, end: start + sig[1].length });
  }
}

/** Most words and signs before a date label for the line to be a date line (`Av Redaktionen, Publicerat`). */
const DATE_LABEL_AT = 4;
/** Most words of a date line inside the text (`Av Sportredaktionen, Publicerat för två dagar sedan.` has 7). */
const MAX_DATE_LINE_WORDS = 12;
/** The first words and signs of a line, as the tokenizer splits them (close enough for a line head). */
const HEAD_TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Whether a text line is a date line: a capitalised date label among its first words
 * (`Av Redaktionen, Publicerat i går`), in a short line (a paragraph that opens with
 * `Uppdaterad statistik visar …` is article text). A label that opens the line needs a date or
 * a colon after it, as a whole date line does (`Datum för mötet är inte klart.` is text).
 */
function isDateLine(s: string, p: LinePatterns): boolean {
  if (!hasAtMostWords(s, MAX_DATE_LINE_WORDS)) return false;
  HEAD_TOKEN.lastIndex = 0;
  for (let k = 0, m = HEAD_TOKEN.exec(s); m && k <= DATE_LABEL_AT; k++, m = HEAD_TOKEN.exec(s)) {
    const lower = m[0].toLowerCase();
    if (lower === m[0] || !p.dateWords.has(lower)) continue;
    return k > 0 || /^\s*:/.test(s.slice(HEAD_TOKEN.lastIndex)) || /\d/.test(s);
  }
  return false;
}

/** Whether a line has at most `n` words (runs of non-space), looking no further than needed. */
function hasAtMostWords(s: string, n: number): boolean {
  let words = 0;
  for (let i = 0, inWord = false; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > n) return false;
    inWord = !space;
  }
  return true;
}

/**
 * The furniture inside an article line: a photo credit from its label to the end of the line
 * (each credit of the line also in `parts.credits`), or the whole line when one of its first
 * words is a capitalised date label.
 */
function readInLineFurniture(s: string, l: Span, p: LinePatterns, parts: ArticleParts): void {
  if (isDateLine(s, p) || p.creditBy.test(s)) {
    parts.furniture.push({ start: l.start, end: l.end });
    return;
  }
  // Most lines have no colon at all: the label pattern runs only on those that have one.
  const colon = s.indexOf(':');
  if (colon < 0) return;
  // The label ends at most a few spaces before the first colon or a later one.
  p.creditInLine.lastIndex = Math.max(0, colon - p.creditReach);
  let c = p.creditInLine.exec(s);
  if (c) parts.furniture.push({ start: l.start + c.index, end: l.end });
  // One pass over the line (the global pattern goes on after the last label): a credit's value
  // runs to the next label or the end of the line, so each character is read once.
  while (c) {
    const next = p.creditInLine.exec(s);
    const end = next ? next.index : s.length;
    const label = c[0].slice(0, -1).trimEnd();
    (parts.credits ??= []).push({ start: l.start + c.index, end: l.start + end, label, value: clean(s.slice(c.index + c[0].length, end)) });
    c = next;
  }
}

/** Desk signatures inside the text (`Karin Ek/TT`, `8 SIDOR`). */
function addInlineSignatures(text: string, excluded: Span[]): void {
  // The regex runs only when a signature can be there at all (cheap substring checks first).
  if (!text.includes('/TT') && !text.includes(' SIDOR')) return;
  INLINE_SIGNATURE.lastIndex = 0;
  for (let m = INLINE_SIGNATURE.exec(text); m; m = INLINE_SIGNATURE.exec(text)) excluded.push({ start: m.index, end: m.index + m[0].length });
}

/** The spans sorted and overlapping ones merged, so that consumers can walk them with one pointer. */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ start: sp.start, end: sp.end });
  }
  return merged;
}

/** Longest date value. */
const MAX_DATE_CHARS = 60;

/**
 * The dates of a line that the date pattern matched: one, or two where a lost line break glued two date
 * lines (`Publicerad 2024-02-03 06:12Uppdaterad 2024-02-03 08:40`); `null` when a value has no
 * digit or is too long to be a date.
 */
function dateItems(l: Span, m: RegExpExecArray, date: RegExp): MetadataItem[] | null {
  const value = m[2]!;
  if (!/\d/.test(value)) return null;
  const valueStart = l.end - value.length;
  const cut = GLUED_DATE_LABEL.exec(value);
  const second = cut ? date.exec(value.slice(cut.index + cut[0].length)) : null;
  if (cut && second && /\d/.test(second[2]!) && cut.index <= MAX_DATE_CHARS && second[2]!.length <= MAX_DATE_CHARS) {
    return [
      { start: l.start, end: valueStart + cut.index, label: m[1]!, value: clean(value.slice(0, cut.index)) },
      { start: valueStart + cut.index + cut[0].length, end: l.end, label: second[1]!, value: clean(second[2]!) },
    ];
  }
  return value.length <= MAX_DATE_CHARS ? [{ start: l.start, end: l.end, label: m[1]!, value: clean(value) }] : null;
}

function isLastText(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}
