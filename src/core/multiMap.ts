/**
 * Adds `value` to the list `map` keeps under `key`, in place. Copying the list on each add
 * (`map.set(key, [...(map.get(key) ?? []), value])`) is quadratic: a live blog has thousands of
 * mentions of one actor, and an archive thousands of actors of one type.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
