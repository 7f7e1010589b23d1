/**
 * Stored mention changes. Mentions are derived (see matching/mentions.ts): names and
 * aliases, plus `added` anchors, minus `excluded` anchors. These operations edit the two
 * stored lists so that each anchor is in at most one of them.
 */
import { message } from '../messages';
import type { Anchor, Annotations } from '../model';
import { requireActor, updateActor } from './actors';
import { checkAnchor, describeAnchor, hasAnchor, withAnchor, withoutAnchor } from './anchors';
import { AnnotationError } from './errors';

/**
 * Makes the span a mention of the actor. If it was an excluded occurrence of the actor's
 * names, the exclusion is lifted (the name occurrence comes back) instead of storing an
 * addition; otherwise it becomes a hand-added mention.
 */
export function addMention(annotations: Annotations, id: string, anchor: Anchor): Annotations {
  checkAnchor(anchor);
  return updateActor(annotations, id, (actor) => {
    if (hasAnchor(actor.excluded, anchor)) return { ...actor, excluded: withoutAnchor(actor.excluded, anchor) };
    const added = withAnchor(actor.added, anchor);
    return added === actor.added ? actor : { ...actor, added };
  });
}

/**
 * Says that an occurrence of the actor's name is not the actor. A hand-added mention at the
 * same anchor is removed too.
 */
export function excludeOccurrence(annotations: Annotations, id: string, anchor: Anchor): Annotations {
  checkAnchor(anchor);
  return updateActor(annotations, id, (actor) => {
    const added = withoutAnchor(actor.added, anchor);
    const excluded = withAnchor(actor.excluded, anchor);
    return added === actor.added && excluded === actor.excluded ? actor : { ...actor, added, excluded };
  });
}

/** Removes a hand-added mention (a name occurrence is removed with {@link excludeOccurrence}). */
export function removeMention(annotations: Annotations, id: string, anchor: Anchor): Annotations {
  const actor = requireActor(annotations, id);
  if (!hasAnchor(actor.added, anchor)) {
    throw new AnnotationError('unknown-mention', message('Actor "{0}" has no hand-added mention “{1}”.', id, describeAnchor(anchor)));
  }
  return updateActor(annotations, id, (a) => ({ ...a, added: withoutAnchor(a.added, anchor) }));
}

/** Lifts an exclusion: the name occurrence is a mention again. */
export function restoreOccurrence(annotations: Annotations, id: string, anchor: Anchor): Annotations {
  const actor = requireActor(annotations, id);
  if (!hasAnchor(actor.excluded, anchor)) {
    throw new AnnotationError('unknown-exclusion', message('Actor "{0}" has no excluded occurrence “{1}”.', id, describeAnchor(anchor)));
  }
  return updateActor(annotations, id, (a) => ({ ...a, excluded: withoutAnchor(a.excluded, anchor) }));
}
