/**
 * `toText`: an analysis as a plain terminal report — no Markdown syntax, Swedish ”…”
 * quotation marks, each quote once, and one set of counts with their definitions.
 *
 * @module
 */
import type { AnalyzedDocument } from '../analyze';
import type { Summary } from '../pipeline/08-summary';
import type { EntityGroup } from '../types';
import { oneLine } from './escape';
import { labelsFor, type Labels, type RenderLang } from './labels';
import { checkInput, quoteNote, speakerGroups, summaryOf, type SpeakerGroup } from './model';

/** Options for {@link toText}. */
export interface TextOptions {
  /** Language of the labels: `'sv'` (default) or `'en'`. */
  lang?: RenderLang;
  /** Line width to wrap at (default 80, at least 40). */
  width?: number;
}

/** Greedy word wrap of one line of text: the first line after `first`, the others after `rest`. */
function wrap(text: string, width: number, first: string, rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Title and the metadata line. */
function header(s: Summary, L: Labels, width: number): string[] {
  const out = wrap(oneLine(s.title ?? L.untitled), width, '');
  const m = s.metadata;
  const items: string[] = [];
  if (m.bylines.length) items.push(`${L.byline}: ${m.bylines.join(', ')}`);
  if (m.photos.length) items.push(`${L.photo}: ${m.photos.join(', ')}`);
  for (const d of m.dates) items.push(`${d.label}: ${d.value}`);
  if (m.signature) items.push(m.signature);
  if (items.length) out.push(...wrap(oneLine(items.join(' · ')), width, ''));
  return out;
}

/** People, organisations and places, one labelled line each. */
function names(s: Summary, L: Labels, width: number): string[] {
  const rows: [string, EntityGroup[]][] = [
    [L.people, s.people],
    [L.organisations, s.organisations],
    [L.places, s.places],
  ];
  const pad = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.flatMap(([label, groups]) => {
    const list = groups.length ? groups.map((g) => `${oneLine(g.name)} (${g.count})`).join(', ') : L.none;
    return wrap(list, width, `  ${label.padEnd(pad)}`, ' '.repeat(pad + 2));
  });
}

/** Each speaker with the role and the number of quotes, then each quote once in ”…”. */
function quotes(groups: readonly SpeakerGroup[], L: Labels, width: number): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const role = g.speaker?.role ? `, ${g.speaker.role}` : '';
    out.push(...wrap(oneLine(`${g.name || L.unknown}${role}: ${L.quoteCount(g.quotes.length)}`), width, '  ', '    '));
    for (const q of g.quotes) {
      const note = quoteNote(q, L);
      out.push(...wrap(`”${oneLine(q.text)}”${note ? ` (${oneLine(note)})` : ''}`, width, '    ', '     '));
    }
  }
  return out;
}

/** Words, sentences and LIX, each with its definition. */
function counts(s: Summary, L: Labels, width: number): string[] {
  const r = s.readability;
  const rows: [string, string][] = [
    [L.words(s.words), L.wordsDef],
    [L.sentences(s.sentences), L.sentencesDef],
    [`LIX ${r.lix}`, `${L.lang === 'en' ? r.bandEn : r.bandSv}; ${L.lixDef}`],
  ];
  const pad = Math.max(...rows.map(([k]) => k.length)) + 2;
  return rows.flatMap(([k, def]) => wrap(def, width, `  ${k.padEnd(pad)}`, ' '.repeat(pad + 2)));
}

/**
 * Renders an `analyze()` or `summarize()` result as a plain-text report for a terminal:
 * title and metadata, keywords, names with mention counts, who said what (each quote once,
 * whole, in Swedish ”…” marks, with its reporting verb and how the speaker was found when
 * known) and the counts — words and sentences of the article text and LIX — each with its
 * definition. No Markdown syntax; control characters in the input never reach the terminal.
 *
 * @param result An `analyze()` or `summarize()` result.
 * @param options Label language and line width.
 * @throws TypeError when `result` is not such a result.
 */
export function toText(result: AnalyzedDocument | Summary, options: TextOptions = {}): string {
  const r = checkInput(result, 'toText');
  const L = labelsFor(options.lang);
  const width = Math.max(40, Math.floor(Number(options.width) || 80));
  const s = summaryOf(r);
  const out = header(s, L, width);
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', title.toUpperCase(), ...lines);
  };
  section(L.keywords, s.keywords.length ? wrap(s.keywords.map((k) => oneLine(k.text)).join(', '), width, '  ') : []);
  section(L.names, names(s, L, width));
  section(`${L.quotes} (${L.whoSaidWhat.toLowerCase()})`, quotes(speakerGroups(r), L, width));
  section(L.counts, counts(s, L, width));
  return `${out.join('\n')}\n`;
}
