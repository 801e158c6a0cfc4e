/**
 * The article text of an `analyze()` result as HTML: paragraphs, quoted words as `<q>` with a
 * speaker badge before each quote, the words that name a speaker underlined, and entity
 * mentions as `<mark>`. All markup nests properly: quote parts are split at paragraph ends,
 * and a speaker span or an entity that would cross a higher layer is left unmarked.
 *
 * @module
 */
import type { AnalyzedDocument } from '../analyze';
import type { Entity, Quote, Span } from '../types';
import { escapeHtml } from './escape';
import type { Labels } from './labels';
import { quoteNote, speakerDetails } from './model';

/** What the article renderer needs from {@link toHtml}. */
export interface ArticleContext {
  L: Labels;
  /** Id of quote number `i` (0-based) in the document. */
  quoteId(i: number): string;
  /** Id of the speaker list entry of a speaker name, or `null` for none. */
  speakerId(name: string): string | null;
}

/** A span of markup: its layer (`rank`, 0 outermost) and the HTML around it. */
interface Layer extends Span {
  rank: number;
  open: string;
  close: string;
}

/** Sorted by start, overlapping spans dropped (the first one stays). */
function disjoint<T extends Span>(spans: T[]): T[] {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) if (kept.length === 0 || kept[kept.length - 1]!.end <= s.start) kept.push(s);
  return kept;
}

/** Index of the first span of a sorted disjoint list that ends after `pos`. */
function firstEndingAfter(list: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `s` lies inside one span of `list` (`inside`), or inside one or outside all (`nests`). */
function placement(s: Span, list: readonly Span[]): 'inside' | 'outside' | 'crosses' {
  const k = firstEndingAfter(list, s.start);
  const a = list[k];
  if (!a || a.start >= s.end) return 'outside';
  return a.start <= s.start && s.end <= a.end ? 'inside' : 'crosses';
}

/** Quote parts cut at paragraph ends: one piece per paragraph a part touches. */
function quotePieces(quotes: readonly Quote[], paragraphs: readonly Span[]): (Span & { quote: number })[] {
  const pieces: (Span & { quote: number })[] = [];
  quotes.forEach((q, i) => {
    for (const part of q.parts) {
      for (let k = firstEndingAfter(paragraphs, part.start); k < paragraphs.length && paragraphs[k]!.start < part.end; k++) {
        const p = paragraphs[k]!;
        pieces.push({ start: Math.max(p.start, part.start), end: Math.min(p.end, part.end), quote: i });
      }
    }
  });
  return disjoint(pieces);
}

/** The ids of the rules that made the quote and found its speaker (`dash-line, said-name`), when the result has them. */
function ruleIds(q: Quote): string {
  const ids = [(q as { rule?: unknown }).rule, (q.speaker as { rule?: unknown } | null)?.rule].filter((r): r is string => typeof r === 'string' && r !== '');
  return ids.join(', ');
}

/** The badge before a quote: its speaker (a link to the speaker list) and how it was found. */
function badge(q: Quote, ctx: ArticleContext): string {
  const { L } = ctx;
  const note = quoteNote(q, L);
  const noteHtml = note ? `<span class="snlp-how"> · ${escapeHtml(note)}</span>` : '';
  const who = q.speaker ? escapeHtml(q.speaker.name) : escapeHtml(L.unknown);
  const sr = `<span class="snlp-sr">${escapeHtml(L.quoteBy)} </span>`;
  const target = q.speaker ? ctx.speakerId(q.speaker.name) : null;
  const rules = ruleIds(q);
  const title = rules ? ` title="${escapeHtml(`${L.rules}: ${rules}`)}"` : '';
  if (target === null) return `<span class="snlp-badge snlp-unknown snlp-added"${title}>${sr}${who}${noteHtml}</span>`;
  return `<a class="snlp-badge snlp-added" href="#${target}"${title}>${sr}${who}${noteHtml}</a>`;
}

/** The `<q>` layers of the quotes, a badge before the first piece of each. */
function quoteLayers(doc: AnalyzedDocument, pieces: readonly (Span & { quote: number })[], ctx: ArticleContext): Layer[] {
  const seen = new Set<number>();
  return pieces.map((p) => {
    const q = doc.quotes[p.quote]!;
    const target = q.speaker ? ctx.speakerId(q.speaker.name) : null;
    const cite = target === null ? '' : ` cite="#${target}"`;
    const title = ` title="${escapeHtml(`${ctx.L.quoteBy} ${q.speaker ? q.speaker.name : ctx.L.unknown}`)}"`;
    const first = !seen.has(p.quote);
    seen.add(p.quote);
    const open = first ? `${badge(q, ctx)}<q id="${ctx.quoteId(p.quote)}"${cite}${title}>` : `<q${cite}${title}>`;
    return { start: p.start, end: p.end, rank: 1, open, close: '</q>' };
  });
}

/** The underline layers of the words that name each quote's speaker, where the quote step gives them. */
function speakerLayers(doc: AnalyzedDocument, ctx: ArticleContext): (Layer & { quote: number })[] {
  const spans: (Layer & { quote: number })[] = [];
  doc.quotes.forEach((q, i) => {
    const d = speakerDetails(q.speaker);
    if (d.start === undefined || d.end === undefined || d.end > doc.text.length) return;
    const open = `<span class="snlp-speaker" id="${ctx.quoteId(i)}-who">`;
    const close = `<span class="snlp-sr snlp-added"> (${escapeHtml(ctx.L.speaker)})</span></span>`;
    spans.push({ start: d.start, end: d.end, rank: 2, open, close, quote: i });
  });
  return disjoint(spans);
}

/** The `<mark>` of one entity mention: type colour and tag, canonical name on hover and for screen readers. */
function entityLayer(e: Entity, L: Labels): Layer {
  const type = L.type[e.type] ?? e.type;
  const cls = e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC' ? ` snlp-${e.type.toLowerCase()}` : '';
  const sr = e.name !== e.text ? `${type}, ${e.name}` : type;
  return {
    start: e.start,
    end: e.end,
    rank: 3,
    open: `<mark class="snlp-ent${cls}" title="${escapeHtml(`${e.name} · ${type}`)}">`,
    close: `<span class="snlp-tag snlp-added" aria-hidden="true">${escapeHtml(e.type)}</span><span class="snlp-sr snlp-added"> (${escapeHtml(sr)})</span></mark>`,
  };
}

/** Writes the text of the layers, opening and closing the markup in order; text outside every layer is left out. */
function renderLayers(text: string, layers: Layer[]): string {
  layers.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: string[] = [];
  const stack: Layer[] = [];
  let pos = 0;
  const textTo = (to: number) => {
    if (stack.length > 0 && to > pos) out.push(escapeHtml(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  const closeTop = () => {
    const top = stack[stack.length - 1]!;
    textTo(top.end);
    out.push(top.close);
    stack.pop();
  };
  for (const l of layers) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= l.start) closeTop();
    textTo(l.start);
    out.push(l.open);
    stack.push(l);
  }
  while (stack.length > 0) closeTop();
  return out.join('');
}

/**
 * The article text as HTML paragraphs with quotes, speakers and entities marked.
 *
 * @param doc An `analyze()` result.
 * @param ctx Labels and ids.
 */
export function articleHtml(doc: AnalyzedDocument, ctx: ArticleContext): string {
  const paragraphs = disjoint(doc.paragraphs.map((p) => ({ start: p.start, end: p.end })));
  const title = doc.summary.title;
  const layers: Layer[] = paragraphs.map((p, i) => {
    const isTitle = i === 0 && title !== null && doc.text.slice(p.start, p.end).trim() === title.trim();
    return { start: p.start, end: p.end, rank: 0, open: isTitle ? '<p class="snlp-title">' : '<p>', close: '</p>\n' };
  });
  const pieces = quotePieces(doc.quotes, paragraphs);
  layers.push(...quoteLayers(doc, pieces, ctx));
  const speakers = speakerLayers(doc, ctx).filter((s) => placement(s, paragraphs) === 'inside' && placement(s, pieces) !== 'crosses');
  layers.push(...speakers);
  for (const e of disjoint(doc.entities.slice())) {
    if (placement(e, paragraphs) !== 'inside' || placement(e, pieces) === 'crosses' || placement(e, speakers) === 'crosses') continue;
    layers.push(entityLayer(e, ctx.L));
  }
  return renderLayers(doc.text, layers);
}
