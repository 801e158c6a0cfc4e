// The lemmatizer's named corrections (`LEMMA_CORRECTIONS` in ./lemma): each with rows that must
// change the tables' lemma and rows that must not, then end to end through `tag()`.
import { describe, expect, it } from 'vitest';
import { correctLemma, lemmaBase, lemmaListsOf, LEMMA_CORRECTIONS } from './lemma';
import { loadModel } from './model';
import { TAGGER_MODEL } from '../../../data/sv/tagger-model';
import { SALDO_LEXICON } from '../../../data/sv/saldo-lexicon';
import { tag } from './index';
import type { Upos } from '../../../types';

const m = loadModel(TAGGER_MODEL, SALDO_LEXICON).lemma;
const correct = (form: string, lemma: string, upos: Upos): string => correctLemma(lemma, lemmaBase(form, upos), form.toLowerCase(), upos, m);
/** The id of the correction that fires, or null. */
const firing = (form: string, lemma: string, upos: Upos): string | null => {
  for (const c of LEMMA_CORRECTIONS) if (c.apply(lemma, lemmaBase(form, upos), form.toLowerCase(), upos, m, lemmaListsOf()) !== null) return c.id;
  return null;
};

describe('LEMMA_CORRECTIONS', () => {
  it('each has a kebab-case id and a doc with an example', () => {
    for (const c of LEMMA_CORRECTIONS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.doc).toMatch(/'.+'/);
    }
    expect(new Set(LEMMA_CORRECTIONS.map((c) => c.id)).size).toBe(LEMMA_CORRECTIONS.length);
  });
});

describe('ska-adjective', () => {
  it.each([
    ['europeiska', 'Europeiska', 'europeisk'],
    ['Europeiska', 'Europeiska', 'europeisk'],
    ['afrikanska', 'afrikanska', 'afrikansk'],
    ['kinesiska', 'kinesiska', 'kinesisk'],
    ['tekniska', 'tekniska', 'teknisk'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'ADJ')).toBe('ska-adjective');
    expect(correct(form, lemma, 'ADJ')).toBe(want);
  });
  it.each([
    ['engelska', 'engelska', 'NOUN'],
    ['europeiska', 'europeisk', 'ADJ'],
    ['friska', 'frisk', 'ADJ'],
    ['ryska', 'ryska', 'ADJ'],
    ['vackra', 'vackra', 'ADJ'],
    ['piska', 'piska', 'NOUN'],
  ] as const)('does not fire on %s (lemma %s, %s)', (form, lemma, upos) => {
    expect(firing(form, lemma, upos)).toBe(null);
    expect(correct(form, lemma, upos)).toBe(lemma);
  });
});

describe('data-not-datum', () => {
  it.each([
    ['hälsodata', 'hälsodatum', 'hälsodata'],
    ['persondatan', 'persondatum', 'persondata'],
    ['klimatdatas', 'klimatdatum', 'klimatdata'],
    ['Rådata', 'rådatum', 'rådata'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'NOUN')).toBe('data-not-datum');
    expect(correct(form, lemma, 'NOUN')).toBe(want);
  });
  it.each([
    ['datumet', 'datum'],
    ['slutdatum', 'slutdatum'],
    ['födelsedatumen', 'födelsedatum'],
    ['data', 'data'],
  ])('does not fire on %s (lemma %s)', (form, lemma) => {
    expect(firing(form, lemma, 'NOUN')).toBe(null);
  });
  it('does not fire on an adjective', () => {
    expect(firing('hälsodata', 'hälsodatum', 'ADJ')).toBe(null);
  });
});

describe('eum-noun', () => {
  it.each([
    ['museets', 'muse', 'museum'],
    ['museerna', 'muse', 'museum'],
    ['konstmuseets', 'konstmuse', 'konstmuseum'],
    ['jubileets', 'jubile', 'jubileum'],
    ['lyceer', 'lyce', 'lyceum'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'NOUN')).toBe('eum-noun');
    expect(correct(form, lemma, 'NOUN')).toBe(want);
  });
  it.each([
    ['museet', 'museum'],
    ['arbetets', 'arbete'],
    ['äpplet', 'äpple'],
    ['musens', 'mus'],
    ['kollegorna', 'kollega'],
  ])('does not fire on %s (lemma %s)', (form, lemma) => {
    expect(firing(form, lemma, 'NOUN')).toBe(null);
  });
  it('does not fire on an adjective', () => {
    expect(correct('museets', 'muse', 'ADJ')).toBe('muse');
  });
});

describe('in-noun-slip', () => {
  it.each([
    ['vaccin', 'vacci'],
    ['medicin', 'medici'],
    ['termin', 'termi'],
    ['rutin', 'ruti'],
    ['Maskin', 'maski'],
  ])('%s is not cut to %s', (form, slip) => {
    expect(firing(form, slip, 'NOUN')).toBe('in-noun-slip');
    expect(correct(form, slip, 'NOUN')).toBe(form.toLowerCase());
  });
  it.each([
    ['pandemin', 'pandemi'],
    ['strategin', 'strategi'],
    ['ekonomin', 'ekonomi'],
    ['demokratin', 'demokrati'],
    ['filosofin', 'filosofi'],
    ['industrin', 'industri'],
  ])('a definite noun in a stressed -i keeps its lemma: %s → %s', (form, lemma) => {
    expect(firing(form, lemma, 'NOUN')).toBe(null);
  });
  it('does not fire on an adjective or another cut', () => {
    expect(firing('vaccin', 'vacci', 'ADJ')).toBe(null);
    expect(firing('vaccinet', 'vaccin', 'NOUN')).toBe(null);
  });
});

describe('ium-noun', () => {
  it.each([
    ['decennierna', 'decenni', 'decennium'],
    ['kriterierna', 'kriteri', 'kriterium'],
    ['akvariernas', 'akvari', 'akvarium'],
    ['Laboratoriet', 'laboratori', 'laboratorium'],
    ['gymnasiets', 'gymnasi', 'gymnasium'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'NOUN')).toBe('ium-noun');
    expect(correct(form, lemma, 'NOUN')).toBe(want);
  });
  it.each([
    ['partiet', 'parti'],
    ['geniet', 'geni'],
    ['bier', 'bi'],
    ['serier', 'serie'],
    ['stipendier', 'stipendium'],
    ['arbetet', 'arbete'],
  ])('does not fire on %s (lemma %s)', (form, lemma) => {
    expect(firing(form, lemma, 'NOUN')).toBe(null);
  });
  it('does not fire on an adjective', () => {
    expect(firing('decennierna', 'decenni', 'ADJ')).toBe(null);
  });
});

describe('in-loan-noun', () => {
  it.each([
    ['ivermektin', 'ivermekti'],
    ['glutamin', 'glutami'],
    ['Klorokin', 'kloroki'],
    ['fenazepin', 'fenazepi'],
  ])('%s is not cut to %s', (form, slip) => {
    expect(firing(form, slip, 'NOUN')).toBe('in-loan-noun');
    expect(correct(form, slip, 'NOUN')).toBe(form.toLowerCase());
  });
  it.each([
    // a stressed -i that takes -n (the lexicon's lemmaDefiniteNAfterI), listed or not
    ['nanoteknologin', 'nanoteknologi'],
    ['psykoterapin', 'psykoterapi'],
    ['kardiologin', 'kardiologi'],
    ['ekonomin', 'ekonomi'],
    // SALDO knows the cut form or the word (then it is in-noun-slip's)
    ['sushin', 'sushi'],
    ['taxin', 'taxi'],
    ['vaccin', 'vacci'],
    ['bensin', 'bensi'],
  ])('does not fire on %s (lemma %s)', (form, lemma) => {
    expect(LEMMA_CORRECTIONS.find((c) => c.id === 'in-loan-noun')!.apply(lemma, lemmaBase(form, 'NOUN'), form, 'NOUN', m, lemmaListsOf())).toBe(null);
  });
  it('does not fire on another cut or an adjective', () => {
    expect(firing('glutaminet', 'glutamin', 'NOUN')).toBe(null);
    expect(firing('glutamin', 'glutami', 'ADJ')).toBe(null);
  });
});

describe('agent-noun-plural', () => {
  it.each([
    ['besökarna', 'besök', 'besökare'],
    ['besökarnas', 'besök', 'besökare'],
    ['lärarna', 'lära', 'lärare'],
    ['åskådarna', 'åskåd', 'åskådare'],
    ['motspelarna', 'motspel', 'motspelare'],
    ['skattebetalarna', 'skattebetal', 'skattebetalare'],
    ['Fotbollsspelarna', 'fotbollsspel', 'fotbollsspelare'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'NOUN')).toBe('agent-noun-plural');
    expect(correct(form, lemma, 'NOUN')).toBe(want);
  });
  it.each([
    // a noun with an -ar plural
    ['vägarna', 'väg'],
    ['bilarna', 'bil'],
    ['pojkarna', 'pojke'],
    ['stolarna', 'stol'],
    ['hundarna', 'hund'],
    // both readings are Swedish: the tables decide
    ['fiskarna', 'fisk'],
    ['tittarna', 'titt'],
    // the tables already give the -are noun, or another ending
    ['läsarna', 'läsare'],
    ['flickorna', 'flicka'],
    ['bilarnas', 'bilarnas'],
  ])('does not fire on %s (lemma %s)', (form, lemma) => {
    expect(firing(form, lemma, 'NOUN')).toBe(null);
  });
  it('does not fire on a form the treebank knows, or on an adjective', () => {
    expect(firing('forskarna', 'forsk', 'NOUN')).toBe(null);
    expect(firing('besökarna', 'besök', 'ADJ')).toBe(null);
  });
});

describe('end to end through tag()', () => {
  const lemmas = (text: string) => Object.fromEntries(tag(text).map((t) => [t.text, t.lemma]));
  it('the corrections reach every user of tag()', () => {
    const l = lemmas('Forskarna delar hälsodata med de europeiska myndigheterna i museets lokaler.');
    expect(l['europeiska']).toBe('europeisk');
    expect(l['hälsodata']).toBe('hälsodata');
    expect(l['museets']).toBe('museum');
  });
  it('agent nouns in the definite plural', () => {
    const l = lemmas('Besökarna och lärarna klagade, men åskådarna jublade när vägarna öppnades.');
    expect(l['Besökarna']).toBe('besökare');
    expect(l['lärarna']).toBe('lärare');
    expect(l['åskådarna']).toBe('åskådare');
    expect(l['vägarna']).toBe('väg');
  });
  it('leaves the lemmas it has no business with', () => {
    const l = lemmas('Under pandemin kom ett nytt vaccin, och datumet sattes i maj.');
    expect(l['pandemin']).toBe('pandemi');
    expect(l['vaccin']).toBe('vaccin');
    expect(l['datumet']).toBe('datum');
  });
});

describe('agent-noun-known', () => {
  it.each([
    ['ledarna', 'led', 'ledare'],
    ['Ledarnas', 'led', 'ledare'],
    ['förarna', 'för', 'förare'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'NOUN')).toBe('agent-noun-known');
    expect(correct(form, lemma, 'NOUN')).toBe(want);
  });
  it.each([
    ['vägarna', 'väg'], // seen with -ar
    ['pojkarna', 'pojke'],
    ['bagarna', 'bag'], // the treebank never saw `bagare`
    ['tittarna', 'titt'],
    ['ledare', 'ledare'],
  ])('%s (lemma %s) stays', (form, lemma) => {
    expect(firing(form, lemma, 'NOUN')).toBeNull();
  });
  it('only for nouns', () => expect(firing('ledarna', 'led', 'VERB')).toBeNull());
});

describe('compound-verb-form', () => {
  it.each([
    ['innebar', 'inneba', 'innebära'], // `bar` from the lexicon's strong pasts
    ['översteg', 'överstega', 'överstiga'],
    ['utbröt', 'utbröa', 'utbryta'],
    ['avbröt', 'avbröa', 'avbryta'],
  ])('%s (lemma %s) → %s', (form, lemma, want) => {
    expect(firing(form, lemma, 'VERB')).toBe('compound-verb-form');
    expect(correct(form, lemma, 'VERB')).toBe(want);
  });
  it.each([
    ['förbjöd', 'förbjuda'], // already right
    ['överlämnade', 'överlämna'],
    ['uppstod', 'uppstå'], // seen by the treebank
    ['innebar', 'innebar', 'NOUN'],
    ['klarbar', 'klarba'], // SALDO has no verb `klarbära`
  ])('%s (lemma %s) stays', (form, lemma, upos = 'VERB') => {
    expect(firing(form, lemma, upos as Upos)).toBeNull();
  });
  it('reads the strong pasts from the lexicon', () => {
    expect(lemmaListsOf().strongVerbPasts.get('bar')).toBe('bära');
    expect(lemmaListsOf().strongVerbPasts.get('stod')).toBe('stå');
  });
});

describe('participle-stem', () => {
  it.each([
    ['klippt', 'klipp', 'VERB', 'klippa'],
    ['klippt', 'klipp', 'ADJ', 'klippt'],
    ['köpt', 'köp', 'ADJ', 'köpt'],
    ['köpt', 'köp', 'VERB', 'köpa'],
    ['Stängd', 'stäng', 'ADJ', 'stängd'],
  ])('%s (lemma %s, %s) → %s', (form, lemma, upos, want) => {
    expect(firing(form, lemma, upos as Upos)).toBe('participle-stem');
    expect(correct(form, lemma, upos as Upos)).toBe(want);
  });
  it.each([
    ['svårt', 'svår', 'ADJ'], // an adjective's neuter
    ['klippt', 'klippa', 'VERB'], // already right
    ['köpt', 'köp', 'NOUN'],
    ['hyrt', 'hy', 'VERB'], // not a cut at -t
    ['hårt', 'hår', 'ADJ'], // no verb `håra`
  ])('%s (lemma %s, %s) stays', (form, lemma, upos) => {
    expect(firing(form, lemma, upos as Upos)).toBeNull();
  });
});

describe('the verb corrections through tag()', () => {
  it('a compound strong past and an agent noun', () => {
    const lemmas = tag('Förslaget innebar stora förändringar för skolan.').map((t) => `${t.text}/${t.lemma}`);
    expect(lemmas).toContain('innebar/innebära');
    expect(tag('Ledarna för partierna träffades.').map((t) => t.lemma)).toContain('ledare');
  });
});
