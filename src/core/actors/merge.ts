/**
 * How shared actors join an article's own (its sidecar's), and how an article's annotations
 * are split back into what its sidecar stores.
 *
 * The merge rule, for a sidecar actor with the id of a shared one:
 * - `type`, `name`, `note`, `external-id`: the sidecar's value wins when it has one;
 * - names: the union — the merged actor's aliases are the sidecar's aliases, then the shared
 *   name and aliases, without the merged name and without repeats, so every name of both
 *   lights up;
 * - hand-added and excluded mentions: the sidecar's (shared actors have none);
 * - properties: the shared file's (sidecars hold none).
 * A shared actor no sidecar actor extends joins the article as it is.
 *
 * What an article writes: nothing for a shared actor that is only mentioned by its names. An
 * annotation that needs the actor in the sidecar (a quotation's speaker, a mention added or
 * excluded by hand, a change of its name or type in this article) writes a minimal entry —
 * id, type and name, plus what differs from the shared actor — so that the sidecar stays
 * readable on its own (`check`, merges, exports and other tools read it alone).
 */
import { sameValue } from '../equality';
import type { Actor, Annotations } from '../model';
import type { SharedActor, SharedActors } from './model';

function unique(names: readonly string[], except: string): string[] {
  const seen = new Set<string>([except]);
  const result: string[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    result.push(name);
  }
  return result;
}

/** The actor an article sees: its own entry (if any) over the shared one. */
export function mergeActor(own: Actor | undefined, shared: SharedActor): Actor {
  const name = own?.name ?? shared.name;
  const note = own?.note ?? shared.note;
  const externalId = own?.externalId ?? shared.externalId;
  return {
    id: shared.id,
    type: own?.type ?? shared.type,
    name,
    aliases: unique([...(own?.aliases ?? []), shared.name, ...shared.aliases], name),
    ...(note !== undefined && { note }),
    ...(externalId !== undefined && { externalId }),
    added: own?.added ?? [],
    excluded: own?.excluded ?? [],
  };
}

/** The annotations an article sees: its own actors (extended by shared ones), then the other shared actors by id. */
export function withSharedActors(own: Annotations, shared: SharedActors): Annotations {
  if (shared.actors.length === 0) return own;
  const byId = new Map(shared.actors.map((actor) => [actor.id, actor]));
  const ownIds = new Set<string>();
  const actors: Actor[] = own.actors.map((actor) => {
    ownIds.add(actor.id);
    const sharedActor = byId.get(actor.id);
    return sharedActor ? mergeActor(actor, sharedActor) : actor;
  });
  for (const actor of shared.actors) if (!ownIds.has(actor.id)) actors.push(mergeActor(undefined, actor));
  return { ...own, actors };
}

/**
 * What the sidecar stores of an actor the article sees (`merged`): the minimal entry described
 * above; undefined when the shared actor alone gives it.
 */
export function ownPart(merged: Actor, shared: SharedActor, needed: boolean): Actor | undefined {
  const sharedNames = new Set([shared.name, ...shared.aliases]);
  const aliases = merged.aliases.filter((alias) => !sharedNames.has(alias));
  const own: Actor = {
    id: merged.id,
    type: merged.type,
    name: merged.name,
    aliases,
    ...(merged.note !== undefined && merged.note !== shared.note && { note: merged.note }),
    ...(merged.externalId !== undefined && merged.externalId !== shared.externalId && { externalId: merged.externalId }),
    added: merged.added,
    excluded: merged.excluded,
  };
  const local = own.type !== shared.type || own.name !== shared.name || aliases.length > 0 || own.note !== undefined
    || own.externalId !== undefined || own.added.length > 0 || own.excluded.length > 0;
  return local || needed ? own : undefined;
}

/**
 * The sidecar's annotations for what the article sees (`merged`, built by
 * {@link withSharedActors} from `previous` and `shared`, then changed by the user). An actor
 * the change did not touch keeps its previous entry byte for byte (or stays absent); one it
 * changed gets its {@link ownPart}; a shared actor a quotation names as speaker always has an
 * entry (else the sidecar would name an actor it does not hold).
 */
export function ownAnnotations(merged: Annotations, shared: SharedActors, previous: Annotations): Annotations {
  if (shared.actors.length === 0) return merged;
  const sharedById = new Map(shared.actors.map((actor) => [actor.id, actor]));
  const previousById = new Map(previous.actors.map((actor) => [actor.id, actor]));
  const speakers = new Set<string>();
  for (const quotation of merged.quotations) if (quotation.speaker && 'actor' in quotation.speaker) speakers.add(quotation.speaker.actor);
  const actors: Actor[] = [];
  const written = new Set<string>();
  for (const actor of merged.actors) {
    const sharedActor = sharedById.get(actor.id);
    const before = previousById.get(actor.id);
    let own: Actor | undefined = actor;
    if (sharedActor) {
      own = sameValue(actor, mergeActor(before, sharedActor)) ? before : ownPart(actor, sharedActor, false);
      if (own === undefined && speakers.has(actor.id)) own = ownPart(actor, sharedActor, true);
    }
    if (own) {
      actors.push(own);
      written.add(own.id);
    }
  }
  // A speaker whose actor the change removed from the article, but that the shared file holds.
  for (const id of speakers) {
    const sharedActor = sharedById.get(id);
    if (!written.has(id) && sharedActor) actors.push(ownPart(mergeActor(undefined, sharedActor), sharedActor, true)!);
  }
  return sameValue(actors, merged.actors) ? merged : { ...merged, actors };
}

/** The properties of an actor by id, for rows and exports (`RowOptions.propertiesOf`). */
export function propertiesLookup(shared: SharedActors): (actor: { readonly id: string }) => Readonly<Record<string, string>> | undefined {
  const byId = new Map(shared.actors.map((actor) => [actor.id, actor.properties]));
  return (actor) => byId.get(actor.id);
}
