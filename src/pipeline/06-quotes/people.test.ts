import { describe, expect, it } from 'vitest';
import { tokenize } from '../02-tokens';
import { defaultLexicon } from '../../data/sv/lexicon';
import { buildPeople } from './people';
import { quoteWords } from './words';

// The register of people read from the tokens alone (no entities): full names, aliases
// (`X kallar sig Y`) and later short mentions. Examples written for these tests.
function mentions(text: string): string[] {
  const people = buildPeople(text, tokenize(text), [], quoteWords(defaultLexicon()));
  return people.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.person.name}`);
}

describe('people register', () => {
  it('an alias after "kallar sig" is the person named before it', () => {
    expect(mentions('Adam Holm kallar sig Holmen. Holmen driver en cykelverkstad i Umeå.')).toEqual(['Adam Holm=Adam Holm', 'Holmen=Adam Holm', 'Holmen=Adam Holm']);
  });

  it('no alias without "kallar sig"', () => {
    expect(mentions('Adam Holm träffar Holmen. Holmen driver en cykelverkstad.')).toEqual(['Adam Holm=Adam Holm']);
  });

  it('a surname alone later is the person, a name run across a line break is not one name', () => {
    expect(mentions('Karin Ek leder arbetet.\nEk säger att det går bra.')).toEqual(['Karin Ek=Karin Ek', 'Ek=Karin Ek']);
    expect(mentions('Hej Karin\nEk är ett träd.')).toEqual([]);
  });
});
