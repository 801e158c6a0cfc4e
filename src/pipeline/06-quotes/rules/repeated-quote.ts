import { give, type ReviewRule } from '../model';

/** A quote near the top repeated later with an attribution (a dash headline) takes that speaker. */
export const repeatedQuote: ReviewRule = {
  id: 'repeated-quote',
  doc: 'A quote near the top that is repeated later with an attribution takes that speaker: `– Vi ger inte upp` … `– Vi ger inte upp, säger Eva Lund.`',
  stage: 'review',
  resolution: 'previous',
  apply(state) {
    const ds = state.drafts;
    for (let i = 0; i < ds.length && i < 5; i++) {
      const q = ds[i]!;
      if (q.speaker) continue;
      const norm = q.text.replace(/[.!?…\s]+$/, '');
      const src = ds.find((o) => o !== q && o.speaker && o.text.includes(norm));
      if (src) give(q, src.speaker, this);
    }
  },
};
