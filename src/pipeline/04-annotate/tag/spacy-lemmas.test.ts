// spaCy's Swedish lemmatizer cases (spacy/tests/lang/sv/test_lemmatizer.py: one word alone), and our
// own sentences for the same kinds of words: compounds whose head the SALDO lexicon lists,
// genitives, names that keep their case and form.
import { describe, expect, it } from 'vitest';
import { tag } from '.';

const lemmaOf = (text: string, word: string): string | undefined => tag(text).find((t) => t.text === word)?.lemma;

describe("spaCy's Swedish lemmatizer cases", () => {
  it.each([
    ['DNA-profilernas', 'DNA-profil'],
    ['abortmotståndarens', 'abortmotståndare'],
    ['kolesterols', 'kolesterol'],
    ['portionssnusernas', 'portionssnus'],
    ['åsyns', 'åsyn'],
  ])('%s → %s', (word, lemma) => {
    expect(lemmaOf(word, word)).toBe(lemma);
  });
});

/**
 * `Elfenbenskustens` alone: a first word's capital says nothing about a name, and the word reads as a
 * common-noun compound (`elfenbens` + `kust`, head listed in SALDO); the name gazetteer lists the
 * country, so it is a name and keeps its form, as spaCy wants.
 */
describe("spaCy's name case", () => {
  it('Elfenbenskustens alone is the name Elfenbenskusten', () => {
    expect(tag('Elfenbenskustens').map((t) => `${t.pos} ${t.lemma}`)).toEqual(['PROPN Elfenbenskusten']);
  });
});

describe('the same kinds of words in our own sentences', () => {
  it.each([
    // a compound the treebank never saw, its head listed in SALDO
    ['Vi jämförde kaffesnusernas pris.', 'kaffesnusernas', 'kaffesnus'],
    ['De nya lådbilarna stod i rad.', 'lådbilarna', 'lådbil'],
    // a genitive of a listed noun
    ['Vid åsyns av vraket tystnade de.', 'åsyns', 'åsyn'],
    // a name keeps its case and form, without the genitive -s
    ['Hon flyttade till Elfenbenskustens huvudstad.', 'Elfenbenskustens', 'Elfenbenskusten'],
    // not shortened: a form SALDO lists itself is its own lemma
    ['Flera politiker kom till mötet.', 'politiker', 'politiker'],
  ])('%s (%s → %s)', (text, word, lemma) => {
    expect(lemmaOf(text, word)).toBe(lemma);
  });
});
