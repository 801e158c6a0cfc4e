/**
 * Media sub-brands: a media name and the capitalised words of its section or region.
 *
 * @module
 */
import { isCap } from '../features';
import { isFirstName } from '../gazetteer';
import { growTo, isNever } from '../work';
import type { SpansRule } from './types';

import { wordSet } from '../../../internal/lexicon';

/** `SvD Kultur`, `TV4 Fyrstad`, `SVT Nyheter Öst`. */
export const mediaSubbrand: SpansRule = {
  id: 'media-subbrand',
  doc: 'A media name and up to two capitalised words are one sub-brand: `SVT Nyheter Öst` → ORG `SVT Nyheter Öst`.',
  kind: 'spans',
  apply(w) {
    const { spans, tokens, text, initialTok } = w;
    const MEDIA = wordSet(w.lexicon.mediaParents);
    for (let k = 0; k < spans.length; k++) {
      const sp = spans[k]!;
      if (sp.type === 'PER' || !MEDIA.has(sp.words.join(' ')) || sp.end !== tokens[sp.b - 1]!.end) continue;
      let b = sp.b;
      while (b < sp.b + 2) {
        const t = tokens[b];
        // (not first names, closed-class words, dates, or a new sentence)
        if (!t || t.kind !== 'word' || initialTok[b] || !isCap(t.text) || isNever(t.text, w.lexicon) || isFirstName(t.text) || text.slice(tokens[b - 1]!.end, t.start) !== ' ') break;
        b++;
      }
      if (b === sp.b) continue;
      growTo(sp, tokens, b);
      sp.type = 'ORG';
      // Later spans inside the sub-brand are absorbed (marked empty, removed below in one pass).
      for (let j = k + 1; j < spans.length && spans[j]!.a < b && spans[j]!.b <= b; j++) spans[j]!.b = spans[j]!.a;
    }
    let n = 0;
    for (const sp of spans) if (sp.b > sp.a) spans[n++] = sp;
    spans.length = n;
  },
};
