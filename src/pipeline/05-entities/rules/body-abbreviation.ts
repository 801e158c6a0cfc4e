/**
 * The short name of a body in parentheses after the words that describe it: `polisens nationella
 * utredningsenhet (Sue)`, `den franska spionmyndigheten (DGSE)` → ORG `Sue`, `DGSE`, whatever
 * the model made of the short name (`Sue` is also a first name).
 *
 * @module
 */
import { PAREN_OPEN } from '../facts';
import type { AnalyzedToken } from '../../../types';
import { wordSet } from '../../../internal/lexicon';
import { isLowerStart } from '../features';
import { tokenSpan, type EntityWork } from '../work';
import type { SpanRule, TokenRule } from './types';

/** Whether a lower-case word names a body: a body word, or a compound ending in one of four letters or more (`spionmyndigheten`). */
function isBodyWord(w: EntityWork, lower: string): boolean {
  const words = wordSet(w.lexicon.bodyWords);
  if (words.has(lower)) return true;
  for (let i = 2; i <= lower.length - 4; i++) if (words.has(lower.slice(i))) return true;
  return false;
}

/** Whether tokens `a`..`b` sit in parentheses right after a lower-case body word. */
function afterBody(w: EntityWork, a: number, b: number): boolean {
  const { tokens } = w;
  const pv: AnalyzedToken | undefined = tokens[a - 2];
  return tokens[a - 1]?.text === '(' && tokens[b]?.text === ')' && !!pv && pv.kind === 'word' && isLowerStart(pv.text) && isBodyWord(w, pv.normal);
}

/** `utredningsenhet (Sue)` typed as a person or a place: the short name in parentheses after a body word is the body. */
export const bodyAbbreviation: SpanRule = {
  id: 'body-abbreviation',
  doc: 'A one-word name in parentheses after a word naming a body is an organisation: `särskilda utredningsenhet (Sue)` → ORG `Sue`.',
  kind: 'span',
  before: PAREN_OPEN,
  apply(sp, w) {
    if (sp.words.length === 1 && sp.b - sp.a === 1 && sp.type !== 'ORG' && afterBody(w, sp.a, sp.b)) sp.type = 'ORG';
    return true;
  },
};

/** `samordningsenheten (Samo)` the model left out: the short name in parentheses after a body word. */
export const bodyAbbreviationMissed: TokenRule = {
  id: 'body-abbreviation-missed',
  doc: 'A capitalised short name in parentheses after a word naming a body, missed by the model, is an organisation: `samordningsenheten (Samo)` → ORG `Samo`.',
  kind: 'token',
  before: PAREN_OPEN,
  apply(w, k, t) {
    if (t.text.length > 10 || !afterBody(w, k, k + 1)) return false;
    w.spans.push(tokenSpan(w.tokens, k, 'ORG'));
    return true;
  },
};
