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
