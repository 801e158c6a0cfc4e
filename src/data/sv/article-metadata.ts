// Source: written by hand for swedish-nlp (keyword and summary steps), MIT.
// Labels that Swedish news sites put around an article: bylines, photo credits, dates, view
// counters, share buttons, "read more" link lists. The summary reports the metadata; the keyword
// step keeps all of these lines out of its candidates. Matching is case-insensitive.
// Every pattern is anchored or bounded and has no nested quantifiers (linear time on any input).

/** Labels that introduce the author(s) of an article: `Text: Anna Andersson`. */
export const BYLINE_LABELS: readonly string[] = ['Text', 'Text och foto', 'Text & foto', 'Av', 'Skribent', 'Reporter', 'Författare'];

/**
 * Opinion and column bylines without a colon: `Debattartikel av statsminister Anna Ek, Dagens
 * Industri, 8 maj 2025`. Decision: the genre word plus `av` opens the line; the authors are
 * metadata, not topics of the text. Anchored, one bounded tail.
 */
export const BYLINE_GENRE =
  /^(Debattartikel|Debattinlägg|Debatt|Krönika|Replik|Slutreplik|Insändare|Ledare|Kolumn|Gästkrönika|Artikel|Intervju) av\s+(\p{L}.{2,240})$/iu;

/**
 * Labels that introduce a photo or illustration credit: `Foto: Bertil Berg/TT` on its own line
 * (the document step) and `Bilden är tagen i maj. Foto: Bildbyrån` inside a line (the keyword and
 * entity steps). The one list of photo labels of the library: it merges the document step's list
 * (`Foto` … `Foto och text`) with the keyword step's former `CREDIT_LABELS` of
 * `keyword-stoplist.ts` (which added `Arkivfoto`, `Arkivbild`, `Genrebild`). Capitalised; matched
 * case-insensitively. Steps that match one token at a time use the one-word labels.
 * Decision: the entity step no longer takes any word ending in `-foto` / `-bild` before a colon
 * as a label; the compounds that are credit labels in Swedish news are listed instead
 * (`Pressbild: Företaget`, `Pressfoto`, `Skärmbild: SVT`, `Skärmdump`, `Genrefoto`), because most
 * `-bild` compounds are no labels (`Min förebild: Astrid Lindgren`, `lägesbild`, `världsbild`).
 */
export const PHOTO_LABELS: readonly string[] = [
  'Foto', 'Fotograf', 'Bild', 'Bilder', 'Illustration', 'Grafik', 'Foto och text', 'Arkivfoto', 'Arkivbild', 'Genrebild',
  'Genrefoto', 'Pressbild', 'Pressfoto', 'Skärmbild', 'Skärmdump',
];

/**
 * Labels that introduce a publication or update date: `Publicerad 12 mars 2024`,
 * `Senast ändrad 09:44, 11 Jan 2018`, `Uppdaterad: i går 14.02`. The one list of date labels of
 * the library: the document step's list, which already held every word of the keyword step's
 * former `DATE_LINE_LABELS` of `keyword-stoplist.ts` (`Publicerad`, `Publicerat`, `Uppdaterad`,
 * `Uppdaterat`; merged here). Capitalised. Steps that match one token at a time use the one-word labels.
 */
export const DATE_LABELS: readonly string[] = ['Publicerad', 'Publicerat', 'Senast ändrad', 'Senast uppdaterad', 'Uppdaterad', 'Uppdaterat', 'Ändrad', 'Datum', 'Postad'];

/**
 * Whole lines (or line ends) that are site furniture, not article text. `Lyssna` is the
 * read-aloud button of easy-to-read sites; `Dela på internet` and friends are share buttons;
 * the view counter is `Sedd av 803`. Decision: a line is dropped only when it is nothing but
 * the label (plus a short tail), so an article sentence that begins with "Dela" stays.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:lyssna|dela|skriv ut|spara|kommentera|kommentarer|tipsa|annons|annonser|reklam|prenumerera)\s*[:.!]?$/i,
  /^(?:sedd av|visningar|antal visningar|läst av)\s*:?\s*[\d\s.,]{1,15}(?:gånger)?\s*$/i,
  /^(?:dela|dela artikeln|dela på|dela via)\b.{0,40}$/i,
  /^(?:facebook|twitter|x|linkedin|e-post|e-posta|mejla|kopiera länk)(?:\s*[|,/·]\s*(?:facebook|twitter|x|linkedin|e-post|e-posta|mejla|kopiera länk))*\s*$/i,
  /^(?:taggar|ämnen|relaterat|relaterade artiklar|mer om|fler artiklar|populärt|mest läst)\s*:?.{0,200}$/i,
  /^[\d\s.,]{1,15}(?:läsare|visningar|läsningar|kommentarer|delningar)\s*$/i,
];

/**
 * Section names of Swedish news sites, as their navigation menus and breadcrumbs list them
 * (`Hem Nyheter Sport Kultur`, `Nyheter › Inrikes`). Decision: a line made only of two or more of
 * these is site navigation, never the title and never article text; one word alone (`Sport`)
 * may be a real heading and stays.
 */
export const NAV_SECTIONS: readonly string[] = [
  'hem', 'start', 'startsida', 'nyheter', 'senaste nytt', 'inrikes', 'utrikes', 'sverige', 'världen', 'lokalt', 'politik',
  'ekonomi', 'näringsliv', 'sport', 'kultur', 'nöje', 'kultur & nöje', 'kultur och nöje', 'debatt', 'ledare', 'opinion',
  'åsikter', 'familj', 'livsstil', 'hälsa', 'resor', 'mat', 'mat & dryck', 'motor', 'bostad', 'teknik', 'vetenskap',
  'väder', 'webb-tv', 'tv', 'play', 'podd', 'poddar', 'meny', 'sök', 'logga in', 'prenumerera', 'mitt konto', 'e-tidning',
  'kontakt', 'tipsa oss', 'om oss',
];

/**
 * A date value that runs into a second date label where a lost line break glued two date lines
 * (`2024-02-03 06:12Uppdaterad 2024-02-03 08:40`): the digit before the label is the cut.
 */
export const GLUED_DATE_LABEL = /(?<=\d)\s*(?=(?:Uppdaterad|Uppdaterat|Senast ändrad|Senast uppdaterad|Ändrad|Publicerad|Publicerat)\b)/u;

/**
 * A cookie banner line. Kept apart from {@link BOILERPLATE_LINES}: its bounded `.{0,80}` gaps
 * are costly, so it runs only on lines that mention cookies (`COOKIE_WORD`).
 */
export const COOKIE_LINE =
  /^.{0,80}\b(?:vi använder|godkänn|acceptera)\b.{0,80}\b(?:cookies?|kakor)\b|^.{0,80}\b(?:cookies?|kakor)\b.{0,80}\b(?:godkänn|acceptera|inställningar)\b/i;

/** The words every cookie banner line has (a cheap pre-test for {@link COOKIE_LINE}). */
export const COOKIE_WORD = /cookie|kakor/i;

/** Share-button text glued to the end of the last paragraph: `…8 SIDOR/TTDela artikeln`. */
export const TRAILING_SHARE = /(?:Dela på (?:internet|Facebook|Twitter|LinkedIn)|Dela artikeln)\s*$/;

/** A read-aloud button at the start of a paragraph: `Lyssna  En familj …`. */
export const LEADING_LISTEN = /^Lyssna(?=\s)/;

/**
 * Lines that open a list of links to other articles: `Läs mer: …`, `Läs också`. The label line
 * and, when the label stands alone, the following lines up to the next blank line are dropped.
 */
export const READ_MORE = /^(?:läs mer|läs också|läs även|se även|se också|mer att läsa|relaterat)\b\s*:?/i;

/**
 * News agency or desk signature at the end of an article: `8 SIDOR/TT`, `TT`, `Nils
 * Fors/8 SIDOR`, `(TT)`. Recognised only when it ends the text or the last paragraph.
 */
export const AGENCY_SIGNATURE = /(?:^|[\s.!?])((?:[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*){0,3}\/)?(?:\d+ SIDOR|TT|NTB|Reuters|AFP|AP|DPA|SIDOR)(?:\/(?:TT|AFP|Reuters|AP|\d+ SIDOR))?)\s*$/u;

/**
 * A desk signature inside the text, where a lost line break glued it to the next heading:
 * `…på nätet.8 SIDOR/TT Så sparar du el`, `Nils Fors/8 SIDOR`, `Karin Ek/TT`.
 * Searched everywhere (global flag); bounded quantifiers only.
 */
export const INLINE_SIGNATURE = /(?:\p{Lu}[\p{L}-]{1,30} \p{Lu}[\p{L}-]{1,30}\/(?:TT|\d{1,2} SIDOR)(?:\/TT)?|\b\d{1,2} SIDOR(?:\/TT)?)(?![\p{L}\d])/gu;

/** Month names and their abbreviations (Swedish and English, as sites write them), for dates. */
export const MONTHS: readonly string[] = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec', 'may',
];
