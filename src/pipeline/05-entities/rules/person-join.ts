/**
 * Person names the model cut into pieces: two person mentions one space apart, and surname
 * particles before a person.
 *
 * @module
 */
import { SURNAME_PARTICLES_BEFORE } from '../../../data/sv/entity-lexicon';
import { isFirstName } from '../gazetteer';
import type { Span0 } from '../work';
import type { SpansRule } from './types';
import { hasLowerLetter } from '../../../internal/letter-class';

// (patterns made once: a regular-expression literal inside a function is a new object per call)
const GENITIVE_NAME = /^\p{Lu}\p{Ll}+[^aeiouyåäös]s$/u;
const FORS_ERS_END = /(?:fors|ers)$/;

const PARTICLE_BEFORE = new Set(SURNAME_PARTICLES_BEFORE.split('|'));

/** `Bashar` + `al-Assad`: two person mentions separated by one space are one name. */
export const personJoin: SpansRule = {
  id: 'person-join',
  doc: 'Two person mentions one space apart are one person: `Bashar` `al-Assad` → PER `Bashar al-Assad`.',
  kind: 'spans',
  apply(w) {
    const spans = w.spans;
    for (let k = spans.length - 1; k > 0; k--) {
      const x = spans[k - 1]!, y = spans[k]!;
      if (x.type === 'PER' && y.type === 'PER' && x.b === y.a && w.text.slice(x.end, y.start) === ' ') {
        x.b = y.b;
        x.end = y.end;
        x.words.push(...y.words);
        spans.splice(k, 1);
      }
    }
  },
};

/** `von Sydow`: surname particles right before a person's name join it. */
export const surnameParticleBefore: SpansRule = {
  id: 'surname-particle-before',
  doc: 'Surname particles right before a person join the name: `von` + PER `Sydow` → PER `von Sydow`.',
  kind: 'spans',
  apply(w) {
    const tokens = w.tokens;
    for (const sp of w.spans) {
      while (sp.type === 'PER' && sp.a > 0 && PARTICLE_BEFORE.has(tokens[sp.a - 1]!.text) && tokens[sp.a - 1]!.end + 1 === sp.start) {
        sp.a--;
        sp.start = tokens[sp.a]!.start;
        sp.words.unshift(tokens[sp.a]!.text);
      }
    }
  },
};

/**
 * Whether a capitalised word is a name in the genitive (`Musks`, `Bergs`), not a name that ends in
 * -s itself (`Lindfors`, `Jonas`, `Business`: after a vowel, or in -fors, -ers, -ss).
 */
function isGenitiveName(x: string): boolean {
  return GENITIVE_NAME.test(x) && !FORS_ERS_END.test(x);
}

/**
 * `Elon Musks Spacex`: a person mention with a genitive word inside, followed by capitalised words,
 * is the owner and what is owned: PER up to the genitive, and the rest (ORG unless listed).
 */
export const genitiveOwnerSplit: SpansRule = {
  id: 'genitive-owner-split',
  doc: 'A genitive inside a person mention ends the person: `Elon Musks Spacex` → PER `Elon Musks` (Elon Musk), ORG `Spacex`.',
  kind: 'spans',
  apply(w) {
    const out: Span0[] = [];
    for (const sp of w.spans) {
      const ws = sp.words;
      const j = sp.type === 'PER' && ws.length >= 3 && sp.b - sp.a === ws.length && isFirstName(ws[0]!) && hasLowerLetter(ws[0]!) ? ws.findIndex((x, i) => i > 0 && i < ws.length - 1 && isGenitiveName(x)) : -1;
      if (j < 0 || isFirstName(ws[j + 1]!)) { out.push(sp); continue; }
      const rest = ws.slice(j + 1);
      const t = w.tokens;
      // The owner's name without the genitive -s (`Elon Musks` → `Elon Musk`).
      const owner = ws.slice(0, j + 1);
      out.push({ ...sp, b: sp.a + j + 1, end: t[sp.a + j]!.end, words: owner, name: [...owner.slice(0, -1), owner[j]!.slice(0, -1)].join(' ') });
      out.push({ a: sp.a + j + 1, b: sp.b, start: t[sp.a + j + 1]!.start, end: sp.end, type: w.lookup(rest.join(' ')) ?? 'ORG', words: rest, initial: false });
    }
    w.spans = out;
  },
};
