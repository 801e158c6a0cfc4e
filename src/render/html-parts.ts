/**
 * The parts of the HTML view beside the text: metadata, keywords, names, who said what,
 * counts with their definitions and the legend; and the quotes of a summary as blockquotes.
 *
 * @module
 */
import type { Summary } from '../pipeline/08-summary';
import type { EntityGroup } from '../types';
import { escapeHtml as esc } from './escape';
import type { Labels } from './labels';
import { quoteNote, type SpeakerGroup } from './model';

/** What the parts need from {@link toHtml}. */
export interface PartsContext {
  L: Labels;
  /** Heading element for a section (`h2`), and one level below it. */
  h: string;
  h2: string;
  /** Id of the speaker list entry of group `g`. */
  speakerId(g: number): string;
  /** Id of a quote of the document, or `null` in a summary. */
  quoteId(q: SpeakerGroup['quotes'][number]): string | null;
}

/** `<hN>text</hN>`. */
const heading = (tag: string, text: string): string => `<${tag}>${esc(text)}</${tag}>`;

/** Byline, photo credit, dates and signature on one line, or `''`. */
export function metaHtml(s: Summary, L: Labels): string {
  const m = s.metadata;
  const items: string[] = [];
  if (m.bylines.length) items.push(`${L.byline}: ${m.bylines.join(', ')}`);
  if (m.photos.length) items.push(`${L.photo}: ${m.photos.join(', ')}`);
  for (const d of m.dates) items.push(`${d.label}: ${d.value}`);
  if (m.signature) items.push(m.signature);
  return items.length ? `<p class="snlp-meta">${esc(items.join(' · '))}</p>\n` : '';
}

/** The keywords as a list, most relevant first. */
export function keywordsHtml(s: Summary, ctx: PartsContext): string {
  if (s.keywords.length === 0) return '';
  const items = s.keywords.map((k) => `<li>${esc(k.text)} <span class="snlp-count">(${k.count})</span></li>`);
  return `${heading(ctx.h, ctx.L.keywords)}\n<ol class="snlp-keywords">${items.join('')}</ol>\n`;
}

/** People, organisations and places with mention counts. */
export function namesHtml(s: Summary, ctx: PartsContext): string {
  const { L } = ctx;
  const list = (label: string, groups: EntityGroup[]) =>
    groups.length === 0
      ? ''
      : `${heading(ctx.h2, label)}\n<ul>${groups
          .map((g) => `<li><span class="snlp-name snlp-${g.type.toLowerCase()}">${esc(g.name)}</span> <span class="snlp-count">(${g.count})</span></li>`)
          .join('')}</ul>\n`;
  const body = list(L.people, s.people) + list(L.organisations, s.organisations) + list(L.places, s.places);
  return body ? `${heading(ctx.h, L.names)}\n${body}` : '';
}

/** The speaker's name as `<cite>` and the role, if any. */
function speakerLabel(g: SpeakerGroup, L: Labels): string {
  if (g.name === '') return `<span class="snlp-muted">${esc(L.unknown)}</span>`;
  const role = g.speaker?.role ? `<span class="snlp-muted">, ${esc(g.speaker.role)}</span>` : '';
  return `<cite>${esc(g.name)}</cite>${role}`;
}

/** Who said what in a document: each speaker with links to their quotes in the text. */
export function speakersHtml(groups: readonly SpeakerGroup[], ctx: PartsContext): string {
  if (groups.length === 0) return '';
  const { L } = ctx;
  const items = groups.map((g, gi) => {
    const links = g.quotes
      .map((q, n) => {
        const id = ctx.quoteId(q);
        return id === null ? '' : ` <a href="#${id}"><span class="snlp-sr">${esc(L.quotes)} </span>${n + 1}</a>`;
      })
      .join('');
    const idAttr = g.name === '' ? '' : ` id="${ctx.speakerId(gi)}"`;
    return `<li${idAttr}>${speakerLabel(g, L)} <span class="snlp-count">(${esc(L.quoteCount(g.quotes.length))})</span>${links}</li>`;
  });
  return `${heading(ctx.h, L.whoSaidWhat)}\n<ul class="snlp-speakers">${items.join('')}</ul>\n`;
}

/** The quotes of a summary, by speaker, as `<figure><blockquote cite>` with a caption. */
export function quotesHtml(groups: readonly SpeakerGroup[], ctx: PartsContext): string {
  if (groups.length === 0) return '';
  const { L } = ctx;
  const sections = groups.map((g, gi) => {
    const id = ctx.speakerId(gi);
    const cite = g.name === '' ? '' : ` cite="#${id}"`;
    const figures = g.quotes.map((q) => {
      const note = quoteNote(q, L);
      const caption = `— ${g.name === '' ? esc(L.unknown) : `<cite>${esc(g.name)}</cite>`}${note ? `, ${esc(note)}` : ''}`;
      return `<figure><blockquote${cite}><p>${esc(q.text)}</p></blockquote><figcaption>${caption}</figcaption></figure>`;
    });
    const idAttr = g.name === '' ? '' : ` id="${id}"`;
    return `<section${idAttr}>${`<${ctx.h2}>${speakerLabel(g, L)} <span class="snlp-count">(${esc(L.quoteCount(g.quotes.length))})</span></${ctx.h2}>`}\n${figures.join('\n')}</section>\n`;
  });
  return `${heading(ctx.h, L.whoSaidWhat)}\n${sections.join('')}`;
}

/** Words, sentences and LIX, each with its definition. */
export function countsHtml(s: Summary, ctx: PartsContext): string {
  const { L } = ctx;
  const r = s.readability;
  const band = L.lang === 'en' ? r.bandEn : r.bandSv;
  return (
    `${heading(ctx.h, L.counts)}\n<dl class="snlp-counts">` +
    `<dt>${esc(L.words(s.words))}</dt><dd>${esc(L.wordsDef)}</dd>` +
    `<dt>${esc(L.sentences(s.sentences))}</dt><dd>${esc(L.sentencesDef)}</dd>` +
    `<dt>LIX ${r.lix} (${esc(band)})</dt><dd>${esc(L.lixDef)}</dd></dl>\n`
  );
}

/** What the colours and marks in the text mean. */
export function legendHtml(ctx: PartsContext): string {
  const { L } = ctx;
  const chip = (type: 'PER' | 'ORG' | 'LOC') => `<li><span class="snlp-name snlp-${type.toLowerCase()}">${type}</span> ${esc(L.type[type])}</li>`;
  return (
    `${heading(ctx.h, L.legend)}\n<ul class="snlp-legend">${chip('PER')}${chip('ORG')}${chip('LOC')}` +
    `<li><q>${esc(L.quotes.toLowerCase())}</q></li><li><span class="snlp-badge">${esc(L.speaker)}</span></li>` +
    `<li><span class="snlp-speaker">${esc(L.speakerInText)}</span></li></ul>\n`
  );
}
