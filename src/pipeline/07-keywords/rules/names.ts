/**
 * Names: which words are names (entities from step 05, else casing), and name keywords as whole
 * names, never a fragment of one (`Tele2 Arena`, not `Arena`).
 *
 * @module
 */
import { wordSet } from '../../../internal/lexicon';
import { adjacent, CASE_LOWER, casingOf, FORM_FUNCTION, formFacts, perText, TOKEN_ENTITY, TOKEN_UPPER, type KeywordDoc } from '../doc';
import { startsUpperLetter } from '../../../internal/letter-class';
import type { PhraseRule, WordRule } from './types';
import type { WordInfo } from '../doc';

const ACRONYM = /^[\p{Lu}\d-]{2,8}(?::s)?$/u;

/** A cheap exact pre-test for ACRONYM: its second character is no lower-case ASCII letter (`Stockholm` is no acronym). */
function mayBeAcronym(s: string): boolean {
  const c = s.charCodeAt(1);
  return !(c >= 97 && c <= 122);
}

/**
 * Whether a token is (part of) a name: inside an entity mention, or by casing. A capital inside a
 * sentence marks a name unless the word is also written in lower case here; a sentence-initial
 * capital needs other evidence.
 */
function isNameWord(i: number, doc: KeywordDoc): boolean {
  if (doc.entityOf[i] !== null) return true;
  const t = doc.tokens[i]!;
  if (!startsUpperLetter(t.text)) return false;
  // (the form's casing evidence in the text: written in lower case, capitalised mid-sentence)
  const casing = casingOf(doc, i);
  const caps = casing >> 1;
  const lowerSeen = (casing & CASE_LOWER) !== 0;
  if (mayBeAcronym(t.text) && ACRONYM.test(t.text)) return true;
  if (!doc.initial[i]) return !lowerSeen || caps > 1;
  if (lowerSeen) return false;
  if (caps > 0) return true;
  // Only at the start of sentences: a name when a mid-sentence capital follows (`Ingrid Marklund
  // sitter …`) and the tagger (if any) does not call it a common word. With entities from step
  // 05, their tagger has already judged these words.
  const next = doc.tokens[i + 1];
  return (
    !doc.hasEntities &&
    next !== undefined &&
    next.kind === 'word' &&
    startsUpperLetter(next.text) &&
    adjacent(doc.text, t, next) &&
    !(doc.tagged && (wordSet(doc.lexicon.keywordNeverNamePos).has(t.pos) || t.pos === 'NOUN' || t.pos === 'ADJ'))
  );
}

/** Names keep their casing; the genitive `-s` / `:s` goes when the bare form is also in the text. */
export const nameWord: WordRule = {
  id: 'name-word',
  doc: "a name keeps its capitals and loses the genitive when the text has the bare form ('Tillitsdelegationens' → 'Tillitsdelegationen', 'FN:s' → 'FN')",
  stage: 'word',
  tokens: TOKEN_UPPER | TOKEN_ENTITY,
  apply(i, doc) {
    return isNameWord(i, doc) ? nameInfo(i, doc, 'name-word') : undefined;
  },
};

/** The word facts of a name token (see `name-word`), decided by rule `rule`. */
function nameInfo(i: number, doc: KeywordDoc, rule: string): WordInfo {
  const t = doc.tokens[i]!;
  let base = t.text;
  const n = base.length;
  const last = base.charCodeAt(n - 1);
  // `:s` / `:S` at the end; else an `s` after another letter than `s`.
  if (n >= 2 && (last === 115 || last === 83) && base.charCodeAt(n - 2) === 58) base = base.slice(0, -2);
  else if (n >= 2 && last === 115 && base.charCodeAt(n - 2) !== 115 && doc.capForms.has(base.slice(0, -1))) base = base.slice(0, -1);
  const stop = (formFacts(doc, i) & FORM_FUNCTION) !== 0;
  return { content: !stop, name: !stop, head: !stop, mod: !stop, display: base, key: doc.stemOf(doc.lowerOf(base)), entity: doc.entityOf[i]!, rule, keyIdf: -1 };
}

/**
 * Parts of speech of a word that may open a name with a noun: a verb the tagger read into a name
 * (`Kolla`), never an adjective before its noun (`Offentlig sektor …`).
 */
const OPEN_POS = new Set(['VERB', 'PROPN']);

/**
 * Whether a capitalised word that opens a sentence is the first word of a name with a lower-case
 * noun (`Kolla parkstad`, `Hoppa backe`): the noun follows it in its bare form, and the text never
 * writes the noun without the word before it, at least twice, or once with the word capitalised
 * inside a sentence too; the word is never written in lower case in the text. A verb of the
 * tagger's (`Kolla`) then opens a name; `Kolla bilen`, with `bilen` elsewhere alone, and `Läs
 * boken`, a definite object, stay a verb and a noun.
 */
function opensNameWithNoun(i: number, doc: KeywordDoc): boolean {
  const { tokens, text } = doc;
  const t = tokens[i]!;
  const n = tokens[i + 1];
  // (an open-class word the tagger may have misread: never a function word, `Förutom diplom`)
  if (!OPEN_POS.has(t.pos) || (formFacts(doc, i) & FORM_FUNCTION) !== 0) return false;
  if (!doc.initial[i] || doc.entityOf[i] !== null || n === undefined || n.kind !== 'word' || n.pos !== 'NOUN' || startsUpperLetter(n.text) || !adjacent(text, t, n)) return false;
  // A name's noun stands bare (`Kolla parkstad`, `Göta kanal`); a verb's object mostly in the definite (`Läs boken`).
  if (n.normal !== n.lemma.toLowerCase()) return false;
  const casing = casingOf(doc, i);
  if ((casing & CASE_LOWER) !== 0) return false;
  // (the answer reads only the word and the noun's lemma: worked out once per pair and text, so a
  // text that repeats the pair in every sentence is still read in linear time)
  const pairKey = t.text + '\t' + n.lemma;
  const known = pairAnswers(doc).get(pairKey);
  if (known !== undefined) return known;
  let pairs = 0;
  let always = true;
  for (let k = 0; k < tokens.length && always; k++) {
    const x = tokens[k]!;
    if (x.kind !== 'word' || x.lemma !== n.lemma || x.pos !== 'NOUN') continue;
    const before = tokens[k - 1];
    if (before === undefined || before.text !== t.text || !adjacent(text, before, x)) always = false;
    else pairs++;
  }
  const answer = always && (pairs >= 2 || casing >> 1 > 0);
  pairAnswers(doc).set(pairKey, answer);
  return answer;
}

/** The answers of {@link opensNameWithNoun} of one text, by word and noun lemma. */
const pairAnswers = perText(() => new Map<string, boolean>());

/** A capitalised word that opens a sentence and the lower-case noun it always has after it make a name. */
export const nameBeforeOwnNoun: WordRule = {
  id: 'name-before-own-noun',
  doc: "a sentence-initial capital before a noun the text never writes without it opens a name ('Kolla parkstad', not the verb 'kolla' and 'parkstad')",
  stage: 'word',
  tokens: TOKEN_UPPER,
  apply: (i, doc) => (opensNameWithNoun(i, doc) ? nameInfo(i, doc, 'name-before-own-noun') : undefined),
};

/** A name is one keyword as a whole: the entity's name, or the run of capitalised words. */
export const namePhrase: PhraseRule = {
  id: 'name-phrase',
  doc: "a name is a keyword as a whole, never a fragment ('Tele2 Arena', 'Laura Hartman')",
  stage: 'phrase',
  apply(s, doc, emit) {
    if (!s.name) return;
    const { infos } = doc;
    const ent = infos[s.from]!.entity;
    if (ent !== null && doc.entityName.has(ent) && infos[s.to]!.entity === ent) {
      const nm = doc.entityName.get(ent)!;
      emit(s.from, s.to, true, doc.entityKey.get(ent)!, nm, nm.split(/\s+/), true, 'name-phrase');
      return;
    }
    const ws: string[] = [];
    const ks: string[] = [];
    for (let k = s.from; k <= s.to; k++) {
      ws.push(infos[k]!.display);
      ks.push(infos[k]!.key);
    }
    emit(s.from, s.to, true, ks.join(' '), ws.join(' '), ws, true, 'name-phrase');
  },
};

/** A one-word name before a common noun makes a phrase that keeps the name's capital. */
export const nameWithNoun: PhraseRule = {
  id: 'name-with-noun',
  doc: "a one-word name and the noun after it ('Falu kommun', 'Uppsala tingsrätt', 'SL:s styrelse')",
  stage: 'phrase',
  apply(s, doc, emit) {
    const { infos, tokens } = doc;
    const i = s.from;
    if (!s.name || s.to !== i || i + 1 > s.runEnd || infos[i + 1]!.name || !infos[i + 1]!.head) return;
    const d = `${tokens[i]!.text.replace(/:s$/i, ':s')} ${infos[i + 1]!.display}`;
    const ent = infos[i]!.entity;
    const nk = ent !== null && doc.entityKey.has(ent) ? doc.entityKey.get(ent)! : infos[i]!.key;
    if (!nk.includes(' ')) emit(i, i + 1, false, `${nk} ${infos[i + 1]!.key}`, d, d.split(' '), true, 'name-with-noun');
  },
};
