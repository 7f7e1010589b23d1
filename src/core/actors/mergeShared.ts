/**
 * The three-way merge of the shared actors file, for git's merge driver: entry by entry as for
 * sidecars (core/merge/mergeEntries.ts): actors by id, property declarations by name; names and
 * declared values merge as sets; each property of an actor merges on its own, so two branches
 * that set different properties of one actor combine. When both sides set the same field to
 * different values, ours is kept and the conflict reported: the file has no `conflicts:`
 * section, so the driver exits 1 and git reports the conflict for the user to settle.
 * Nothing is lost: a version that cannot be read leaves ours byte for byte as it was. A version
 * that holds git's conflict markers (merged once without the driver) is recovered as the
 * sidecar driver does it: its two sides are merged entry by entry, and the result reports it.
 */
import { sameValue } from '../equality';
import { splitConflictMarkers } from '../merge/conflictMarkers';
import { mergeEntries } from '../merge/mergeEntries';
import type { MergeProblem, MergeSide, SidecarInput, SidecarMergeResult } from '../merge/mergeSidecars';
import type { SectionSpec } from '../merge/sections';
import type { MergeConflict } from '../model';
import { blocksWriting, decodeUtf8 } from '../sidecar';
import { EMPTY_SHARED_ACTORS, type PropertyDeclaration, type SharedActor, type SharedActors } from './model';
import { parseSharedActors, type ParsedSharedActors } from './read';
import { writeSharedActors } from './write';

const SIDES: readonly MergeSide[] = ['base', 'ours', 'theirs'];
/** An actor's property as a field of its own, so that the merge takes each property on its own. */
const PROPERTY_FIELD = 'property:';

type FlatActor = Record<string, unknown> & { readonly id: string };

const stringSet = { kind: 'set', keyOf: (element: string) => element } as const;

const ACTORS: SectionSpec<FlatActor> = {
  section: 'actors',
  key: (actor) => actor.id,
  fallbackKey: (actor) => actor.id,
  path: (actor) => `actors.${actor.id}`,
  locator: (actor) => actor.id,
  fields: { aliases: stringSet },
};

const DECLARATIONS: SectionSpec<PropertyDeclaration> = {
  section: 'actors',
  key: (declaration) => declaration.name,
  fallbackKey: (declaration) => declaration.name,
  path: (declaration) => `properties.${declaration.name}`,
  locator: (declaration) => declaration.name,
  fields: { values: stringSet },
};

function flatten(actor: SharedActor): FlatActor {
  const { properties, ...fields } = actor;
  const flat: Record<string, unknown> = { ...fields };
  for (const [name, value] of Object.entries(properties)) flat[PROPERTY_FIELD + name] = value;
  return flat as FlatActor;
}

function unflatten(flat: FlatActor): SharedActor {
  const actor: Record<string, unknown> = {};
  const properties: Record<string, string> = {};
  for (const [field, value] of Object.entries(flat)) {
    if (field.startsWith(PROPERTY_FIELD)) properties[field.slice(PROPERTY_FIELD.length)] = value as string;
    else actor[field] = value;
  }
  return { ...(actor as Omit<SharedActor, 'properties'>), aliases: (actor.aliases as string[] | undefined) ?? [], properties };
}

/** One version as read: its actors, and whether they came from the two sides of conflict markers. */
interface SharedVersion {
  readonly parsed: ParsedSharedActors;
  readonly shared: SharedActors;
  readonly recovered: boolean;
}

/** Merges the three versions; `text` is what ours should hold (absent: ours stays as it is). */
export function mergeSharedActors(inputs: Readonly<Record<MergeSide, SidecarInput>>): SidecarMergeResult {
  const versions = {} as Record<MergeSide, SharedVersion>;
  const problems: MergeProblem[] = [];
  const conflicts: MergeConflict[] = [];
  for (const side of SIDES) {
    const input = inputs[side];
    const parsed = parseSharedActors(typeof input === 'string' ? input : decodeUtf8(input));
    const error = parsed.problems.find(blocksWriting);
    if (!error) {
      versions[side] = { parsed, shared: parsed.shared, recovered: false };
      continue;
    }
    const reason = `${error.line}:${error.column}: ${error.message}`;
    const recovered = recoverFromMarkers(parsed.source, conflicts);
    if (recovered) {
      versions[side] = { parsed, shared: recovered, recovered: true };
      problems.push({ kind: 'recovered', side, reason });
    } else problems.push({ kind: 'unreadable', side, reason });
  }
  if (problems.some((problem) => problem.kind === 'unreadable')) return { conflicts: [], problems, clean: false };
  const merged = mergeThree(versions.base.shared, versions.ours.shared, versions.theirs.shared, conflicts);
  // A side's bytes are kept when the merge equals it, unless they hold conflict markers.
  const intact = (side: 'ours' | 'theirs') => !versions[side].recovered && sameFile(merged, versions[side].shared);
  let text: string;
  try {
    text = intact('ours') ? versions.ours.parsed.source : intact('theirs') ? versions.theirs.parsed.source : writeSharedActors(merged, versions.ours.recovered ? undefined : versions.ours.parsed);
  } catch {
    return { conflicts: [], problems: [...problems, { kind: 'not-read-back' }], clean: false };
  }
  const readBack = parseSharedActors(text);
  if (readBack.problems.some(blocksWriting) || !sameFile(readBack.shared, merged)) {
    return { conflicts: [], problems: [...problems, { kind: 'not-read-back' }], clean: false };
  }
  return { ...(text !== versions.ours.parsed.source && { text }), conflicts, problems, clean: conflicts.length === 0 && problems.length === 0 };
}

/** The actors of a file left with conflict markers: its two (or three) sides merged; undefined when a side does not read. */
function recoverFromMarkers(source: string, conflicts: MergeConflict[]): SharedActors | undefined {
  const parts = splitConflictMarkers(source);
  if (parts === undefined) return undefined;
  const read = (text: string | undefined) => {
    if (text === undefined) return EMPTY_SHARED_ACTORS;
    const parsed = parseSharedActors(text);
    return parsed.problems.some(blocksWriting) ? undefined : parsed.shared;
  };
  const [base, ours, theirs] = [read(parts.base), read(parts.ours), read(parts.theirs)];
  return base && ours && theirs ? mergeThree(base, ours, theirs, conflicts) : undefined;
}

/** Declarations by name and actors by id, each property of an actor on its own; conflicts are appended to `conflicts`. */
function mergeThree(base: SharedActors, ours: SharedActors, theirs: SharedActors, conflicts: MergeConflict[]): SharedActors {
  return {
    properties: mergeEntries(DECLARATIONS, base.properties, ours.properties, theirs.properties, conflicts),
    actors: mergeEntries(ACTORS, base.actors.map(flatten), ours.actors.map(flatten), theirs.actors.map(flatten), conflicts).map(unflatten),
  };
}

/** Equal as files: entries in any order (a file keeps them sorted by id). */
function sameFile(a: SharedActors, b: SharedActors): boolean {
  const sorted = <T>(entries: readonly T[], key: (entry: T) => string): T[] => [...entries].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  return sameValue(sorted(a.actors, (actor) => actor.id), sorted(b.actors, (actor) => actor.id))
    && sameValue(sorted(a.properties, (d) => d.name), sorted(b.properties, (d) => d.name));
}
