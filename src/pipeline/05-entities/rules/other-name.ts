/**
 * An organisation's or place's other name in parentheses (`reklambyrån Ordlek (numera Brandlab)`,
 * `Zaire (numera Kongo-Kinshasa)`) is a name of the same type.
 *
 * @module
 */
import { NEVER, OTHER_NAME, OTHER_NAME_WORD } from '../facts';
import { isCap } from '../features';
import { neverAt, oneSpace } from '../work';
import type { TokenRule } from './types';

/** `Ordlek (numera Brandlab)`: capitalised words after `(numera`, `(tidigare` closing the parenthesis take the type of the mention before it. */
export const otherNameInParentheses: TokenRule = {
  id: 'other-name-in-parentheses',
  doc: 'A name after `(numera`, `(tidigare` is a name of the type before it: `reklambyrån Ordlek (numera Brandlab)` → ORG `Brandlab`.',
  kind: 'token',
  unless: NEVER,
  before: OTHER_NAME,
  apply(w, k, t) {
    const { tokens, text } = w;
    const word = tokens[k - 1], open = tokens[k - 2];
    if (!word || !open || open.text !== '(' || !OTHER_NAME_WORD.has(word.normal) || neverAt(w, k)) return false;
    const before = w.spans.find((sp) => sp.b === k - 2 && sp.type !== 'PER');
    if (!before) return false;
    let e = k + 1;
    while (e < tokens.length && e - k < 4 && tokens[e]!.kind === 'word' && isCap(tokens[e]!.text) && !w.taken[e] && oneSpace(text, tokens[e - 1]!.end, tokens[e]!.start)) e++;
    if (tokens[e]?.text !== ')') return false;
    w.spans.push({ a: k, b: e, start: t.start, end: tokens[e - 1]!.end, type: before.type, words: tokens.slice(k, e).map((x) => x.text), initial: false });
    for (let x = k; x < e; x++) w.taken[x] = 1;
    return true;
  },
};
