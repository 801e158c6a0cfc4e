/**
 * Person names the model cut into pieces: two person mentions one space apart, and surname
 * particles before a person.
 *
 * @module
 */
import { SURNAME_PARTICLES_BEFORE } from '../../../data/sv/entity-lexicon';
import type { SpansRule } from './types';

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
