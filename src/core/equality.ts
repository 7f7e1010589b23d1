/**
 * Equality and identity of model values, shared by the sidecar writer (which entries changed)
 * and the three-way merge (which side changed what): one rule, so that what the merge calls
 * "unchanged" is exactly what the writer leaves byte for byte.
 */
import type { Anchor } from './model';

/** The identity of an anchor: its text and both contexts. */
export function anchorKey(anchor: Anchor): string {
  return JSON.stringify([anchor.text, anchor.before, anchor.after]);
}

/**
 * Structural equality of model values (plain objects, arrays, scalars). A property set to
 * `undefined` counts as absent, because the sidecar cannot tell the two apart.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Runs over every entry on each write: no allocation, just two passes over the keys.
  let defined = 0;
  for (const key in left) {
    const value = left[key];
    if (value === undefined) continue;
    defined++;
    if (!sameValue(value, right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) defined--;
  return defined === 0;
}

/** A JSON text of a model value with object keys sorted: equal values give equal texts. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  });
}
