import { describe, expect, it } from 'vitest';
import { devGrams, sharedSequences, words } from '../scripts/check/dev-leaks';

// Invented texts: a stand-in "dev article" and a stand-in "seed".
const dev = [{ source: 'dev/a.txt', text: 'Kommunen bygger en ny simhall vid torget i centrum. Arbetet börjar i mars och ska vara klart till hösten.' }];
const seed = 'Arbetet börjar i mars och ska vara klart till hösten enligt planen.';
const grams = devGrams(dev, seed, 6);

describe('check:dev-leaks', () => {
  it('reads words lower-cased, with source escapes as separators', () => {
    expect(words('Ny simhall.\\nTorget').map((w) => w.form)).toEqual(['ny', 'simhall', 'torget']);
  });

  it('finds six copied words, across a string concatenation and a change of case, with the line', () => {
    const file = "const a = 'ok';\nconst row = 'kommunen bygger en ' +\n  'ny simhall vid torget';";
    expect(sharedSequences(file, grams, 6)).toEqual([{ line: 2, text: "kommunen bygger en ' + 'ny simhall vid torget", source: 'dev/a.txt' }]);
  });

  it('lets five copied words, a seed sequence and own wording pass', () => {
    expect(sharedSequences('Kommunen bygger en ny simhall.', grams, 6)).toEqual([]);
    expect(sharedSequences('Arbetet börjar i mars och ska vara klart.', grams, 6)).toEqual([]);
    expect(sharedSequences('Arbetet börjar i mars och ska vara klart.', devGrams(dev, '', 6), 6)).toHaveLength(1);
    expect(sharedSequences('Regionen bygger en ny simhall i centrum.', grams, 6)).toEqual([]);
  });
});
