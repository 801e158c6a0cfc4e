import type { SpeakerRule } from '../model';
import { roleMatches } from '../people';
import { withPerson } from '../resolve';

/** `Tränaren Per Strand var besviken. – …, säger tränaren.`: a role noun points back to the person introduced with that role. */
export const roleNoun: SpeakerRule = {
  id: 'role-noun',
  doc: 'A role noun as speaker points back to the person introduced with that role, age or nationality: `säger tränaren`, `säger 38-åringen`, `säger norrmannen`, `säger den nya rektorn`.',
  stage: 'speaker',
  resolution: 'role',
  apply(draft, state) {
    const raw = draft.found.raw;
    if (!raw || raw.kind !== 'np' || draft.found.fixed !== undefined || draft.speaker?.named) return undefined;
    // One noun (`tränaren`), or a definite phrase (`den nye förvaltningschefen`, `den nya rektorn`).
    const ws = raw.text.toLowerCase().split(' ');
    if (ws.length > 1 && !(ws.length <= 3 && /^(den|det)$/.test(ws[0]!))) return undefined;
    const noun = ws[ws.length - 1]!;
    const m = state.people.recentMatching(raw.start, (p) => roleMatches(p, noun, state.words), state.skip);
    return m ? withPerson(m.person, undefined, m) : undefined;
  },
};
