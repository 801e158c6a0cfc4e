/**
 * The readable outputs of one analysed document for the CLI: the terminal report (`toText`,
 * with long lists capped and a count of the rest), Markdown (`toMarkdown`) and HTML (`toHtml`).
 *
 * @module
 */
import { htmlStyles, toHtml, toMarkdown, toText, type AnalyzedDocument } from '../index.js';

/** Most items of each list in the terminal report; the rest is counted on a closing line. */
export const REPORT_CAPS = { quotes: 40, bylines: 5, photos: 5, dates: 5, people: 30, organisations: 30, places: 30 } as const;

/** The document with its long lists cut for the terminal report, and what was left out. */
function capped(doc: AnalyzedDocument): { doc: AnalyzedDocument; left: string[] } {
  const left: string[] = [];
  const cut = <T>(list: T[], max: number, what: string): T[] => {
    if (list.length > max) left.push(`${list.length - max} ${what}`);
    return list.length > max ? list.slice(0, max) : list;
  };
  const s = doc.summary;
  const m = s.metadata;
  const quotes = cut(doc.quotes, REPORT_CAPS.quotes, 'citat');
  const summary = {
    ...s,
    people: cut(s.people, REPORT_CAPS.people, 'personer'),
    organisations: cut(s.organisations, REPORT_CAPS.organisations, 'organisationer'),
    places: cut(s.places, REPORT_CAPS.places, 'platser'),
    metadata: { ...m, bylines: cut(m.bylines, REPORT_CAPS.bylines, 'bylines'), photos: cut(m.photos, REPORT_CAPS.photos, 'fotobylines'), dates: cut(m.dates, REPORT_CAPS.dates, 'datum') },
  };
  return { doc: left.length ? { ...doc, quotes, summary } : doc, left };
}

/**
 * The terminal report of an analysed document: a heading with its source, then `toText`.
 * Lists longer than {@link REPORT_CAPS} are cut, and a last line counts what was left out.
 *
 * @param doc The analysis.
 * @param source What was analysed (a path, `standard input`, a record id).
 */
export function textReport(doc: AnalyzedDocument, source: string): string {
  const { doc: shown, left } = capped(doc);
  const head = `${source}\n${'═'.repeat(Math.min(80, Math.max(3, source.length)))}\n`;
  const note = left.length ? `\nEJ VISADE\n  ${left.join(', ')} (--format json har alla)\n` : '';
  return `${head}${toText(shown)}${note}`;
}

/**
 * The Markdown summary of an analysed document.
 *
 * @param doc The analysis.
 */
export function markdownReport(doc: AnalyzedDocument): string {
  return toMarkdown(doc.summary);
}

/**
 * The HTML of an analysed document: a whole page, or with `index` an `<article>` fragment of a
 * page of several documents (ids prefixed `d<index>`; the page holds the styles once).
 *
 * @param doc The analysis.
 * @param index The document's position in a page of several, or `null` for a page of its own.
 * @param source What was analysed (the heading of its article in a page of several).
 */
export function htmlReport(doc: AnalyzedDocument, index: number | null, source: string): string {
  if (index === null) return toHtml(doc, { page: true });
  const body = toHtml(doc, { styles: false, idPrefix: `d${index + 1}`, headingLevel: 3 });
  return `<article aria-labelledby="d${index + 1}-source">\n<h2 id="d${index + 1}-source">${escapeText(source)}</h2>\n${body}</article>\n`;
}

/** Escapes text for HTML element content and attribute values. */
function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The start of a page of several documents. */
export function htmlPageStart(): string {
  return `<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>swedish-nlp</title>\n<style>${htmlStyles()}</style>\n</head>\n<body>\n<main>\n<h1>swedish-nlp</h1>\n`;
}

/** The end of a page of several documents. */
export function htmlPageEnd(): string {
  return '</main>\n</body>\n</html>\n';
}
