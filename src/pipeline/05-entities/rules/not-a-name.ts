/**
 * Mentions that name nothing: closed-class words, short acronyms taken for people, and common words
 * capitalised only because they start a sentence.
 *
 * @module
 */
import { NAME_FINAL_ADVERBS } from '../../../data/sv/entity-lexicon';
import { dropGenitive, isCommonWord } from '../features';
import { isAdjectiveCompound } from '../foreign';
import { isNever } from '../work';
import type { SpanRule } from './types';
import { hasLowerLetter } from '../../../internal/letter-class';

/** `Du`, `Vi`, `Det` alone are never entities. */
export const closedClassWord: SpanRule = {
  id: 'closed-class-word',
  doc: 'A closed-class word alone is no name: `Det` at a sentence start → no mention.',
  kind: 'span',
  apply: (sp, w) => !(sp.words.length === 1 && isNever(sp.words[0]!, w.lexicon)),
};

/** `AI`, `IT`: a short all-caps word is an acronym, never a person. */
export const acronymNotPerson: SpanRule = {
  id: 'acronym-not-person',
  doc: 'A short all-caps word is no person: PER `AI` in `AI kan hjälpa` → no mention.',
  kind: 'span',
  apply: (sp) => !(sp.type === 'PER' && sp.words.length === 1 && sp.words[0]!.length <= 4 && !hasLowerLetter(sp.words[0]!)),
};

const CLOSED_POS = new Set(['PRON', 'DET', 'ADP', 'ADV', 'VERB', 'AUX', 'CCONJ', 'SCONJ']);

/**
 * A one-word mention capitalised only because it starts a sentence: a common word written in lower
 * case elsewhere in the text (`Polisen` … `polisen`), or tagged as a closed-class word, or an
 * adjective compound (`Danskledd`), is no name unless the gazetteers or a mid-sentence capital say so.
 */
export const sentenceInitialCommonWord: SpanRule = {
  id: 'sentence-initial-common-word',
  doc: 'A common word capitalised at a sentence start is no name: `Polisen kom. … polisen` → no mention.',
  kind: 'span',
  apply(sp, w) {
    if (sp.words.length !== 1 || !sp.initial) return true;
    const word = sp.words[0]!;
    const lw = word.toLowerCase();
    const g = dropGenitive(word);
    const { doc, lookup } = w;
    const known = doc.capMid.has(word) || (!!g && doc.capMid.has(g)) || ((!!lookup(word) || (!!g && !!lookup(g))) && !isCommonWord(lw) && !(g && isCommonWord(g.toLowerCase())));
    const pos = w.tokens[sp.a]!.pos;
    const closedPos = !!pos && CLOSED_POS.has(pos);
    return !(!known && (doc.lowerSeen.has(lw) || isCommonWord(lw) || closedPos || isAdjectiveCompound(lw, w.lexicon)));
  },
};

const FINAL_ADVERB = new Set(NAME_FINAL_ADVERBS.split('|'));

/** `Handelsplan Norrby ytterligare` (the model ran on): a name ends before a lower-case adverb. */
export const trailingAdverbCut: SpanRule = {
  id: 'trailing-adverb-cut',
  doc: 'A name ends before a lower-case adverb: `Vad kan Handelsplan Norrby ytterligare göra?` → ORG `Handelsplan Norrby`.',
  kind: 'span',
  apply(sp, w) {
    while (sp.b - sp.a > 1 && sp.words.length === sp.b - sp.a && FINAL_ADVERB.has(sp.words[sp.words.length - 1]!)) {
      sp.words.pop();
      sp.b--;
      sp.end = w.tokens[sp.b - 1]!.end;
    }
    return true;
  },
};
