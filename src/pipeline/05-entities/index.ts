/**
 * Pipeline step 05: people, organisations and places.
 *
 * Signals used together: a trained averaged-perceptron BIO model over capitalised tokens
 * (features: word, shape, sentence position, neighbours, gazetteers, first names, titles,
 * organisation endings, common words, document-level capitalisation), then rules: gazetteer and
 * user entries, `X kommun` / `Region X` / `X AB` / `Uppsala universitet` patterns, agency names
 * (`Myndigheten för civilt försvar`), acronyms inside compounds (`LO-ekonomen` → `LO`, but
 * `EU-kommissionen` whole), party abbreviations in parentheses (`(S)`), titles before names,
 * sentence-initial common words and closed-class words never tagged, genitive dropping for the
 * canonical name, and linking of the mentions of one entity (`Laura Hartman` … `Hartmans`).
 * Further rules for what the model misses: names ending in a lower-case organisation head
 * (`Allmänna barnhuset`, `Svenska kraftnät`), one-word organisation compounds mid-sentence
 * (`Rödakorskommittén`), media sub-brands (`SvD Näringsliv`), company names after a category noun,
 * also named like places or unknown to the model (`bryggerikoncernen Kopparbergs`, `klädkedjan Lindex`,
 * `mjukvaruföretaget Nordic Data Labs`), unknown surnames after a title, a surname particle or
 * coordinated with a person (`Obama och Merkel`), and the last word deciding the type of an
 * unlisted multi-word name (`Macquarie Securities`, `Wall Street`). English names inside Swedish
 * text are joined across English connectors and typed by their head noun (`Bank of England`,
 * `Global Partnership for Education`, `IDA Crisis Facility`; see ./foreign), name particles continue
 * a person's name (`Ursula von der Leyen`), and sentence-initial adjective compounds (`Svenskledd`)
 * are no names. Soft hyphens are ignored.
 *
 * `tagEntities` builds its context with the part-of-speech tagger switched off (`{ tag: false }`:
 * it is not needed and would dominate the time); `findEntities` takes any context, and uses the
 * tags when present.
 *
 * @module
 */
import type { AnalyzedToken, Entity, EntityGroup, EntityType, TextContext } from '../../types';
import { buildContext } from '../context';
import { AGENCY_HEADS, COMPANY_AFTER_NOUNS, COMPANY_CATEGORY_COMPOUND_ONLY, COMPANY_CATEGORY_HEADS, COMPANY_FORMS, LEGAL_FORMS, MEDIA_PARENTS, ORG_SUFFIXES_RULE, PLACE_ASSOCIATION_HEADS, ORG_LAST_WORDS, LOC_LAST_WORDS, NEVER_ENTITY, NON_NAME_CAPITALISED, ORG_PHRASE_HEADS, ORG_PHRASE_HEADS_INDEF, PHRASE_STOP_VERBS, PLACE_ORG_HEADS } from '../../data/sv/entity-lexicon';
import { docInfo, dropGenitive, gazetteerTags, isCap, isCommonWord, isLowerStart, isParticle, isTitle, orgSuffix, type SentenceInput } from './features';
import { isFirstName, lookupGazetteer, partyName } from './gazetteer';
import { decode } from './model';
import { applyForeignRuns, cutAfterEnglishHead, extendPersonParticles, extendToEnglishHead, findForeignRuns, isAdjectiveCompound, isEnglishOrgHead, type ForeignContext, type Span0 } from './foreign';

export { firstNameSex, isFirstName, lookupGazetteer, partyName } from './gazetteer';

/** Options for entity tagging. */
export interface EntityOptions {
  /** Extra gazetteer entries: name → type, used without retraining (they win over the built-in lists). */
  gazetteer?: Readonly<Record<string, Entity['type']>>;
}

let never: Set<string> | undefined;
let companyForms: Set<string> | undefined;

/** Lower-case heads after a place name that make the whole an organisation (`Falu kommun`). */
const PLACE_ORG_HEAD = new Set(PLACE_ORG_HEADS.split('|').flatMap((h) => [h, h + 's']));
const AGENCY_HEAD = new Set(AGENCY_HEADS.split('|'));
const STOP_VERB = new Set(PHRASE_STOP_VERBS.split('|'));
/** Openers after which a capitalised word is capitalised for grammar (a new sentence or quote). */
const OPENERS = new Set(['–', '—', '-', '”', '"', '»', '“', '„', '(', ':', '•', '*', '·', '|', '…', '.', '!', '?']);
/** Reporting words after which a capitalised word names the source (`säger Obama`, `enligt Reuters`). */
const REPORTING = new Set(['säger', 'sa', 'sade', 'enligt', 'menar', 'skriver', 'berättar', 'tycker', 'anser', 'förklarar', 'konstaterar', 'påpekar', 'understryker', 'betonar', 'svarar', 'uppger', 'hävdar']);

/** Lower-case particles that begin a surname (`von Sydow`, `af Klint`, `al-Assad`); `de`/`den` are too common in Swedish. */
const SURNAME_PARTICLES = new Set(['von', 'van', 'af', 'al', 'el', 'da', 'di', 'du', 'der', 'ter', 'ten', 'bin', 'ibn', 'le', 'la', 'del', 'della', 'dos', 'das']);

/** Lower-case words ending in -r that are verbs after a name (`Paris är`, `Jonas säger`), a genitive hint otherwise. */
const VERBISH = /(?:ar|er|ir|or|ur|är|år|de|te|dde|tt|ade)$/;

function isNever(w: string): boolean {
  never ??= new Set([...NEVER_ENTITY.split('|'), ...NON_NAME_CAPITALISED.split('|')]);
  return never.has(w.toLowerCase());
}

function isCompanyForm(w: string): boolean {
  companyForms ??= new Set(COMPANY_FORMS.split('|'));
  return companyForms.has(w);
}

/** Whether a token may continue an agency name phrase: a lower-case word, no closed-class word, no verb. */
function phraseWord(t: AnalyzedToken | undefined): boolean {
  return !!t && t.kind === 'word' && isLowerStart(t.text) && !isNever(t.text) && !STOP_VERB.has(t.normal);
}

/**
 * `Myndigheten för civilt försvar`, `Inspektionen för vård och omsorg`: an organisation ending in an
 * agency head, followed by för/mot and at most two lower-case words (plus one `och` + word), takes
 * the phrase; it stops at closed-class words and verbs. Returns whether the span grew.
 */
function extendAgency(sp: Span0, tokens: readonly AnalyzedToken[]): boolean {
  const last = sp.words[sp.words.length - 1]!.toLowerCase();
  const head = AGENCY_HEAD.has(last) || (orgSuffix(last) !== '' && sp.words.length === 1);
  const prep = tokens[sp.b];
  if (sp.type !== 'ORG' || !head || !prep || (prep.normal !== 'för' && prep.normal !== 'mot') || prep.start !== sp.end + 1) return false;
  let b = sp.b + 1;
  let n = 0;
  while (n < 2 && phraseWord(tokens[b])) { b++; n++; }
  if (n === 0) return false;
  if (tokens[b]?.normal === 'och' && phraseWord(tokens[b + 1])) b += 2;
  for (let k = sp.b; k < b; k++) sp.words.push(tokens[k]!.text);
  sp.b = b;
  sp.end = tokens[b - 1]!.end;
  return true;
}

const MEDIA = new Set(MEDIA_PARENTS.split('|'));
const ORG_SUFFIX_RULE = ORG_SUFFIXES_RULE.split('|');
const PLACE_ASSOC = PLACE_ASSOCIATION_HEADS.split('|');
const ORG_LAST = new Set(ORG_LAST_WORDS.split('|'));
const LOC_LAST = new Set(LOC_LAST_WORDS.split('|'));
const COMPANY_CATEGORY = COMPANY_CATEGORY_HEADS.split('|');
const COMPANY_CATEGORY_COMPOUND = new Set(COMPANY_CATEGORY_COMPOUND_ONLY.split('|'));
const COMPANY_AFTER = new Set(COMPANY_AFTER_NOUNS.split('|'));
const LEGAL_FORM = new Set(LEGAL_FORMS.split('|'));
const ORG_HEAD_DEF = ORG_PHRASE_HEADS.split('|');
const ORG_HEAD_INDEF = ORG_PHRASE_HEADS_INDEF.split('|');

/** Whether a lower-case word ends in one of `heads` (the word itself or a compound; `min` extra letters). */
function endsWithHead(w: string, heads: readonly string[], min: number): boolean {
  // `området` (the area) ends in `rådet` (the council) but names no body.
  for (const h of heads) if (w.length >= h.length + min && w.endsWith(h) && !(h === 'rådet' && w.endsWith('området'))) return true;
  return false;
}

/**
 * `Allmänna barnhuset`, `Svenska kraftnät`, `Idéburna skolors riksförbund`: after the capitalised
 * part of a name (tokens before `b`, first word `first`), one lower-case organisation head, or one
 * lower-case adjective/genitive and a head. Returns the index after the head, or -1. Only adjacent
 * words (one space) count; superlatives (`Sveriges största banken`), closed-class words and verbs
 * never start the tail. With `place` (the capitalised part is a place) an association compound
 * also ends the name (`Hjo tennisklubb`).
 */
function orgPhraseEnd(tokens: readonly AnalyzedToken[], b: number, first: string, text: string, place = false): number {
  const adj = (x: AnalyzedToken | undefined, y: AnalyzedToken | undefined): boolean => !!x && !!y && text.slice(x.end, y.start) === ' ';
  const h1 = tokens[b];
  if (!h1 || !adj(tokens[b - 1], h1) || h1.kind !== 'word' || !/^\p{Ll}+$/u.test(h1.text)) return -1;
  const w1 = h1.text;
  if (endsWithHead(w1, ORG_HEAD_DEF, 0) || (first === 'Statens' && endsWithHead(w1, ORG_HEAD_INDEF, 3))) return b + 1;
  // After a place: an association compound (`Wales fotbollsförbund`, `Hjo tennisklubb`).
  if (place && endsWithHead(w1, PLACE_ASSOC, 3)) return b + 1;
  // One middle word: a weak adjective (`Kungliga tekniska högskolan`) or a genitive (`skolors`).
  if (isNever(w1) || STOP_VERB.has(w1) || /st[ae]$/.test(w1) || !/(?:a|s)$/.test(w1)) return -1;
  const h2 = tokens[b + 1];
  if (!h2 || !adj(h1, h2) || h2.kind !== 'word' || !/^\p{Ll}+$/u.test(h2.text)) return -1;
  const w2 = h2.text;
  if (endsWithHead(w2, ORG_HEAD_DEF, 0) || (/s$/.test(w1) && endsWithHead(w2, ORG_HEAD_INDEF, 3))) return b + 2;
  return -1;
}

/** Whether the text between two offsets is one space (or one no-break space): same line, nothing in between. */
function oneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0xa0);
}

/**
 * Whether `pv` is a lower-case company category noun (`klädkedjan`, `bolaget`, `storbanken`) one
 * space before `next`. `jätten` counts only in a compound (`telekomjätten`).
 */
function companyCategoryBefore(pv: AnalyzedToken | undefined, next: AnalyzedToken, text: string): boolean {
  if (!pv || pv.kind !== 'word' || !isLowerStart(pv.text) || !oneSpace(text, pv.end, next.start)) return false;
  const w = pv.normal;
  for (const h of COMPANY_CATEGORY) if (w.endsWith(h) && (w.length > h.length || !COMPANY_CATEGORY_COMPOUND.has(h))) return true;
  return false;
}

/** A word that may be part of a company name after a category noun: capitalised, no closed-class word, no `EU-anpassade`. */
function companyNameWord(t: AnalyzedToken | undefined): boolean {
  return !!t && t.kind === 'word' && isCap(t.text) && !isNever(t.text) && !/-\p{Ll}/u.test(t.text);
}

/**
 * The end of a company name that starts at token `k` right after a category noun and is known up to
 * `from`: it goes on with capitalised words one space apart (`Stora Enso`, `Nordic Data Labs`) and
 * `&` joining two of them with or without spaces (`H&M`, `Hennes & Mauritz`), up to four words in
 * all. Stops at a sentence, line or quote start. Returns `from` when nothing follows, and `k` when
 * the run runs into a mention already found (that mention wins; no span is made or grown).
 */
function companyNameEnd(tokens: readonly AnalyzedToken[], k: number, from: number, taken: Uint8Array, initialTok: Uint8Array, text: string): number {
  let e = from;
  for (let n = from - k; n < 4; n++) {
    const x = tokens[e];
    if (!x || initialTok[e]) break;
    const gap = text.slice(tokens[e - 1]!.end, x.start);
    if (gap === ' ' && companyNameWord(x)) {
      if (taken[e]) return k;
      e++;
      continue;
    }
    const y = tokens[e + 1];
    if (x.text === '&' && (gap === ' ' || gap === '') && companyNameWord(y) && text.slice(x.end, y!.start) === gap && !initialTok[e + 1]) {
      if (taken[e] || taken[e + 1]) return k;
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

/** A title word, also in the definite form (`förbundskanslern`, `ministern` → `förbundskansler`, `minister`). */
function isTitleWord(lower: string): boolean {
  return isTitle(lower) || (lower.endsWith('n') && isTitle(lower.slice(0, -1))) || (lower.endsWith('en') && isTitle(lower.slice(0, -2)));
}

/**
 * Finds entity mentions in an analysed text (pipeline step 05). Works on the tokens of the
 * context and never re-tokenises.
 *
 * @param ctx The analysed text.
 * @param options Entity options.
 * @returns Mentions in text order, each with a canonical name and an id shared by the mentions of one entity.
 */
export function findEntities(ctx: TextContext, options: EntityOptions = {}): Entity[] {
  const text = ctx.text;
  const user = new Map<string, EntityType>();
  if (options.gazetteer) for (const [k, v] of Object.entries(options.gazetteer)) if (v === 'PER' || v === 'ORG' || v === 'LOC') user.set(k, v);
  const extra = user.size ? (n: string): string | null => user.get(n) ?? null : undefined;
  const lookup = (n: string): EntityType | null => user.get(n) ?? lookupGazetteer(n);

  // 1. Sentences as model input; a token is "initial" at a sentence, line or quote start.
  const sents: { toks: AnalyzedToken[]; input: SentenceInput }[] = [];
  let prevEnd = -1;
  let prevTok: AnalyzedToken | undefined;
  let nl = -1; // next newline at or after prevEnd
  for (const s of ctx.sentences) {
    const toks = s.tokens;
    const words: string[] = [];
    const initial: boolean[] = [];
    // Only punctuation and symbols so far in the sentence or line (`### Arbetet`, `– Vi`).
    let onlyPunct = true;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      // Soft hyphens (invisible break hints: `Finans\u00adinspek\u00adtionen`) are dropped for the model and the gazetteers.
      words.push(t.text.includes('\u00ad') ? t.text.replace(/\u00ad/g, '') : t.text);
      let init = onlyPunct;
      if (!init && prevTok && OPENERS.has(prevTok.text)) init = true;
      if (prevEnd >= 0) {
        if (nl < prevEnd) nl = text.indexOf('\n', prevEnd);
        if (nl >= 0 && nl < t.start) { init = true; onlyPunct = true; }
        if (nl < 0) nl = Infinity;
      }
      if (t.kind !== 'punctuation' && t.kind !== 'symbol') onlyPunct = false;
      initial.push(init);
      prevEnd = t.end;
      prevTok = t;
    }
    sents.push({ toks, input: { words, initial } });
  }
  const doc = docInfo(sents.map((s) => s.input));

  // 2. Model + gazetteer spans.
  let spans: Span0[] = [];
  let base = 0;
  // Whether each token (index in ctx.tokens) starts a sentence, line or quote.
  const initialTok = new Uint8Array(ctx.tokens.length + 1);
  for (const { toks, input } of sents) {
    for (let i = 0; i < toks.length; i++) if (input.initial[i]) initialTok[base + i] = 1;
    const gz = gazetteerTags(input.words, extra);
    const labels = decode(input, gz, doc);
    const n = toks.length;
    // Gazetteer matches the model missed (not for grammar-capitalised common words).
    for (let i = 0; i < n; i++) {
      if (!gz[i]!.startsWith('B-')) continue;
      let j = i + 1;
      while (j < n && gz[j]!.startsWith('I-')) j++;
      const allO = labels.slice(i, j).every((l) => l === 'O');
      const w = input.words[i]!;
      const trusted = !input.initial[i] || j - i > 1 || doc.capMid.has(w) || !doc.lowerSeen.has(w.toLowerCase());
      // No model entity crossing the gazetteer match's borders.
      const clean = !labels[i]!.startsWith('I-') && (j >= n || !labels[j]!.startsWith('I-'));
      // (`isNever` for one-word matches only: `Dagens` alone is a time word, `Dagens Industri` a name.)
      if (clean && (allO ? trusted && (j - i > 1 || !isNever(w)) : true)) {
        const ty = gz[i]!.slice(2);
        labels[i] = ('B-' + ty) as never;
        for (let k = i + 1; k < j; k++) labels[k] = ('I-' + ty) as never;
      }
      i = j - 1;
    }
    for (let i = 0; i < n; i++) {
      const l = labels[i]!;
      if (l === 'O') continue;
      const type = l.slice(2) as EntityType;
      let j = i + 1;
      while (j < n && labels[j] === 'I-' + type) j++;
      // The end of the labelled run: a trimmed tail is dropped, never a mention of its own (`TV 4` → not `4`);
      // a person's lower-case tail is looked at again (`Bashar` `al-Assad` are joined below).
      const runEnd = j;
      // A whole gazetteer name keeps its last word (`TV 4`).
      const whole = j - i > 1 && !!lookup(input.words.slice(i, j).join(' '));
      // Trailing punctuation, closed-class or verb-like lower-case words are not part of a name;
      // a person's name never ends in a lower-case word.
      while (
        !whole &&
        j - 1 > i &&
        (!/\p{L}/u.test(toks[j - 1]!.text) ||
          (/^\p{Ll}/u.test(toks[j - 1]!.text) && (type === 'PER' || isNever(toks[j - 1]!.text) || isParticle(toks[j - 1]!.normal) || /(?:at|it|ade|ande|ende|de|te)$/.test(toks[j - 1]!.normal))))
      )
        j--;
      // Leading titles capitalised at a sentence start (`Kronprinsessan Victoria`, `Kungen`).
      let i0 = i;
      while (i0 < j && isTitle(toks[i0]!.normal)) i0++;
      if (i0 === j) { i = j - 1; continue; }
      spans.push({ a: base + i0, b: base + j, start: toks[i0]!.start, end: toks[j - 1]!.end, type, words: input.words.slice(i0, j), initial: input.initial[i0]! });
      i = (type === 'PER' ? j : runEnd) - 1;
    }
    base += n;
  }

  // 3. Rules on the spans.
  const tokens = ctx.tokens;
  const out: Span0[] = [];
  // Foreign (English) names the model cuts or mistypes (`Bank of England`, `The Religious Track of
  // the Cyprus Peace Process`), names that end at an English head (`World Economic Forum` | `i Davos`)
  // and particles inside a person's name (`Ursula von der Leyen`): see ./foreign.
  const swedishNoun = (lw: string): boolean => AGENCY_HEAD.has(lw) || COMPANY_CATEGORY.some((h) => lw.endsWith(h));
  const fctx: ForeignContext = { text, tokens, initialTok, isNever, lookup, doc, swedishNoun };
  const foreign = applyForeignRuns(spans, findForeignRuns(fctx), fctx);
  spans = extendPersonParticles(extendToEnglishHead(cutAfterEnglishHead(foreign.spans, fctx), fctx), fctx);
  // Two person spans separated by one space are one name (`Bashar` `al-Assad`).
  for (let k = spans.length - 1; k > 0; k--) {
    const x = spans[k - 1]!, y = spans[k]!;
    if (x.type === 'PER' && y.type === 'PER' && x.b === y.a && text.slice(x.end, y.start) === ' ') {
      x.b = y.b;
      x.end = y.end;
      x.words.push(...y.words);
      spans.splice(k, 1);
    }
  }
  // `SvD Näringsliv`, `TV4 Sydost`, `SVT Nyheter Öst`: a media name + up to two adjacent capitalised
  // words (not first names, closed-class words, dates, or a new sentence) is one sub-brand.
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!;
    if (sp.type === 'PER' || !MEDIA.has(sp.words.join(' ')) || sp.end !== tokens[sp.b - 1]!.end) continue;
    let b = sp.b;
    while (b < sp.b + 2) {
      const t = tokens[b];
      if (!t || t.kind !== 'word' || initialTok[b] || !isCap(t.text) || isNever(t.text) || isFirstName(t.text) || text.slice(tokens[b - 1]!.end, t.start) !== ' ') break;
      b++;
    }
    if (b === sp.b) continue;
    for (let x = sp.b; x < b; x++) sp.words.push(tokens[x]!.text);
    sp.b = b;
    sp.end = tokens[b - 1]!.end;
    sp.type = 'ORG';
    // Later spans inside the sub-brand are absorbed (marked empty, removed below in one pass).
    for (let j = k + 1; j < spans.length && spans[j]!.a < b && spans[j]!.b <= b; j++) spans[j]!.b = spans[j]!.a;
  }
  {
    let w = 0;
    for (const sp of spans) if (sp.b > sp.a) spans[w++] = sp;
    spans.length = w;
  }
  for (const sp of spans) {
    // Surname particles before a person's name: `von Sydow`, `Max von Sydow` is found by the model.
    while (sp.type === 'PER' && sp.a > 0 && SURNAME_PARTICLES.has(tokens[sp.a - 1]!.text) && tokens[sp.a - 1]!.end + 1 === sp.start) {
      sp.a--;
      sp.start = tokens[sp.a]!.start;
      sp.words.unshift(tokens[sp.a]!.text);
    }
  }
  // Token indices inside a model or gazetteer mention (a company name after a category noun stops there).
  const modelTaken = new Uint8Array(tokens.length + 1);
  for (const sp of spans) for (let i = sp.a; i < sp.b; i++) modelTaken[i] = 1;
  for (let si = 0; si < spans.length; si++) {
    const sp = spans[si]!;
    // A mention absorbed into the one before it (`Volvo` + `Sverige`, below).
    if (sp.b <= sp.a) continue;
    // Closed-class words alone are never entities (`Du`, `Vi`, `Det`).
    if (sp.words.length === 1 && isNever(sp.words[0]!)) continue;
    // A short all-caps word is an acronym, never a person (`AI`, `IT`).
    if (sp.type === 'PER' && sp.words.length === 1 && sp.words[0]!.length <= 4 && !/\p{Ll}/u.test(sp.words[0]!)) continue;
    // A one-word mention capitalised only because it starts a sentence: a common word written
    // in lower case elsewhere in the text (`Polisen` … `polisen`), or tagged by the tagger as a
    // common word, is no name unless the gazetteers or a mid-sentence capital say so.
    if (sp.words.length === 1 && sp.initial) {
      const w = sp.words[0]!;
      const lw = w.toLowerCase();
      const g = dropGenitive(w);
      const known = doc.capMid.has(w) || (!!g && doc.capMid.has(g)) || ((!!lookup(w) || (!!g && !!lookup(g))) && !isCommonWord(lw) && !(g && isCommonWord(g.toLowerCase())));
      const pos = tokens[sp.a]!.pos;
      const closedPos = pos === 'PRON' || pos === 'DET' || pos === 'ADP' || pos === 'ADV' || pos === 'VERB' || pos === 'AUX' || pos === 'CCONJ' || pos === 'SCONJ';
      // (`Svenskledd`, `Norskägda`, `Rysslandsvänlig`: an adjective or participle compound, see `ADJECTIVE_COMPOUND_ENDINGS`.)
      if (!known && (doc.lowerSeen.has(lw) || isCommonWord(lw) || closedPos || isAdjectiveCompound(lw))) continue;
    }
    // `Sveriges Elevkårer`, `Stockholms Stadsmission`: a place (genitive) + capitalised words that
    // is not itself a listed place is an organisation.
    if (sp.type === 'LOC' && sp.words.length > 1 && sp.words.slice(1).every((x) => isCap(x))) {
      const f = sp.words[0]!;
      const g = dropGenitive(f);
      if ((lookup(f) === 'LOC' || (g && lookup(g) === 'LOC')) && !lookup(sp.words.join(' '))) sp.type = 'ORG';
    }
    // `Macquarie Securities`, `Manchester United` (ORG), `Wall Street` (PLACE): the last word of a
    // multi-word name not in the gazetteers decides its type (not for a person with a first name: `Anna Bank`).
    if (sp.words.length > 1 && !(sp.type === 'PER' && isFirstName(sp.words[0]!)) && sp.words.every((x) => isCap(x) || /^\p{N}/u.test(x)) && !lookup(sp.words.join(' '))) {
      const lastW = sp.words[sp.words.length - 1]!;
      if (ORG_LAST.has(lastW)) sp.type = 'ORG';
      else if (LOC_LAST.has(lastW)) sp.type = 'LOC';
    }
    // `IDA Crisis Facility`, `The Global Fund` typed as a person: a name without a known first name
    // that starts with an acronym of three letters or more (two are initials: `JK Rowling`) or `The`, or contains an English head noun (`ENGLISH_ORG_HEADS`),
    // is an organisation; so is a name of three words or more ending in such a head even with a
    // first name (`Anna Lindh Foundation`; `Anna Bank` stays a person).
    if (sp.type === 'PER' && sp.words.length > 1) {
      const ws = sp.words;
      const noFirst = !ws.some((x) => isFirstName(x));
      if ((noFirst && (/^\p{Lu}{3,6}$/u.test(ws[0]!) || ws[0] === 'The' || ws.some((x) => isEnglishOrgHead(x)))) || (ws.length >= 3 && isEnglishOrgHead(ws[ws.length - 1]!))) sp.type = 'ORG';
    }
    // `Livsmedelsföretagen`, `Skogsindustrierna` typed as a place by the model: an unlisted one-word
    // name with an organisation ending is an organisation.
    if (sp.type === 'LOC' && sp.words.length === 1 && !lookup(sp.words[0]!) && !lookup(dropGenitive(sp.words[0]!) || sp.words[0]!)) {
      const lw = (dropGenitive(sp.words[0]!) || sp.words[0]!).toLowerCase();
      // (`Östersjöområdet` ends in `rådet` but is an area.)
      if (!lw.endsWith('området') && (orgSuffix(lw) || endsWithHead(lw, ORG_SUFFIX_RULE, 3))) sp.type = 'ORG';
    }
    // After a title (`kronprinsessan Victoria`, `statsminister Ulf Kristersson`) a first name starts a person.
    const before = tokens[sp.a - 1];
    if (sp.type !== 'PER' && before && isTitle(before.normal) && isFirstName(sp.words[0]!) && sp.words.every((x) => isCap(x))) sp.type = 'PER';
    const nextTok = tokens[sp.b];
    // `Falu kommun`, `Stockholms stad`: the place + head is an organisation.
    // (Never into a token of another mention: mentions do not overlap.)
    if (nextTok && !modelTaken[sp.b] && PLACE_ORG_HEAD.has(nextTok.normal) && sp.type !== 'PER' && text.slice(sp.end, nextTok.start).trim() === '') {
      sp.b++;
      sp.end = nextTok.end;
      sp.words.push(nextTok.text);
      sp.type = 'ORG';
    } else if (nextTok && !modelTaken[sp.b] && nextTok.text === 'län' && sp.type !== 'PER') {
      sp.b++;
      sp.end = nextTok.end;
      sp.words.push(nextTok.text);
      sp.type = 'LOC';
    } else {
      // `Volvo AB`, `Lindex Sverige AB`: company forms after a name. One the gazetteer or the model
      // tagged by itself (`Sverige`) is taken into the company name, never left as a second mention.
      for (let ct = tokens[sp.b]; ct && isCompanyForm(ct.text) && ct.text.length >= 2 && /^\p{Lu}/u.test(ct.text) && (sp.type !== 'LOC' || LEGAL_FORM.has(ct.text)) && text.slice(sp.end, ct.start) === ' '; ct = tokens[sp.b]) {
        if (modelTaken[sp.b]) {
          const nx = spans[si + 1];
          if (!nx || nx.a !== sp.b || nx.b !== sp.b + 1) break;
          nx.b = nx.a;
        }
        sp.b++;
        sp.end = ct.end;
        sp.words.push(ct.text);
        sp.type = 'ORG';
      }
    }
    // `Karolinska sjukhuset`, `Svenska kraftnät`: capitalised words + lower-case organisation head;
    // at a sentence start only when the first word is capitalised mid-sentence elsewhere.
    if (sp.type !== 'PER' && sp.end === tokens[sp.b - 1]!.end && sp.words.every((x) => isCap(x)) && (!sp.initial || doc.capMid.has(sp.words[0]!))) {
      const e = orgPhraseEnd(tokens, sp.b, sp.words[0]!, text, sp.type === 'LOC');
      if (e > 0) {
        for (let x = sp.b; x < e; x++) sp.words.push(tokens[x]!.text);
        sp.b = e;
        sp.end = tokens[e - 1]!.end;
        sp.type = 'ORG';
      }
    }
    // `bryggerikoncernen Kopparbergs`, `Kopparbergs bryggeri`: a company category noun right
    // before, or a company noun right after, makes even a place name a company.
    // The name is kept as written (`Kopparbergs` is the company, `Kopparberg` the place). Unknown
    // words the model took for a person also count (`klädkedjan Lindex`), but not a name with a
    // first name (`bolaget Anna Berg grundade`: the company Anna Berg founded). Names the model
    // missed altogether are added in the next pass.
    // After a category noun a name the model cut short goes on (`mjukvaruföretaget Nordic Data Labs`).
    const perNoFirst = sp.type === 'PER' && !sp.words.some((x) => isFirstName(x));
    if ((sp.type !== 'PER' || perNoFirst) && sp.end === tokens[sp.b - 1]!.end) {
      const nx = tokens[sp.b];
      const before = sp.start === tokens[sp.a]!.start && companyCategoryBefore(tokens[sp.a - 1], tokens[sp.a]!, text);
      const after = sp.type === 'LOC' && !!nx && COMPANY_AFTER.has(nx.text) && sp.end + 1 === nx.start;
      const retype = (before || after) && sp.type !== 'ORG';
      if (before && tokens.slice(sp.a, sp.b).every((x) => companyNameWord(x) || x.text === '&')) {
        const e = companyNameEnd(tokens, sp.a, sp.b, modelTaken, initialTok, text);
        if (e > sp.b) {
          for (let x = sp.b; x < e; x++) sp.words.push(tokens[x]!.text);
          sp.b = e;
          sp.end = tokens[e - 1]!.end;
        }
      }
      if (retype) {
        sp.type = 'ORG';
        sp.name = sp.words.join(' ');
      }
    }
    extendAgency(sp, tokens);
    // `Region Skåne`: the capitalised word before.
    const prevTok = tokens[sp.a - 1];
    if (prevTok && (prevTok.text === 'Region' || prevTok.text === 'Landstinget') && sp.type === 'LOC') {
      sp.a--;
      sp.start = prevTok.start;
      sp.words.unshift(prevTok.text);
      sp.type = 'ORG';
    }
    // Acronyms inside compounds: `LO-ekonomen`, `EU-direktivet` → the acronym part.
    if (sp.words.length === 1) {
      const w = sp.words[0]!;
      const h = w.indexOf('-');
      const tail = w.slice(w.lastIndexOf('-') + 1).toLowerCase();
      if (h > 0 && h < w.length - 1 && !isCap(w.slice(h + 1)) && (orgSuffix('xxx' + tail) !== '' || tail === 'polisen')) {
        // `EU-kommissionen`, `Nato-Ukraina-rådet`: the compound names an organisation itself.
        sp.type = 'ORG';
      } else if (h > 0 && h < w.length - 1 && !isCap(w.slice(h + 1))) {
        const head = w.slice(0, h);
        const t = lookup(head) ?? (/^\p{Lu}{2,6}$/u.test(head) ? sp.type : null);
        if (t) {
          sp.end = sp.start + h;
          sp.words[0] = head;
          sp.type = t;
        }
      }
    }
    out.push(sp);
  }
  // Acronym compounds the model left out (`LO-ekonomen` was O).
  {
    let k = 0;
    // Token indices inside a mention (speed: a byte per token instead of a Set of numbers).
    const taken = new Uint8Array(tokens.length + 1);
    for (const sp of out) for (let i = sp.a; i < sp.b; i++) taken[i] = 1;
    // Foreign phrases that name nothing (`Memorandum of Understanding`): no piece of them is a name.
    for (let i = 0; i < tokens.length; i++) if (foreign.blocked[i]) taken[i] = 1;
    // The same capitalised word form as a tagged one-word mention elsewhere in the text (`Rabin`).
    // Person spans by first token and by the token after their last (for `Obama och Merkel`).
    const perFrom = new Uint8Array(tokens.length + 1);
    const perTo = new Uint8Array(tokens.length + 1);
    for (const sp of out) if (sp.type === 'PER') { perFrom[sp.a] = 1; perTo[sp.b] = 1; }
    const single = new Map<string, EntityType>();
    for (const sp of out) if (sp.words.length === 1 && !sp.initial) single.set(sp.words[0]!, sp.type);
    for (const sp of out) if (sp.words.length > 1 && sp.type === 'PER') single.set(sp.words[sp.words.length - 1]!, 'PER');
    for (const t of tokens) {
      // Every case below starts with a capital letter.
      if (t.kind !== 'word' || taken[k] || !isCap(t.text)) { k++; continue; }
      const party = t.text.length <= 3 && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')' ? partyName(t.text) : null;
      if (party) {
        // `Magdalena Andersson (S)`: a party abbreviation in parentheses.
        out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'ORG', words: [t.text], initial: false, name: party });
        k++;
        continue;
      }
      // `klädkedjan Lindex`, `bolaget Stora Enso`, `klädkedjan H&M` missed by the model: a capitalised
      // run right after a company category noun is an organisation. Not a first name or a title
      // (`bolaget Anna grundade`, a relative clause without `som`); later mentions of a one-word name follow.
      if (!initialTok[k] && companyNameWord(t) && !isFirstName(t.text) && !isTitle(t.normal) && companyCategoryBefore(tokens[k - 1], t, text)) {
        const e = companyNameEnd(tokens, k, k + 1, taken, initialTok, text);
        if (e > k) {
          const sp: Span0 = { a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: 'ORG', words: tokens.slice(k, e).map((x) => x.text), initial: false };
          // `H&M` is written without spaces: the name keeps the text as written (minus a genitive `:s`).
          const written = text.slice(sp.start, sp.end);
          if (written.includes('&') && !written.includes(' ')) sp.name = written.replace(/(?::s|['’]s)$/, '');
          out.push(sp);
          for (let x = k; x < e; x++) taken[x] = 1;
          if (e === k + 1 && !isCommonWord(t.normal)) single.set(t.text, 'ORG');
          k++;
          continue;
        }
      }
      if (AGENCY_HEAD.has(t.normal)) {
        const sp: Span0 = { a: k, b: k + 1, start: t.start, end: t.end, type: 'ORG', words: [t.text], initial: false };
        if (extendAgency(sp, tokens)) {
          out.push(sp);
          for (let x = k; x < sp.b; x++) taken[x] = 1;
          k++;
          continue;
        }
      }
      // `Allmänna barnhuset`, `Idéburna skolors riksförbund` missed by the model (not at a sentence
      // start unless the word is capitalised mid-sentence elsewhere; never after a first name).
      // After a colon only as a list item (`bjudits in: Allmänna barnhuset, Bris …`).
      const listItem = (e: number): boolean => tokens[k - 1]?.text === ':' && (tokens[e]?.text === ',' || tokens[e]?.normal === 'och' || tokens[e]?.normal === 'samt');
      if ((!initialTok[k] || doc.capMid.has(t.text) || listItem(k + 2) || listItem(k + 3)) && !isNever(t.text) && !isFirstName(t.text) && !taken[k + 1]) {
        const e = orgPhraseEnd(tokens, k + 1, t.text, text);
        if (e > 0 && !taken[e - 1]) {
          out.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: 'ORG', words: tokens.slice(k, e).map((x) => x.text), initial: !!initialTok[k] });
          for (let x = k; x < e; x++) taken[x] = 1;
          k++;
          continue;
        }
      }
      // `säger Obama`, `enligt Obama`: an unknown capitalised word after a reporting word is a name.
      const pv = tokens[k - 1];
      if (pv && REPORTING.has(pv.normal) && pv.end + 1 === t.start && !isCommonWord(t.normal) && !isNever(t.text) && /\p{Ll}/u.test(t.text)) {
        const g = dropGenitive(t.text);
        const ty = lookup(t.text) ?? (g ? lookup(g) : null) ?? (orgSuffix(t.normal) ? 'ORG' : 'PER');
        out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: ty, words: [t.text], initial: false });
        k++;
        continue;
      }
      // `Rödakorskommittén`, `Söderortspolisen`, `Stödstyrkan` missed by the model: one capitalised
      // compound mid-sentence with an organisation ending (or its genitive), not a first name, and
      // never written in lower case in the same text (`Arbetsgruppen` in a title-case heading).
      if (!initialTok[k] && /\p{Ll}/u.test(t.text) && !doc.lowerSeen.has(t.normal) && !t.text.includes('-') && !isFirstName(t.text) && !isNever(t.text) && !isCommonWord(t.normal)) {
        const g = (dropGenitive(t.text) || t.text).toLowerCase();
        if (!g.endsWith('området') && (orgSuffix(t.normal) || orgSuffix(g) || endsWithHead(g, ORG_SUFFIX_RULE, 3))) {
          out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: lookup(t.text) ?? 'ORG', words: [t.text], initial: false });
          k++;
          continue;
        }
      }
      // `von Sydow`, `af Klint`: a strong surname particle + an unknown capitalised word is a person.
      const pp = tokens[k - 1];
      if (pp && (pp.text === 'von' || pp.text === 'af' || pp.text === 'van') && pp.end + 1 === t.start && /\p{Ll}/u.test(t.text) && !lookup(t.text) && !isNever(t.text) && !t.text.includes('-')) {
        out.push({ a: k - 1, b: k + 1, start: pp.start, end: t.end, type: 'PER', words: [pp.text, t.text], initial: false });
        k++;
        continue;
      }
      // `förbundskanslern Scholz`, `presidenten Lula`: a title (also in the definite form) right before
      // an unknown capitalised word that no capitalised word follows is a person; later mentions follow.
      if (pp && pp.kind === 'word' && pp.end + 1 === t.start && isTitleWord(pp.normal) && /\p{Ll}/u.test(t.text) && !t.text.includes('-') &&
        !lookup(t.text) && !isNever(t.text) && !isCommonWord(t.normal) && !(tokens[k + 1] && isCap(tokens[k + 1]!.text))) {
        out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'PER', words: [t.text], initial: false });
        single.set(t.text, 'PER');
        k++;
        continue;
      }
      // `Obama och Merkel`, `Merkel eller Obama`: an unknown capitalised word mid-sentence coordinated
      // with a person is a person (no gazetteer name, common word, title or closed-class word).
      const coord = (x: AnalyzedToken | undefined): boolean => !!x && (x.normal === 'och' || x.normal === 'eller' || x.text === '&');
      if (
        // (no hyphen compound like `EU-minister`, and no word that a capitalised word follows: a role before a name)
        !initialTok[k] && /\p{Ll}/u.test(t.text) && !t.text.includes('-') && !(tokens[k + 1] && isCap(tokens[k + 1]!.text)) &&
        !isCommonWord(t.normal) && !isNever(t.text) && !isTitle(t.normal) &&
        !lookup(t.text) && !lookup(dropGenitive(t.text) || t.text) && !orgSuffix(t.normal) &&
        ((coord(tokens[k + 1]) && perFrom[k + 2] === 1 && text.slice(t.end, tokens[k + 2]!.start) === ' ' + tokens[k + 1]!.text + ' ') ||
          (k >= 2 && coord(tokens[k - 1]) && perTo[k - 1] === 1 && text.slice(tokens[k - 2]!.end, t.start) === ' ' + tokens[k - 1]!.text + ' '))
      ) {
        out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'PER', words: [t.text], initial: false });
        k++;
        continue;
      }
      const again = single.get(t.text) ?? single.get(dropGenitive(t.text));
      const nx = tokens[k + 1];
      if (
        !taken[k] && !taken[k + 1] && nx && t.kind === 'word' && nx.kind === 'word' &&
        isFirstName(t.text) && isCap(t.text) && !isCommonWord(t.normal) && !isNever(t.text) &&
        isCap(nx.text) && !lookup(nx.text) && !isCommonWord(nx.normal) && text.slice(t.end, nx.start) === ' '
      ) {
        // `Maria Wallhager` missed by the model: a first name and a capitalised unknown word.
        out.push({ a: k, b: k + 2, start: t.start, end: nx.end, type: 'PER', words: [t.text, nx.text], initial: false });
        taken[k + 1] = 1;
      } else if (again && isCap(t.text) && !isNever(t.text)) {
        out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: again, words: [t.text], initial: false });
      } else if (!taken[k] && t.kind === 'word') {
        const h = t.text.indexOf('-');
        const head = h > 0 ? t.text.slice(0, h) : '';
        const tail = t.text.slice(t.text.lastIndexOf('-') + 1).toLowerCase();
        const acr = /^\p{Lu}{2,6}$/u.test(head);
        if (head && (acr || (isCap(head) && lookup(head))) && /^\p{Ll}/u.test(t.text.slice(t.text.lastIndexOf('-') + 1))) {
          const ty = lookup(head);
          if ((ty || acr) && orgSuffix('xxx' + tail)) out.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'ORG', words: [t.text], initial: false });
          else if (ty) out.push({ a: k, b: k + 1, start: t.start, end: t.start + h, type: ty, words: [head], initial: false });
        } else if (t.text.length >= 5 && isCap(t.text) && isCap(t.text.charAt(1))) {
          // A known acronym glued to the next word by a lost space or line break (`TTDela`).
          const m = /^(\p{Lu}{2,5})(\p{Lu}\p{Ll}{2,})$/u.exec(t.text);
          if (m && lookupGazetteer(m[1]!) && !lookup(t.text)) out.push({ a: k, b: k + 1, start: t.start, end: t.start + m[1]!.length, type: lookupGazetteer(m[1]!)!, words: [m[1]!], initial: false });
        }
      }
      k++;
    }
    out.sort((x, y) => x.start - y.start);
  }

  // 4. Canonical names.
  const mentionTexts = new Set(out.map((s) => s.words.join(' ')));
  const perLast = new Map<string, string>();
  for (const s of out) if (s.type === 'PER' && s.words.length > 1) perLast.set(s.words[s.words.length - 1]!, s.words.join(' '));
  for (const s of out) {
    // `Magdalena Andersson (S)`: a party abbreviation in parentheses names the party.
    if (s.words.length === 1 && tokens[s.a - 1]?.text === '(' && tokens[s.b]?.text === ')') {
      const party = partyName(s.words[0]!);
      if (party) { s.name = party; s.type = 'ORG'; }
    }
  }
  // Soft hyphens (U+00AD, invisible line-break hints in web text) are no part of a name.
  const names = out.map((s) => (s.name ?? canonical(s, tokens, lookup, mentionTexts, perLast)).replace(/\u00ad/g, ''));

  // 5. Link mentions: surnames to full names; a majority type per name.
  const full = new Map<string, string>(); // last word → longest PER name
  const firstW = new Map<string, Set<string>>();
  out.forEach((s, i) => {
    const nm = names[i]!;
    const ws = nm.split(' ');
    if (s.type === 'PER' && ws.length > 1) {
      const last = ws[ws.length - 1]!;
      const cur = full.get(last);
      if (!cur || nm.length > cur.length) full.set(last, nm);
      const f = firstW.get(ws[0]!) ?? new Set();
      f.add(nm);
      firstW.set(ws[0]!, f);
    }
  });
  for (let i = 0; i < out.length; i++) {
    const nm = names[i]!;
    if (nm.includes(' ')) {
      const ws = nm.split(' ');
      const longer = full.get(ws[ws.length - 1]!);
      if (out[i]!.type === 'PER' && longer && longer.endsWith(nm)) names[i] = longer;
      continue;
    }
    const f = full.get(nm);
    if (f && out[i]!.type !== 'ORG') { names[i] = f; out[i]!.type = 'PER'; continue; }
    const fw = firstW.get(nm);
    if (fw && fw.size === 1 && out[i]!.type === 'PER') names[i] = [...fw][0]!;
  }
  const votes = new Map<string, Map<EntityType, number>>();
  out.forEach((s, i) => {
    const v = votes.get(names[i]!) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(names[i]!, v);
  });
  const typeOf = (nm: string, fallback: EntityType): EntityType => {
    const u = user.get(nm);
    if (u) return u;
    const v = votes.get(nm);
    if (!v) return fallback;
    let best = fallback;
    let bc = -1;
    for (const [t, c] of v) if (c > bc) { best = t; bc = c; } // ties: the type of the first mention
    return best;
  };
  return out.map((s, i) => {
    const name = names[i]!;
    const type = typeOf(name, s.type);
    return { text: text.slice(s.start, s.end), start: s.start, end: s.end, type, name, id: `${type}:${name}` };
  });
}

/** The canonical (base) form of a mention: genitive dropped unless the name itself ends in -s. */
function canonical(
  s: Span0,
  tokens: readonly AnalyzedToken[],
  lookup: (n: string) => EntityType | null,
  mentionTexts: ReadonlySet<string>,
  perLast: ReadonlyMap<string, string>,
): string {
  const words = s.words;
  const nm = words.join(' ');
  const last = words[words.length - 1]!;
  if (/(?::s|['’]s)$/.test(last) && last.length > 2) return [...words.slice(0, -1), last.slice(0, -2)].join(' ');
  const g = dropGenitive(last);
  if (!g) return nm;
  if (!/\p{Ll}/u.test(last)) return nm; // acronyms take `:s` (`BRIS`, `SIS` keep their s)
  const baseName = [...words.slice(0, -1), g].join(' ');
  if (lookup(nm)) return nm; // `Paris`, `Borås`
  if (lookup(baseName)) return baseName; // `Sveriges`, `Region Skånes`
  if (mentionTexts.has(baseName) || (s.type === 'PER' && perLast.has(g))) return baseName; // `Hartmans` with `Hartman`
  if (words.length === 1 && isFirstName(last)) return nm; // `Lars`, `Jonas`, `Hans`
  if (words.length > 1 && s.type === 'PER' && isFirstName(g) && !isFirstName(last)) return baseName; // `Karl XIV Johans`
  if (words.length > 1 && s.type === 'PER' && isFirstName(last)) return nm;
  if (orgSuffix(g.toLowerCase()) && s.type !== 'PER') return baseName; // `Tillitsdelegationens`
  const next = tokens[s.b];
  // `Kinas` → `Kina` (not `Bris` → `Bri`); but a genitive never stands before punctuation or a
  // closed-class word other than och/eller, so `i Davos i januari`, `till Lagos.` keep their s.
  const noGenitiveAfter = !next || next.kind !== 'word' || (isNever(next.text) && next.normal !== 'och' && next.normal !== 'eller');
  if (/[aeiouyåäö]$/.test(g) && s.type === 'LOC' && !noGenitiveAfter) return baseName;
  if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !VERBISH.test(next.text) && !isNever(next.text)) return baseName; // `Obamas politik`
  return nm;
}

/** Groups mentions by entity id, most mentioned first. */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const by = new Map<string, EntityGroup>();
  for (const e of entities) {
    const g = by.get(e.id) ?? { id: e.id, name: e.name, type: e.type, count: 0, mentions: [] };
    g.count++;
    g.mentions.push(e);
    by.set(e.id, g);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Tags people, organisations and places in Swedish text.
 *
 * @example
 * ```ts
 * tagEntities('Laura Hartman leder Tillitsdelegationen. Hartmans rapport kom i går.');
 * // → Laura Hartman (PER), Tillitsdelegationen (ORG), Hartmans (PER, name 'Laura Hartman')
 * ```
 * @param text Any string.
 * @param options Entity options.
 */
export function tagEntities(text: string, options: EntityOptions = {}): Entity[] {
  // Steps 01–04 without the part-of-speech tagger: the entity step does not need it, and
  // skipping it keeps `tagEntities` fast (`analyze` passes its full context instead).
  return findEntities(buildContext(text, { tag: false }, 'tagEntities'), options);
}
