/**
 * brat types ⇄ Marginalia actor types. Brat types come from input files, so every lookup goes
 * through a Map: a type such as `constructor` or `__proto__` is a type like any other.
 */
import type { ActorType } from '../model';

/** brat types (lowercase) that describe quotations and notes rather than entities, and their spelling on export. */
const NON_ENTITY_TYPES: ReadonlyMap<string, string> = new Map([
  ['quote', 'Quote'],
  ['speaker', 'Speaker'],
  ['cue', 'Cue'],
  ['addressee', 'Addressee'],
  // a span that only carries a `#` note (export writes one where no other span is)
  ['note', 'Note'],
]);

/** brat entity type (lowercase) → Marginalia actor type; anything else is misc. */
const IMPORT_TYPES: ReadonlyMap<string, ActorType> = new Map([
  ['person', 'person'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['location', 'place'],
  ['place', 'place'],
  ['loc', 'place'],
  ['date', 'date'],
  ['hour', 'date'],
  ['event', 'event'],
  ['product', 'work'],
  ['work', 'work'],
]);

/** Marginalia actor type → brat type on export; a user-defined type is written capitalised. */
const EXPORT_TYPES: ReadonlyMap<ActorType, string> = new Map([
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['place', 'Location'],
  ['date', 'Date'],
  ['event', 'Event'],
  ['work', 'Work'],
  ['misc', 'Misc'],
]);

/** Whether a brat type is an entity type (it becomes an actor), not Quote, Speaker, Cue, Addressee or Note. */
export function isEntityType(bratType: string): boolean {
  return !NON_ENTITY_TYPES.has(bratType.toLowerCase());
}

/** The actor type of a brat entity type (DESIGN.md: Location/Place/Loc, Date/Hour, Product/Work…). */
export function actorTypeOfBrat(bratType: string): ActorType {
  return IMPORT_TYPES.get(bratType.toLowerCase()) ?? 'misc';
}

/** The brat type of an actor type. */
export function bratTypeOf(actorType: ActorType): string {
  return EXPORT_TYPES.get(actorType) ?? actorType.charAt(0).toUpperCase() + actorType.slice(1);
}

/** The type a brat type is written back as after an import: `Hour` → `Date`, `quote` → `Quote`. */
export function exportedTypeOf(bratType: string): string {
  return NON_ENTITY_TYPES.get(bratType.toLowerCase()) ?? bratTypeOf(actorTypeOfBrat(bratType));
}
