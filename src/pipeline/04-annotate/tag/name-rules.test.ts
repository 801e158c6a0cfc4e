// The name rules after decoding (`nameRules`), mode 28 as the tagger runs them: a capitalised word that
// neither the treebank nor the SALDO lexicon knows is a name inside a sentence and at its start; and
// anywhere, a capitalised word the treebank does not know that the name gazetteer lists (first names,
// places) is a name. The rule for an unknown first word before another capital (bit 2) is off: it made
// titles names (`Historikern Karin Ek`), and the gazetteer covers first names.
import { describe, expect, it } from 'vitest';
import { TAGS } from './features';
import { isListedName, listedNameTest } from './names';
import { tagLabels } from './index';
import { tokenize } from '../../02-tokens';
import { defaultLexicon, extendLexicon } from '../../../data/sv/lexicon';
import { createSwedish } from '../../../instance';
import { nameRules } from './perceptron';

const NOUN = TAGS.indexOf('NOUN');
const PROPN = TAGS.indexOf('PROPN');

/** Words: [form, unknown to the treebank, has a lexicon reading]. */
type Row = [string, [string, boolean, boolean][], number, number];

const rows: Row[] = [
  // fires: unknown to both, inside and at the start
  ['inside, unknown to both', [['Vi', false, false], ['mötte', false, true], ['Zwiqqo', true, false], ['.', false, false]], 2, PROPN],
  ['first, unknown to both', [['Zwiqqo', true, false], ['tillkännagav', false, true], ['avtalet', false, true]], 0, PROPN],
  ['first, a listed first name before a surname', [['Karin', true, true], ['Andersson', true, false], ['kom', false, true]], 0, PROPN],
  // fires: a listed first name or place, even when the lexicon reads it as a word (`Dal-arna`, `Ros-ita`)
  ['inside, a listed place the lexicon reads as a noun', [['Vi', false, false], ['for', false, true], ['till', false, true], ['Dalarna', true, true]], 3, PROPN],
  ['first, a listed place', [['Dalarna', true, true], ['lockar', false, true], ['turister', false, true]], 0, PROPN],
  ['first, a listed first name in the genitive', [['Rositas', true, true], ['hund', false, true], ['skällde', false, true]], 0, PROPN],
  // does not fire
  ['first, a title the lexicon knows before a name', [['Historikern', true, true], ['Karin', true, false], ['Ek', true, false]], 0, NOUN],
  ['first, an unlisted word with a lexicon reading before another capital', [['Kaffesnus', true, true], ['Andersson', true, false], ['kom', false, true]], 0, NOUN],
  ['first, the lexicon has a reading', [['Kaffesnusen', true, true], ['såldes', false, true], ['slut', false, true]], 0, NOUN],
  ['inside, the lexicon has a reading', [['Vi', false, false], ['köpte', false, true], ['Kaffesnus', true, true]], 2, NOUN],
  ['known to the treebank', [['Vi', false, false], ['såg', false, true], ['Regeringen', false, true]], 2, NOUN],
  ['lower case', [['Vi', false, false], ['såg', false, true], ['zwiqqo', true, false]], 2, NOUN],
  ['a listed place written in lower case', [['Vi', false, false], ['såg', false, true], ['dalarna', true, true]], 2, NOUN],
  ['a listed name the treebank knows (its tagging stands)', [['Vi', false, false], ['såg', false, true], ['Dalarna', false, true]], 2, NOUN],
  ['a capitalised compound not listed', [['Egnahemsrörelsen', true, true], ['växte', false, true], ['snabbt', false, true]], 0, NOUN],
];

describe('name rules (mode 28)', () => {
  it.each(rows)('%s', (_, words, i, want) => {
    const tags = words.map(() => NOUN);
    nameRules(
      words.map((w) => w[0]),
      words.map((w) => w[1]),
      tags,
      28,
      words.map((w) => w[2]),
      isListedName,
    );
    expect(tags[i]).toBe(want);
  });
});

describe('the name gazetteer', () => {
  it.each([
    ['Dalarna', true],
    ['Dalarnas', true],
    ['Karin', true],
    ['Karins', true],
    ['Egypten', true],
    ['dalarna', false],
    ['Egnahemsrörelsen', false],
    ['Regeringen', false],
    ['s', false],
    ['', false],
  ])('%s → %s', (form, want) => {
    expect(isListedName(form)).toBe(want);
  });
  it('without the genitive, only the name itself', () => {
    expect(isListedName('Dalarnas', false)).toBe(false);
    expect(isListedName('Dalarna', false)).toBe(true);
  });
});

describe('listed names come from the Lexicon of the call', () => {
  const own = extendLexicon(defaultLexicon(), {
    gazetteer: { Solrosen: 'LOC', Kvarnbäcken: 'LOC', 'Nya Kvarnen': 'ORG' },
    femaleFirstNames: { add: ['Vildeborg'] },
    gazetteerLoc: { remove: ['Egypten'] },
  });

  it.each<[string, boolean, boolean]>([
    // form, listed by default, listed with the caller's lexicon
    ['Solrosen', false, true],
    ['Kvarnbäckens', false, true],
    ['Vildeborg', false, true],
    ['Karin', true, true],
    ['Egypten', true, false],
    ['Nya', false, false], // a name of several words is not a one-word name
    ['solrosen', false, false],
  ])('%s: default %s, own lexicon %s', (form, byDefault, withOwn) => {
    expect(isListedName(form)).toBe(byDefault);
    expect(isListedName(form, true, own)).toBe(withOwn);
    expect(listedNameTest(own)(form)).toBe(withOwn);
  });

  it('the tagger reads them: a name the caller adds is tagged and lemmatised as a name', () => {
    const toks = tokenize('Hon bor i Solrosen nu. Kvarnbäckens skola stänger.');
    const byDefault = tagLabels(toks);
    const withOwn = tagLabels(toks, own);
    expect(byDefault.pos[3]).toBe('NOUN');
    expect(withOwn.pos[3]).toBe('PROPN');
    expect(withOwn.lemma[3]).toBe('Solrosen');
    expect(withOwn.pos[6]).toBe('PROPN');
    expect(withOwn.lemma[6]).toBe('Kvarnbäcken');
    // the built-in lexicon passed explicitly is the default
    expect(tagLabels(toks, defaultLexicon())).toEqual(byDefault);
  });

  it('an instance with the names in its lexicon tags them as names in analyze()', () => {
    const text = 'Hon bor i Solrosen nu.';
    const pos = (doc: ReturnType<ReturnType<typeof createSwedish>['analyze']>) => doc.sentences[0]!.tokens.find((t) => t.text === 'Solrosen')?.pos;
    expect(pos(createSwedish().analyze(text))).toBe('NOUN');
    expect(pos(createSwedish({ lexicon: { gazetteer: { Solrosen: 'LOC' } } }).analyze(text))).toBe('PROPN');
  });
});
