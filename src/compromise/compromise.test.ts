import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { swedish, type SwedishNlp } from './index';

nlp.plugin(swedish);
const sv = (text: string) => (nlp as unknown as SwedishNlp).swedish(text);
/** The matches as written, without the punctuation compromise keeps around them. */
const words = (list: string[]) => list.map((s) => s.replace(/^[–—"”\s]+|[.,:;!?"”\s]+$/g, ''));
const SEED = readFileSync(resolve(__dirname, '../../fixtures/seed_akademikern.txt'), 'utf8');

describe('nlp.swedish on the seed article', () => {
  const doc = sv(SEED);

  it('keeps the text exactly', () => {
    expect(doc.text()).toBe(SEED);
  });

  it('.people() holds Laura Hartman', () => {
    expect(doc.people().out('array')).toContain('Laura Hartman');
    expect(new Set(words(doc.people().out('array')))).toEqual(new Set(['Laura Hartman', 'Stina Loman']));
  });

  it('.match() finds the attributions (the article writes `säger Laura Hartman`)', () => {
    expect(words(doc.match('säger #Person+').out('array'))).toEqual(Array(3).fill('säger Laura Hartman'));
    expect(doc.match('#Person+ säger').found).toBe(false);
  });

  it('.quotes() gives the five quotes, each with speaker Laura Hartman', () => {
    const quotes = doc.quotes();
    expect(quotes).toHaveLength(5);
    for (const q of quotes) {
      expect(q.quote.speaker?.name).toBe('Laura Hartman');
      expect(q.speaker().speaker?.name).toBe('Laura Hartman');
      expect(words([q.speaker().text()])).toEqual(['Laura Hartman']);
      // the view holds the quoted words
      expect(q.text()).toContain(q.quote.text.slice(0, 20));
    }
  });

  it('.speakers() gives one match per speaker mention, with the data', () => {
    const speakers = doc.speakers();
    expect(speakers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(speakers.json().map((j: Record<string, unknown>) => (j.speaker as { name: string }).name))).toEqual(new Set(['Laura Hartman']));
  });

  it('.entities() and .organizations() read the same mentions as tagEntities, with canonical names', () => {
    const a = analyze(SEED);
    const orgs = doc.entities('ORG');
    expect(orgs.mentions.map((e) => e.name)).toEqual(a.entities.filter((e) => e.type === 'ORG').map((e) => e.name));
    expect(orgs.json().map((j: Record<string, unknown>) => (j.entity as { name: string }).name)).toEqual(orgs.mentions.map((e) => e.name));
    expect(words(doc.organizations().out('array'))).toEqual(orgs.mentions.map((e) => e.text));
    expect(doc.entities().length).toBe(a.entities.length);
  });

  it('.keywords() gives a view of each keyword with all its occurrences', () => {
    const [first] = doc.keywords(3);
    expect(doc.keywords(3)).toHaveLength(3);
    expect(first!.keyword.text).toBe(doc.analysis().keywords[0]!.text);
    expect(first!.length).toBe(first!.keyword.spans.length);
  });

  it('methods work within a view: one sentence holds only its own entities', () => {
    const sentence = doc.match('Ett av dem är Falu kommun');
    expect(sentence.found).toBe(true);
    expect((sentence as typeof doc).entities().mentions.map((e) => e.name)).toEqual(['Falu kommun']);
  });
});

// Tags of each kind, on sentences of our own; rows with [] must not fire.
const TAGS: [text: string, match: string, expected: string[]][] = [
  ['Maria Lind flyttade till Umeå i fjol.', '#Person+', ['Maria Lind']],
  ['Maria Lind flyttade till Umeå i fjol.', '#Place', ['Umeå']],
  ['Ikea öppnar ett nytt varuhus i Malmö.', '#Organization', ['Ikea']],
  ['Ikea öppnar ett nytt varuhus i Malmö.', '#Person', []],
  ['Volvo Cars ska anställa 200 personer i Torslanda.', '#Organization+', ['Volvo Cars']],
  ['Ann-Sofie Ek jobbar på SVT i Luleå.', '#Organization', ['SVT']],
  ['Katten sover på den gamla mattan.', '#Noun', ['Katten', 'mattan']],
  ['Katten sover på den gamla mattan.', '#Determiner #Adjective #Noun', ['den gamla mattan']],
  ['Katten sover på den gamla mattan.', '#Verb', ['sover']],
  ['Katten sover på den gamla mattan.', '#ProperNoun', []],
  ['Hon läser snabbt och skriver långsamt.', '#Pronoun', ['Hon']],
  ['Hon läser snabbt och skriver långsamt.', '#Verb #Adverb', ['läser snabbt', 'skriver långsamt']],
  ['Hon läser snabbt och skriver långsamt.', '#Conjunction', ['och']],
  ['Om det regnar stannar vi hemma.', '#Conjunction', ['Om']],
  ['Priset steg med 15 procent under våren.', '#Preposition', ['med', 'under']],
  ['Priset steg med 15 procent under våren.', '#Value', ['15']],
  ['Eleverna har läst tre böcker.', '#Auxiliary #Verb', ['har läst']],
  ['Eleverna har läst tre böcker.', '#TextValue', ['tre']],
  ['Nej, jag vill inte åka till Kiruna.', '#Expression', ['Nej']],
  ['Vi har inte sett honom sedan i somras.', '!#Stopword', ['sett', 'somras']],
  ['Johan Berg säger att skolan behöver mer pengar.', '#Person+ säger', ['Johan Berg säger']],
  ['– Det här är ett bra beslut, säger Karin Ek.', 'säger #Person+', ['säger Karin Ek']],
  ['Hans Nilssons bok handlar om Norrland.', '#Possessive', ['Nilssons']],
  ['Hans Nilssons bok handlar om Norrland.', '#Place', ['Norrland']],
];

describe('tags of each kind', () => {
  it.each(TAGS)('%s  %s', (text, match, expected) => {
    expect(words(sv(text).match(match).out('array'))).toEqual(expected);
  });

  it('the lemma is compromise’s root form', () => {
    expect(sv('Katten sover på den gamla mattan.').text('root')).toBe('katt sova på den gammal matta.');
    expect(sv('Eleverna har läst tre böcker.').text('root')).toBe('elev ha läsa tre bok.');
  });

  it('{lemma} matches every form, å, ä and ö included (the plugin keeps compromise from folding them)', () => {
    const doc = sv('Hon sa att de säger nej. Han sade inget. Vi bor på en ö i skärgården.');
    expect(words(doc.match('{säga}').out('array'))).toEqual(['sa', 'säger', 'sade']);
    expect(words(doc.match('{skärgård}').out('array'))).toEqual(['skärgården']);
    expect(words(doc.match('{bo} på').out('array'))).toEqual(['bor på']);
    expect(doc.match('{saga}').found).toBe(false);
  });

  it('each term carries its annotation and the entity’s canonical name in .json()', () => {
    const [sentence] = sv('Enligt Hartmans rapport växer EU:s budget.').json() as { terms: { text: string; swedish?: { pos: string; entity?: { name: string } } }[] }[];
    const eu = sentence!.terms.find((t) => t.text === 'EU:s')!;
    expect(eu.swedish).toMatchObject({ pos: 'PROPN', entity: { name: 'EU' } });
    expect(sentence!.terms.find((t) => t.text === 'växer')!.swedish).toMatchObject({ pos: 'VERB', lemma: 'växa' });
  });
});

describe('where compromise’s tokenizer and ours disagree, every overlapping term gets the tags', () => {
  it('t.ex.: compromise ends a sentence after it, ours does not; the term is an adverb', () => {
    const text = 'Vi köpte t.ex. äpplen och päron.';
    expect(nlp.tokenize(text).length).toBe(2);
    const doc = sv(text);
    expect(doc.length).toBe(1);
    expect(doc.match('t.ex').has('#Adverb')).toBe(true);
  });

  it('EU:s is one term and one token: an organisation in the genitive', () => {
    const doc = sv('EU:s budget växer igen.');
    expect(words(doc.match('#Possessive').out('array'))).toEqual(['EU:s']);
    expect(doc.match('#Possessive').has('#Organization')).toBe(true);
  });

  it('1 000 is two terms and one token: both are values, neither gets a root of its own', () => {
    const doc = sv('Biljetten kostar 1 000 kronor.');
    expect(words(doc.match('#Value+').out('array'))).toEqual(['1 000']);
    expect(doc.match('#Value+').text('root')).toBe('1 000');
  });

  it('Ann-Sofie is two terms and one token: both parts are the person', () => {
    const doc = sv('Ann-Sofie Ek jobbar på SVT i Luleå.');
    expect(doc.match('Ann').has('#Person')).toBe(true);
    expect(doc.match('Sofie').has('#Person')).toBe(true);
    expect(words(doc.people().out('array'))).toEqual(['Ann-Sofie Ek']);
  });

  it('a dash glued to words: Stockholm–Göteborg and –Vi', () => {
    const doc = sv('Tåget Stockholm–Göteborg var försenat. –Vi är vana, säger Eva Ek.');
    expect(doc.entities('LOC').mentions.map((e) => e.name)).toEqual(['Stockholm', 'Göteborg']);
    expect(doc.match('Stockholm').has('#Place')).toBe(true);
    expect(doc.match('Göteborg').has('#Place')).toBe(true);
    expect(doc.match('vi').has('#Pronoun')).toBe(true);
    expect(doc.text()).toBe('Tåget Stockholm–Göteborg var försenat. –Vi är vana, säger Eva Ek.');
  });
});

describe('quotes, speakers and selections on sentences of our own', () => {
  const doc = sv('– Vi måste bygga fler bostäder i Uppsala, säger kommunalrådet Eva Lindqvist. Hon vill börja i vår.');

  it('the speaker view is the attribution after the quote, with the data', () => {
    const [q, ...rest] = doc.quotes();
    expect(rest).toEqual([]);
    expect(q!.quote.text).toMatch(/^Vi måste bygga fler bostäder i Uppsala/);
    expect(words([q!.speaker().text()])).toEqual(['Eva Lindqvist']);
    expect(q!.speaker().speaker).toMatchObject({ name: 'Eva Lindqvist', role: 'kommunalrådet' });
    expect(words(doc.speakers().out('array'))).toEqual(['Eva Lindqvist']);
  });

  it('an unnamed speaker is found by its words', () => {
    const [q] = sv('Den anonyma källans uppgifter är nya.\n\n– Vi vet inte än, säger en anonym källa.').quotes();
    expect(q!.quote.speaker).toMatchObject({ name: 'en anonym källa', named: false });
    expect(words([q!.speaker().text()])).toEqual(['en anonym källa']);
  });

  it('.organizations() gives one match per organisation, where compromise’s #Organization+ joins them across a comma', () => {
    const orgs = sv('Ericsson, Atlas Copco och Electrolux rapporterar i dag.');
    expect(words(orgs.organizations().out('array'))).toEqual(['Ericsson', 'Atlas Copco', 'Electrolux']);
    expect(words(orgs.match('#Organization+').out('array'))).toEqual(['Ericsson, Atlas Copco', 'Electrolux']);
  });

  it('English documents keep compromise’s own selections', () => {
    expect(nlp('John Smith met Mary Jones in Paris.').people().out('array')).toEqual(['John Smith', 'Mary Jones']);
  });
});

describe('contract', () => {
  it('a non-string is a TypeError; empty text is an empty document', () => {
    expect(() => sv(42 as unknown as string)).toThrow(TypeError);
    expect(sv('').found).toBe(false);
    expect(sv('').quotes()).toEqual([]);
  });

  it('the methods need a document made by nlp.swedish', () => {
    const plain = nlp.tokenize('Hej då.') as unknown as ReturnType<typeof sv>;
    expect(() => plain.quotes()).toThrow(/nlp\.swedish/);
  });

  it('importing swedish-nlp never loads compromise: the main entry’s import graph has neither compromise nor this folder', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const [, spec] of src.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        expect(spec).not.toMatch(/compromise/);
        if (spec!.startsWith('.')) {
          const base = join(dirname(file), spec!.replace(/\.js$/, ''));
          const candidates = [`${base}.ts`, join(base, 'index.ts')];
          const found = candidates.find((c) => {
            try {
              readFileSync(c);
              return true;
            } catch {
              return false;
            }
          });
          if (found) visit(found);
        }
      }
    };
    visit(resolve(__dirname, '../index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((f) => f.includes(`${'/'}compromise${'/'}`))).toEqual([]);
  });
});
