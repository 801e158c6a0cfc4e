import type { SpeakerRule } from '../model';
import { roleMatches } from '../people';
import { withPerson } from '../resolve';

/** `Tränaren Per Strand var besviken. – …, säger tränaren.`: a role noun points back to the person introduced with that role. */
export const roleNoun: SpeakerRule = {
  id: 'role-noun',
  doc: 'A role noun as speaker points back to the person introduced with that role, age or nationality: `säger tränaren`, `säger 38-åringen`, `säger norrmannen`, `säger S-ledaren`.',
  stage: 'speaker',
  resolution: 'role',
  apply(draft, state) {
    const raw = draft.found.raw;
    if (!raw || raw.kind !== 'np' || raw.text.includes(' ') || draft.found.fixed !== undefined || draft.speaker?.named) return undefined;
    const noun = raw.text.toLowerCase();
    const m = state.people.recentMatching(raw.start, (p) => roleMatches(p, noun, state.words), state.skip);
    return m ? withPerson(m.person, undefined, m) : undefined;
  },
};
