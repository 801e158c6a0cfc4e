/**
 * Author lines and photo credits (found by step 01b): the names in them are metadata with the full
 * name, never cut to a first name or typed as a place.
 *
 * @module
 */
import { FROM_VIA } from '../facts';
import type { EntityType } from '../../../types';
import { documentOf, type MetadataItem } from '../../01b-document';
import { isCap, isCommonWord } from '../features';
import { isFirstName } from '../gazetteer';
import { isEnglishOrgHead } from '../foreign';
import { worldFacts } from '../world';
import { isNever, type EntityWork, type Span0 } from '../work';
import type { SpanRule, SpansRule, TokenRule } from './types';
import { hasHyphenBeforeLower, hasLetter, startsLowerLetter } from '../../../internal/letter-class';
import { lowerWordSet } from '../../../internal/lexicon';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const NAME_CASE = /\p{Ll}|^\p{Lu}{2,}$/u;

/** The name runs of one metadata value: capitalised words one space apart (`Johan Ek`, `TT`, `Bildkällan`). */
function nameRuns(w: EntityWork, from: number, to: number, kind: 'byline' | 'photo'): Span0[] {
  const { tokens, text } = w;
  const out: Span0[] = [];
  // A name word: capitalised, no compound with a lower-case tail (`EU-minister`).
  const nameWord = (i: number): boolean => {
    const t = tokens[i];
    return !!t && t.end <= to && t.kind === 'word' && isCap(t.text) && NAME_CASE.test(t.text) && !hasHyphenBeforeLower(t.text);
  };
  let k = tokens.findIndex((t) => t.start >= from);
  while (k >= 0 && k < tokens.length && tokens[k]!.end <= to) {
    const t = tokens[k]!;
    let e = k + 1;
    while (nameWord(k) && nameWord(e) && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ' && e - k < 4) e++;
    // (a closed-class word starts a name only with more words after it: `Dagens Industri`)
    if (!nameWord(k) || (e === k + 1 && isNever(t.text, w.lexicon))) { k++; continue; }
    const words = tokens.slice(k, e).map((x) => x.text);
    const one = words.length === 1;
    // A label word (`Arkivfoto`, `Illustration`: the lexicon's `photoLabels`) or a common word alone names nobody.
    if (!(one && (isCommonWord(t.normal) || photoLabelWord(w, t.normal)))) {
      // A person starts with a first name (`Johan Ek`); other credits are agencies and media (`TT`, `Svensk Orientering`).
      const type: EntityType = w.lookup(words.join(' ')) ?? (words.some((x) => isEnglishOrgHead(x, w.lexicon)) ? 'ORG' : isFirstName(words[0]!) || (!one && worldFacts(words[0]!).includes('f')) ? 'PER' : 'ORG');
      out.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type, words, initial: false, metadata: kind });
    }
    k = e;
  }
  return out;
}

/** `Av Johan Ek`, `Foto: Anna Lindroth/TT`: the names of author lines and photo credits, as metadata. */
export const bylineName: SpansRule = {
  id: 'byline-name',
  doc: 'Names in an author line or photo credit are metadata with the full name: `Av Johan Ek` → PER `Johan Ek` (metadata byline).',
  kind: 'spans',
  apply(w) {
    const parts = documentOf(w);
    const items = [...parts.bylines.map((b) => ({ ...b, kind: 'byline' as const })), ...parts.photos.map((p) => ({ ...p, kind: 'photo' as const }))];
    if (items.length === 0) return;
    let spans = w.spans;
    for (const it of items) {
      const from = w.text.lastIndexOf(it.value, it.end);
      if (from < it.start) continue;
      const to = from + it.value.length;
      const runs = nameRuns(w, from, to, it.kind);
      // Mentions in the value that no name run overlaps stay, as metadata (`EU` of `EU-minister`).
      const overlaps = (sp: Span0): boolean => runs.some((r) => r.start < sp.end && sp.start < r.end);
      spans = spans.filter((sp) => sp.end <= from || sp.start >= to || !overlaps(sp));
      for (const sp of spans) if (sp.start >= from && sp.end <= to) sp.metadata = it.kind;
      spans.push(...runs);
    }
    w.spans = spans.sort((x, y) => x.start - y.start);
  },
};

/** Whether a lower-cased word is one of the lexicon's photo labels (`arkivfoto`). */
function photoLabelWord(w: EntityWork, normal: string): boolean {
  return lowerWordSet(w.lexicon.photoLabels).has(normal);
}

/**
 * The photo credit whose label ends at the colon at offset `colon`, as step 01b found it: a credit
 * line of its own (`photos`: `Foto: Anna Ek/TT`) or a credit inside a line (`credits`:
 * `Bilden är tagen i maj. Arkivfoto: Bildbyrån`). The labels are the lexicon's `photoLabels`
 * (read by 01b alone); `undefined` when the colon ends no label (`Min förebild: Zlatan`).
 */
function creditAtColon(w: EntityWork, colon: number): MetadataItem | undefined {
  const parts = documentOf(w);
  // (a label is followed by blanks and its colon only: the first colon after it is its own)
  const at = (it: MetadataItem | undefined): boolean => !!it && colon < it.end && w.text.indexOf(':', it.start + it.label.length) === colon;
  const photo = lastStartingBefore(parts.photos, colon);
  if (at(photo)) return photo;
  const credit = lastStartingBefore(parts.credits ?? [], colon);
  return at(credit) ? credit : undefined;
}

/** The last of `items` (in text order, not overlapping) that starts before `offset`: a binary search, so that a line of many credits stays linear. */
function lastStartingBefore(items: readonly MetadataItem[], offset: number): MetadataItem | undefined {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/** Whether token `k` is inside a photo credit on its line: `Foto: MostPhotos`, `Arkivfoto: 422737/Bildkällan` (a label step 01b marks, its colon, then no lower-case word). */
function inPhotoCredit(w: EntityWork, k: number): boolean {
  const { tokens, text } = w;
  for (let i = k - 1; i >= 0 && i >= k - 8; i--) {
    const t = tokens[i]!;
    if (newlineIn(text, t.end, tokens[i + 1]!.start)) return false;
    if (t.text === ':') return i > 0 && !!creditAtColon(w, t.start);
    if (t.kind === 'word' && startsLowerLetter(t.text)) return false;
  }
  return false;
}

/** `Foto: MostPhotos`, `Arkivfoto: 422737/Bildkällan` inside a line: the credited agency or photographer, as photo metadata. */
export const photoCreditInlineMissed: TokenRule = {
  id: 'photo-credit-inline-missed',
  doc: 'A name the model missed after a photo label inside a line is a credit: `Bilden är tagen i maj. Foto: Bildbyrån` → ORG `Bildbyrån` (metadata photo).',
  kind: 'token',
  apply(w, k, t) {
    if (!hasLetter(t.text) || !inPhotoCredit(w, k)) return false;
    const runs = nameRuns(w, t.start, lineEnd(w, k), 'photo').filter((r) => r.a === k);
    if (runs.length === 0) return false;
    const r = runs[0]!;
    w.spans.push(r);
    for (let x = r.a; x < r.b; x++) w.taken[x] = 1;
    return true;
  },
};

/** The end offset of token `k`'s line. */
function lineEnd(w: EntityWork, k: number): number {
  const nl = w.text.indexOf('\n', w.tokens[k]!.end);
  return nl < 0 ? w.text.length : nl;
}

/** Whether a one-word mention is the photo label itself (`Arkivfoto` in `Arkivfoto: Bildkällan`). */
function isPhotoLabel(w: EntityWork, sp: Span0): boolean {
  const colon = w.tokens[sp.b];
  return sp.b - sp.a === 1 && colon?.text === ':' && creditAtColon(w, colon.start)?.start === sp.start;
}

/** `Foto: MostPhotos` typed as a place: a mention after a photo label inside a line is the credited agency or photographer. */
export const photoCreditInline: SpanRule = {
  id: 'photo-credit-inline',
  doc: 'A mention after a photo label inside a line is a credit: `Foto: Bildbyrån` typed LOC → ORG (metadata photo); the label `Arkivfoto` is no name.',
  kind: 'span',
  apply(sp, w) {
    if (isPhotoLabel(w, sp)) return false;
    if (!inPhotoCredit(w, sp.a)) return true;
    sp.type = w.lookup(sp.words.join(' ')) ?? (isFirstName(sp.words[0]!) || (sp.words.length > 1 && worldFacts(sp.words[0]!).includes('f')) ? 'PER' : 'ORG');
    sp.metadata = 'photo';
    return true;
  },
};

/** The tokens of token `k`'s line: [first, end). */
function lineTokens(w: EntityWork, k: number): [number, number] {
  const { tokens, text } = w;
  let a = k, b = k + 1;
  while (a > 0 && !text.slice(tokens[a - 1]!.end, tokens[a]!.start).includes('\n')) a--;
  while (b < tokens.length && !text.slice(tokens[b - 1]!.end, tokens[b]!.start).includes('\n')) b++;
  return [a, b];
}

/**
 * `Bild av Anna Ek från Bildkällan`: on a short line that opens with a photo label and `av` or
 * `från`, the name after `från` or `via` is the picture agency, an organisation (photo metadata).
 */
export const pictureSourceCredit: SpanRule = {
  id: 'picture-source-credit',
  doc: 'On a picture credit line, the name after `från` is the agency: `Bild av Anna Ek från Bildkällan` → ORG `Bildkällan` (metadata photo).',
  kind: 'span',
  before: FROM_VIA,
  apply(sp, w) {
    const { tokens } = w;
    const pv = tokens[sp.a - 1];
    // (a listed place stays one: `Bild av en bil från Kiruna`)
    const nm = sp.words.join(' ');
    if (!pv || (pv.normal !== 'från' && pv.normal !== 'via') || w.lookup(nm) || worldFacts(nm).includes('p')) return true;
    const [a, b] = lineTokens(w, sp.a);
    const label = tokens[a]!, second = tokens[a + 1];
    if (b - a > 12 || sp.b !== b || !second || (second.normal !== 'av' && second.normal !== 'från') || !photoLabelWord(w, label.normal)) return true;
    sp.type = 'ORG';
    sp.metadata = 'photo';
    return true;
  },
};

/** Whether `text` holds a line break between offsets `from` and `to` (speed: no slice per token). */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 0x0a) return true;
  return false;
}
