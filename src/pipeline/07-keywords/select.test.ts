import { describe, expect, it } from 'vitest';
import type { Cand, OccTable } from './candidates';
import { selectKeywords, type Scored } from './select';

/** A pool of one-word or multi-word common-word candidates, one occurrence each, with their scores. */
function pool(rows: [string, number][]): { top: Scored[]; occs: OccTable } {
  const occs: OccTable = { start: [], end: [], weight: [], sentence: [] };
  const top = rows.map(([text, score], i) => {
    occs.start.push(i * 20);
    occs.end.push(i * 20 + text.length);
    occs.weight.push(1);
    occs.sentence.push(i);
    const words = text.split(' ');
    const c: Cand = { key: text, words, form1: text, n1: 1, forms: null, occ: [i], name: false, keepCase: false, idf: 1, n: words.length, best: text, rules: [], type: '' };
    return { c, score };
  });
  return { top, occs };
}

const chosen = (rows: [string, number][], limit: number) => {
  const { top, occs } = pool(rows);
  return selectKeywords(top, occs, limit).map((k) => k.text);
};

describe('selection: the third of one word family weighs less', () => {
  it.each<[string, [string, number][], number, string[]]>([
    ['phrases on one word', [['life science', 10], ['life science-område', 9], ['life science-grupp', 8], ['precisionsmedicin', 7]], 3, ['life science', 'life science-område', 'precisionsmedicin']],
    ['a shared word in phrases', [['offentlig sektor', 10], ['offentlig styrning', 9], ['offentlig upphandling', 8], ['medarbetare', 6]], 3, ['offentlig sektor', 'offentlig styrning', 'medarbetare']],
  ])('fires: %s', (_name, rows, limit, want) => {
    expect(chosen(rows, limit)).toEqual(want);
  });

  it.each<[string, [string, number][], number, string[]]>([
    ['a family member far ahead still wins', [['life science', 10], ['life science-område', 9], ['life science-grupp', 8], ['precisionsmedicin', 3]], 3, ['life science', 'life science-område', 'life science-grupp']],
    ['one shared keyword costs nothing', [['styrning', 10], ['detaljstyrning', 9], ['medarbetare', 8]], 2, ['styrning', 'detaljstyrning']],
    ['unrelated words', [['budget', 10], ['skola', 9], ['underskott', 8], ['nämnd', 7]], 3, ['budget', 'skola', 'underskott']],
    ['short words are no compound parts', [['val', 10], ['valp', 9], ['avel', 8], ['hund', 7]], 3, ['val', 'valp', 'avel']],
  ])('does not fire: %s', (_name, rows, limit, want) => {
    expect(chosen(rows, limit)).toEqual(want);
  });
});

describe('selection: a name and the noun the text always has after it replace the bare name', () => {
  /** Rows of text, score and kind: `name` a one-word name, `phrase` a phrase that keeps a name's capital. */
  const names = (rows: [string, number, 'name' | 'phrase' | 'topic'][], limit: number) => {
    const { top, occs } = pool(rows.map(([t, s]) => [t, s]));
    top.forEach((s, i) => {
      const kind = rows[i]![2];
      s.c.name = kind === 'name';
      s.c.keepCase = kind === 'phrase';
      // One occurrence shared by the name and the phrase that begins or ends with it.
      s.c.occ = [0];
    });
    return selectKeywords(top, occs, limit).map((k) => k.text);
  };
  it.each<[string, [string, number, 'name' | 'phrase' | 'topic'][], string[]]>([
    ['Göta kanal', [['Göta', 10, 'name'], ['båt', 8, 'topic'], ['Göta kanal', 2, 'phrase'], ['sluss', 1, 'topic']], ['Göta kanal', 'båt', 'sluss']],
    ['Uppsala tingsrätt', [['Uppsala', 10, 'name'], ['dom', 8, 'topic'], ['Uppsala tingsrätt', 1.5, 'phrase'], ['bedrägeri', 1, 'topic']], ['Uppsala tingsrätt', 'dom', 'bedrägeri']],
  ])('fires: %s', (_name, rows, want) => {
    expect(names(rows, 3)).toEqual(want);
  });
  it.each<[string, [string, number, 'name' | 'phrase' | 'topic'][], string[]]>([
    ['a phrase far below the name (a role after a club: Djurgårdens tränare)', [['Djurgården', 10, 'name'], ['seger', 8, 'topic'], ['Djurgården tränare', 0.5, 'phrase'], ['derby', 1, 'topic']], ['Djurgården', 'seger', 'derby']],
    ['a linked phrase that ends with the name', [['Falun', 10, 'name'], ['skola', 8, 'topic'], ['skolor i Falun', 2, 'phrase'], ['rektor', 1, 'topic']], ['Falun', 'skola', 'skolor i Falun']],
  ])('does not fire: %s', (_name, rows, want) => {
    expect(names(rows, 3)).toEqual(want);
  });
});

describe('selection: a keyword the title says on its own stays beside a longer phrase (title-word-alone)', () => {
  /**
   * `buller` three times (at 0, 100 and 200), `lågfrekvent buller` twice, holding the later two;
   * the first `buller` has the weight `w0` (3: the title) and is held by a third phrase occurrence
   * when `held`.
   */
  const pick = (scores: [number, number], w0: number, held = false) => {
    const occs: OccTable = { start: [0, 100, 200, 88, 188, -12], end: [6, 106, 206, 106, 206, 6], weight: [w0, 1, 1, 1, 1, w0], sentence: [0, 1, 2, 1, 2, 0] };
    const mk = (key: string, occ: number[]): Cand => ({ key, words: key.split(' '), form1: key, n1: occ.length, forms: null, occ, name: false, keepCase: false, idf: 1, n: key.split(' ').length, best: key, rules: [], type: '' });
    const top: Scored[] = [
      { c: mk('buller', [0, 1, 2]), score: scores[0] },
      { c: mk('lågfrekvent buller', held ? [5, 3, 4] : [3, 4]), score: scores[1] },
      { c: mk('ventilation', [1]), score: 1 },
    ].sort((a, b) => b.score - a.score);
    return selectKeywords(top, occs, 3).map((k) => k.text);
  };
  it.each<[string, [number, number], string[]]>([
    ['the word first: the phrase does not replace it', [10, 8], ['buller', 'lågfrekvent buller', 'ventilation']],
    ['the phrase first: the word is not dropped inside it', [8, 10], ['lågfrekvent buller', 'buller', 'ventilation']],
  ])('fires: %s', (_name, scores, want) => {
    expect(pick(scores, 3)).toEqual(want);
  });
  it.each<[string, [number, number], number, boolean, string[]]>([
    ['the word said alone only in the lead', [10, 8], 1.5, false, ['lågfrekvent buller', 'ventilation']],
    ['the title says the phrase', [10, 8], 3, true, ['lågfrekvent buller', 'ventilation']],
    ['the title says the phrase, the phrase first', [8, 10], 3, true, ['lågfrekvent buller', 'ventilation']],
  ])('does not fire: %s', (_name, scores, w0, held, want) => {
    expect(pick(scores, w0, held)).toEqual(want);
  });
});

describe('selection: the common noun that ends a chosen name is dropped (name-head-noun)', () => {
  /** `big` with four occurrences (0–3) and `small` with six, four of them inside `big`'s. */
  const pick = (big: [string, number, 'name' | 'phrase' | 'topic'], small: [string, number]) => {
    const occs: OccTable = { start: [0, 100, 200, 300, 5, 105, 205, 305, 400, 500], end: [12, 112, 212, 312, 12, 112, 212, 312, 407, 507], weight: Array(10).fill(1), sentence: [0, 1, 2, 3, 0, 1, 2, 3, 4, 5] };
    const mk = (key: string, occ: number[]): Cand => ({ key, words: key.split(' '), form1: key, n1: occ.length, forms: null, occ, name: false, keepCase: false, idf: 1, n: key.split(' ').length, best: key, rules: [], type: '' });
    const b = mk(big[0], [0, 1, 2, 3]);
    b.name = big[2] === 'name';
    b.keepCase = big[2] === 'phrase';
    const top: Scored[] = [
      { c: b, score: big[1] },
      { c: mk(small[0], [4, 5, 6, 7, 8, 9]), score: small[1] },
      { c: mk('dom', [8]), score: 1 },
    ].sort((x, y) => y.score - x.score);
    return selectKeywords(top, occs, 2).map((k) => k.text);
  };
  it.each<[string, [string, number, 'name' | 'phrase' | 'topic'], [string, number], string[]]>([
    ['an entity name', ['Svea hovrätt', 10, 'name'], ['hovrätt', 5], ['Svea hovrätt', 'dom']],
    ['a name with its noun', ['Umeå kommun', 10, 'phrase'], ['kommun', 5], ['Umeå kommun', 'dom']],
  ])('fires: %s', (_name, big, small, want) => {
    expect(pick(big, small)).toEqual(want);
  });
  it.each<[string, [string, number, 'name' | 'phrase' | 'topic'], [string, number], string[]]>([
    ['the noun chosen before the name with its noun', ['Umeå kommun', 4, 'phrase'], ['kommun', 5], ['kommun', 'Umeå kommun']],
    ['a phrase of common words', ['offentlig sektor', 10, 'topic'], ['sektor', 5], ['offentlig sektor', 'sektor']],
    ['a name that does not end with the noun', ['Kommun Invest', 10, 'name'], ['kommun', 5], ['Kommun Invest', 'kommun']],
  ])('does not fire: %s', (_name, big, small, want) => {
    expect(pick(big, small)).toEqual(want);
  });
});

describe('selection rules switched off by their switches (rules/selection.ts)', () => {
  const on = { inside: true, titleAlone: true, headNoun: true, covering: true, nameNoun: true, family: true, namesCap: true, listOfPeople: true };
  const run = (rows: [string, number][], limit: number, off: Partial<typeof on> = {}) => {
    const { top, occs } = pool(rows);
    return selectKeywords(top, occs, limit, limit, { ...on, ...off });
  };
  it('word-family: the third of a family keeps its score when off, and says so when on', () => {
    const rows: [string, number][] = [['life science', 10], ['life science-område', 9], ['life science-grupp', 8], ['precisionsmedicin', 7]];
    expect(run(rows, 3).map((k) => k.text)).toEqual(['life science', 'life science-område', 'precisionsmedicin']);
    expect(run(rows, 3, { family: false }).map((k) => k.text)).toEqual(['life science', 'life science-område', 'life science-grupp']);
    expect(run(rows, 4).find((k) => k.text === 'life science-grupp')?.rules).toEqual(['word-family']);
  });
  it('inside-chosen-phrase: a sub-phrase said once, inside, stays when off', () => {
    const rows: [string, number][] = [['offentlig sektor', 10], ['sektor', 9], ['budget', 8]];
    const { top, occs } = pool(rows);
    top[1]!.c.occ = [0];
    expect(selectKeywords(top, occs, 2).map((k) => k.text)).toEqual(['offentlig sektor', 'budget']);
    expect(selectKeywords(top, occs, 2, 2, { ...on, inside: false }).map((k) => k.text)).toEqual(['offentlig sektor', 'sektor']);
  });
  it('covering-phrase: the phrase replaces the chosen word and says so; off, both stay', () => {
    const rows: [string, number][] = [['upphandling', 10], ['offentlig upphandling', 8], ['skolskjuts', 5]];
    const { top, occs } = pool(rows);
    top[1]!.c.occ = [0];
    expect(selectKeywords(top, occs, 2).map((k) => [k.text, k.rules])).toEqual([['offentlig upphandling', ['covering-phrase']], ['skolskjuts', []]]);
    expect(selectKeywords(top, occs, 2, 2, { ...on, covering: false }).map((k) => k.text)).toEqual(['upphandling', 'offentlig upphandling']);
  });
});
