import { give, type ReviewRule } from '../model';

/** `– A.` / `– B, säger hon.`: an unattributed dash quote with nobody before it takes the next dash quote's speaker. */
export const nextDashSpeaker: ReviewRule = {
  id: 'next-dash-speaker',
  doc: 'An unattributed dash quote with nobody before it takes the speaker of the dash quote right after: `– Vi är glada.` / `– Det blev bra, säger Eva Lund.`',
  stage: 'review',
  resolution: 'previous',
  apply(state) {
    const ds = state.drafts;
    for (let i = ds.length - 2; i >= 0; i--) {
      const d = ds[i]!;
      const f = d.found;
      if (d.speaker || f.kind !== 'dash' || f.raw || f.fixed !== undefined) continue;
      const g = ds[i + 1]!;
      if (g.found.kind === 'dash' && g.found.line <= f.lastLine + 1 && g.speaker) give(d, g.speaker, this);
    }
  },
};
