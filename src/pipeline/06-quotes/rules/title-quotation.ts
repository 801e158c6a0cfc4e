import { give, type ReviewRule, type Who } from '../model';

/** `”Jag vill att fler unga ska läsa”` as the title: the words of the one person the article quotes by name. */
export const titleQuotation: ReviewRule = {
  id: 'title-quotation',
  doc: 'A quotation standing as the title goes to the one person the article quotes by name: `”Jag vill att fler ska läsa”` / … `säger Eva Lund`.',
  stage: 'review',
  resolution: 'title',
  apply(state) {
    const first = state.drafts[0];
    if (!first || first.speaker || first.found.kind !== 'marks' || state.lines.length <= 1 || first.end > state.lines[0]!.end) return;
    const persons = new Map<string, Who>();
    for (const o of state.drafts) if (o.speaker?.named && state.people.byName.has(o.speaker.name)) persons.set(o.speaker.name, o.speaker);
    if (persons.size === 1) give(first, [...persons.values()][0]!, this);
  },
};
