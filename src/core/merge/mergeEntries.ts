/** Three-way merge of the entries of one section, entry by entry and field by field. */
import type { Anchor, MergeConflict, MergeValue } from '../model';
import { sameValue } from '../equality';
import { mergeScalar, type ScalarOutcome } from './mergeScalar';
import { mergeSet } from './mergeSet';
import type { FieldRule, SectionSpec } from './sections';

type Fields = Record<string, unknown>;

/**
 * Merges one section. An entry added on either side is kept; an entry removed on one side and
 * untouched on the other is removed; an entry removed on one side and changed on the other is
 * kept as changed (never lose an annotation) and recorded as a conflict; an entry present on
 * both sides merges field by field (see {@link mergeFields}). Conflicts are appended to
 * `conflicts`. Order: "ours" order, then entries only "theirs" has, in "theirs" order.
 */
export function mergeEntries<T>(
  spec: SectionSpec<T>,
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  conflicts: MergeConflict[],
): T[] {
  const baseByKey = byKey(spec, base);
  const oursByKey = byKey(spec, ours);
  const theirsByKey = byKey(spec, theirs);
  const merged: T[] = [];
  const visit = (key: string): void => {
    const entry = mergeEntry(spec, baseByKey.get(key), oursByKey.get(key), theirsByKey.get(key), conflicts);
    if (entry !== undefined) merged.push(entry);
  };
  for (const key of oursByKey.keys()) visit(key);
  for (const key of theirsByKey.keys()) if (!oursByKey.has(key)) visit(key);
  return merged;
}

function mergeEntry<T>(
  spec: SectionSpec<T>,
  base: T | undefined,
  ours: T | undefined,
  theirs: T | undefined,
  conflicts: MergeConflict[],
): T | undefined {
  if (ours !== undefined && theirs !== undefined) return mergeFields(spec, base, ours, theirs, conflicts);
  const present = ours ?? theirs;
  if (present === undefined || base === undefined) return present;
  if (!sameContent(spec, base, present)) {
    conflicts.push(withValues(
      { path: spec.path(present), section: spec.section, entry: spec.locator(present) },
      base, ours, theirs,
    ));
    return present;
  }
  return undefined;
}

/**
 * Merges an entry both sides hold (added on both, or changed on both): each field on its own,
 * so changes to different fields combine; the same field changed to different values on both
 * sides keeps "ours" and is recorded as a conflict.
 */
function mergeFields<T>(
  spec: SectionSpec<T>,
  base: T | undefined,
  ours: T,
  theirs: T,
  conflicts: MergeConflict[],
): T {
  const baseFields = (base ?? {}) as Fields;
  const ourFields = ours as Fields;
  const theirFields = theirs as Fields;
  const names = new Set([...Object.keys(ourFields), ...Object.keys(theirFields), ...Object.keys(baseFields)]);
  const merged: Fields = {};
  const conflicting: string[] = [];
  for (const name of names) {
    const rule: FieldRule | undefined = spec.fields[name];
    const [b, o, t] = [baseFields[name], ourFields[name], theirFields[name]];
    let value: unknown;
    if (rule?.kind === 'set') {
      value = mergeSet(asList(b), asList(o), asList(t), rule.keyOf as (element: unknown) => string);
    } else if (rule?.kind === 'passage') {
      const outcome = mergePassage(b as Anchor | undefined, o as Anchor | undefined, t as Anchor | undefined, rule.keyOf);
      value = outcome.value;
      if (outcome.conflict) conflicting.push(name);
    } else {
      const outcome = mergeScalar(b, o, t);
      value = outcome.value;
      if (outcome.conflict && rule?.kind !== 'locator') conflicting.push(name);
    }
    if (value !== undefined) merged[name] = value;
  }
  const entry = merged as T;
  for (const name of conflicting) {
    conflicts.push(withValues(
      { path: `${spec.path(entry)}.${name}`, section: spec.section, entry: spec.locator(entry), field: name },
      baseFields[name], ourFields[name], theirFields[name],
    ));
  }
  return entry;
}

/**
 * Merges an anchor field by the passage it stands for: the passages merge as values, and the
 * anchor kept for the winning passage is the refreshed one when a side refreshed it.
 */
function mergePassage(
  base: Anchor | undefined,
  ours: Anchor | undefined,
  theirs: Anchor | undefined,
  keyOf: (anchor: Anchor) => string,
): ScalarOutcome<Anchor> {
  const key = (anchor: Anchor | undefined): string | undefined => (anchor === undefined ? undefined : keyOf(anchor));
  const passage = mergeScalar(key(base), key(ours), key(theirs));
  if (passage.conflict) return { value: ours, conflict: true };
  const candidates = [ours, theirs].filter((anchor): anchor is Anchor => anchor !== undefined && key(anchor) === passage.value);
  return { value: candidates.find((anchor) => !sameValue(anchor, base)) ?? candidates[0], conflict: false };
}

/** Equal as far as the user's content goes: locators ignored, sets compared by identity. */
function sameContent<T>(spec: SectionSpec<T>, left: T, right: T): boolean {
  const a = left as Fields;
  const b = right as Fields;
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const rule: FieldRule | undefined = spec.fields[name];
    if (rule?.kind === 'locator') continue;
    if (rule?.kind === 'set') {
      const keyOf = rule.keyOf as (element: unknown) => string;
      const keys = (value: unknown): string[] => asList(value).map(keyOf).sort();
      if (!sameValue(keys(a[name]), keys(b[name]))) return false;
    } else if (rule?.kind === 'passage') {
      const key = (value: unknown): string | undefined => (value === undefined ? undefined : rule.keyOf(value as Anchor));
      if (key(a[name]) !== key(b[name])) return false;
    } else if (!sameValue(a[name], b[name])) {
      return false;
    }
  }
  return true;
}

/** Adds the three sides' values to a conflict, leaving out the absent ones. */
function withValues(
  location: Omit<MergeConflict, 'base' | 'ours' | 'theirs'>,
  base: unknown,
  ours: unknown,
  theirs: unknown,
): MergeConflict {
  return {
    ...location,
    ...(base !== undefined ? { base: base as MergeValue } : {}),
    ...(ours !== undefined ? { ours: ours as MergeValue } : {}),
    ...(theirs !== undefined ? { theirs: theirs as MergeValue } : {}),
  };
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The entries by key. An entry whose key is taken (two anchors found at the same passage) goes
 * under its fallback key, so it is merged on its own rather than dropped; a true duplicate
 * (which a valid sidecar does not hold) is dropped.
 */
function byKey<T>(spec: SectionSpec<T>, entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    const key = spec.key(entry);
    if (!map.has(key)) map.set(key, entry);
    else if (!map.has(spec.fallbackKey(entry))) map.set(spec.fallbackKey(entry), entry);
  }
  return map;
}
