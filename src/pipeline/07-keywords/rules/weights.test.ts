import { describe, expect, it } from 'vitest';
import { keywordIn } from './table-test';

describe('role-before-name', () => {
  it.each([
    ['Vi talade med utrikesminister Tobias Billström om kriget. Kriget fortsätter.', 'utrikesminister'],
    ['Enligt pressekreterare Lena Ström är läget lugnt. Läget bevakas.', 'pressekreterare'],
  ])('a title before a name: %s', (text, word) => {
    expect(keywordIn(text, word)?.rules).toContain('role-before-name');
  });
  it.each([['Utrikesministern reser till Kiev. Utrikesministern möter presidenten.', 'utrikesminister']])('a title alone: %s', (text, word) => {
    expect(keywordIn(text, word)?.rules ?? []).not.toContain('role-before-name');
  });
});

describe('name-in-list', () => {
  it.each([['Volvo, Scania och Ericsson rapporterar vinster. Vinsterna ökar.', 'Scania']])('a name in an enumeration: %s', (text, name) => {
    expect(keywordIn(text, name)?.rules).toContain('name-in-list');
  });
  it.each([['Scania rapporterar vinster. Vinsterna ökar för Scania.', 'Scania']])('a name alone: %s', (text, name) => {
    expect(keywordIn(text, name)?.rules ?? []).not.toContain('name-in-list');
  });
});

describe('party-label', () => {
  it.each([['Karin Lindqvist (S) kritiserar förslaget. Förslaget röstas ned.', 'S']])('a party label after a name: %s', (text, label) => {
    const kw = keywordIn(text, label) ?? keywordIn(text, 'Socialdemokraterna');
    expect(kw?.rules ?? []).toContain('party-label');
  });
  it.each([['Moderaterna kritiserar förslaget. Förslaget röstas ned av Moderaterna.', 'Moderaterna']])('a party named in the text: %s', (text, name) => {
    expect(keywordIn(text, name)?.rules ?? []).not.toContain('party-label');
  });
});
