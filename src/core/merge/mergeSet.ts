/** Three-way merge of a list that is a set (aliases, tags, hand-added mentions, passages). */
import { sameValue } from '../equality';

/**
 * Merges sets with deletions honoured: an element is kept when both sides have it, or when a
 * side added it (absent from base); an element in base that one side removed is removed.
 * Elements are identified by `keyOf`; when the sides hold different values under one key
 * (an anchor refreshed after a text edit), the side that changed it wins, else "ours".
 * Order: "ours" order, then the elements only "theirs" has, in "theirs" order. Never a conflict.
 */
export function mergeSet<T>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  keyOf: (element: T) => string,
): T[] {
  const baseByKey = byKey(base, keyOf);
  const oursByKey = byKey(ours, keyOf);
  const theirsByKey = byKey(theirs, keyOf);
  const kept = (key: string): boolean => {
    const inOurs = oursByKey.has(key);
    const inTheirs = theirsByKey.has(key);
    return (inOurs && inTheirs) || ((inOurs || inTheirs) && !baseByKey.has(key));
  };
  const merged: T[] = [];
  for (const [key, ourValue] of oursByKey) {
    if (!kept(key)) continue;
    const theirValue = theirsByKey.get(key);
    const baseValue = baseByKey.get(key);
    const theirsChanged = theirValue !== undefined && !sameValue(theirValue, baseValue) && sameValue(ourValue, baseValue);
    merged.push(theirsChanged ? theirValue : ourValue);
  }
  for (const [key, theirValue] of theirsByKey) {
    if (!oursByKey.has(key) && kept(key)) merged.push(theirValue);
  }
  return merged;
}

/** The elements by key, the first of duplicates winning (a set holds each element once). */
function byKey<T>(elements: readonly T[], keyOf: (element: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const element of elements) {
    const key = keyOf(element);
    if (!map.has(key)) map.set(key, element);
  }
  return map;
}
