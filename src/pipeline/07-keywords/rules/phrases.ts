/**
 * Phrases of common words: modifiers before a head noun (`tillitsbaserad styrning`), and two nouns
 * joined by a preposition or `och` (`medhjälp till mord`).
 *
 * @module
 */
import { wordSet } from '../../../internal/lexicon';
import { adjacent, perText, type KeywordDoc } from '../doc';
import type { PhraseRule } from './types';
import { gluedCompoundPart } from './article-text';

/** Longest phrase of common words. */
const MAX_WORDS = 3;
/** The lexicon's link words (`keywordLinkWords`) as a set: one set per list, looked up once per text. */
const linkWords = perText((doc) => wordSet(doc.lexicon.keywordLinkWords));
/** The lexicon's crime-form nouns (`keywordCrimeFormNouns`: `försök`, `förberedelse`) as a set, looked up once per text. */
const crimeForms = perText((doc) => wordSet(doc.lexicon.keywordCrimeFormNouns));
/** The lexicon's shared-compound conjunctions (`keywordSharedCompoundConjunctions`: `och`, `eller`) as a set, looked up once per text. */
const sharedConjunctions = perText((doc) => wordSet(doc.lexicon.keywordSharedCompoundConjunctions));

/**
 * Whether a word links two nouns into one keyword (the lexicon's `keywordLinkWords`: `med`, `till`, `och`).
 *
 * @param w A word in lower case.
 * @param doc The text (its lexicon decides).
 */
export function isLinkWord(w: string, doc: KeywordDoc): boolean {
  return linkWords(doc).has(w);
}

/** Phrases of one to three common words: modifiers first, a head last. */
export const lemmaPhrase: PhraseRule = {
  id: 'lemma-phrase',
  doc: "one to three common words, modifiers before a head noun, as lemmas ('offentlig sektor', 'tillitsbaserad styrning')",
  stage: 'phrase',
  apply(st, doc, emit, forms) {
    if (st.name) return;
    const { infos } = doc;
    for (let s = st.from; s <= st.to; s++) {
      if (!infos[s]!.mod && !infos[s]!.head) continue;
      // Key and display grow word by word (the same strings as joining the words with spaces).
      let key = '';
      let disp = '';
      for (let e = s; e <= st.to && e - s < MAX_WORDS; e++) {
        const ie = infos[e]!;
        if (e > s && !infos[e - 1]!.mod) break;
        key = e === s ? ie.key : `${key} ${ie.key}`;
        disp = e === s ? ie.display : `${disp} ${ie.display}`;
        if (!ie.head) continue;
        let shown = disp;
        let form: string | undefined;
        if (e > s) {
          for (const f of forms) {
            const d = f.apply(s, e, doc);
            if (d !== undefined) {
              shown = d;
              if (d !== disp) form = f.id;
              break;
            }
          }
        }
        emit(s, e, false, key, shown, null, false, 'lemma-phrase', form);
      }
    }
  },
};

/**
 * The noun after the link as an editor writes it: an indefinite plural stays plural (`nyproduktion
 * av bostäder`, `våld mot kvinnor`: the phrase says which), any other form stands as its lemma.
 */
function complement(t: { pos: string; normal: string }, lemma: string): string {
  const w = t.normal;
  return t.pos === 'NOUN' && w !== lemma && /(?:or|ar|er)$/.test(w) && w.length > lemma.length && w.charCodeAt(0) === lemma.charCodeAt(0) ? w : lemma;
}

/** Noun + preposition or `och` + noun, written without punctuation between. */
export const linkedPhrase: PhraseRule = {
  id: 'linked-phrase',
  doc: "two nouns joined by a preposition or 'och' ('medhjälp till mord', 'fel och fusk', 'stöd till Ukraina')",
  stage: 'phrase',
  apply(s, doc, emit) {
    const j = s.runEnd;
    if (s.to !== j) return;
    const { infos, tokens, text } = doc;
    const c = j + 1;
    const d = j + 2;
    if (d > s.last || !infos[j]!.head || infos[j]!.name || !isLinkWord(tokens[c]!.normal, doc) || !infos[d]!.head) return;
    if (!adjacent(text, tokens[j]!, tokens[c]!) || !adjacent(text, tokens[c]!, tokens[d]!)) return;
    // Never a fragment of a name (`läktare på Tele2` of `Tele2 Arena`): a name ends the phrase whole.
    const e = d + 1;
    if (infos[d]!.name && e < tokens.length && infos[e]!.name && adjacent(text, tokens[d]!, tokens[e]!)) return;
    // Nor of a name with small words inside (`incident till Myndigheten` of `Myndigheten för
    // samhällsskydd och beredskap`): the entity goes on after the last word.
    const ent = doc.entityOf[d];
    if (ent !== null && e < tokens.length && doc.entityOf[e] === ent) return;
    const link = tokens[c]!.normal;
    const head = infos[j]!.display;
    const comp = complement(tokens[d]!, infos[d]!.display);
    const disp = `${head} ${link} ${comp}`;
    // (its words: the three parts, unless one of them holds a space)
    const words = head.includes(' ') || link.includes(' ') || comp.includes(' ') ? disp.split(' ') : [head, link, comp];
    emit(j, d, false, `${infos[j]!.key} ${link} ${infos[d]!.key}`, disp, words, infos[d]!.name, 'linked-phrase');
  },
};

/**
 * A form of a crime short of the crime, `till` and the crime with its degree in front (`försök till
 * grov stöld`, `förberedelse till grovt rån`): one keyword of four words, the modifier
 * agreeing with the crime as in a lemma phrase. Without a modifier `linked-phrase` makes it
 * (`försök till mord`).
 */
export const attemptedCrime: PhraseRule = {
  id: 'attempted-crime',
  doc: "an attempt, preparation or aiding of a crime with its degree ('försök till grov stöld', 'förberedelse till grovt rån')",
  stage: 'phrase',
  apply(s, doc, emit, forms) {
    const j = s.runEnd;
    if (s.to !== j) return;
    const { infos, tokens, text } = doc;
    const d = j + 2;
    const e = j + 3;
    if (e > s.last || !infos[j]!.head || infos[j]!.name || !crimeForms(doc).has(infos[j]!.display) || tokens[j + 1]!.normal !== 'till') return;
    const a = infos[d]!;
    const b = infos[e]!;
    if (!a.mod || a.head || a.name || !b.head || b.name) return;
    if (!adjacent(text, tokens[j]!, tokens[j + 1]!) || !adjacent(text, tokens[j + 1]!, tokens[d]!) || !adjacent(text, tokens[d]!, tokens[e]!)) return;
    let crime = `${a.display} ${b.display}`;
    for (const f of forms) {
      const shown = f.apply(d, e, doc);
      if (shown !== undefined) {
        crime = shown;
        break;
      }
    }
    const disp = `${infos[j]!.display} till ${crime}`;
    emit(j, e, false, `${infos[j]!.key} till ${a.key} ${b.key}`, disp, disp.split(' '), false, 'attempted-crime');
  },
};

/**
 * Whether a token is a common noun in the genitive (`kvinnans`, `månadens`, `kommunfullmäktiges`;
 * `museets` of `museum`, whose inflections drop the lemma's last two letters).
 */
function isGenitiveNoun(t: { pos: string; normal: string; lemma: string }): boolean {
  const w = t.normal;
  const l = t.lemma.toLowerCase();
  return t.pos === 'NOUN' && w.length >= 4 && w.endsWith('s') && !l.endsWith('s') && w !== l && w.startsWith(l.slice(0, Math.max(2, l.length - (l.endsWith('eum') ? 2 : 1))));
}

/**
 * A noun in the genitive and the noun it owns (`kvinnans roll`, `månadens medlem`,
 * `kommunfullmäktiges presidium`): shown with the genitive as written and the head as its lemma.
 */
export const genitivePhrase: PhraseRule = {
  id: 'genitive-phrase',
  doc: "a noun in the genitive and the noun it owns ('kvinnans roll', 'månadens medlem')",
  stage: 'phrase',
  apply(st, doc, emit) {
    if (st.name) return;
    const { infos, tokens } = doc;
    for (let k = st.from; k < st.to; k++) {
      const a = infos[k]!;
      const b = infos[k + 1]!;
      if (!a.head || !b.head || a.name || b.name || !isGenitiveNoun(tokens[k]!) || tokens[k + 1]!.pos !== 'NOUN') continue;
      const w = tokens[k]!.normal;
      const disp = `${w} ${b.display}`;
      emit(k, k + 1, false, `${doc.stemOf(w)} ${b.key}`, disp, disp.split(' '), false, 'genitive-phrase');
    }
  },
};

/** A shared compound's first part in lower-case letters (`kultur`, `barn`), never a name's (`EU`). */
const PART = /^\p{Ll}[\p{Ll}\d]*$/u;

/**
 * The first part and conjunction of a shared compound before token `k` (`kultur- och` or the slip
 * `kultur-och` before `fritidsnämnden`), with the token the phrase begins at; `null` when there is
 * none, or when it closes a series (`kultur-, fritids- och idrottsnämnd`: only the whole series
 * would be the keyword).
 */
function sharedPartBefore(doc: KeywordDoc, k: number): { at: number; part: string; conj: string } | null {
  const { tokens, text, sentOf } = doc;
  const c = tokens[k - 1];
  if (!c || sentOf[k - 1] !== sentOf[k] || !adjacent(text, c, tokens[k]!)) return null;
  let at = k - 1;
  let found: { part: string; conj: string } | null = null;
  if (sharedConjunctions(doc).has(c.normal)) {
    const p = tokens[k - 2];
    if (!p || sentOf[k - 2] !== sentOf[k] || !p.normal.endsWith('-') || !adjacent(text, p, c)) return null;
    found = { part: p.normal.slice(0, -1), conj: c.normal };
    at = k - 2;
  } else found = gluedCompoundPart(c.normal, doc);
  if (!found || !PART.test(found.part)) return null;
  const before = tokens[at - 1];
  if (before && sentOf[at - 1] === sentOf[k] && (before.normal === ',' || before.normal.endsWith('-'))) return null;
  return { at, ...found };
}

/**
 * A shared compound: the first part, its hyphen, the conjunction and the compound that completes it
 * (`kultur- och fritidsnämnd`, `barn- och ungdomspsykiatri`), as an editor tags it; the slip
 * `kultur-och fritidsnämnden` gives the same keyword.
 */
export const sharedCompound: PhraseRule = {
  id: 'shared-compound',
  doc: "a shared compound with its first part and conjunction ('kultur- och fritidsnämnd', 'barn- och ungdomspsykiatri')",
  stage: 'phrase',
  apply(st, doc, emit) {
    if (st.name) return;
    const k = st.from;
    const h = doc.infos[k]!;
    if (!h.head || doc.tokens[k]!.pos !== 'NOUN') return;
    const sh = sharedPartBefore(doc, k);
    if (!sh) return;
    const first = `${sh.part}-`;
    emit(sh.at, k, false, `${first} ${sh.conj} ${h.key}`, `${first} ${sh.conj} ${h.display}`, [first, sh.conj, h.display], false, 'shared-compound');
  },
};
