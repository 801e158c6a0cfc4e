/**
 * Foreign place names of several words that the model and the world lists cut into pieces or run on:
 * a run of capitalised words that a place word begins (`Mount Elgon`, `Lake Placid`, `Fort Worth`,
 * `Punta del Diablo`) or ends (`Forest Hill Park`, `Bondi Beach`) is one place.
 *
 * @module
 */
import type { AnalyzedToken } from '../../../types';
import { wordSet } from '../../../internal/lexicon';
import { isFirstName } from '../gazetteer';
import { isLowerStart } from '../features';
import { hasLowerLetter, startsUpperLetter } from '../../../internal/letter-class';
import { oneSpace, type EntityWork, type Span0 } from '../work';
import type { SpansRule } from './types';
import { PLACE_WORD, triggersOf } from '../triggers';

/** Longest foreign place run, in tokens. */
const MAX_RUN = 8;

const capWord = (t: AnalyzedToken | undefined): boolean => !!t && t.kind === 'word' && startsUpperLetter(t.text) && hasLowerLetter(t.text);

/** Whether token `i` follows token `i - 1` after one space, in the same sentence, line and quote. */
function adjacent(w: EntityWork, i: number): boolean {
  return i < w.tokens.length && !w.initialTok[i] && oneSpace(w.text, w.tokens[i - 1]!.end, w.tokens[i]!.start);
}

/** The end of the run of capitalised words (and particles between them) from token `k`. */
function runEnd(w: EntityWork, k: number): number {
  const { tokens } = w;
  const particles = wordSet(w.lexicon.foreignPlaceParticles);
  let e = k + 1;
  while (e - k < MAX_RUN && adjacent(w, e)) {
    if (capWord(tokens[e])) { e++; continue; }
    // One or two particles between capitalised words (`Punta del Diablo`, `Plaza de la Revolución`).
    let p = e;
    while (p - e < 2 && p < tokens.length && particles.has(tokens[p]!.text) && adjacent(w, p)) p++;
    if (p === e || !adjacent(w, p) || !capWord(tokens[p])) break;
    e = p + 1;
  }
  return e;
}

/** The place inside the run [k, e), as its end token, or -1: the whole run after a start word, or up to its last end word. */
function placeEnd(w: EntityWork, k: number, e: number): number {
  const { tokens } = w;
  if (wordSet(w.lexicon.foreignPlaceStarts).has(tokens[k]!.text)) return e;
  const ends = wordSet(w.lexicon.foreignPlaceEnds);
  for (let x = e - 1; x > k; x--) {
    if (!ends.has(tokens[x]!.text)) continue;
    // (`Anna Park` may be a person; `Victoria Park Road` is a place)
    if (x - k === 1 && isFirstName(tokens[k]!.text)) return -1;
    return x + 1;
  }
  return -1;
}

/**
 * `klättrade upp på Mount Elgon`, `i Forest Hill Park`: a run of capitalised words begun by a foreign
 * place word (`Mount`, `Lake`, `Punta`) or ended by one (`Park`, `Beach`) is one place; the model's
 * pieces inside it go, and a piece that runs on into lower-case words is cut back to the place.
 */
export const foreignPlaceRun: SpansRule = {
  id: 'foreign-place-run',
  doc: 'A capitalised run begun or ended by a foreign place word is one place: `Mount Elgon`, `Forest Hill Park` → LOC.',
  kind: 'spans',
  triggers: PLACE_WORD,
  apply(w) {
    const { tokens } = w;
    // (speed: a place needs a start or end word of the lexicon's lists; a text without one has none)
    if ((triggersOf(w).any & PLACE_WORD) === 0) return;
    const add: Span0[] = [];
    const drop = new Set<Span0>();
    for (let k = 0; k < tokens.length; k++) {
      if (!capWord(tokens[k]) || w.blocked[k]) continue;
      const e = runEnd(w, k);
      const b = e - k >= 2 ? placeEnd(w, k, e) : -1;
      if (b < 0 || w.lookup(tokens.slice(k, b).map((t) => t.text).join(' '))) { k = e - 1; continue; }
      // Every mention it touches lies inside it, or runs on only into lower-case words.
      const touched = w.spans.filter((sp) => sp.a < b && sp.b > k);
      const fits = touched.every((sp) => sp.a >= k && tokens.slice(b, sp.b).every((t) => isLowerStart(t.text)));
      if (!fits) { k = e - 1; continue; }
      for (const sp of touched) drop.add(sp);
      add.push({ a: k, b, start: tokens[k]!.start, end: tokens[b - 1]!.end, type: 'LOC', words: tokens.slice(k, b).map((t) => t.text), initial: !!w.initialTok[k] });
      k = e - 1;
    }
    if (!add.length) return;
    w.spans = [...w.spans.filter((sp) => !drop.has(sp)), ...add].sort((x, y) => x.start - y.start);
  },
};
