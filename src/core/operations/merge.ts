/** Merging two actors that turn out to be the same. */
import { message } from '../messages';
import type { Actor, Annotations } from '../model';
import { replaceSpeaker, requireActor } from './actors';
import { hasAnchor, withAnchor, withoutAnchor } from './anchors';
import { AnnotationError } from './errors';
import { omit } from './omit';

/**
 * Merges actor `fromId` into `intoId` and removes `fromId`:
 * - `from`'s name and aliases become aliases of `into` (except `into`'s own name, and duplicates);
 * - hand-added mentions and exclusions move over; an anchor `from` added but `into`
 *   excluded ends up added (the user said it is this entity);
 * - quotations spoken by `from` are spoken by `into`;
 * - `into` keeps its type, name and external id (taking `from`'s external id if it had
 *   none); notes are joined, `into`'s first.
 */
export function mergeActors(annotations: Annotations, fromId: string, intoId: string): Annotations {
  if (fromId === intoId) throw new AnnotationError('merge-into-itself', message('Cannot merge actor "{0}" into itself.', fromId));
  const from = requireActor(annotations, fromId);
  const into = requireActor(annotations, intoId);

  const aliases = [...into.aliases];
  for (const name of [from.name, ...from.aliases]) if (name !== into.name && !aliases.includes(name)) aliases.push(name);
  let added = into.added;
  for (const anchor of from.added) added = withAnchor(added, anchor);
  let excluded = into.excluded;
  for (const anchor of from.excluded) if (!hasAnchor(added, anchor)) excluded = withAnchor(excluded, anchor);
  for (const anchor of added) excluded = withoutAnchor(excluded, anchor);
  const notes = [into.note, from.note].filter((n): n is string => n !== undefined && n.trim() !== '');
  const externalId = into.externalId ?? from.externalId;

  const intoRest = omit(omit(into, 'note'), 'externalId');
  const merged: Actor = {
    ...intoRest,
    aliases,
    ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
    ...(externalId !== undefined ? { externalId } : {}),
    added,
    excluded,
  };
  return {
    ...annotations,
    actors: annotations.actors.filter((a) => a !== from).map((a) => (a === into ? merged : a)),
    quotations: replaceSpeaker(annotations.quotations, fromId, () => ({ actor: intoId })),
  };
}
