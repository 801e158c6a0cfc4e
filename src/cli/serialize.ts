/**
 * The JSON result of one document, written piecewise so that a document of any size streams
 * out in chunks of about 64 kB (one `JSON.stringify` of a whole result dies on strings over
 * V8's limit). Nothing is written twice: sentences refer to token index ranges, entity groups
 * to entity indices, and the summary keeps only what the other fields do not hold.
 *
 * A document longer than the section size is analysed in sections split at blank lines (see
 * {@link splitSections}); offsets and token indices stay those of the whole text.
 *
 * @module
 */
import { analyze, groupEntities, type AnalyzedDocument, type AnalyzedToken, type Entity, type Keyword, type Quote, type Span } from '../index.js';
import type { Field } from './args.js';
import type { DocRecord } from './inputs.js';

/** How to write the JSON of a document. */
export interface JsonOptions {
  /** The result fields to write, in {@link FIELDS} order. */
  fields: readonly Field[];
  /** One key and one array item per line (`--format json`), or one line per document (`jsonl`). */
  pretty: boolean;
  /** Documents longer than this many characters are analysed in sections. */
  sectionSize: number;
  /** Called after each section of a long document (the CLI passes a full garbage collection). */
  afterSection?: () => void;
}

const CHUNK = 64 * 1024;

/**
 * Where to cut a long text into sections of at most `size` characters: at the last blank line
 * in the second half of a window, else the last line break, else the last space, else at the
 * size (never inside a surrogate pair). Paragraphs never cross a blank line, so a cut there
 * changes no paragraph or sentence.
 *
 * @param text The text.
 * @param size The most characters per section.
 * @returns The sections as spans that cover the text.
 */
export function splitSections(text: string, size: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start + (size >> 1), start + size);
    const at = (re: RegExp): number => {
      let last = -1;
      for (const m of window.matchAll(re)) last = m.index + m[0].length;
      return last;
    };
    let cut = at(/\n[^\S\n]*\n\s*/g);
    if (cut < 0) cut = at(/\n/g);
    if (cut < 0) cut = at(/\s+/g);
    let end = cut < 0 ? start + size : start + (size >> 1) + cut;
    if (cut < 0 && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Collects small strings and hands them out in chunks of about {@link CHUNK} characters. */
class Chunker {
  private parts: string[] = [];
  private size = 0;
  /** Adds a piece; returns a full chunk to yield, or null. */
  add(s: string): string | null {
    this.parts.push(s);
    this.size += s.length;
    return this.size >= CHUNK ? this.flush() : null;
  }
  /** Everything collected so far. */
  flush(): string {
    const s = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return s;
  }
}

const shift = <T extends Span>(x: T, by: number): T => (by === 0 ? x : { ...x, start: x.start + by, end: x.end + by });

function shiftQuote(q: Quote, by: number): Quote {
  return by === 0 ? q : { ...q, start: q.start + by, end: q.end + by, parts: q.parts.map((p) => shift(p, by)) };
}

/** Keywords of several sections as one list: counts and scores added, spans joined, best first. */
function mergeKeywords(lists: Keyword[][], limit: number): Keyword[] {
  const byKey = new Map<string, Keyword>();
  for (const list of lists) {
    for (const k of list) {
      const seen = byKey.get(k.key);
      if (seen) byKey.set(k.key, { ...seen, score: seen.score + k.score, count: seen.count + k.count, spans: [...seen.spans, ...k.spans] });
      else byKey.set(k.key, k);
    }
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

/** What the sections of a document add up to, besides the streamed tokens. */
interface Collected {
  sentences: string[];
  paragraphs: string[];
  entities: Entity[];
  quotes: Quote[];
  keywords: Keyword[][];
  last: AnalyzedDocument | null;
}

/** The sentences of a section as JSON, with token index ranges `[first, end)` over the whole text. */
function sentenceJson(doc: AnalyzedDocument, base: number, tokenBase: number): string[] {
  const index = new Map(doc.tokens.map((t, i) => [t, i]));
  let next = 0;
  return doc.sentences.map((s) => {
    const first = s.tokens.length ? index.get(s.tokens[0]!)! : next;
    next = first + s.tokens.length;
    return `{"start":${s.start + base},"end":${s.end + base},"tokens":[${tokenBase + first},${tokenBase + next}]}`;
  });
}

/** Tokens serialised per call of {@link tokensJson}. */
const TOKEN_BATCH = 256;

/**
 * Tokens `[from, to)` as JSON array items, each after `item` and separated by commas: one
 * `JSON.stringify` of the slice when the items need no prefix and no shift (about 2 % of the
 * CLI's CPU time less than one call and one string per token), else one per token.
 */
function tokensJson(tokens: readonly AnalyzedToken[], from: number, to: number, base: number, item: string): string {
  if (base === 0 && item === '') return JSON.stringify(tokens.slice(from, to)).slice(1, -1);
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(`${item}${JSON.stringify(shift(tokens[i]!, base))}`);
  return parts.join(',');
}

/** Analyses each section, streaming its tokens when `tokens` is wanted, and collects the rest. */
function* analyseSections(text: string, sections: Span[], want: Set<Field>, keys: Keys, out: Chunker, col: Collected, afterSection?: () => void): Generator<string> {
  let tokenBase = 0;
  if (want.has('tokens')) yield* keys.open('tokens', '[');
  let firstToken = true;
  for (const sec of sections) {
    const doc = analyze(sections.length === 1 ? text : text.slice(sec.start, sec.end));
    const base = sec.start;
    if (want.has('tokens')) {
      for (let i = 0; i < doc.tokens.length; i += TOKEN_BATCH) {
        const chunk = out.add(`${firstToken ? '' : ','}${tokensJson(doc.tokens, i, Math.min(doc.tokens.length, i + TOKEN_BATCH), base, keys.item)}`);
        firstToken = false;
        if (chunk) yield chunk;
      }
    }
    if (want.has('sentences')) col.sentences.push(...sentenceJson(doc, base, tokenBase));
    if (want.has('paragraphs')) for (const p of doc.paragraphs) col.paragraphs.push(`{"start":${p.start + base},"end":${p.end + base}}`);
    for (const e of doc.entities) col.entities.push(shift(e, base));
    if (want.has('quotes')) for (const q of doc.quotes) col.quotes.push(shiftQuote(q, base));
    if (want.has('keywords')) col.keywords.push(base === 0 ? doc.keywords : doc.keywords.map((k) => ({ ...k, spans: k.spans.map((s) => shift(s, base)) })));
    col.last = sections.length === 1 ? doc : null;
    tokenBase += doc.tokens.length;
    if (sections.length > 1) afterSection?.();
  }
  if (want.has('tokens')) yield* keys.close(']');
}

/** Writes keys and array items with or without line breaks. */
class Keys {
  private first = true;
  /** What goes before an array item. */
  readonly item: string;
  constructor(
    private readonly out: Chunker,
    private readonly pretty: boolean,
  ) {
    this.item = pretty ? '\n    ' : '';
  }
  /** Starts a key, with its opening bracket or first value. */
  *open(key: string, value: string): Generator<string> {
    const chunk = this.out.add(`${this.first ? '{' : ','}${this.pretty ? '\n  ' : ''}${JSON.stringify(key)}:${value}`);
    this.first = false;
    if (chunk) yield chunk;
  }
  /** Closes an array opened with {@link open}. */
  *close(bracket: string): Generator<string> {
    const chunk = this.out.add(`${this.pretty ? '\n  ' : ''}${bracket}`);
    if (chunk) yield chunk;
  }
  /** A key whose value is an array of JSON strings, one item each. */
  *array(key: string, items: readonly string[]): Generator<string> {
    yield* this.open(key, '[');
    for (let i = 0; i < items.length; i++) {
      const chunk = this.out.add(`${i ? ',' : ''}${this.item}${items[i]}`);
      if (chunk) yield chunk;
    }
    yield* this.close(']');
  }
  /** The closing brace. */
  end(): string {
    return `${this.out.flush()}${this.first ? '{' : this.pretty ? '\n' : ''}}`;
  }
}

/** The text as a JSON string, in pieces (cut between surrogate pairs, never inside one). */
function* textJson(text: string, out: Chunker): Generator<string> {
  const step = 1 << 20;
  const first = out.add('"');
  if (first) yield first;
  for (let i = 0; i < text.length; ) {
    let j = Math.min(text.length, i + step);
    if (j < text.length && /[\uDC00-\uDFFF]/.test(text[j]!)) j--;
    const chunk = out.add(JSON.stringify(text.slice(i, j)).slice(1, -1));
    if (chunk) yield chunk;
    i = j;
  }
  const last = out.add('"');
  if (last) yield last;
}

/** The summary without what other fields hold (keywords, entities, quotes). */
function compactSummary(doc: AnalyzedDocument | null): unknown {
  if (!doc) return null;
  const { title, words, sentences, readability, metadata } = doc.summary;
  return { title, words, sentences, readability, metadata };
}

/** The passed-through fields of a JSONL record, without those the result sets. */
function passThrough(rec: DocRecord): Array<[string, unknown]> {
  return Object.entries(rec.extra ?? {}).filter(([k]) => !(k === 'sections' || k === 'error' || k === 'text' || ['tokens', 'sentences', 'paragraphs', 'entities', 'entityGroups', 'quotes', 'keywords', 'summary'].includes(k)));
}

/**
 * The JSON result of one document, in chunks: `id`, passed-through fields, `sections` (when
 * analysed in more than one), then the chosen fields in {@link FIELDS} order.
 *
 * @param rec The document.
 * @param options Fields, layout and section size.
 */
export function* documentJson(rec: DocRecord, options: JsonOptions): Generator<string> {
  const out = new Chunker();
  const keys = new Keys(out, options.pretty);
  const want = new Set(options.fields);
  const sections = splitSections(rec.text, options.sectionSize);
  yield* keys.open('id', JSON.stringify(rec.id ?? null));
  for (const [k, v] of passThrough(rec)) yield* keys.open(k, JSON.stringify(v) ?? 'null');
  if (sections.length > 1) yield* keys.open('sections', String(sections.length));
  if (want.has('text')) {
    yield* keys.open('text', '');
    yield* textJson(rec.text, out);
  }
  const col: Collected = { sentences: [], paragraphs: [], entities: [], quotes: [], keywords: [], last: null };
  yield* analyseSections(rec.text, sections, want, keys, out, col, options.afterSection);
  if (want.has('sentences')) yield* keys.array('sentences', col.sentences);
  if (want.has('paragraphs')) yield* keys.array('paragraphs', col.paragraphs);
  if (want.has('entities')) yield* keys.array('entities', col.entities.map((e) => JSON.stringify(e)));
  if (want.has('entityGroups')) {
    const index = new Map(col.entities.map((e, i) => [e, i]));
    const groups = groupEntities(col.entities).map(({ mentions, ...g }) => JSON.stringify({ ...g, mentions: mentions.map((m) => index.get(m)) }));
    yield* keys.array('entityGroups', groups);
  }
  if (want.has('quotes')) yield* keys.array('quotes', col.quotes.map((q) => JSON.stringify(q)));
  if (want.has('keywords')) {
    const limit = Math.max(0, ...col.keywords.map((k) => k.length));
    const keywords = col.keywords.length === 1 ? col.keywords[0]! : mergeKeywords(col.keywords, limit);
    yield* keys.array('keywords', keywords.map((k) => JSON.stringify(k)));
  }
  if (want.has('summary')) yield* keys.open('summary', JSON.stringify(compactSummary(col.last)));
  yield keys.end();
}
