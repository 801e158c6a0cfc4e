/**
 * Binary searches over arrays sorted by `start` (tokens, entities, spans): the later pipeline
 * steps find their place in earlier steps' output in O(log n) instead of scanning.
 */

/**
 * Index of the first item whose `start` is at or after `pos` (`items.length` when none).
 *
 * @param items Items sorted by `start`.
 * @param pos A text offset.
 */
export function firstStartingAtOrAfter(items: ReadonlyArray<{ readonly start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the last item whose `start` is at or before `pos` (-1 when none).
 *
 * @param items Items sorted by `start`.
 * @param pos A text offset.
 */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ readonly start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
