import type { SpeakerRule } from '../model';
import { groupBefore, groupSlot } from '../resolve';

/** `Anna och Per Ek driver gården. – …, säger de.`: the group named just before. */
export const groupBeforeRule: SpeakerRule = {
  id: 'group-before',
  resolution: 'pronoun',
  doc: '`säger de` / `säger båda` goes to the pair named just before (`Anna och Per Ek`), else a plural noun opening the sentence (`Eleverna …`), else nobody.',
  stage: 'speaker',
  apply(draft, state) {
    const f = draft.found;
    if (!f.raw || f.fixed !== undefined || !groupSlot(f.raw, state.words) || (draft.speaker && draft.speaker.named)) return undefined;
    return groupBefore(state.ctx, f.parts[0]!.start, state.skip, state.words) ?? (f.raw.kind === 'np' ? undefined : null);
  },
};

/** `Anna och Per Ek bor vid bron. – …, säger paret.`: a pair noun stands for the named pair before. */
export const pairNoun: SpeakerRule = {
  id: 'pair-noun',
  resolution: 'role',
  doc: '`säger paret` / `säger makarna` goes to the named pair just before: `Anna och Per Ek bor vid bron. – …, säger paret.`',
  stage: 'speaker',
  apply(draft, state) {
    const f = draft.found;
    if (f.raw?.kind !== 'np' || f.fixed !== undefined || !state.words.pairNouns.has(f.raw.text.toLowerCase())) return undefined;
    return groupBefore(state.ctx, f.parts[0]!.start, state.skip, state.words, true) ?? undefined;
  },
};
