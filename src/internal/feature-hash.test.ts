import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, hashString, HASH_SEED, mix, WeightTable } from './feature-hash';

describe('hashString', () => {
  it('is FNV-1a over UTF-16 code units (fixed values, the same on every platform)', () => {
    expect(hashString('')).toBe(HASH_SEED);
    // Reference values of 32-bit FNV-1a for ASCII input.
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('hashes a range without slicing, and chains through the seed', () => {
    expect(hashString('den stora bilen', 10)).toBe(hashString('bilen'));
    expect(hashString('den stora bilen', 4, 9)).toBe(hashString('stora'));
    expect(hashString('bilen', 0, 5, hashString('stora '))).toBe(hashString('stora bilen'));
  });

  it('tells Swedish letters and similar words apart', () => {
    const words = ['år', 'ar', 'är', 'ör', 'hål', 'hal', 'häl', 'Åsa', 'åsa', 'bil', 'bilen', 'bilar'];
    expect(new Set(words.map((w) => hashString(w))).size).toBe(words.length);
  });
});

describe('mix', () => {
  it('is deterministic, unsigned and order-sensitive', () => {
    expect(mix(1, 2)).toBe(mix(1, 2));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(mix(0xffffffff, 0xffffffff)).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(mix(-5, 3.0))).toBe(true);
  });

  it('keeps template ids apart for the same part', () => {
    const h = hashString('springa');
    const keys = new Set<number>();
    for (let t = 0; t < 64; t++) keys.add(mix(t, h));
    expect(keys.size).toBe(64);
  });

  it('spreads many small inputs without collisions', () => {
    const keys = new Set<number>();
    for (let t = 0; t < 50; t++) for (let p = 0; p < 2000; p++) keys.add(mix(t, p));
    expect(keys.size).toBe(100_000);
  });
});

describe('base 64', () => {
  it.each([[[]], [[0]], [[255, 1]], [[1, 2, 3]], [[250, 0, 7, 9, 128]]])('round-trips %j', (bytes) => {
    const b = Uint8Array.from(bytes);
    const s = encodeBase64(b);
    expect(s.length % 4).toBe(0);
    expect([...decodeBase64(s)]).toEqual(bytes);
  });

  it('matches the standard alphabet', () => {
    expect(encodeBase64(new TextEncoder().encode('hej!'))).toBe('aGVqIQ==');
  });

  it('rejects text that is not base 64', () => {
    expect(() => decodeBase64('abc')).toThrow(RangeError);
    expect(() => decodeBase64('ab.d')).toThrow(RangeError);
    expect(() => decodeBase64('a=bc')).toThrow(RangeError);
  });
});

describe('WeightTable', () => {
  const rows: [number, number[]][] = [
    [mix(1, hashString('bilen')), [0, 12, -3, 0]],
    [mix(2, hashString('en')), [5, 0, 0, 0]],
    [mix(3, 0), [0, 0, 0, 0]],
    [7, [-40000, 1, 0, 2]],
  ];

  it('finds rows by key and adds their weights at an offset', () => {
    const t = WeightTable.fromRows(4, rows);
    expect(t.size).toBe(3); // the all-zero row is left out
    const out = new Float64Array(8);
    expect(t.add(mix(1, hashString('bilen')), out, 4)).toBe(true);
    expect(t.add(mix(2, hashString('en')), out, 4)).toBe(true);
    expect(t.add(mix(3, 0), out)).toBe(false);
    expect(t.add(12345, out)).toBe(false);
    expect([...out]).toEqual([0, 0, 0, 0, 5, 12, -3, 0]);
    expect([...t.get(7)!]).toEqual([-40000, 1, 0, 2]);
    expect(t.find(8)).toBe(-1);
  });

  it('round-trips through its text encoding, 16- and 32-bit weights, deterministically', () => {
    for (const r of [rows, rows.slice(0, 3)]) {
      const t = WeightTable.fromRows(4, r);
      const s = t.encode();
      expect(s).toBe(WeightTable.fromRows(4, [...r].reverse()).encode());
      expect(s).toMatch(/^wt1:4:\d+:\d+:(16|32):[A-Za-z0-9+/]*=*$/);
      const d = WeightTable.decode(s);
      expect(d.encode()).toBe(s);
      for (const [k, w] of r) expect(d.get(k) === null ? null : [...d.get(k)!]).toEqual(w.some((x) => x !== 0) ? w : null);
    }
    expect(WeightTable.fromRows(4, rows).encode()).toContain(':32:');
    expect(WeightTable.fromRows(4, rows.slice(0, 3)).encode()).toContain(':16:');
  });

  it('handles many keys and many classes', () => {
    const many: [number, number[]][] = [];
    for (let i = 0; i < 5000; i++) many.push([mix(i % 7, hashString('ord' + i)), Array.from({ length: 40 }, (_, c) => ((i + c) % 13 === 0 ? c - 20 : 0))]);
    const t = WeightTable.decode(WeightTable.fromRows(40, many).encode());
    for (const [k, w] of many) expect(t.get(k) === null ? null : [...t.get(k)!]).toEqual(w.some((x) => x !== 0) ? w : null);
  });

  it('rejects repeated keys, fractional weights and foreign strings', () => {
    expect(() => WeightTable.fromRows(2, [[1, [1, 0]], [1, [0, 1]]])).toThrow(RangeError);
    expect(() => WeightTable.fromRows(2, [[1, [0.5, 0]]])).toThrow(RangeError);
    expect(() => WeightTable.decode('hej')).toThrow(RangeError);
    expect(() => WeightTable.decode('wt1:2:1:1:16:AAAA')).toThrow(RangeError);
  });
});
