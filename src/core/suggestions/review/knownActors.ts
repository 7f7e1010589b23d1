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
  /** `known` by id. */
  readonly knownById: ReadonlyMap<string, KnownActor>;
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
  const known: KnownActor[] = [...byId.values()].map((actor) => knownActor(actor, names.get(actor.id)!));
  return { byId, known, knownById: new Map(known.map((k) => [k.id, k])) };
}

/**
 * `workspaceActors([article, ...others])` from `workspace = workspaceActors(others)`: the
 * workspace's part is merged once (per change of the index, not per typing pause of a
 * 10,000-article workspace) and only the current article's actors are merged in front of it.
 */
export function withArticleActors(article: readonly Actor[], workspace: WorkspaceActors): WorkspaceActors {
  const own = workspaceActors([article]);
  const known: KnownActor[] = [];
  const byId = new Map<string, Actor>(own.byId);
  for (const [id, actor] of own.byId) {
    const names = new Set(own.knownById.get(id)!.names);
    for (const name of workspace.knownById.get(id)?.names ?? []) names.add(name);
    known.push(knownActor(actor, names));
  }
  for (const actor of workspace.known) if (!own.byId.has(actor.id)) known.push(actor);
  for (const [id, actor] of workspace.byId) if (!byId.has(id)) byId.set(id, actor);
  return { byId, known, knownById: new Map(known.map((k) => [k.id, k])) };
}

function knownActor(actor: Actor, names: ReadonlySet<string>): KnownActor {
  return { id: actor.id, names: [...names], ...(isDefaultType(actor.type) ? { type: actor.type } : {}) };
}
