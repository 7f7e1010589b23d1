/** Resolving a conflict a merge recorded in a sidecar: the user picks a side. */
import type { Anchor, Annotations, AnnotationSection, MergeConflict } from '../model';
import { sameValue } from '../equality';

export type ConflictSide = 'ours' | 'theirs' | 'base';

/**
 * Applies one side's value of conflict `conflictIndex` (an index into
 * `annotations.conflicts`) and removes the conflict. For a field, the field takes that value
 * (absent: the field is removed); for a whole entry, the entry becomes that side's entry
 * (absent: the entry is removed). Other conflicts are kept in their order.
 * @throws RangeError when there is no such conflict.
 */
export function resolveConflict(annotations: Annotations, conflictIndex: number, pick: ConflictSide): Annotations {
  const conflicts = annotations.conflicts ?? [];
  const conflict = conflicts[conflictIndex];
  if (conflict === undefined) {
    throw new RangeError(`no conflict #${conflictIndex} (the sidecar records ${conflicts.length})`);
  }
  const remaining = conflicts.filter((_, index) => index !== conflictIndex);
  const entries = Object.hasOwn(annotations, conflict.section) ? annotations[conflict.section] as readonly object[] : undefined;
  // A conflict the reader did not check (it only hands over valid ones): never a TypeError.
  if (!Array.isArray(entries)) throw new RangeError(`conflict #${conflictIndex} names no section of the annotations ('${String(conflict.section)}')`);
  const picked = conflict[pick];
  const resolved = { ...annotations, [conflict.section]: applyPick(entries, conflict, picked) } as Annotations;
  if (remaining.length > 0) return { ...resolved, conflicts: remaining };
  return without(resolved, 'conflicts');
}

function applyPick(entries: readonly object[], conflict: MergeConflict, picked: unknown): object[] {
  const index = entries.findIndex((entry) => locates(conflict.section, conflict.entry, entry));
  if (conflict.field === undefined) {
    if (picked === undefined) return entries.filter((_, i) => i !== index);
    if (index === -1) return [...entries, picked as object];
    return entries.map((entry, i) => (i === index ? (picked as object) : entry));
  }
  if (index === -1) return [...entries];
  const field = conflict.field;
  return entries.map((entry, i) => {
    if (i !== index) return entry;
    return picked === undefined ? without(entry, field) : { ...entry, [field]: picked };
  });
}

/** Whether `entry` of `section` is the one a conflict names (by id, or by anchor). */
function locates(section: AnnotationSection, locator: string | Anchor, entry: object): boolean {
  if (section === 'actors' || section === 'topics') return (entry as { id: string }).id === locator;
  return sameValue((entry as { anchor: Anchor }).anchor, locator);
}

/** A copy of `value` without the property `key`. */
function without<T extends object>(value: T, key: string): T {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}
