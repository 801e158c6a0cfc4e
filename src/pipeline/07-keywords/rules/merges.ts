/**
 * Candidates that are one keyword: inflections the stemmer keeps apart but the lemmas join, and a
 * surname standing for the full name.
 *
 * @module
 */
import { addForm, addRule, bestForm, type Cand } from '../candidates';
import { wordSet } from '../../../internal/lexicon';
import type { MergeRule } from './types';

/** Inflections the stemmer keeps apart but the lemmas join are one keyword. */
export const sameLemmaText: MergeRule = {
  id: 'same-lemma-text',
  doc: "inflections with the same lemma phrase are one keyword ('civila försvaret', 'civilt försvar' → 'civilt försvar')",
  stage: 'merge',
  apply(cands) {
    // (Deletes only entries already visited, which Map iteration allows.)
    const byText = new Map<string, Cand>();
    const merged: Cand[] = [];
    for (const c of cands.values()) {
      c.best = bestForm(c);
      const t = c.keepCase ? c.best.toLowerCase() : c.best;
      const o = byText.get(t);
      if (!o) {
        byText.set(t, c);
        continue;
      }
      const [keep, drop] = o.occ.length >= c.occ.length ? [o, c] : [c, o];
      keep.occ.push(...drop.occ);
      addForm(keep, drop.form1, drop.n1);
      if (drop.forms) for (const [f, n] of drop.forms) addForm(keep, f, n);
      cands.delete(drop.key);
      byText.set(t, keep);
      // Its forms changed: the display form is worked out again.
      keep.best = '';
      merged.push(keep);
    }
    return merged;
  },
};

/** A hyphen between two letters of a common word (`kommun-styrelse`). */
const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;

/**
 * A one-word common noun written with and without a hyphen is one keyword, shown without it
 * (`kommun-styrelsen`, `kommunstyrelsen` → `kommunstyrelse`). Names keep their spelling.
 */
export const hyphenSpelling: MergeRule = {
  id: 'hyphen-spelling',
  doc: "a compound written with and without a hyphen is one keyword ('kommun-styrelsen', 'kommunstyrelsen' → 'kommunstyrelse')",
  stage: 'merge',
  apply(cands) {
    const plain = new Map<string, Cand>();
    for (const c of cands.values()) if (c.n === 1 && !c.name && !c.keepCase && !c.best.includes('-')) plain.set(c.best, c);
    const merged: Cand[] = [];
    for (const c of [...cands.values()]) {
      if (c.n !== 1 || c.name || c.keepCase || !c.best.includes('-')) continue;
      const keep = plain.get(c.best.replace(INNER_HYPHEN, ''));
      if (!keep) continue;
      keep.occ.push(...c.occ);
      cands.delete(c.key);
      merged.push(keep);
    }
    return merged;
  },
};

/** Surname-only mentions count for the full name, when exactly one full name fits. */
export const surnameForFullName: MergeRule = {
  id: 'surname-for-full-name',
  doc: "a surname alone counts for the full name ('Hartman' → 'Laura Hartman'); two Anderssons stay apart",
  stage: 'merge',
  apply(cands) {
    // Full names by their first and last word, so that the look-up stays linear.
    const fullBy = new Map<string, Cand[]>();
    for (const c of cands.values()) {
      if (!c.name || c.n < 2) continue;
      const ws = c.key.split(' ');
      for (const w of new Set([ws[0]!, ws[ws.length - 1]!])) {
        const list = fullBy.get(w) ?? [];
        if (list.length < 2) list.push(c);
        fullBy.set(w, list);
      }
    }
    const merged: Cand[] = [];
    for (const c of cands.values()) {
      if (!c.name || c.n !== 1) continue;
      const full = fullBy.get(c.key);
      if (full && full.length === 1) {
        full[0]!.occ.push(...c.occ);
        cands.delete(c.key);
        merged.push(full[0]!);
      }
    }
    return merged;
  },
};

/**
 * The place of a municipality's or region's name (`Umeå kommun`, `Karlstads kommun` → `Umeå`,
 * `Karlstad`), or `''`. `nouns`: the lexicon's `keywordMunicipalityNouns` (`kommun`, `län`).
 */
function placeOf(c: Cand, nouns: ReadonlySet<string>): string {
  if (!c.name && !c.keepCase) return '';
  const sp = c.best.lastIndexOf(' ');
  if (sp <= 0 || !nouns.has(c.best.slice(sp + 1).toLowerCase())) return '';
  return c.best.slice(0, sp);
}

/**
 * A place named beside its municipality (`Umeå` beside `Umeå kommun`) counts for the
 * municipality's name: in a Swedish news text about a municipality the two are one subject, and
 * the editor tags `Umeå kommun`, not both. A person or an organisation of that name stays apart.
 */
export const placeForMunicipality: MergeRule = {
  id: 'place-for-municipality',
  doc: "a place beside its municipality's name counts for it ('Umeå' beside 'Umeå kommun', 'Karlstad' beside 'Karlstads kommun')",
  stage: 'merge',
  apply(cands, doc) {
    const byPlace = new Map<string, Cand | null>();
    const nouns = wordSet(doc.lexicon.keywordMunicipalityNouns);
    for (const c of cands.values()) {
      const p = placeOf(c, nouns);
      if (p === '') continue;
      // The genitive `s` of `Karlstads kommun`: both readings, and a place with two municipalities is left alone.
      for (const k of p.endsWith('s') ? [p, p.slice(0, -1)] : [p]) byPlace.set(k, byPlace.has(k) ? null : c);
    }
    if (byPlace.size === 0) return [];
    const merged: Cand[] = [];
    for (const c of [...cands.values()]) {
      if (!c.name || c.type === 'PER' || c.type === 'ORG') continue;
      const full = byPlace.get(c.best);
      if (!full || full === c) continue;
      full.occ.push(...c.occ);
      cands.delete(c.key);
      merged.push(full);
    }
    return merged;
  },
};

/**
 * An acronym as written: three to six capitals (`SKL`, `MSB`, `EFT`). Two letters match too many
 * names by chance (`SL`, the transport company, is not `Stockholms län`; measured on news-dev, that
 * pair cost a keyword).
 */
const ACRONYM = /^\p{Lu}{3,6}$/u;

/** The initials of a name's words apart from function words (`Sveriges Kommuner och Landsting` → `SKL`). */
function initials(words: readonly string[], functionWords: ReadonlySet<string>): string {
  let out = '';
  for (const w of words) if (!functionWords.has(w.toLowerCase())) out += w.charAt(0).toUpperCase();
  return out;
}

/**
 * An acronym and the name it stands for are one keyword (`SKL` and `Sveriges Kommuner och
 * Landsting`, `MSB` and `Myndigheten för samhällsskydd och beredskap`): an editor tags one of
 * them, the one the text uses more. Only when exactly one name of the text has those initials.
 * (When an editor tags both, one is lost: on news-dev and news-dev2 that happened once, against
 * three texts where the second form was a wrong keyword.)
 */
export const acronymForName: MergeRule = {
  id: 'acronym-for-name',
  doc: "an acronym and the name it stands for are one keyword ('SKL' and 'Sveriges Kommuner och Landsting')",
  stage: 'merge',
  apply(cands, doc) {
    const acronyms = new Map<string, Cand>();
    for (const c of cands.values()) if (c.name && c.n === 1 && ACRONYM.test(c.best)) acronyms.set(c.best, c);
    if (acronyms.size === 0) return [];
    const full = new Map<string, Cand | null>();
    for (const c of cands.values()) {
      if (!c.name || c.n < 2) continue;
      const ini = initials(c.best.split(' '), doc.functionWords);
      if (acronyms.has(ini)) full.set(ini, full.has(ini) ? null : c);
    }
    const merged: Cand[] = [];
    for (const [ini, f] of full) {
      const a = acronyms.get(ini)!;
      if (!f || !cands.has(a.key) || !cands.has(f.key)) continue;
      const [keep, drop] = a.occ.length > f.occ.length ? [a, f] : [f, a];
      keep.occ.push(...drop.occ);
      cands.delete(drop.key);
      merged.push(keep);
    }
    return merged;
  },
};

/** Adds the merge rule's id to the candidates it changed. */
export function markMerged(merged: Iterable<Cand>, id: string): void {
  for (const c of merged) addRule(c, id);
}
