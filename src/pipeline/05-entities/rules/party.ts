/**
 * Party abbreviations in parentheses after a politician (`Magdalena Andersson (S)`).
 *
 * @module
 */
import { PAREN_OPEN } from '../facts';
import type { Lexicon } from '../../../data/sv/lexicon';
import type { SpansRule, TokenRule } from './types';

/** The party an abbreviation stands for in the run's lexicon (`partyAbbreviations`: `S` → `Socialdemokraterna`), or null. */
function partyName(abbreviation: string, lex: Lexicon): string | null {
  const parties = lex.partyAbbreviations;
  return Object.prototype.hasOwnProperty.call(parties, abbreviation) ? parties[abbreviation]! : null;
}

/** `Magdalena Andersson (S)`: a party abbreviation in parentheses the model missed names the party. */
export const partyAbbreviation: TokenRule = {
  id: 'party-abbreviation',
  doc: 'A party abbreviation in parentheses is the party: `Lena Holmqvist (KD)` → ORG `KD`, name `Kristdemokraterna`.',
  kind: 'token',
  before: PAREN_OPEN,
  apply(w, k, t) {
    const { tokens } = w;
    const party = t.text.length <= 3 && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')' ? partyName(t.text, w.lexicon) : null;
    if (!party) return false;
    w.spans.push({ a: k, b: k + 1, start: t.start, end: t.end, type: 'ORG', words: [t.text], initial: false, name: party });
    return true;
  },
};

/** `(S)` found by the model or a gazetteer: the one-word mention in parentheses is the party, with its full name. */
export const partyInParentheses: SpansRule = {
  id: 'party-in-parentheses',
  doc: 'A one-word mention in parentheses that abbreviates a party is the party: `(M)` → ORG, name `Moderaterna`.',
  kind: 'spans',
  at: PAREN_OPEN,
  apply(w) {
    const { tokens } = w;
    for (const s of w.spans) {
      if (s.words.length === 1 && tokens[s.a - 1]?.text === '(' && tokens[s.b]?.text === ')') {
        const party = partyName(s.words[0]!, w.lexicon);
        if (party) { s.name = party; s.type = 'ORG'; }
      }
    }
  },
};
