/**
 * Author lines and photo credits (found by step 01b): the names in them are metadata with the full
 * name, never cut to a first name or typed as a place.
 *
 * @module
 */
import type { EntityType } from '../../../types';
import { readArticle } from '../../01b-document';
import { isCap, isCommonWord } from '../features';
import { isFirstName } from '../gazetteer';
import { isEnglishOrgHead } from '../foreign';
import { isNever, type EntityWork, type Span0 } from '../work';
import type { SpansRule } from './types';

/** The name runs of one metadata value: capitalised words one space apart (`Johan Ek`, `TT`, `Pixabay`). */
function nameRuns(w: EntityWork, from: number, to: number, kind: 'byline' | 'photo'): Span0[] {
  const { tokens, text } = w;
  const out: Span0[] = [];
  // A name word: capitalised, no compound with a lower-case tail (`EU-minister`).
  const nameWord = (i: number): boolean => {
    const t = tokens[i];
    return !!t && t.end <= to && t.kind === 'word' && isCap(t.text) && /\p{Ll}|^\p{Lu}{2,}$/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
  };
  let k = tokens.findIndex((t) => t.start >= from);
  while (k >= 0 && k < tokens.length && tokens[k]!.end <= to) {
    const t = tokens[k]!;
    let e = k + 1;
    while (nameWord(k) && nameWord(e) && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ' && e - k < 4) e++;
    // (a closed-class word starts a name only with more words after it: `Dagens Industri`)
    if (!nameWord(k) || (e === k + 1 && isNever(t.text))) { k++; continue; }
    const words = tokens.slice(k, e).map((x) => x.text);
    const one = words.length === 1;
    // A label word (`Arkivfoto`, `Illustration`) or a common word alone names nobody.
    if (!(one && (isCommonWord(t.normal) || /(?:foto|bild)$/.test(t.normal)))) {
      const type: EntityType = w.lookup(words.join(' ')) ?? (words.some((x) => isEnglishOrgHead(x)) ? 'ORG' : !one || isFirstName(words[0]!) ? 'PER' : 'ORG');
      out.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type, words, initial: false, metadata: kind });
    }
    k = e;
  }
  return out;
}

/** `Av Johan Ek`, `Foto: Anna Berg/TT`: the names of author lines and photo credits, as metadata. */
export const bylineName: SpansRule = {
  id: 'byline-name',
  doc: 'Names in an author line or photo credit are metadata with the full name: `Av Johan Ek` → PER `Johan Ek` (metadata byline).',
  kind: 'spans',
  apply(w) {
    const parts = readArticle(w.text, w.lexicon);
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
