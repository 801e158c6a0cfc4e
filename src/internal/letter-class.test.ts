import { describe, expect, it } from 'vitest';
import { hasLetter, startsUpperLetter } from './letter-class';

// The ASCII fast paths must answer as the Unicode classes do.
describe('startsUpperLetter', () => {
  it.each([
    ['Stockholm', true],
    ['Åre', true],
    ['Ölands', true],
    ['Σparta', true],
    ['stockholm', false],
    ['åre', false],
    ['4:e', false],
    ['"Citat', false],
    ['', false],
    ['ß', false],
  ])('%s → %s', (s, want) => {
    expect(startsUpperLetter(s)).toBe(want);
    expect(startsUpperLetter(s)).toBe(/^\p{Lu}/u.test(s));
  });
});

describe('hasLetter', () => {
  it.each([
    ['kraftnät', true],
    ['Örebro', true],
    ['12-åring', true],
    ['–', false],
    ['12', false],
    ['[', false],
    ['@', false],
    ['', false],
  ])('%s → %s', (s, want) => {
    expect(hasLetter(s)).toBe(want);
    expect(hasLetter(s)).toBe(/\p{L}/u.test(s));
  });
});
