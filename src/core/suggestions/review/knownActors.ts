/**
 * The gazetteer the suggesters get: every actor of the workspace's articles (this one
 * included), by id, with all the names and aliases it bears anywhere. What was annotated in
 * one article is thus suggested in the next.
 */
import { DEFAULT_ACTOR_TYPES, type Actor, type DefaultActorType } from '../../model';
import type { KnownActor } from '../types';

export interface WorkspaceActors {
  /** One definition per id (the first met), to copy into an article that accepts it. */
  readonly byId: ReadonlyMap<string, Actor>;
  /** For `suggestEntities` / `suggestQuotations`. */
  readonly known: readonly KnownActor[];
}

const isDefaultType = (type: string): type is DefaultActorType => (DEFAULT_ACTOR_TYPES as readonly string[]).includes(type);

/** Merges the actors of several articles (`articles[0]` first: the current article wins). */
export function workspaceActors(articles: readonly (readonly Actor[])[]): WorkspaceActors {
  const byId = new Map<string, Actor>();
  const names = new Map<string, Set<string>>();
  for (const actors of articles) {
    for (const actor of actors) {
      if (!byId.has(actor.id)) byId.set(actor.id, actor);
      const set = names.get(actor.id) ?? new Set<string>();
      for (const name of [actor.name, ...actor.aliases]) set.add(name);
      names.set(actor.id, set);
    }
  }
  const known: KnownActor[] = [...byId.values()].map((actor) => ({
    id: actor.id,
    names: [...names.get(actor.id)!],
    ...(isDefaultType(actor.type) ? { type: actor.type } : {}),
  }));
  return { byId, known };
}
