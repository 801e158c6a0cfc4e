import { describe, expect, it } from 'vitest';
import { keywordIn } from './table-test';
import { neuterForm } from './agreement';

describe('neuter-agreement', () => {
  it.each([
    ['Det civila försvaret ska stärkas. Regeringen vill bygga ett civilt försvar.', 'civilt försvar'],
    ['Det strategiska partnerskapet växer. Ett strategiskt partnerskap behövs.', 'strategiskt partnerskap'],
  ])('an adjective agrees with a neuter head known from the text: %s', (text, phrase) => {
    expect(keywordIn(text, phrase)?.rules).toContain('neuter-agreement');
  });
  it.each([
    ['Den civila beredskapen ska stärkas. En civil beredskap behövs.', 'civil beredskap'],
    ['Offentlig sektor behöver reformer. Den offentliga sektorn växer.', 'offentlig sektor'],
  ])('no change before a common-gender head: %s', (text, phrase) => {
    expect(keywordIn(text, phrase)?.rules ?? []).not.toContain('neuter-agreement');
  });
  it.each([
    ['Polisen hittade vassa föremål i parken. Föremålen låg nära lekplatsen i parken.', 'vasst föremål'],
    ['Många unga har otrygga arbeten i dag. Otrygga arbeten ger låg pension, säger facket.', 'otryggt arbete'],
    ['Stora multinationella företag flyttar sina huvudkontor. Multinationella företag betalar lite skatt här.', 'multinationellt företag'],
  ])('a neuter plural after an adjective shows the gender (no ending, or -n after -e): %s', (text, phrase) => {
    expect(keywordIn(text, phrase)?.rules).toContain('neuter-agreement');
  });
  it.each([
    ['Kommunens dyra skatt väcker ilska. Den dyra skatten ska betalas av alla som bor här.', 'dyr skatt'],
    ['Hans vassa kniv hittades i sjön. Kniven var gömd under en sten vid sjön.', 'vass kniv'],
    ['Polisens vassa kniv hittades i sjön. Kniven var gömd under en sten vid sjön.', 'vass kniv'],
    ['Erfarna lärare lämnar skolan. Lärare med lång erfarenhet behövs på skolan.', 'erfaren lärare'],
    ['Duktiga musiker spelade på festivalen. Musiker från hela landet kom till festivalen.', 'duktig musiker'],
  ])('no neuter form for a singular after a determiner or genitive, or an agent noun in -are/-er: %s', (text, phrase) => {
    expect(keywordIn(text, phrase)?.rules).not.toContain('neuter-agreement');
  });
  it.each([
    ['civil', 'civilt'],
    ['ny', 'nytt'],
    ['bestämd', 'bestämt'],
    ['god', 'gott'],
    ['tillitsbaserad', 'tillitsbaserat'],
    ['öppen', 'öppet'],
    ['ren', 'rent'],
    ['glad', 'glatt'],
  ])('neuterForm(%s) = %s', (lemma, form) => {
    expect(neuterForm(lemma)).toBe(form);
  });
});
