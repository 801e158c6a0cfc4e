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
  BYLINE_LABELS,
  DATE_LABELS,
  GLUED_DATE_LABEL,
  INLINE_SIGNATURE,
  LEADING_LISTEN,
  NAV_SECTIONS,
  PHOTO_LABELS,
  READ_MORE,
  TRAILING_SHARE,
} from '../../data/sv/article-metadata';

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
  title: (Span & { text: string }) | null;
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
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelRe = (labels: readonly string[], colon: boolean) =>
  new RegExp(`^(${[...labels].sort((a, b) => b.length - a.length).map(esc).join('|')})${colon ? '\\s*:' : '\\s*:?'}\\s*(\\S.{0,200})$`, 'i');
const BYLINE = labelRe(BYLINE_LABELS, true);
// `Av Anna Andersson` without a colon: only when two to four capitalised words follow.
const BYLINE_AV = /^(Av)\s+(\p{Lu}[\p{L}-]+(?: (?:och )?\p{Lu}[\p{L}-]+){1,3})\s*$/u;
const PHOTO = labelRe(PHOTO_LABELS, true);
const DATE = labelRe(DATE_LABELS, false);
const MAX_TITLE_CHARS = 160;
/** A value without the sentence period that often ends a credit line (`Foto: Anna Berg.`). */
const clean = (v: string) => v.trim().replace(/(?<![A-ZÅÄÖ])\.$/u, '').trim();
const MAX_TITLE_WORDS = 20;
const NAV = new Set(NAV_SECTIONS);
/** Two-word section names, looked up by their first word. */
const NAV_PAIRS = new Set(NAV_SECTIONS.filter((n) => n.includes(' ')));

/**
 * Whether a line is site navigation: two or more section names (`Hem Nyheter Sport`), separated
 * by spaces or menu separators (`|`, `/`, `›`, `>`, `·`, `»`).
 */
function isNavigation(s: string): boolean {
  if (s.length > 200) return false;
  const words = s.toLowerCase().split(/\s*[|/›>·»•]\s*|\s+/).filter(Boolean);
  let items = 0;
  for (let i = 0; i < words.length; i++) {
    const two = i + 2 < words.length && words[i + 1] === '&' ? `${words[i]} & ${words[i + 2]}` : i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (two && NAV_PAIRS.has(two)) {
      i += two.split(' ').length - 1;
      items++;
    } else if (NAV.has(words[i]!)) items++;
    else return false;
  }
  return items >= 2;
}

/**
 * Finds the title, metadata and site furniture of an article.
 *
 * Title: a first line `# Heading` (Markdown), or a short first line (at most 20 words, no final
 * period, comma or colon) followed by more text on later lines.
 *
 * @param text Any string.
 */
export function readArticle(text: string): ArticleParts {
  const parts: ArticleParts = { title: null, bylines: [], photos: [], dates: [], signature: null, excluded: [] };
  const lines: Span[] = [];
  for (let a = 0; a <= text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    lines.push({ start: a, end: b });
    a = b + 1;
  }
  // Trimmed line spans (no surrounding whitespace).
  const trim = (l: Span): Span => {
    let { start, end } = l;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  };
  // The first line of text, after any site navigation.
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = trim(lines[i]!);
    if (l.end > l.start && !isNavigation(text.slice(l.start, l.end))) {
      first = i;
      break;
    }
  }
  if (first >= 0) {
    const l = trim(lines[first]!);
    const s = text.slice(l.start, l.end);
    const md = /^#{1,6}\s+(\S.*)$/.exec(s);
    const rest = text.slice(l.end).trim().length > 0;
    if (md && md[1]) {
      const t = md[1].replace(/\s*#+\s*$/, '');
      const start = l.end - (s.length - s.indexOf(md[1]));
      parts.title = { text: t, start, end: start + t.length };
    } else if (rest && s.length <= MAX_TITLE_CHARS && !/[.,:;]$/.test(s) && s.split(/\s+/).length <= MAX_TITLE_WORDS && /\p{L}/u.test(s)) {
      parts.title = { text: s, start: l.start, end: l.end };
    }
  }
  let inReadMore = false;
  for (let i = 0; i < lines.length; i++) {
    const l = trim(lines[i]!);
    if (l.end === l.start) {
      inReadMore = false;
      continue;
    }
    const s = text.slice(l.start, l.end);
    const whole = () => parts.excluded.push(l);
    if (inReadMore) {
      whole();
      continue;
    }
    let m: RegExpExecArray | null;
    if (s.length <= 260) {
      if ((m = BYLINE.exec(s)) || (m = BYLINE_AV.exec(s)) || (m = BYLINE_GENRE.exec(s))) {
        parts.bylines.push({ ...l, label: m[1]!, value: clean(m[2]!) });
        whole();
        continue;
      }
      if ((m = PHOTO.exec(s))) {
        parts.photos.push({ ...l, label: m[1]!, value: clean(m[2]!) });
        whole();
        continue;
      }
      const dates = (m = DATE.exec(s)) ? dateItems(l, m) : null;
      if (dates) {
        parts.dates.push(...dates);
        whole();
        continue;
      }
      if (isNavigation(s)) {
        whole();
        continue;
      }
      if (READ_MORE.test(s)) {
        whole();
        // A label alone on its line opens a list that runs to the next blank line.
        if (s.replace(READ_MORE, '').trim() === '') inReadMore = true;
        continue;
      }
      if (BOILERPLATE_LINES.some((re) => re.test(s)) || (COOKIE_WORD.test(s) && COOKIE_LINE.test(s))) {
        whole();
        continue;
      }
    }
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
  // The regex runs only when a signature can be there at all (cheap substring checks first).
  if (text.includes('/TT') || text.includes(' SIDOR')) {
    INLINE_SIGNATURE.lastIndex = 0;
    for (let m = INLINE_SIGNATURE.exec(text); m; m = INLINE_SIGNATURE.exec(text)) parts.excluded.push({ start: m.index, end: m.index + m[0].length });
  }
  parts.excluded.sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlapping spans so that consumers can walk them with one pointer.
  const merged: Span[] = [];
  for (const sp of parts.excluded) {
    const last = merged[merged.length - 1];
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ start: sp.start, end: sp.end });
  }
  parts.excluded = merged;
  return parts;
}

/** Longest date value. */
const MAX_DATE_CHARS = 60;

/**
 * The dates of a line that `DATE` matched: one, or two where a lost line break glued two date
 * lines (`Publicerad 2024-02-03 06:12Uppdaterad 2024-02-03 08:40`); `null` when a value has no
 * digit or is too long to be a date.
 */
function dateItems(l: Span, m: RegExpExecArray): MetadataItem[] | null {
  const value = m[2]!;
  if (!/\d/.test(value)) return null;
  const valueStart = l.end - value.length;
  const cut = GLUED_DATE_LABEL.exec(value);
  const second = cut ? DATE.exec(value.slice(cut.index + cut[0].length)) : null;
  if (cut && second && /\d/.test(second[2]!) && cut.index <= MAX_DATE_CHARS && second[2]!.length <= MAX_DATE_CHARS) {
    return [
      { start: l.start, end: valueStart + cut.index, label: m[1]!, value: clean(value.slice(0, cut.index)) },
      { start: valueStart + cut.index + cut[0].length, end: l.end, label: second[1]!, value: clean(second[2]!) },
    ];
  }
  return value.length <= MAX_DATE_CHARS ? [{ ...l, label: m[1]!, value: clean(value) }] : null;
}

function isLastText(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}
