/**
 * Identity of sidecar entries: actors and topics by id, stored spans by their anchor. Two
 * branches that add the same thing produce the same key, hence the same entry in the same place.
 */
import type { Actor, Anchor, Note, Quotation, Rejection, Topic } from '../model';
import type { SectionName } from './format';

/** The identity of an anchor: its text and both contexts. */
export function anchorKey(anchor: Anchor): string {
  return JSON.stringify([anchor.text, anchor.before, anchor.after]);
}

/** The model type held by each section. */
export interface SectionItems {
  actors: Actor;
  quotations: Quotation;
  topics: Topic;
  notes: Note;
  rejected: Rejection;
}

/** The identity of an entry of a section. */
export function entryKey<S extends SectionName>(section: S, item: SectionItems[S]): string {
  switch (section) {
    case 'actors':
    case 'topics':
      return (item as Actor | Topic).id;
    case 'quotations':
    case 'notes':
      return anchorKey((item as Quotation | Note).anchor);
    case 'rejected':
      return (item as Rejection).kind + ' ' + anchorKey((item as Rejection).anchor);
  }
  throw new Error(`unknown section ${String(section)}`);
}

/** Structural equality of model values; a property set to `undefined` counts as absent. */
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
