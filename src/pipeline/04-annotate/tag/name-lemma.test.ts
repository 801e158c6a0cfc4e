// Lemmas of names the treebank does not know (`nameLemma` in ./lemma): a Swedish name does not
// inflect except for the genitive, so its lemma is the name as written without a genitive ending.
import { describe, expect, it } from 'vitest';
import { TAG_LETTERS, TAGS } from './features';
import { lemmatize } from './lemma';
import { loadModel } from './model';
import { TAGGER_MODEL } from '../../../data/sv/tagger-model';
import { SALDO_LEXICON } from '../../../data/sv/saldo-lexicon';

const m = loadModel(TAGGER_MODEL, SALDO_LEXICON);
const P = TAGS.indexOf('PROPN');
const lemmaAsName = (form: string): string => lemmatize(form, form.toLowerCase(), 'PROPN', TAG_LETTERS[P]!, m.lemma);

describe('name lemmas', () => {
  it.each([
    // the form itself: no plural or definite ending is taken off a name
    ['Dalarna', 'Dalarna'],
    ['Filippinerna', 'Filippinerna'],
    ['Medelhavet', 'Medelhavet'],
    ['Zwiqqoborna', 'Zwiqqoborna'],
    // a genitive: a listed name before -s, `:s` after an abbreviation, a name the suffix rules read as a genitive
    ['Dalarnas', 'Dalarna'],
    ['Karins', 'Karin'],
    ['ZWQ:s', 'ZWQ'],
    ['Elfenbenskustens', 'Elfenbenskusten'],
    // must not strip: a listed name ending in -s, and -s endings that are not genitives of names
    ['Jonas', 'Jonas'],
    ['Klaus', 'Klaus'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaAsName(form)).toBe(lemma);
  });
});
