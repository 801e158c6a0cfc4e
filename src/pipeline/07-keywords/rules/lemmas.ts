/**
 * Word rules for common words: nouns and adjectives stand in keywords as their lemma, so that
 * all inflections meet (`mordet`, `mord`).
 *
 * @module
 */
import { defaultLexicon } from '../../../data/sv/lexicon';
import type { AnalyzedToken } from '../../../types';
import { FORM_DROP, formFacts, NO_WORD, perText, type KeywordDoc, type WordInfo } from '../doc';
import { FormMemo, memoOf } from '../../../internal/form-ids';
import type { WordRule } from './types';

/**
 * The tagger's lemma in lower case, or the word form when the lemma looks wrong for a noun or
 * adjective (shorter than two letters, or not sharing the word's first two letters, or one letter
 * shorter without dropping a real inflection). The lemmatizer's own corrections (`europeiska` →
 * `europeisk`, `hälsodata`, `museets` → `museum`, `vaccin`) are made in step 04
 * (`LEMMA_CORRECTIONS`); these checks stay here because the current UD annotation disagrees with
 * them as lemmas (`män` → `man`, `hustrun` → `hustru`, `armén` → `armé`), while a keyword is
 * better shown as the word than as a wrong lemma.
 *
 * @param t The token.
 * @param lower Lower case of a string.
 * @param nAfterI The lexicon's `lemmaDefiniteNAfterI` (default: the built-in lexicon's).
 */
export function plausibleLemma(t: AnalyzedToken, lower: (s: string) => string, nAfterI: readonly string[] = defaultLexicon().lemmaDefiniteNAfterI): string {
  const l = lower(t.lemma || t.normal);
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return l;
  if (l.length < 2 || l.charCodeAt(0) !== t.normal.charCodeAt(0) || l.charCodeAt(1) !== t.normal.charCodeAt(1)) return t.normal;
  // A lemma one letter shorter than the word must drop an inflection: `-n` after a, e, o, y, ö,
  // l or r (`banan` → `bana`, `cykeln` → `cykel`, `byn` → `by`, `sjön` → `sjö`), `-r` after a
  // vowel (`dinosaurier`), `-t` (`civilt` → `civil`, `äpplet` → `äpple`), adjective `-a`/`-e`
  // (`kritiska`, `väpnade`) or a genitive `-s`; `-n` after a stressed `-i` of a noun ending that
  // takes it (`pandemin` → `pandemi`, `strategin` → `strategi`: the lexicon's `lemmaDefiniteNAfterI`). Anything
  // else (`vaccin` → `vacci`) is a lemmatizer slip; keep the word.
  if (l.length + 1 === t.normal.length && t.normal.startsWith(l)) {
    const rest = t.normal.slice(-1);
    const vowel = /[aeiouyåäö]$/.test(l);
    const ok =
      rest === 's' ||
      (rest === 'n' && (/[aeolryö]$/.test(l) || (t.pos === 'NOUN' && definiteNAfterI(l, nAfterI)))) ||
      (rest === 'r' && vowel) ||
      (rest === 't' && (t.pos === 'ADJ' || vowel)) ||
      ((rest === 'a' || rest === 'e') && t.pos === 'ADJ');
    if (!ok) return t.normal;
  }
  return l;
}

/** Whether a noun lemma ends in a stressed `-i` that takes `-n` in the definite (`pandemi`). */
function definiteNAfterI(lemma: string, endings: readonly string[]): boolean {
  if (!lemma.endsWith('i')) return false;
  for (const e of endings) if (lemma.endsWith(e)) return true;
  return false;
}

/** A word form's keyword lemma for one part of speech and tagger lemma (see {@link lemmaOfForm}). */
interface FormLemma {
  /** The part of speech it was worked out for. */
  pos: string;
  /** The tagger's lemma it was worked out for. */
  lemma: string;
  /** The keyword lemma ({@link plausibleLemma}), `null` when it is a drop word. */
  display: string | null;
  /** The stem of `display` when it is not the word's own form (that one's stem is the token's). */
  key: string;
  /**
   * The word facts `lemma-word` gives a token of this form outside an entity (made on first use;
   * word facts are never changed, so tokens of one form share them).
   */
  info: WordInfo | null;
}

/** The keyword lemmas of word forms by form id, one memo per lexicon (its drop words decide them). */
const formLemmaMemos = new WeakMap<ReadonlySet<string>, FormMemo<FormLemma>>();
/** This text's memo and its values (asked once per text, after its form ids are made). */
const formLemmas = perText((doc: KeywordDoc) => {
  const memo = memoOf(formLemmaMemos, doc.dropWords, () => new FormMemo<FormLemma>());
  return { memo, vals: memo.values() };
});

/**
 * The keyword lemma of token `i` and the stem that keys it, or `null` for a drop word: worked out
 * once per word form, part of speech and tagger lemma (a pure function of the three), then read
 * by the form's id (a form mostly comes back with the same tag and lemma, in this text and the next).
 */
function lemmaOfForm(doc: KeywordDoc, i: number, t: AnalyzedToken): FormLemma {
  const { memo, vals } = formLemmas(doc);
  const id = doc.normalIds[i]!;
  const m = vals[id];
  if (m !== undefined && m.pos === t.pos && m.lemma === t.lemma) return m;
  const lemma = plausibleLemma(t, doc.lowerOf, doc.lexicon.lemmaDefiniteNAfterI);
  // (a lemma that is the word's own form: its `dropWords` membership is a fact of the form)
  const drop = lemma === t.normal ? (formFacts(doc, i) & FORM_DROP) !== 0 : doc.dropWords.has(lemma);
  // The key is the stem of the lemma, so that all inflections meet (`mordet`, `mord`).
  return memo.set(vals, id, { pos: t.pos, lemma: t.lemma, display: drop ? null : lemma, key: drop || lemma === t.normal ? '' : doc.stemOf(lemma), info: null });
}

/** With a tagger: nouns end phrases, adjectives stand before them, both as lemmas. */
export const lemmaWord: WordRule = {
  id: 'lemma-word',
  doc: "nouns and adjectives stand as their lemma ('civila försvaret' → 'civil försvar'); verbs, adverbs and the like are no keyword words",
  stage: 'word',
  apply(i, doc) {
    if (!doc.tagged) return undefined;
    const t = doc.tokens[i]!;
    const p = t.pos;
    const head = p === 'NOUN' || p === 'PROPN' || p === 'X';
    const mod = p === 'ADJ' || p === 'X' || p === 'PROPN';
    if (!mod && !head) return NO_WORD;
    const m = lemmaOfForm(doc, i, t);
    const lemma = m.display;
    if (lemma === null) return NO_WORD;
    const key = lemma === t.normal ? t.stem : m.key;
    const entity = doc.entityOf[i]!;
    if (entity !== null) return { content: true, name: false, head, mod, display: lemma, key, entity, rule: 'lemma-word', keyIdf: -1 };
    // Outside an entity the facts are those of the form, its tag and lemma (`head` and `mod` follow
    // the tag): one object per form, checked against the token's stem.
    if (m.info === null || m.info.key !== key) m.info = { content: true, name: false, head, mod, display: lemma, key, entity: null, rule: 'lemma-word', keyIdf: -1 };
    return m.info;
  },
};

/** Without a tagger every remaining word may be part of a phrase, as written. */
export const plainWord: WordRule = {
  id: 'plain-word',
  doc: "without parts of speech, a remaining word ('cykelbanor') stands as written and may end a phrase",
  stage: 'word',
  apply(i, doc) {
    const t = doc.tokens[i]!;
    return { content: true, name: false, head: true, mod: true, display: t.normal, key: t.stem, entity: doc.entityOf[i]!, rule: 'plain-word', keyIdf: -1 };
  },
};
