import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../data/sv/lexicon';
import { wordRanks } from '../../internal/lexicon';
import { stem } from '../04-annotate/stem';
import type { Cand } from './candidates';
import { commonness } from './features';

const ranks = wordRanks(defaultLexicon().keywordCommonStems);

/** A candidate as the feature reads it: its stem key, its number of words, whether it is a name. */
function cand(words: string, name = false): Cand {
  const ws = words.split(' ');
  return { key: ws.map((w) => stem(w.toLowerCase())).join(' '), words: ws, form1: words, n1: 1, forms: null, occ: [0], name, keepCase: name, idf: 0, n: ws.length, best: words, rules: [], type: '' };
}

describe('general-language commonness of a one-word topic', () => {
  it.each<[string, string, (v: number) => boolean]>([
    ['an everyday word is common', 'dag', (v) => v > 0.35],
    ['another inflection of it has the same stem', 'dagar', (v) => v > 0.35],
    ['an everyday word: year', 'år', (v) => v > 0.35],
    ['an everyday word: people', 'folk', (v) => v > 0.35],
    ['a news topic word outside the list', 'vapenstillestånd', (v) => v === 0],
    ['a long compound outside the list', 'fjärrvärmeverk', (v) => v === 0],
    ['a rarer word of the list weighs less than a common one', 'kyrkogård', (v) => v > 0 && v < commonness(cand('dag'), ranks)],
  ])('%s: %s', (_name, word, check) => {
    expect(check(commonness(cand(word), ranks))).toBe(true);
  });

  it.each([
    ['a name, even when its word is common', cand('Dag', true)],
    ['a phrase of common words', cand('ny dag')],
  ])('does not fire on %s', (_name, c) => {
    expect(commonness(c, ranks)).toBe(0);
  });

  it('is 0 with an empty list (a lexicon without common words)', () => {
    expect(commonness(cand('dag'), new Map())).toBe(0);
  });
});

describe('wordRanks', () => {
  it('gives each word the first place it stands at, cached per list', () => {
    const list = ['jag', 'dag', 'jag', 'år'];
    const r = wordRanks(list);
    expect([r.get('jag'), r.get('dag'), r.get('år'), r.get('folk')]).toEqual([0, 1, 3, undefined]);
    expect(wordRanks(list)).toBe(r);
  });

  it('ranks the built-in list most common first', () => {
    expect(ranks.get('jag')).toBe(0);
    expect(ranks.get(stem('dag'))!).toBeLessThan(ranks.get(stem('kyrkogård'))!);
  });
});
