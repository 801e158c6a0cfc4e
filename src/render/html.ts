/**
 * `toHtml`: an analysis as one self-contained, safe HTML fragment or page — the article text
 * with entities, quotes and speakers marked, and the keywords, names, who said what and the
 * counts beside it. Inline CSS only, no scripts; every piece of input text is escaped.
 *
 * @module
 */
import type { AnalyzedDocument } from '../analyze';
import type { Summary } from '../pipeline/08-summary';
import type { Quote } from '../types';
import { escapeHtml } from './escape';
import { articleHtml } from './html-article';
import { countsHtml, keywordsHtml, legendHtml, metaHtml, namesHtml, quotesHtml, speakersHtml, type PartsContext } from './html-parts';
import { labelsFor, type RenderLang } from './labels';
import { checkInput, isDocument, speakerGroups, summaryOf } from './model';
import { buildStyles } from './theme';

/** Options for {@link toHtml}. */
export interface HtmlOptions {
  /** A whole page (`<!DOCTYPE html>` … `</html>`) instead of a fragment. Default `false`. */
  page?: boolean;
  /** Language of the labels: `'sv'` (default) or `'en'`. */
  lang?: RenderLang;
  /** Colour scheme: `'auto'` follows `prefers-color-scheme` (default), or fixed `'light'` / `'dark'`. */
  theme?: 'auto' | 'light' | 'dark';
  /** Include the `<style>` element (default `true`); without it, add {@link htmlStyles} yourself. */
  styles?: boolean;
  /** Prefix of the element ids, for several views on one page (default `'snlp'`; letters, digits, `-`, `_`). */
  idPrefix?: string;
  /** Level of the section headings, 2–5 (default 2); a summary's title is one level above. */
  headingLevel?: number;
  /** Page title (default: the article's title). */
  title?: string;
}

/** The style sheet of the HTML view (scoped to `.snlp`), for pages that render with `styles: false`. */
export function htmlStyles(): string {
  return buildStyles();
}

/** The id prefix: a safe identifier, `snlp` when the option is unusable. */
function idPrefix(p: unknown): string {
  return typeof p === 'string' && /^[A-Za-z][\w-]*$/.test(p) ? p : 'snlp';
}

/** The main column (article text or, for a summary, its quotes) and the side column. */
function columns(r: AnalyzedDocument | Summary, ctx: PartsContext, prefix: string): { main: string; side: string } {
  const s = summaryOf(r);
  const groups = speakerGroups(r);
  const { L } = ctx;
  const side = keywordsHtml(s, ctx) + namesHtml(s, ctx);
  if (isDocument(r)) {
    const index = new Map<string, number>();
    groups.forEach((g, i) => g.name !== '' && index.set(g.name, i));
    const main = articleHtml(r, {
      L,
      quoteId: (i) => `${prefix}-q${i + 1}`,
      speakerId: (name) => (index.has(name) ? ctx.speakerId(index.get(name)!) : null),
    });
    return { main, side: side + speakersHtml(groups, ctx) + countsHtml(s, ctx) + legendHtml(ctx) };
  }
  const top = `h${Math.max(1, Number(ctx.h.slice(1)) - 1)}`;
  const title = `<${top} class="snlp-title">${escapeHtml(s.title ?? L.untitled)}</${top}>\n`;
  return { main: title + metaHtml(s, L) + quotesHtml(groups, ctx), side: side + countsHtml(s, ctx) };
}

/**
 * Renders an `analyze()` or `summarize()` result as HTML. A document shows its text with
 * entities as `<mark>` (type tag, canonical name on hover and for screen readers), quoted
 * words as `<q cite>` with a badge naming the speaker (and how the speaker was found, when
 * the quote step says), the words naming a speaker underlined, and beside it keywords,
 * names with counts, who said what (links to the quotes), the counts with their definitions
 * and a legend. A summary (no text) shows its title, metadata, quotes as `<blockquote cite>`,
 * keywords, names and counts. Light and dark colours meet WCAG AA.
 *
 * @param result An `analyze()` or `summarize()` result.
 * @param options Page or fragment, label language, colour scheme, ids.
 * @returns HTML text; any string in the result is escaped (a `<script>` in the text shows as text).
 * @throws TypeError when `result` is not such a result.
 */
export function toHtml(result: AnalyzedDocument | Summary, options: HtmlOptions = {}): string {
  const r = checkInput(result, 'toHtml');
  const L = labelsFor(options.lang);
  const prefix = idPrefix(options.idPrefix);
  const level = Math.min(5, Math.max(2, Math.floor(Number(options.headingLevel) || 2)));
  const ids = new Map<Quote, number>();
  if (isDocument(r)) r.quotes.forEach((q, i) => ids.set(q, i));
  const ctx: PartsContext = {
    L,
    h: `h${level}`,
    h2: `h${level + 1}`,
    speakerId: (g) => `${prefix}-sp${g + 1}`,
    quoteId: (q) => (ids.has(q) ? `${prefix}-q${ids.get(q)! + 1}` : null),
  };
  const { main, side } = columns(r, ctx, prefix);
  const theme = options.theme === 'light' || options.theme === 'dark' ? options.theme : 'auto';
  const label = isDocument(r) ? L.text : L.quotes;
  const body =
    `<div class="snlp snlp-${theme}" lang="${L.lang === 'en' ? 'en' : 'sv'}">\n` +
    (options.styles === false || options.page ? '' : `<style>${buildStyles()}</style>\n`) +
    `<div class="snlp-layout">\n<section class="snlp-text" aria-label="${escapeHtml(label)}">\n${main}</section>\n` +
    `<aside class="snlp-side" aria-label="${escapeHtml(L.summary)}">\n${side}</aside>\n</div>\n</div>\n`;
  if (!options.page) return body;
  const title = options.title ?? summaryOf(r).title ?? L.analysis;
  const css = options.styles === false ? '' : `<style>body{margin:0}${buildStyles()}</style>\n`;
  return (
    `<!DOCTYPE html>\n<html lang="${L.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n${css}</head>\n<body>\n<main>\n${isDocument(r) ? `<h1 class="snlp-sr">${escapeHtml(title)}</h1>\n` : ''}${body}</main>\n</body>\n</html>\n`
  );
}
