/** Aliases: other names of an actor, matched in the text like its name. */
import { message } from '../messages';
import type { Annotations } from '../model';
import { checkName, requireActor, updateActor } from './actors';
import { AnnotationError } from './errors';

/**
 * Adds an alias. Adding the actor's name or an alias it already has changes nothing (so
 * two branches adding it agree). Another actor may bear the same name: mentions then go to
 * the first actor id, and the name index reports the ambiguity.
 */
export function addAlias(annotations: Annotations, id: string, alias: string): Annotations {
  const trimmed = checkName(alias, message('An alias'));
  return updateActor(annotations, id, (actor) =>
    actor.name === trimmed || actor.aliases.includes(trimmed) ? actor : { ...actor, aliases: [...actor.aliases, trimmed] },
  );
}

export function removeAlias(annotations: Annotations, id: string, alias: string): Annotations {
  const actor = requireActor(annotations, id);
  if (!actor.aliases.includes(alias)) throw new AnnotationError('unknown-alias', message('Actor "{0}" has no alias "{1}".', id, alias));
  return updateActor(annotations, id, (a) => ({ ...a, aliases: a.aliases.filter((x) => x !== alias) }));
}
