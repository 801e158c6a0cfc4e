/**
 * The readable reports of one analysed document: the terminal text report and Markdown.
 *
 * The text report is a list of sections ({@link SECTIONS}), each built from the `analyze()`
 * result; long lists are capped with a count of the rest.
 *
 * @module
 */
import { toMarkdown, type AnalyzedDocument } from '../index.js';

/** Most quotes listed in the text report. */
const MAX_QUOTES = 25;

/** One section of the readable report. */
interface ReportSection {
  /** Heading. */
  title: string;
  /** The section's lines (without indentation); an empty array leaves the section out. */
  render(doc: AnalyzedDocument): string[];
}

const pct = (part: number, whole: number): string => (whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1));

/** Shortens a string to `max` characters with an ellipsis, on one line. */
function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** The first `max` lines, then one line with the count of the rest. */
function capped(lines: string[], max: number, what: string): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `… and ${lines.length - max} more ${what}`];
}

/** Frequent words: stem → count, and each lower-case form with its count and first spelling. */
function frequentWords(doc: AnalyzedDocument): string[] {
  const groups = new Map<string, { count: number; forms: Map<string, { n: number; text: string }> }>();
  for (const t of doc.tokens) {
    if (t.kind !== 'word' || t.stopword) continue;
    let g = groups.get(t.stem);
    if (!g) groups.set(t.stem, (g = { count: 0, forms: new Map() }));
    g.count++;
    const f = g.forms.get(t.normal);
    if (f) f.n++;
    else g.forms.set(t.normal, { n: 1, text: t.text });
  }
  const top = [...groups.values()].filter((g) => g.count >= 2).sort((a, b) => b.count - a.count).slice(0, 12);
  return top.map((g) => {
    const forms = [...g.forms.values()].sort((a, b) => b.n - a.n).map((f) => f.text);
    return `${String(g.count).padStart(4)}  ${forms.slice(0, 4).join(', ')}${forms.length > 4 ? ', …' : ''}`;
  });
}

/** The sections of the readable report, in order. Later stages add theirs here. */
const SECTIONS: ReportSection[] = [
  {
    title: 'Summary',
    render(doc) {
      if (doc.text.trim() === '') return [];
      const lines = toMarkdown(doc.summary).trimEnd().split('\n');
      return capped(lines, 60, 'summary lines');
    },
  },
  {
    title: 'Overview',
    render(doc) {
      const kinds = new Map<string, number>();
      for (const t of doc.tokens) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
      const words = doc.tokens.filter((t) => t.kind === 'word');
      const stop = words.filter((t) => t.stopword).length;
      const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      return [
        `characters   ${doc.text.length}`,
        `paragraphs   ${doc.paragraphs.length}`,
        `sentences    ${doc.sentences.length}`,
        `tokens       ${doc.tokens.length}${byKind ? ` (${byKind})` : ''}`,
        `stopwords    ${stop} of ${words.length} words (${pct(stop, words.length)} %)`,
      ];
    },
  },
  { title: 'Frequent words (stopwords left out, inflections grouped by stem)', render: frequentWords },
  {
    title: 'Quotes (who said what)',
    render(doc) {
      const lines = doc.quotes.map((q) => {
        const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? ` (${q.speaker.role})` : ''}` : '(unknown)';
        return `${who} [${q.kind}${q.cue ? `, ${q.cue}` : ''}]: “${clip(q.text, 100)}”`;
      });
      return capped(lines, MAX_QUOTES, 'quotes');
    },
  },
];

/**
 * The readable text report of an analysed document.
 *
 * @param doc The analysis.
 * @param source What was analysed (a path, `standard input`, a record id).
 */
export function textReport(doc: AnalyzedDocument, source: string): string {
  const out = [`swedish-nlp analysis of ${source}`];
  for (const section of SECTIONS) {
    const lines = section.render(doc);
    if (lines.length === 0) continue;
    out.push('', section.title, ...lines.map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The Markdown summary of an analysed document.
 *
 * @param doc The analysis.
 */
export function markdownReport(doc: AnalyzedDocument): string {
  return toMarkdown(doc.summary);
}

/** Escapes text for HTML. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An HTML page of the text report (a stand-in until the HTML view exists).
 *
 * @param doc The analysis.
 * @param source What was analysed.
 */
export function htmlReport(doc: AnalyzedDocument, source: string): string {
  return `<!doctype html>\n<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(source)}</title></head><body><pre>${escapeHtml(textReport(doc, source))}</pre></body></html>\n`;
}
