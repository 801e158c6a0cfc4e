// spaCy's Swedish tokenizer test cases (spacy/tests/lang/sv: test_exceptions.py, test_tokenizer.py,
// test_prefix_suffix_infix.py) as a table, run against our tokenizer. The texts are spaCy's test
// inputs (MIT); rows where we follow Talbanken instead are listed at the end with the reason.
import { describe, expect, it } from 'vitest';
import { tokenize } from '.';

const texts = (s: string) => tokenize(s).map((t) => t.text);

/** Input → expected tokens (exactly spaCy's expectation). */
const SAME: [string, string[]][] = [
  ['Smörsåsen används bl.a. till fisk', ['Smörsåsen', 'används', 'bl.a.', 'till', 'fisk']],
  ['Jag kommer först kl. 13 p.g.a. diverse förseningar', ['Jag', 'kommer', 'först', 'kl.', '13', 'p.g.a.', 'diverse', 'förseningar']],
  ['Anders I. tycker om ord med i i.', ['Anders', 'I.', 'tycker', 'om', 'ord', 'med', 'i', 'i', '.']],
  ['Det är bl.a. inte meningen', ['Det', 'är', 'bl.a.', 'inte', 'meningen']],
  ['Här är något du kan titta på.', ['Här', 'är', 'något', 'du', 'kan', 'titta', 'på', '.']],
  // abbreviations alone are one token
  ['bl.a', ['bl.a']],
  ['m.a.o.', ['m.a.o.']],
  ['Jan.', ['Jan.']],
  ['Dec.', ['Dec.']],
  ['kr.', ['kr.']],
  ['osv.', ['osv.']],
  // ... but not words that are also abbreviations
  ['Jul.', ['Jul', '.']],
  ['jul.', ['jul', '.']],
  ['sön.', ['sön', '.']],
  ['Sön.', ['Sön', '.']],
  // prefixes, suffixes, infixes
  ['(under)', ['(', 'under', ')']],
  ["gitta'r", ["gitta'r"]],
  ["Björn's", ["Björn's"]],
  ["Lars'", ["Lars'"]],
  ['svart.Gul', ['svart', '.', 'Gul']],
  ['Hej.Världen', ['Hej', '.', 'Världen']],
  ['Hej,Världen', ['Hej', ',', 'Världen']],
  ['en,två', ['en', ',', 'två']],
  ['svart...Gul', ['svart', '...', 'Gul']],
  ['svart...gul', ['svart', '...', 'gul']],
];

/**
 * Where we differ on purpose. spaCy splits the spoken contraction `driver du` → `driveru` into
 * `driver` + `u`; Talbanken has no such forms, and the ending `-ru` is common in ordinary words
 * (`Peru`, `guru`, `kanguru`), so we keep one token.
 */
const DIFFERENT: [string, string[]][] = [
  ['driveru', ['driveru']],
  ['Fixaru', ['Fixaru']],
];

describe("spaCy's Swedish tokenizer cases", () => {
  it.each(SAME)('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
  it.each(DIFFERENT)('%s (differs from spaCy on purpose)', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('our own rows for the two spaCy-driven rules', () => {
  const rows: [string, string[]][] = [
    // a lone abbreviation: a heading or table cell
    ['Febr.', ['Febr.']],
    ['etc.', ['etc.']],
    // not alone: the sentence-final dot stays punctuation (Talbanken)
    ['Det kostar 20 kr.', ['Det', 'kostar', '20', 'kr', '.']],
    ['Vi åt, drack osv.', ['Vi', 'åt', ',', 'drack', 'osv', '.']],
    ['min.', ['min', '.']],
    // a middle initial or regnal number before a lower-case word
    ['Karl X. var kung.', ['Karl', 'X.', 'var', 'kung', '.']],
    ['Sven G. åkte hem.', ['Sven', 'G.', 'åkte', 'hem', '.']],
    // not after a lower-case word, and not before a capital that starts a sentence
    ['Han fick betyget A. Sedan gick han.', ['Han', 'fick', 'betyget', 'A', '.', 'Sedan', 'gick', 'han', '.']],
    ['Han fick betyget A. sedan gick han.', ['Han', 'fick', 'betyget', 'A', '.', 'sedan', 'gick', 'han', '.']],
  ];
  it.each(rows)('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});
