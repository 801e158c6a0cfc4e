import { describe, expect, it } from 'vitest';
import { keywordIn } from './table-test';

describe('implicit-topic', () => {
  it.each([['Sverige skickar vapen. Sverige och Norge samarbetar om vapen och ammunition.', 'Sverige']])('the home country counts little: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules).toContain('implicit-topic');
  });
  it.each([['Norge skickar vapen. Norge samarbetar om vapen och ammunition.', 'Norge']])('another country counts in full: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules ?? []).not.toContain('implicit-topic');
  });
});

describe('quoted-speaker', () => {
  it.each([['Laura Hartman leder utredningen.\n– Vi måste lita på personalen, säger Laura Hartman.', 'Laura Hartman']])('a quoted person weighs more: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules).toContain('quoted-speaker');
  });
  it.each([['Laura Hartman leder utredningen. Utredningen lämnas i maj av Laura Hartman.', 'Laura Hartman']])('a person not quoted: %s', (text, w) => {
    expect(keywordIn(text, w)?.rules ?? []).not.toContain('quoted-speaker');
  });
});

describe('phrase-cohesion and linked-phrase-repeated', () => {
  it('a repeated phrase gains, a one-off pair loses', () => {
    const text = 'Offentlig sektor behöver reformer. Offentlig sektor växer. Stora hus byggs.';
    expect(keywordIn(text, 'offentlig sektor')?.rules).toContain('phrase-cohesion');
  });
  it('a linked phrase said once hardly counts', () => {
    const once = 'Han åtalas för medhjälp till mord. Domen faller i dag.';
    const twice = 'Han åtalas för medhjälp till mord. Medhjälp till mord ger långt straff.';
    const a = keywordIn(once, 'medhjälp till mord');
    const b = keywordIn(twice, 'medhjälp till mord');
    expect(b!.score).toBeGreaterThan(a?.score ?? 0);
  });
});

describe('name-weight and compound-length', () => {
  it('a name and a long compound carry their rule ids; a short word does not get the name weight', () => {
    const text = 'Egnahemsrörelsen växte i Dalarna. Egnahemsrörelsen byggde hus i Dalarna.';
    expect(keywordIn(text, 'egnahemsrörelse')?.rules).toContain('compound-length');
    expect(keywordIn(text, 'Dalarna')?.rules).toContain('name-weight');
    expect(keywordIn(text, 'egnahemsrörelse')?.rules).not.toContain('name-weight');
  });
});
