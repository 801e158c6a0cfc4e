// The name function-word rule (`nameWordRules`): an English title before a capitalised word is a
// common noun, a foreign article before one a determiner, but not where the two words begin a listed
// name of several words. Our own phrasings.
import { describe, expect, it } from 'vitest';
import { TAGS } from './features';
import { nameWordRules, unitRules, type NameWords } from './perceptron';
import { nameWordsOf } from './names';
import { tagLabels } from './index';
import { tokenize } from '../../02-tokens';
import { defaultLexicon, extendLexicon } from '../../../data/sv/lexicon';

const PROPN = TAGS.indexOf('PROPN');

/** Tags of the words after the rule, every word starting as PROPN. */
function apply(words: string[], lists: NameWords = nameWordsOf()): string[] {
  return nameWordRules(words, words.map(() => PROPN), lists).map((t) => TAGS[t]!);
}

describe('nameWordRules', () => {
  it.each<[string, string[], string]>([
    // fires
    ['English title before a surname', ['Mr', 'Lindqvist'], 'NOUN'],
    ['title with a full stop', ['Ms.', 'Berglund'], 'NOUN'],
    ['title before a genitive', ['Mrs', 'Holms'], 'NOUN'],
    ['Sir before a first name', ['Sir', 'Arvid'], 'NOUN'],
    ['English article of a newspaper', ['The', 'Guardian'], 'DET'],
    ['Spanish article of a newspaper', ['El', 'Comercio'], 'DET'],
    ['German article of a magazine', ['Die', 'Woche'], 'DET'],
    // does not fire
    ['article that begins a listed place', ['El', 'Salvador'], 'PROPN'],
    ['an article that begins a place the caller lists', ['Die', 'Ebene'], 'PROPN'],
    ['Los is not in the lists (Los Angeles)', ['Los', 'Angeles'], 'PROPN'],
    ['Le is not in the lists (Le Pen)', ['Le', 'Pen'], 'PROPN'],
    ['title before a small letter', ['Mr', 'och'], 'PROPN'],
    ['title written in small letters', ['mr', 'Lindqvist'], 'PROPN'],
    ['a word not in the lists', ['Herr', 'Lindqvist'], 'PROPN'],
    ['La is not in the lists (names such as La Paz)', ['La', 'Paz'], 'PROPN'],
  ])('%s', (_, words, want) => {
    const own = extendLexicon(defaultLexicon(), { gazetteer: { 'Die Ebene': 'LOC', 'The Guardian': 'ORG' } });
    expect(apply(words, nameWordsOf(own))[0]).toBe(want);
  });

  it('leaves the last word alone (nothing follows it)', () => {
    expect(apply(['Han', 'hälsade', 'på', 'Mr'])).toEqual(['PROPN', 'PROPN', 'PROPN', 'PROPN']);
  });

  it('reads the lists of the Lexicon of the call', () => {
    const own = extendLexicon(defaultLexicon(), { honorifics: { add: ['Dame'] }, foreignArticles: { remove: ['The'] } });
    expect(apply(['Dame', 'Judith'], nameWordsOf(own))[0]).toBe('NOUN');
    expect(apply(['The', 'Guardian'], nameWordsOf(own))[0]).toBe('PROPN');
    expect(apply(['Dame', 'Judith'])[0]).toBe('PROPN');
  });
});

describe('the tagger applies it', () => {
  it.each<[string, string, string, string]>([
    ['Enligt Mr Lindqvist var mötet lugnt.', 'Mr', 'NOUN', 'mr'],
    ['Hon läste en intervju med Ms Berglund i går.', 'Ms', 'NOUN', 'ms'],
    ['Sir Arvid Holm talade först.', 'Sir', 'NOUN', 'sir'],
    ['Artikeln stod i The Guardian i lördags.', 'The', 'DET', 'the'],
    ['Han skrev för El Comercio under flera år.', 'El', 'DET', 'el'],
  ])('%s', (text, word, pos, lemma) => {
    const toks = tokenize(text);
    const i = toks.findIndex((t) => t.text === word);
    const out = tagLabels(toks);
    expect(out.pos[i]).toBe(pos);
    expect(out.lemma[i]).toBe(lemma);
  });
});

describe('unitRules', () => {
  const lists = nameWordsOf();
  it.each<[string, string[], number, string]>([
    // fires: a listed unit right after a number
    ['billions after a decimal number', ['1,4', 'md', 'euro'], 1, 'NOUN'],
    ['millions of kronor', ['12', 'mkr'], 1, 'NOUN'],
    ['kilometres', ['5', 'km', 'bort'], 1, 'NOUN'],
    ['energy', ['3', 'TWh'], 1, 'NOUN'],
    // does not fire
    ['no number before', ['flera', 'md'], 1, 'PROPN'],
    ['a Swedish word after a number (ha is a verb)', ['2', 'ha'], 1, 'PROPN'],
    ['not a unit', ['5', 'hus'], 1, 'PROPN'],
    ['case matters for units (MD is not md)', ['5', 'MD'], 1, 'PROPN'],
  ])('%s', (_, words, i, want) => {
    expect(unitRules(words, words.map(() => PROPN), lists).map((t) => TAGS[t]!)[i]).toBe(want);
  });

  it('the tagger applies it', () => {
    const toks = tokenize('Bolaget förlorade 1,4 md euro i fjol.');
    const out = tagLabels(toks);
    expect(out.pos[toks.findIndex((t) => t.text === 'md')]).toBe('NOUN');
  });
});
