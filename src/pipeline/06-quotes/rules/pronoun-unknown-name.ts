import type { SpeakerRule } from '../model';
import { resolve, unknownNameBefore } from '../resolve';

/** `Tjorven Axelsson driver en bageributik. – …, säger hon.`: a name the lists do not know, just before. */
export const pronounUnknownName: SpeakerRule = {
  id: 'pronoun-unknown-name',
  resolution: 'pronoun',
  doc: '`säger hon` with nobody of that sex known goes to a capitalised name of unknown sex just before: `Tjorven Axelsson bakar. – …, säger hon.`',
  stage: 'speaker',
  apply(draft, state) {
    const f = draft.found;
    if (draft.speaker || !f.raw || f.fixed !== undefined || f.raw.kind !== 'pronoun' || !/^(hon|han)$/i.test(f.raw.text)) return undefined;
    const r = unknownNameBefore(state.ctx, f.parts[0]!.start, state.env, state.words.pronouns.get(f.raw.text.toLowerCase()) ?? null);
    return r ? resolve(r, state.env) : undefined;
  },
};
