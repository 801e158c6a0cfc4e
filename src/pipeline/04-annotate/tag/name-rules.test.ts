// The name rules after decoding (`nameRules`), mode 14 as the tagger runs them: a capitalised word that
// neither the treebank nor the SALDO lexicon knows is a name inside a sentence and at its start;
// at the start, an unknown word before another capitalised word is one too.
import { describe, expect, it } from 'vitest';
import { TAGS } from './features';
import { nameRules } from './perceptron';

const NOUN = TAGS.indexOf('NOUN');
const PROPN = TAGS.indexOf('PROPN');

/** Words: [form, unknown to the treebank, has a lexicon reading]. */
type Row = [string, [string, boolean, boolean][], number, number];

const rows: Row[] = [
  // fires: unknown to both, inside and at the start
  ['inside, unknown to both', [['Vi', false, false], ['mötte', false, true], ['Zwiqqo', true, false], ['.', false, false]], 2, PROPN],
  ['first, unknown to both', [['Zwiqqo', true, false], ['tillkännagav', false, true], ['avtalet', false, true]], 0, PROPN],
  ['first, before another capital', [['Kaffesnus', true, true], ['Andersson', true, false], ['kom', false, true]], 0, PROPN],
  // does not fire
  ['first, the lexicon has a reading', [['Kaffesnusen', true, true], ['såldes', false, true], ['slut', false, true]], 0, NOUN],
  ['inside, the lexicon has a reading', [['Vi', false, false], ['köpte', false, true], ['Kaffesnus', true, true]], 2, NOUN],
  ['known to the treebank', [['Vi', false, false], ['såg', false, true], ['Regeringen', false, true]], 2, NOUN],
  ['lower case', [['Vi', false, false], ['såg', false, true], ['zwiqqo', true, false]], 2, NOUN],
];

describe('name rules (mode 14)', () => {
  it.each(rows)('%s', (_, words, i, want) => {
    const tags = words.map(() => NOUN);
    nameRules(
      words.map((w) => w[0]),
      words.map((w) => w[1]),
      tags,
      14,
      words.map((w) => w[2]),
    );
    expect(tags[i]).toBe(want);
  });
});
