/**
 * Renders a {@link Summary} as Markdown for people to read.
 *
 * @module
 */
import type { EntityGroup } from '../../types';
import type { Summary } from './index';

/** Options for {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Language of the labels: `'sv'` (default) or `'en'`. */
  lang?: 'sv' | 'en';
  /** Most quotes shown per speaker (default 3). */
  quotesPerSpeaker?: number;
}

const LABELS = {
  sv: {
    untitled: 'Utan rubrik',
    byline: 'Text',
    photo: 'Foto',
    keywords: 'Nyckelord',
    topics: 'Ämnen',
    names: 'Namn',
    people: 'Personer',
    organisations: 'Organisationer',
    places: 'Platser',
    quotes: 'Citat',
    unknown: 'Okänd talare',
    more: (n: number) => `… och ${n} till`,
    stats: (w: number, s: number) => `${w} ord, ${s} meningar`,
    readability: 'Läsbarhet',
  },
  en: {
    untitled: 'Untitled',
    byline: 'Text',
    photo: 'Photo',
    keywords: 'Keywords',
    topics: 'Topics',
    names: 'Names',
    people: 'People',
    organisations: 'Organisations',
    places: 'Places',
    quotes: 'Quotes',
    unknown: 'Unknown speaker',
    more: (n: number) => `… and ${n} more`,
    stats: (w: number, s: number) => `${w} words, ${s} sentences`,
    readability: 'Readability',
  },
} as const;

/** Escapes Markdown syntax in a piece of text, drops soft hyphens and keeps it on one line. */
function esc(s: string): string {
  return s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^([#>+-]|\d+\.)(?=\s)/, '\\$1');
}

/**
 * Renders a summary as Markdown: title, metadata, keywords, people / organisations / places
 * with mention counts, quotes by speaker, counts and LIX readability.
 *
 * @param summary A summary from `summarize` or `buildSummary`.
 * @param options Label language and how many quotes to show.
 */
export function toMarkdown(summary: Summary, options: MarkdownOptions = {}): string {
  const L = LABELS[options.lang === 'en' ? 'en' : 'sv'];
  const perSpeaker = Math.max(0, Math.floor(options.quotesPerSpeaker ?? 3));
  const out: string[] = [];
  out.push(`# ${summary.title ? esc(summary.title) : L.untitled}`, '');
  const meta: string[] = [];
  const m = summary.metadata;
  if (m.bylines.length) meta.push(`${L.byline}: ${m.bylines.map(esc).join(', ')}`);
  if (m.photos.length) meta.push(`${L.photo}: ${m.photos.map(esc).join(', ')}`);
  for (const d of m.dates) meta.push(`${esc(d.label)}: ${esc(d.value)}`);
  if (m.signature) meta.push(esc(m.signature));
  if (meta.length) out.push(`*${meta.join(' · ')}*`, '');
  // Keywords as topics and names apart (a summary made without kinds shows them together).
  const topics = summary.topics ?? summary.keywords;
  const names = summary.names ?? [];
  const kw: string[] = [];
  if (topics.length) kw.push(`**${names.length ? L.topics : L.keywords}:** ${topics.map((k) => esc(k.text)).join(', ')}`);
  if (names.length) kw.push(`**${L.names}:** ${names.map((k) => esc(k.text)).join(', ')}`);
  if (kw.length) out.push(...kw, '');
  const groups = (label: string, gs: EntityGroup[]) => {
    if (gs.length) out.push(`**${label}:** ${gs.map((g) => `${esc(g.name)} (${g.count})`).join(', ')}`);
  };
  groups(L.people, summary.people);
  groups(L.organisations, summary.organisations);
  groups(L.places, summary.places);
  if (summary.people.length || summary.organisations.length || summary.places.length) out.push('');
  const speakers = Object.keys(summary.quotesBySpeaker);
  if (speakers.length && perSpeaker > 0) {
    out.push(`## ${L.quotes}`, '');
    for (const name of speakers) {
      const qs = summary.quotesBySpeaker[name]!;
      out.push(`**${name ? esc(name) : L.unknown}** (${qs.length})`, '');
      for (const q of qs.slice(0, perSpeaker)) out.push(`> ${esc(q.text)}`, '');
      if (qs.length > perSpeaker) out.push(L.more(qs.length - perSpeaker), '');
    }
  }
  const r = summary.readability;
  out.push(`**${L.readability}:** LIX ${r.lix} (${options.lang === 'en' ? r.bandEn : r.bandSv}) · ${L.stats(summary.words, summary.sentences)}`);
  return `${out.join('\n')}\n`;
}
