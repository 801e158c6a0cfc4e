import { describe, expect, it } from 'vitest';
import type { Token } from '../types';
import { tokenize } from '../pipeline/02-tokens';
import { formCount, formGeneration, formIdsOf, FormInts, FormMemo, formOf, MAX_FORMS, memoOf } from './form-ids';

const tok = (text: string, normal = text.toLowerCase()): Token => ({ text, start: 0, end: text.length, kind: 'word', normal });

describe('formIdsOf', () => {
  it('gives one id per distinct string, the same across texts', () => {
    const a = tokenize('Hunden såg hunden. Katten sov.');
    const b = tokenize('Katten och hunden sov.');
    const fa = formIdsOf(a);
    const fb = formIdsOf(b);
    a.forEach((t, k) => {
      expect(formOf(fa.text[k]!)).toBe(t.text);
      expect(formOf(fa.normal[k]!)).toBe(t.normal);
    });
    // `Hunden` and `hunden` are two written forms with one normal form
    expect(fa.text[0]).not.toBe(fa.text[2]);
    expect(fa.normal[0]).toBe(fa.normal[2]);
    expect(fa.normal[2]).toBe(fa.text[2]);
    // a form seen in an earlier text keeps its id
    expect(fb.normal[2]).toBe(fa.normal[0]);
    expect(fb.text[0]).toBe(fa.text[4]);
  });

  it('is made once per token array (memoised) and is not shared between arrays', () => {
    const a = tokenize('Ett två tre.');
    expect(formIdsOf(a)).toBe(formIdsOf(a));
    const copy = a.slice();
    expect(formIdsOf(copy)).not.toBe(formIdsOf(a));
    expect([...formIdsOf(copy).text]).toEqual([...formIdsOf(a).text]);
  });

  it('does not change the tokens', () => {
    const a = tokenize('Laura Hartman leder Tillitsdelegationen.');
    const before = JSON.stringify(a);
    formIdsOf(a);
    expect(JSON.stringify(a)).toBe(before);
    expect(Object.keys(a[0]!)).toEqual(['text', 'start', 'end', 'kind', 'normal']);
  });

  it('keeps a hand-made normal form that is not the lower-cased text apart', () => {
    const f = formIdsOf([tok('Åre', 'are'), tok('Åre', 'åre')]);
    expect(f.text[0]).toBe(f.text[1]);
    expect(f.normal[0]).not.toBe(f.normal[1]);
    expect(formOf(f.normal[0]!)).toBe('are');
  });

  it('reads non-string fields of hand-made tokens as strings', () => {
    const odd = { text: 12, start: 0, end: 2, kind: 'number', normal: 12 } as unknown as Token;
    const f = formIdsOf([odd]);
    expect(formOf(f.text[0]!)).toBe('12');
    expect(f.normal[0]).toBe(f.text[0]);
  });

  it('gives an empty text empty ids', () => {
    const f = formIdsOf([]);
    expect(f.text.length).toBe(0);
    expect(f.normal.length).toBe(0);
  });
});

describe('bounded table', () => {
  it('starts over after MAX_FORMS forms, with the next text, and makes older ids again', () => {
    const old = tokenize('Gammal text om skogen.');
    const fOld = formIdsOf(old);
    const gen = formGeneration();
    const many: Token[] = [];
    for (let i = 0; i < MAX_FORMS; i++) many.push(tok('ord' + i));
    const fMany = formIdsOf(many);
    // one text is never split: it may take the table past the bound
    expect(fMany.generation).toBe(gen);
    expect(formCount()).toBeGreaterThanOrEqual(MAX_FORMS);
    const next = formIdsOf(tokenize('Ny text.'));
    expect(next.generation).toBe(gen + 1);
    expect(formCount()).toBeLessThan(10);
    // the older text's ids are made again in the new generation, and still name its forms
    const again = formIdsOf(old);
    expect(again).not.toBe(fOld);
    expect(again.generation).toBe(gen + 1);
    old.forEach((t, k) => expect(formOf(again.text[k]!)).toBe(t.text));
  });
});

describe('FormMemo and FormInts', () => {
  it('index values by form id and empty themselves when the table starts over', () => {
    const memo = new FormMemo<string>();
    const ints = new FormInts();
    const toks = tokenize('Björk och gran.');
    const f = formIdsOf(toks);
    const v = memo.values();
    const n = ints.values();
    expect(v.length).toBeGreaterThanOrEqual(formCount());
    expect(n.length).toBeGreaterThanOrEqual(formCount());
    expect(n[f.text[0]!]).toBe(-1);
    memo.set(v, f.text[0]!, 'träd');
    n[f.text[0]!] = 7;
    expect(memo.values()[f.text[0]!]).toBe('träd');
    expect(ints.values()[f.text[0]!]).toBe(7);
    const many: Token[] = [];
    for (let i = 0; i < MAX_FORMS; i++) many.push(tok('x' + i));
    formIdsOf(many);
    formIdsOf(tokenize('Något nytt.'));
    expect(memo.values().every((x) => x === undefined)).toBe(true);
    expect(ints.values().every((x) => x === -1)).toBe(true);
  });

  it('FormInts grows with the table and keeps what it holds', () => {
    const ints = new FormInts();
    const f = formIdsOf(tokenize('Första ordet.'));
    ints.values()[f.text[0]!] = 3;
    const many: Token[] = [];
    for (let i = 0; i < 5000; i++) many.push(tok('växer' + i));
    const g = formIdsOf(many);
    const v = ints.values();
    expect(v.length).toBeGreaterThan(g.text[4999]!);
    expect(v[f.text[0]!]).toBe(3);
    expect(v[g.text[4999]!]).toBe(-1);
  });

  it('a FormMemo empties itself once it holds its limit', () => {
    const memo = new FormMemo<number>(2);
    const f = formIdsOf(tokenize('a b c'));
    let v = memo.values();
    memo.set(v, f.text[0]!, 1);
    memo.set(v, f.text[1]!, 2);
    v = memo.values();
    expect(v[f.text[0]!]).toBeUndefined();
  });

  it('memoOf keeps one memo per owner', () => {
    const memos = new WeakMap<object, FormInts>();
    const a = {};
    const b = {};
    const ma = memoOf(memos, a, () => new FormInts());
    expect(memoOf(memos, a, () => new FormInts())).toBe(ma);
    expect(memoOf(memos, b, () => new FormInts())).not.toBe(ma);
  });
});
