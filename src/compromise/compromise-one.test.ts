import nlp from 'compromise/one';
import { describe, expect, it } from 'vitest';
import { swedish, type SwedishNlp } from './index';

// compromise/one (the tokenizer and match syntax, no tagger and no tag set) is a fifth of
// compromise's size. The plugin works on it too: it writes each tag's parents itself. This file
// runs in its own module graph: compromise's full build would add its tag set to the same `nlp`.
nlp.plugin(swedish);
const sv = (text: string) => (nlp as unknown as SwedishNlp).swedish(text);
const words = (list: string[]) => list.map((s) => s.replace(/^[–—"”\s]+|[.,:;!?"”\s]+$/g, ''));

describe('the plugin on compromise/one', () => {
  const doc = sv('– Vi måste bygga fler bostäder i Uppsala, säger kommunalrådet Eva Lindqvist.');

  it('has no tag set of its own, so a parent comes only from the plugin', () => {
    expect(Object.keys((nlp.model() as { one: { tagSet?: object } }).one.tagSet ?? {})).not.toContain('ProperNoun');
  });

  it('parents are there: names and pronouns are nouns, auxiliaries verbs, prepositions connectors', () => {
    expect(words(doc.match('#Noun').out('array'))).toEqual(['Vi', 'bostäder', 'Uppsala', 'kommunalrådet', 'Eva', 'Lindqvist']);
    expect(words(doc.match('#Verb').out('array'))).toEqual(['måste', 'bygga', 'säger']);
    expect(words(doc.match('#Connector').out('array'))).toEqual(['i']);
  });

  it('people(), places() and the quotes work without compromise/three', () => {
    expect(words(doc.people().out('array'))).toEqual(['Eva Lindqvist']);
    expect(words(doc.places().out('array'))).toEqual(['Uppsala']);
    expect(words([doc.quotes()[0]!.speaker().text()])).toEqual(['Eva Lindqvist']);
  });
});
