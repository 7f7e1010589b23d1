/** A shallow copy of `value` without `key` (for optional fields that must disappear, not become undefined). */
export function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
