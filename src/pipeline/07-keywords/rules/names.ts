/**
 * Names: which words are names (entities from step 05, else casing), and name keywords as whole
 * names, never a fragment of one (`Tele2 Arena`, not `Arena`).
 *
 * @module
 */
import { wordSet } from '../../../internal/lexicon';
import { adjacent, CASE_LOWER, casingOf, FORM_FUNCTION, formFacts, TOKEN_ENTITY, TOKEN_UPPER, type KeywordDoc } from '../doc';
import { startsUpperLetter } from '../../../internal/letter-class';
import type { PhraseRule, WordRule } from './types';

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
    if (!isNameWord(i, doc)) return undefined;
    const t = doc.tokens[i]!;
    let base = t.text;
    const n = base.length;
    const last = base.charCodeAt(n - 1);
    // `:s` / `:S` at the end; else an `s` after another letter than `s`.
    if (n >= 2 && (last === 115 || last === 83) && base.charCodeAt(n - 2) === 58) base = base.slice(0, -2);
    else if (n >= 2 && last === 115 && base.charCodeAt(n - 2) !== 115 && doc.capForms.has(base.slice(0, -1))) base = base.slice(0, -1);
    const stop = (formFacts(doc, i) & FORM_FUNCTION) !== 0;
    return { content: !stop, name: !stop, head: !stop, mod: !stop, display: base, key: doc.stemOf(doc.lowerOf(base)), entity: doc.entityOf[i]!, rule: 'name-word', keyIdf: -1 };
  },
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
