/**
 * The words of the HTML and text views, in Swedish (default) and English, and the one
 * definition of the counts both views show.
 *
 * @module
 */
import type { EntityType } from '../types';

/** Label language of the views. */
export type RenderLang = 'sv' | 'en';

/** The labels of one language. */
export interface Labels {
  /** Language code of the labels. */
  lang: RenderLang;
  /** Page title when the text has none. */
  analysis: string;
  /** Shown for a missing title. */
  untitled: string;
  /** Accessible name of the text section. */
  text: string;
  /** Accessible name of the side panel. */
  summary: string;
  /** Label of author lines. */
  byline: string;
  /** Label of photo credits. */
  photo: string;
  /** Keywords heading. */
  keywords: string;
  /** Names heading. */
  names: string;
  /** People (PER) heading. */
  people: string;
  /** Organisations (ORG) heading. */
  organisations: string;
  /** Places (LOC) heading. */
  places: string;
  /** Shown for an empty list. */
  none: string;
  /** Quotes heading. */
  quotes: string;
  /** Heading of the quotes by speaker. */
  whoSaidWhat: string;
  /** Before a speaker name on a quote. */
  quoteBy: string;
  /** `5 citat`. */
  quoteCount: (n: number) => string;
  /** Name shown for a quote without a known speaker. */
  unknown: string;
  /** The word for a speaker. */
  speaker: string;
  /** Legend entry of the underlined speaker words. */
  speakerInText: string;
  /** Note on a headline quote. */
  headline: string;
  /** Legend heading. */
  legend: string;
  /** Counts heading. */
  counts: string;
  /** `418 ord`. */
  words: (n: number) => string;
  /** `34 meningar`. */
  sentences: (n: number) => string;
  /** What the word count counts. */
  wordsDef: string;
  /** What the sentence count counts. */
  sentencesDef: string;
  /** What LIX is. */
  lixDef: string;
  /** Entity type names. */
  type: Record<EntityType, string>;
  /** How a speaker was found, by `speaker.resolution` value. */
  resolution: Record<string, string>;
  /** The word before a confidence percentage. */
  confidence: string;
  /** Label of the rule ids on a badge's tooltip. */
  rules: string;
}

const SV: Labels = {
  lang: 'sv',
  analysis: 'Analys',
  untitled: 'Utan rubrik',
  text: 'Text med markeringar',
  summary: 'Sammanfattning',
  byline: 'Text',
  photo: 'Foto',
  keywords: 'Nyckelord',
  names: 'Namn',
  people: 'Personer',
  organisations: 'Organisationer',
  places: 'Platser',
  none: '–',
  quotes: 'Citat',
  whoSaidWhat: 'Vem sa vad',
  quoteBy: 'Citat av',
  quoteCount: (n) => `${n} citat`,
  unknown: 'Okänd talare',
  speaker: 'talare',
  speakerInText: 'talarens namn i texten',
  headline: 'rubrik',
  legend: 'Teckenförklaring',
  counts: 'Mått',
  words: (n) => `${n} ord`,
  sentences: (n) => `${n} ${n === 1 ? 'mening' : 'meningar'}`,
  wordsDef: 'ord i artikeltexten; byline, fotobyline, datumrader och sidelement (som visningsräknare och ”Läs mer”) räknas inte',
  sentencesDef: 'meningar i artikeltexten med minst ett ord',
  lixDef: 'läsbarhetsindex: ord per mening plus andelen långa ord (fler än sex bokstäver) i procent',
  type: { PER: 'person', ORG: 'organisation', LOC: 'plats' },
  resolution: {
    explicit: 'namn vid citatet',
    pronoun: 'pronomen',
    role: 'roll',
    interview: 'intervju',
    previous: 'föregående talare',
    title: 'rubrik',
  },
  confidence: 'säkerhet',
  rules: 'regler',
};

const EN: Labels = {
  lang: 'en',
  analysis: 'Analysis',
  untitled: 'Untitled',
  text: 'Text with highlights',
  summary: 'Summary',
  byline: 'Text',
  photo: 'Photo',
  keywords: 'Keywords',
  names: 'Names',
  people: 'People',
  organisations: 'Organisations',
  places: 'Places',
  none: '–',
  quotes: 'Quotes',
  whoSaidWhat: 'Who said what',
  quoteBy: 'Quote by',
  quoteCount: (n) => `${n} ${n === 1 ? 'quote' : 'quotes'}`,
  unknown: 'Unknown speaker',
  speaker: 'speaker',
  speakerInText: 'speaker named in the text',
  headline: 'headline',
  legend: 'Legend',
  counts: 'Counts',
  words: (n) => `${n} ${n === 1 ? 'word' : 'words'}`,
  sentences: (n) => `${n} ${n === 1 ? 'sentence' : 'sentences'}`,
  wordsDef: 'words of the article text; byline, photo credit, date lines and site furniture (view counters, "read more") not counted',
  sentencesDef: 'sentences of the article text with at least one word',
  lixDef: 'readability index: words per sentence plus the percentage of long words (more than six letters)',
  type: { PER: 'person', ORG: 'organisation', LOC: 'place' },
  resolution: {
    explicit: 'named at the quote',
    pronoun: 'pronoun',
    role: 'role noun',
    interview: 'interview',
    previous: 'previous speaker',
    title: 'headline',
  },
  confidence: 'confidence',
  rules: 'rules',
};

/** The labels for a language (`'sv'` unless `'en'`). */
export function labelsFor(lang: unknown): Labels {
  return lang === 'en' ? EN : SV;
}
