import { describe, expect, it } from 'vitest';
import { sortInOrder } from './sort-in-order';

describe('sortInOrder', () => {
  it('leaves a list in order as it is (the same array, the same items)', () => {
    const items = [{ start: 1 }, { start: 4 }, { start: 4 }, { start: 9 }];
    const copy = items.slice();
    expect(sortInOrder(items, (x) => x.start)).toBe(items);
    expect(items).toEqual(copy);
    items.forEach((x, k) => expect(x).toBe(copy[k]));
  });
  it('sorts a list out of order as a stable sort does', () => {
    const items = [{ start: 5, n: 'a' }, { start: 2, n: 'b' }, { start: 5, n: 'c' }, { start: 2, n: 'd' }, { start: 0, n: 'e' }];
    expect(sortInOrder(items.slice(), (x) => x.start).map((x) => x.n)).toEqual(['e', 'b', 'd', 'a', 'c']);
  });
  it('takes empty and one-item lists', () => {
    expect(sortInOrder([], (x: number) => x)).toEqual([]);
    expect(sortInOrder([3], (x) => x)).toEqual([3]);
  });
});
