/**
 * Adjective agreement: an adjective before a neuter head noun takes the neuter form, as an editor
 * writes the phrase (`civilt försvar`, not `civil försvar`).
 *
 * @module
 */
import type { AnalyzedToken } from '../../../types';
import { wordSet } from '../../../internal/lexicon';
import type { FormRule } from './types';

/**
 * Whether a phrase's head noun is neuter, read from the text: the adjective before it in the
 * indefinite neuter form (`civilt`, `nytt`), the head in the definite singular neuter
 * (`försvaret`, `landet`: lemma + `et`/`t`), or a neuter plural after an adjective
 * (`vassa föremål`, `otrygga arbeten`). Unknown (common gender) counts as not neuter.
 */
function isNeuterHead(head: AnalyzedToken, headLemma: string, before: AnalyzedToken, twoBefore: AnalyzedToken | undefined, weakBefore: ReadonlySet<string>): boolean {
  if (before.pos === 'ADJ' && isNeuterAdjective(before)) return true;
  if (before.pos === 'ADJ' && isNeuterPlural(head, headLemma, before, twoBefore, weakBefore)) return true;
  const h = head.normal;
  // (`h` is the lemma with `-et` or `-t`, tested without building those strings.)
  const n = headLemma.length;
  return head.pos === 'NOUN' && h !== headLemma && h.startsWith(headLemma) && ((h.length === n + 2 && h.endsWith('et')) || (h.length === n + 1 && h.endsWith('t')));
}

/**
 * A neuter plural, read from its form: after an adjective in `-a` that no determiner, possessive or
 * genitive explains (`vassa föremål`, not `hans vassa kniv`), a plural without an ending
 * (`föremål`, `företag`: consonant-final nouns without a plural ending are neuter, apart from
 * agent nouns in `-are`, `-er`, `-ande`, `-ende`: `lärare`, `musiker`, `sökande`) or a plural in
 * `-n` of a noun in `-e` (`arbeten` of `arbete`). `weakBefore`: the lexicon's
 * `keywordWeakFormDeterminers` (`den`, `min`, `hans`), the words that take the weak `-a` form.
 */
function isNeuterPlural(head: AnalyzedToken, headLemma: string, before: AnalyzedToken, twoBefore: AnalyzedToken | undefined, weakBefore: ReadonlySet<string>): boolean {
  const a = before.normal;
  if (head.pos !== 'NOUN' || a.length < 3 || !a.endsWith('a') || a === before.lemma.toLowerCase()) return false;
  if (twoBefore && (weakBefore.has(twoBefore.normal) || (twoBefore.normal.endsWith('s') && (twoBefore.pos === 'NOUN' || twoBefore.pos === 'PROPN')))) return false;
  const h = head.normal;
  if (h === headLemma) return /[^aeiouyåäö]$/.test(h) && !/(?:are|er|ande|ende)$/.test(h);
  return h.length === headLemma.length + 1 && headLemma.endsWith('e') && h === `${headLemma}n`;
}

/** An adjective in the indefinite neuter form: its lemma + `t`/`tt`, or a `d` lemma's `t` form. */
function isNeuterAdjective(t: AnalyzedToken): boolean {
  const w = t.normal;
  const l = t.lemma.toLowerCase();
  return w !== l && w === neuterForm(l);
}

/**
 * The indefinite neuter form of an adjective lemma: `civil` → `civilt`, `ny` → `nytt`,
 * `bestämd` → `bestämt`, `god` → `gott`, participles `tillitsbaserad` → `tillitsbaserat` and
 * `inbjuden` → `inbjudet` (also `liten` → `litet`, `öppen` → `öppet`); short words in `-en`
 * and `-ad` are not participles (`ren` → `rent`, `glad` → `glatt`).
 *
 * @param lemma An adjective lemma in lower case.
 */
export function neuterForm(lemma: string): string {
  if (lemma.endsWith('t')) return lemma;
  if (lemma.length >= 5 && lemma.endsWith('en')) return `${lemma.slice(0, -1)}t`;
  if (lemma.length >= 5 && lemma.endsWith('ad')) return `${lemma.slice(0, -1)}t`;
  if (/[aeiouyåäö]$/.test(lemma)) return `${lemma}tt`;
  if (/[^aeiouyåäö]d$/.test(lemma)) return `${lemma.slice(0, -1)}t`;
  if (lemma.endsWith('d')) return `${lemma.slice(0, -1)}tt`;
  return `${lemma}t`;
}

/**
 * An adjective before a neuter head agrees with it; the head's gender comes from the whole text
 * (`försvaret`, `ett försvar`, `civilt försvar`), also where one occurrence shows none
 * (`Sveriges civila försvar`). The key stays the same, so the inflections still meet.
 */
export const neuterAgreement: FormRule = {
  id: 'neuter-agreement',
  doc: "an adjective agrees with a neuter head noun known from the text ('civila försvaret' → 'civilt försvar')",
  stage: 'form',
  prepare(doc) {
    const { tokens, infos } = doc;
    // (one set per lexicon list, looked up once per text)
    const weakBefore = wordSet(doc.lexicon.keywordWeakFormDeterminers);
    for (let k = 1; k < tokens.length; k++) {
      const inf = infos[k]!;
      if (!inf.head || inf.name || tokens[k]!.pos !== 'NOUN') continue;
      const prev = tokens[k - 1]!;
      if (prev.normal === 'ett' || isNeuterHead(tokens[k]!, inf.display, prev, tokens[k - 2], weakBefore)) doc.neuterHeads.add(inf.display);
    }
  },
  apply(s, e, doc) {
    const { tokens, infos } = doc;
    if (!doc.neuterHeads.has(infos[e]!.display)) return undefined;
    const ws: string[] = [];
    for (let k = s; k <= e; k++) {
      const t = tokens[k]!;
      const d = infos[k]!.display;
      // Only an inflected adjective (`civila`, `nationellt`) takes the neuter form: a Swedish
      // adjective in its base form before a neuter noun is a foreign word (`life science-område`).
      ws.push(k < e && t.pos === 'ADJ' && t.normal !== d && !/[^a-zåäöéü]/.test(d) && !d.endsWith('a') ? neuterForm(d) : d);
    }
    return ws.join(' ');
  },
};
