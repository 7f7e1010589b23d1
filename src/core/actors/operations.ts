/** Changes to the shared actors the editor's commands make: pure, a new model each time. */
import type { Actor } from '../model';
import type { ActorProperties, SharedActor, SharedActors } from './model';

/**
 * `actor` (an article's) as a shared actor: added, or merged into the shared actor with its id
 * (names united, the shared type and properties kept, the article's note and external id
 * filling what the shared one lacks).
 */
export function promoteActor(shared: SharedActors, actor: Actor): SharedActors {
  const existing = shared.actors.find((candidate) => candidate.id === actor.id);
  const note = existing?.note ?? actor.note;
  const externalId = existing?.externalId ?? actor.externalId;
  const name = existing?.name ?? actor.name;
  const names = [...(existing ? [existing.name, ...existing.aliases] : []), actor.name, ...actor.aliases];
  const promoted: SharedActor = {
    id: actor.id,
    type: existing?.type ?? actor.type,
    name,
    aliases: [...new Set(names)].filter((alias) => alias !== name),
    ...(note !== undefined && { note }),
    ...(externalId !== undefined && { externalId }),
    properties: existing?.properties ?? {},
  };
  return replaceActor(shared, promoted);
}

/** Sets (or, with `undefined` or '', removes) one property of a shared actor. */
export function setActorProperty(shared: SharedActors, id: string, property: string, value: string | undefined): SharedActors {
  const actor = shared.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`'${id}' is not a shared actor`);
  const properties: Record<string, string> = { ...actor.properties };
  if (value === undefined || value === '') delete properties[property];
  else properties[property] = value;
  return replaceActor(shared, { ...actor, properties: properties as ActorProperties });
}

/** A shared actor renamed: the old name stays an alias, since the articles still say it. */
export function renameSharedActor(shared: SharedActors, id: string, name: string): SharedActors {
  const actor = shared.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`'${id}' is not a shared actor`);
  const aliases = [...new Set([...actor.aliases, actor.name])].filter((alias) => alias !== name);
  return replaceActor(shared, { ...actor, name, aliases });
}

function replaceActor(shared: SharedActors, actor: SharedActor): SharedActors {
  const index = shared.actors.findIndex((candidate) => candidate.id === actor.id);
  const actors = index === -1 ? [...shared.actors, actor] : shared.actors.map((candidate, i) => (i === index ? actor : candidate));
  return { ...shared, actors };
}

/** The values to offer for a property: the declared ones, else those already used in the file (sorted). */
export function valuesToOffer(shared: SharedActors, property: string): { readonly declared: boolean; readonly values: readonly string[] } {
  const declared = shared.properties.find((declaration) => declaration.name === property)?.values;
  if (declared) return { declared: true, values: declared };
  const used = new Set<string>();
  for (const actor of shared.actors) {
    const value = actor.properties[property];
    if (value !== undefined) used.add(value);
  }
  return { declared: false, values: [...used].sort() };
}

/** The property names to offer: declared first (in file order), then the others in use (sorted). */
export function propertyNames(shared: SharedActors): string[] {
  const declared = shared.properties.map((declaration) => declaration.name);
  const used = new Set<string>();
  for (const actor of shared.actors) for (const name of Object.keys(actor.properties)) if (!declared.includes(name)) used.add(name);
  return [...declared, ...[...used].sort()];
}
