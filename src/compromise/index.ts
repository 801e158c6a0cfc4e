/**
 * `swedish-nlp/compromise`: a [compromise](https://github.com/spencermountain/compromise) plugin
 * that puts swedish-nlp's analysis behind compromise's match syntax.
 *
 * ```ts
 * import nlp from 'compromise';
 * import { swedish } from 'swedish-nlp/compromise';
 *
 * nlp.plugin(swedish);
 * const doc = nlp.swedish('– Vi börjar i dag, säger Karin Ek på Volvo i Göteborg.');
 * doc.people().out('array'); // ['Karin Ek']
 * doc.match('säger #Person+').text(); // 'säger Karin Ek'
 * ```
 *
 * `nlp.swedish(text)` tokenizes with compromise (no English tagging) in swedish-nlp's sentences,
 * runs swedish-nlp's `analyze` on the same text and tags each compromise term by character offsets.
 * compromise itself is never imported here: the plugin receives it from `nlp.plugin`, so this
 * module loads without it and `swedish-nlp` alone never loads it.
 *
 * @module
 */
import type Three from 'compromise/view/three';
import {
  analyze,
  type AnalyzeOptions,
  type AnalyzedDocument,
  type Entity,
  type EntityType,
  type Keyword,
  type Quote,
  type Speaker,
} from '../index.js';
import { placeTerms, pointersOf, termsPerSpan, type CompromiseTerm, type PlacedTerm, type Pointer } from './align';
import { annotateTerms, buildDocument, type Tokenizer } from './document';
import { STOPWORD_TAG } from './tags';

export type { TermAnnotation } from './document';

/** Options for `nlp.swedish(text, options)`: swedish-nlp's {@link analyze} options. */
export type SwedishOptions = AnalyzeOptions;

/** A compromise document of Swedish text, with the plugin's methods. */
export interface SwedishDocument extends Three {
  /** Entity mentions in this view, in text order; `type` keeps one type. Each match's `.json()` has `entity` (type, canonical name, id). */
  entities(type?: EntityType): SwedishEntities;
  /** The speakers' mentions for the quotes in this view: one match per speaker mention, in text order. */
  speakers(): SwedishSpeakers;
  /** One view per quote in this view, in text order, each with its data and `.speaker()`. */
  quotes(): SwedishQuote[];
  /** One view per keyword (all its occurrences), most relevant first; `limit` keeps the first ones. */
  keywords(limit?: number): SwedishKeyword[];
  /** swedish-nlp's whole analysis of the text (tokens, entities, quotes, keywords, summary). */
  analysis(): AnalyzedDocument;
}

/** The entity mentions of a document, one match each. */
export interface SwedishEntities extends Three {
  /** The mentions, in the order of the matches. */
  mentions: Entity[];
}

/** The speakers' mentions of a document's quotes, one match each. */
export interface SwedishSpeakers extends Three {
  /** The speakers, in the order of the matches. */
  speakers: Speaker[];
}

/** One quote: a view of its quoted words (over several sentences when it has several). */
export interface SwedishQuote extends Three {
  /** swedish-nlp's data for the quote (text, kind, speaker, cue, parts). */
  quote: Quote;
  /** The mention of the speaker nearest the quote: empty when the speaker is unknown or not in the text. */
  speaker(): SwedishSpeaker;
}

/** The speaker of one quote: a view of the mention, and the data. */
export interface SwedishSpeaker extends Three {
  /** Who said the quote, or `null` when unknown. */
  speaker: Speaker | null;
}

/** One keyword: a view of all its occurrences. */
export interface SwedishKeyword extends Three {
  /** swedish-nlp's data for the keyword (display text, key, score, count). */
  keyword: Keyword;
}

/** The `nlp` object after `nlp.plugin(swedish)`. */
export interface SwedishNlp {
  /** Analyses Swedish `text` and returns it as a compromise document with Swedish tags. */
  swedish(text: string, options?: SwedishOptions): SwedishDocument;
}

/** The compromise view internals the plugin uses. */
interface ViewInternals {
  document: CompromiseTerm[][];
  ptrs: Pointer[] | null | undefined;
  fullPointer: Pointer[];
  world: unknown;
  methods: { one?: { setTag?: (terms: CompromiseTerm[], tag: string, world: unknown, safe?: boolean, reason?: string) => void } };
  compute(names: string | string[]): unknown;
  eq(n: number): unknown;
  json(n?: unknown): Record<string, unknown>[];
}
type ViewClass = new (document: CompromiseTerm[][], pointer?: Pointer[] | null) => ViewInternals;

/** What the plugin keeps for each document it made, keyed by compromise's document array. */
interface State {
  analysis: AnalyzedDocument;
  placed: PlacedTerm[];
  View: ViewClass;
}
const states = new WeakMap<object, State>();

function stateOf(view: ViewInternals, method: string): State {
  const state = states.get(view.document);
  if (!state) throw new Error(`swedish-nlp/compromise: .${method}() works on documents made by nlp.swedish(text)`);
  return state;
}

/** `nlp.swedish(text, options)` of one compromise `nlp`. */
function swedishDocument(nlp: Tokenizer, text: string, options?: SwedishOptions): ViewInternals {
  if (typeof text !== 'string') throw new TypeError(`nlp.swedish: expected a string, got ${text === null ? 'null' : typeof text}`);
  const analysis = analyze(text, options);
  const View = (nlp.tokenize('') as unknown as ViewInternals).constructor as ViewClass;
  const doc = new View(buildDocument(nlp, analysis));
  const setTag = doc.methods.one?.setTag;
  const placed = placeTerms(doc.document);
  annotateTerms(placed, analysis, (terms, tag) => {
    if (setTag) setTag(terms, tag, doc.world, false, 'swedish-nlp');
    else for (const t of terms) t.tags.add(tag);
  });
  doc.compute(['index', 'offset']);
  states.set(doc.document, { analysis, placed, View });
  return doc;
}

/** Whether some of these spans share a term with the view (a whole document holds everything). */
function inView(state: State, view: ViewInternals, spans: readonly { start: number; end: number }[]): boolean {
  if (!view.ptrs) return true;
  const own = view.fullPointer;
  const pointers = pointersOf(termsPerSpan(state.placed, spans).flat());
  return pointers.some(([n, s, e]) => own.some(([m, a, b]) => m === n && s < b && a < e));
}

/** A view of `spans`, one match per span and run of terms, with `extra` fields on it. */
function viewOf<X extends object>(state: State, view: ViewInternals, spans: readonly { start: number; end: number }[], extra: X): ViewInternals & X {
  const pointers = termsPerSpan(state.placed, spans).flatMap((hits) => pointersOf(hits));
  return Object.assign(new state.View(view.document, pointers), extra);
}

/** `.json()` with one data field added per match (`data[i]` for match `i`). */
function jsonWithData<T>(view: ViewInternals, key: string, data: readonly T[]) {
  const json = Object.getPrototypeOf(view).json as ViewInternals['json'];
  return function (n?: unknown) {
    const all = json.call(view, typeof n === 'number' ? undefined : n).map((j, i) => ({ ...j, [key]: data[i] }));
    return typeof n === 'number' ? all[n] : all;
  };
}

/** The nearest mention of the quote's speaker outside the quote, as a span, or `null`. */
function speakerSpan(analysis: AnalyzedDocument, quote: Quote): { start: number; end: number } | null {
  const speaker = quote.speaker;
  if (!speaker) return null;
  // outside the quoted words (the quote's span can hold the attribution between its parts)
  const outside = (s: { start: number; end: number }) => quote.parts.every((p) => s.end <= p.start || s.start >= p.end);
  const distance = (s: { start: number; end: number }) =>
    Math.min(...quote.parts.map((p) => (s.end <= p.start ? p.start - s.end : s.start - p.end)));
  let candidates: { start: number; end: number }[] = speaker.entityId
    ? analysis.entities.filter((e) => e.id === speaker.entityId && outside(e))
    : [];
  if (candidates.length === 0) candidates = occurrences(analysis.text, speaker.name).filter(outside);
  let best: { start: number; end: number } | null = null;
  for (const c of candidates) if (!best || distance(c) < distance(best)) best = c;
  return best;
}

/** Every occurrence of `name` in `text` as whole words, case-insensitively, as spans (`Ek` is not found in `Eken`). */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (!name) return found;
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  const letter = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!letter(i - 1) && !letter(i + needle.length)) found.push({ start: i, end: i + needle.length });
  }
  return found;
}

/** The entity mentions of a view (of one type), one match each, `.json()` with the entity. */
function entityView(view: ViewInternals, type: EntityType | undefined, method: string) {
  const state = stateOf(view, method);
  const mentions = state.analysis.entities.filter((e) => (type === undefined || e.type === type) && inView(state, view, [e]));
  const out = viewOf(state, view, mentions, { mentions });
  return Object.assign(out, { json: jsonWithData(out, 'entity', mentions.map(({ type, name, id }) => ({ type, name, id }))) });
}

/**
 * compromise's `.people()`, `.places()` and `.organizations()` on a Swedish document give one match
 * per swedish-nlp mention: compromise's own versions join neighbouring tagged terms across commas
 * and brackets (`Ericsson, Atlas Copco` as one organisation). On other documents they are compromise's own.
 */
const SELECTIONS = { people: 'PER', places: 'LOC', organizations: 'ORG' } as const;

function addSelections(View: { prototype: object }): void {
  const proto = View.prototype as Record<string, unknown>;
  for (const [method, type] of Object.entries(SELECTIONS)) {
    const own = proto[method];
    proto[method] = function (this: ViewInternals, n?: number) {
      if (!states.has(this.document) && typeof own === 'function') return own.call(this, n);
      const view = entityView(this, type, method);
      return typeof n === 'number' ? view.eq(n) : view;
    };
  }
}

/** The methods the plugin adds to compromise's views. */
function addMethods(View: { prototype: object }): void {
  addSelections(View);
  Object.assign(View.prototype, {
    analysis(this: ViewInternals) {
      return stateOf(this, 'analysis').analysis;
    },
    entities(this: ViewInternals, type?: EntityType) {
      return entityView(this, type, 'entities');
    },
    quotes(this: ViewInternals) {
      const state = stateOf(this, 'quotes');
      return state.analysis.quotes
        .filter((q) => inView(state, this, q.parts))
        .map((quote) =>
          viewOf(state, this, quote.parts, {
            quote,
            speaker: () => {
              const span = speakerSpan(state.analysis, quote);
              return viewOf(state, this, span ? [span] : [], { speaker: quote.speaker });
            },
          }),
        );
    },
    speakers(this: ViewInternals) {
      const state = stateOf(this, 'speakers');
      const seen = new Map<number, { span: { start: number; end: number }; speaker: Speaker }>();
      for (const q of state.analysis.quotes) {
        const span = speakerSpan(state.analysis, q);
        if (span && q.speaker && inView(state, this, q.parts)) seen.set(span.start, { span, speaker: q.speaker });
      }
      const found = [...seen.values()].sort((a, b) => a.span.start - b.span.start);
      const speakers = found.map((f) => f.speaker);
      const view = viewOf(state, this, found.map((f) => f.span), { speakers });
      return Object.assign(view, { json: jsonWithData(view, 'speaker', speakers) });
    },
    keywords(this: ViewInternals, limit?: number) {
      const state = stateOf(this, 'keywords');
      const keywords = state.analysis.keywords.filter((k) => inView(state, this, k.spans));
      return keywords.slice(0, limit ?? keywords.length).map((keyword) => viewOf(state, this, keyword.spans, { keyword }));
    },
  });
}

/**
 * compromise folds letters to ASCII in its normal forms and match strings (`på` → `pa`, `{säga}` →
 * `{saga}`), so a lemma with å, ä or ö could never match `{säga}`. The plugin takes å, ä and ö out of
 * that folding table: they are letters of their own in Swedish (and in English text, rare).
 */
function keepSwedishLetters(world: unknown): void {
  const unicode = (world as { model?: { one?: { unicode?: Record<string, string> } } })?.model?.one?.unicode;
  if (unicode) for (const c of 'åäöÅÄÖ') delete unicode[c];
}

/** The shape of the plugin object, as compromise's `nlp.plugin` reads it. */
export interface SwedishPlugin {
  /** The tags the plugin adds to compromise's tag set (`Stopword`). */
  tags: Record<string, object>;
  /** Adds the methods to compromise's views. */
  api(View: { prototype: object }): void;
  /** Adds `nlp.swedish`, bound to the `nlp` it is given. */
  mutate(world: unknown, nlp?: unknown): void;
}

/**
 * The compromise plugin: `nlp.plugin(swedish)` adds `nlp.swedish(text, options?)`, the `Stopword`
 * tag and the methods `.entities()`, `.speakers()`, `.quotes()`, `.keywords()` and `.analysis()`.
 */
export const swedish: SwedishPlugin = {
  tags: { [STOPWORD_TAG]: {} },
  api: addMethods,
  mutate(world, nlp) {
    if (!nlp || typeof (nlp as Tokenizer).tokenize !== 'function') throw new TypeError('swedish-nlp/compromise: pass the plugin to nlp.plugin()');
    keepSwedishLetters(world);
    const target = nlp as Tokenizer & Partial<SwedishNlp>;
    target.swedish = (text, options) => swedishDocument(target, text, options) as unknown as SwedishDocument;
  },
};
