import { firstStartingAtOrAfter } from '../../../internal/search';
import type { SpeakerRule } from '../model';
import { resolve } from '../resolve';
import { verbBefore } from './quotation-marks';

/**
 * `Hon beskriver läget som ”värre än på länge”, enligt TT.`: quotation marks inside reported
 * speech are the words of the sentence's subject; `enligt TT` / `skriver Sundsvalls Tidning`
 * after it names who reported them, not who said them.
 */
export const reportedSpeechSubject: SpeakerRule = {
  id: 'reported-speech-subject',
  doc: 'Words in quotation marks after `Hon beskriver … som` / `Han kallar … ` go to that subject, not to the medium after them: `Hon kallar det ”ett stort steg framåt”, enligt TT.`',
  stage: 'speaker',
  resolution: 'explicit',
  apply(draft, state) {
    const f = draft.found;
    if (f.kind !== 'marks' || !f.raw || f.raw.kind !== 'name' || !/^(enligt|skriver|skrev|rapporterar|uppger)$/i.test(f.cue ?? '')) return undefined;
    if (f.raw.start < draft.end) return undefined;
    const a = firstStartingAtOrAfter(state.ctx.tokens, draft.start);
    const before = verbBefore(state, a);
    if (!before || before.raw.kind === 'np' && !/^\p{Lu}/u.test(state.ctx.text[before.raw.start] ?? '')) return undefined;
    return resolve(before.raw, state.env) ?? undefined;
  },
};
