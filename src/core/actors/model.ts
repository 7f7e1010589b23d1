/**
 * The workspace's shared actors (`marginalia.actors.yaml` at the workspace root): actors that
 * apply to every article, with free properties (gender, role, party…) whose allowed values may
 * be declared once. See README "Shared actors" and schemas/actors.schema.json.
 */
import type { Actor } from '../model';

/** The file at the workspace root that holds the shared actors. */
export const SHARED_ACTORS_FILE = 'marginalia.actors.yaml';

/** Free key/value fields of an actor: `gender: female`, `role: minister`. */
export type ActorProperties = Readonly<Record<string, string>>;

/** An actor of the whole workspace: an actor without per-article mentions, with properties. */
export interface SharedActor extends Omit<Actor, 'added' | 'excluded'> {
  readonly properties: ActorProperties;
}

/** A property declared at the top of the file: its allowed values, or none (free text). */
export interface PropertyDeclaration {
  readonly name: string;
  /** Absent: any text; present: the values the editor offers and `check` accepts. */
  readonly values?: readonly string[];
}

export interface SharedActors {
  readonly properties: readonly PropertyDeclaration[];
  readonly actors: readonly SharedActor[];
}

export const EMPTY_SHARED_ACTORS: SharedActors = { properties: [], actors: [] };

/** Sections of the file, in the order a new file gets them. */
export const SHARED_SECTIONS = ['properties', 'actors'] as const;
export type SharedSection = (typeof SHARED_SECTIONS)[number];

export const SHARED_ACTOR_FIELDS = ['type', 'name', 'aliases', 'note', 'external-id', 'properties'] as const;

/** The model type of the entries of each section. */
export interface SharedSectionItems {
  properties: PropertyDeclaration;
  actors: SharedActor;
}

/** The identity of an entry: the actor's id, the property's name. */
export function sharedEntryKey(section: SharedSection, item: unknown): string {
  return section === 'actors' ? (item as SharedActor).id : (item as PropertyDeclaration).name;
}
