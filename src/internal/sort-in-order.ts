/**
 * Sorting lists that mostly come in order already (entities, quotes, mentions, keyword spans in
 * text order), shared by the steps.
 *
 * @module
 */

/**
 * Sorts `items` in place by `key`, ascending, as a stable sort does, but only when they are out of
 * order: a sort with a comparator copies the array even when it has nothing to do, and most lists
 * here arrive in text order.
 *
 * @param items The list (sorted in place).
 * @param key The number to order by.
 * @returns `items`.
 */
export function sortInOrder<T>(items: T[], key: (x: T) => number): T[] {
  for (let k = 1; k < items.length; k++) {
    if (key(items[k]!) < key(items[k - 1]!)) return items.sort((a, b) => key(a) - key(b));
  }
  return items;
}
