/**
 * Words next to a place or company name that change what it names: `Falu kommun`, `Stockholms
 * län`, `Volvo AB`, `Region Skåne`.
 *
 * @module
 */
import { COMPANY_FORM, INSTITUTION_ADJECTIVE, LAN, PLACE_ORG_HEAD, REGION, REGION_PREFIX } from '../facts';
import type { Lexicon } from '../../../data/sv/lexicon';
import { wordSet } from '../../../internal/lexicon';
import { oneSpace, takeNext, type EntityWork, type Span0 } from '../work';
import { isCommonWord } from '../features';
import type { SpanRule, TokenRule } from './types';
import { startsUpperLetter } from '../../../internal/letter-class';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const CAPITALISED_GENITIVE = /^\p{Lu}\p{Ll}+s$/u;

/** Lower-case heads after a place name that make the whole an organisation (`Falu kommun`). */
/** Lower-case heads after a place name that make the whole an organisation (`Falu kommun`), with their genitive. */
const placeHeads = new WeakMap<readonly string[], ReadonlySet<string>>();
function placeOrgHeads(lex: Lexicon): ReadonlySet<string> {
  let s = placeHeads.get(lex.placeOrgHeads);
  if (!s) placeHeads.set(lex.placeOrgHeads, (s = new Set(lex.placeOrgHeads.flatMap((h) => [h, h + 's']))));
  return s;
}

/** Whether the mention already ends in a lower-case place-organisation head (`Falu kommun`): no county or company form follows. */
function endsInPlaceHead(sp: Span0, w: EntityWork): boolean {
  const last = sp.words[sp.words.length - 1]!;
  return placeOrgHeads(w.lexicon).has(last) && sp.type === 'ORG';
}

/** `Falu kommun`, `Stockholms stad`: the place + head is an organisation (never into another mention). */
export const placeOrgHead: SpanRule = {
  id: 'place-org-head',
  doc: 'A place (or a one-word name before a court or school) and a municipal, court or school head are an organisation: `Falu kommun`, `Göta hovrätt`, `Vallby skola` → ORG.',
  kind: 'span',
  after: PLACE_ORG_HEAD,
  apply(sp, w) {
    const nextTok = w.tokens[sp.b];
    // A one-word "person" before a court or school head names the institution (`Göta hovrätt`).
    const typeFits = sp.type !== 'PER' || (sp.words.length === 1 && !!nextTok && wordSet(w.lexicon.namedInstitutionHeads).has(nextTok.normal.replace(/s$/, '')));
    if (nextTok && !w.modelTaken[sp.b] && placeOrgHeads(w.lexicon).has(nextTok.normal) && typeFits && w.text.slice(sp.end, nextTok.start).trim() === '') {
      takeNext(sp, w);
      sp.type = 'ORG';
    }
    return true;
  },
};

/**
 * `Luleå tekniska universitet`, `Sveriges kungliga akademi`: a place or body, one or two field
 * adjectives and an institution head are the institution.
 */
export const institutionAdjectiveHead: SpanRule = {
  id: 'institution-adjective-head',
  doc: 'A place or body, field adjectives and an institution head are an organisation: `Luleå tekniska universitet` → ORG.',
  kind: 'span',
  after: INSTITUTION_ADJECTIVE,
  apply(sp, w) {
    if (sp.type === 'PER') return true;
    const e = institutionHeadAt(w, sp.b, w.modelTaken);
    if (e < 0) return true;
    while (sp.b <= e) takeNext(sp, w);
    sp.type = 'ORG';
    return true;
  },
};

/** The index of the institution head after one or two field adjectives from token `b` (`tekniska universitet`), or -1. */
function institutionHeadAt(w: EntityWork, b: number, taken: Uint8Array): number {
  const { tokens, text } = w;
  const adjectives = wordSet(w.lexicon.institutionAdjectives);
  let e = b;
  while (e - b < 2 && tokens[e] && !taken[e] && adjectives.has(tokens[e]!.text) && oneSpace(text, tokens[e - 1]!.end, tokens[e]!.start)) e++;
  const head = tokens[e];
  if (e === b || !head || taken[e] || !oneSpace(text, tokens[e - 1]!.end, head.start)) return -1;
  return placeOrgHeads(w.lexicon).has(head.normal) || wordSet(w.lexicon.placeAssociationHeads).has(head.normal) ? e : -1;
}

/** `Luleå tekniska universitet` the model left out: a capitalised genitive, field adjectives and an institution head. */
export const institutionAdjectiveHeadMissed: TokenRule = {
  id: 'institution-adjective-head-missed',
  doc: 'A capitalised genitive the model missed, field adjectives and an institution head are an organisation: `stärka Dalarnas tekniska gymnasium` → ORG.',
  kind: 'token',
  after: INSTITUTION_ADJECTIVE,
  apply(w, k, t) {
    if (!CAPITALISED_GENITIVE.test(t.text) || isCommonWord(t.normal)) return false;
    const e = institutionHeadAt(w, k + 1, w.taken);
    if (e < 0) return false;
    w.spans.push({ a: k, b: e + 1, start: t.start, end: w.tokens[e]!.end, type: 'ORG', words: w.tokens.slice(k, e + 1).map((x) => x.text), initial: !!w.initialTok[k] });
    for (let x = k; x <= e; x++) w.taken[x] = 1;
    return true;
  },
};

/** `Stockholms län`: a place + `län` is the county, a place. */
export const county: SpanRule = {
  id: 'county',
  doc: 'A place and `län` are the county: `Stockholms län` → LOC `Stockholms län`.',
  kind: 'span',
  after: LAN,
  apply(sp, w) {
    const nextTok = w.tokens[sp.b];
    if (nextTok && !w.modelTaken[sp.b] && nextTok.text === 'län' && sp.type !== 'PER' && !endsInPlaceHead(sp, w)) {
      takeNext(sp, w);
      sp.type = 'LOC';
    }
    return true;
  },
};

/**
 * `Volvo AB`, `Lindex Sverige AB`: company forms after a name. One the gazetteer or the model tagged
 * by itself (`Sverige`) is taken into the company name, never left as a second mention.
 */
export const companyForm: SpanRule = {
  id: 'company-form',
  doc: 'Company forms after a name make it a company: `Lindex Sverige AB` → ORG `Lindex Sverige AB`.',
  kind: 'span',
  after: COMPANY_FORM,
  apply(sp, w, si) {
    const { tokens, text } = w;
    // (a municipality or a county takes no company form: `Falu kommun`, `Stockholms län`)
    if (endsInPlaceHead(sp, w) || (sp.type === 'LOC' && sp.words[sp.words.length - 1] === 'län')) return true;
    for (let ct = tokens[sp.b]; ct && wordSet(w.lexicon.companyForms).has(ct.text) && ct.text.length >= 2 && startsUpperLetter(ct.text) && (sp.type !== 'LOC' || wordSet(w.lexicon.legalForms).has(ct.text)) && text.slice(sp.end, ct.start) === ' '; ct = tokens[sp.b]) {
      if (w.modelTaken[sp.b]) {
        const nx = w.spans[si + 1];
        if (!nx || nx.a !== sp.b || nx.b !== sp.b + 1) break;
        nx.b = nx.a;
      }
      takeNext(sp, w);
      sp.type = 'ORG';
    }
    return true;
  },
};

/** `Region Skåne`, `Landstinget Dalarna`: the capitalised word before a place makes a regional body. */
export const regionPrefix: SpanRule = {
  id: 'region-prefix',
  doc: 'A region word before a place makes a regional body: `Region Skåne` → ORG `Region Skåne`.',
  kind: 'span',
  before: REGION,
  apply(sp, w) {
    const prevTok = w.tokens[sp.a - 1];
    if (prevTok && REGION_PREFIX.has(prevTok.text) && sp.type === 'LOC') {
      sp.a--;
      sp.start = prevTok.start;
      sp.words.unshift(prevTok.text);
      sp.type = 'ORG';
    }
    return true;
  },
};
