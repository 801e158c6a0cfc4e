/**
 * Regnal numbers belong to the name (`Sobekhotep IV`, `Karl XII:s`).
 *
 * @module
 */
import { freeNext, takeNext } from '../work';
import type { SpanRule } from './types';

/** A Roman regnal number from II to XVI, also with a genitive (`XII:s`). */
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)(?::s)?$/;

/** `Sobekhotep IV` cut to `Sobekhotep`: a person goes on over a Roman regnal number right after it. */
export const regnalNumber: SpanRule = {
  id: 'regnal-number',
  doc: 'A person goes on over a Roman regnal number right after it: `begick Sobekhotep IV ett misstag` → PER `Sobekhotep IV`.',
  kind: 'span',
  apply(sp, w) {
    const nx = sp.type === 'PER' ? freeNext(sp, w) : undefined;
    if (!nx || !REGNAL.test(nx.text)) return true;
    takeNext(sp, w);
    return true;
  },
};
