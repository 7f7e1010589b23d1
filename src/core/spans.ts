/**
 * The first index in `items` (sorted so that `isBefore` is true for a prefix of them) whose
 * item is not before: a binary search, for sorted spans and matches.
 */
export function firstIndexNotBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
