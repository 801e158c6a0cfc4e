import type { SpeakerRule } from '../model';
import { resolve } from '../resolve';

/** `# ”Den verkliga segern …”` / `Debattartikel av Anna Ek`: a quoted heading is the words of the byline's authors. */
export const quotedHeadingByline: SpeakerRule = {
  id: 'quoted-heading-byline',
  resolution: 'explicit',
  doc: 'A heading in quotation marks goes to the authors of the `av …` byline under it: `”Skolan behöver lugn”` / `Debattartikel av Anna Ek`.',
  stage: 'speaker',
  apply(draft) {
    return draft.found.fixed;
  },
};

/** `, säger Maria Lind.`, `säger hon`, `säger ministern`, `enligt polisen`: the attribution's speaker, resolved. */
export const speakerAttribution: SpeakerRule = {
  id: 'speaker-attribution',
  doc: 'The speaker of the attribution clause, resolved against the people of the text: `, säger hon.` → the woman named before.',
  stage: 'speaker',
  apply(draft, state) {
    const f = draft.found;
    if (f.fixed !== undefined || !f.raw) return undefined;
    return resolve(f.raw, state.env);
  },
};
