/**
 * The three-way merge of the shared actors file, for git's merge driver: entry by entry as for
 * sidecars (core/merge/mergeEntries.ts): actors by id, property declarations by name; names and
 * declared values merge as sets; each property of an actor merges on its own, so two branches
 * that set different properties of one actor combine. When both sides set the same field to
 * different values, ours is kept and the conflict reported: the file has no `conflicts:`
 * section, so the driver exits 1 and git reports the conflict for the user to settle.
 * Nothing is lost: a version that cannot be read leaves ours byte for byte as it was.
 */
import { sameValue } from '../equality';
import { mergeEntries } from '../merge/mergeEntries';
import type { MergeProblem, MergeSide, SidecarInput, SidecarMergeResult } from '../merge/mergeSidecars';
import type { SectionSpec } from '../merge/sections';
import type { MergeConflict } from '../model';
import { blocksWriting, decodeUtf8 } from '../sidecar';
import type { PropertyDeclaration, SharedActor, SharedActors } from './model';
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

/** Merges the three versions; `text` is what ours should hold (absent: ours stays as it is). */
export function mergeSharedActors(inputs: Readonly<Record<MergeSide, SidecarInput>>): SidecarMergeResult {
  const parsed = {} as Record<MergeSide, ParsedSharedActors>;
  const problems: MergeProblem[] = [];
  for (const side of SIDES) {
    const input = inputs[side];
    parsed[side] = parseSharedActors(typeof input === 'string' ? input : decodeUtf8(input));
    const error = parsed[side].problems.find(blocksWriting);
    if (error) problems.push({ kind: 'unreadable', side, reason: `${error.line}:${error.column}: ${error.message}` });
  }
  if (problems.length > 0) return { conflicts: [], problems, clean: false };
  const [base, ours, theirs] = SIDES.map((side) => parsed[side].shared);
  const conflicts: MergeConflict[] = [];
  const merged: SharedActors = {
    properties: mergeEntries(DECLARATIONS, base.properties, ours.properties, theirs.properties, conflicts),
    actors: mergeEntries(ACTORS, base.actors.map(flatten), ours.actors.map(flatten), theirs.actors.map(flatten), conflicts).map(unflatten),
  };
  let text: string;
  try {
    text = sameFile(merged, ours) ? parsed.ours.source : sameFile(merged, theirs) ? parsed.theirs.source : writeSharedActors(merged, parsed.ours);
  } catch {
    return { conflicts: [], problems: [{ kind: 'not-read-back' }], clean: false };
  }
  const readBack = parseSharedActors(text);
  if (readBack.problems.some(blocksWriting) || !sameFile(readBack.shared, merged)) {
    return { conflicts: [], problems: [{ kind: 'not-read-back' }], clean: false };
  }
  return { ...(text !== parsed.ours.source && { text }), conflicts, problems: [], clean: conflicts.length === 0 };
}

/** Equal as files: entries in any order (a file keeps them sorted by id). */
function sameFile(a: SharedActors, b: SharedActors): boolean {
  const sorted = <T>(entries: readonly T[], key: (entry: T) => string): T[] => [...entries].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  return sameValue(sorted(a.actors, (actor) => actor.id), sorted(b.actors, (actor) => actor.id))
    && sameValue(sorted(a.properties, (d) => d.name), sorted(b.properties, (d) => d.name));
}
