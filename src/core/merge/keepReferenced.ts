/**
 * Keeping entries that one side deleted while the merge still refers to them: one branch
 * deletes an actor, the other attributes a new quotation to it. Honouring the deletion would
 * leave the quotation's speaker pointing at nothing (a sidecar that does not read back) or
 * drop the attribution; both lose work. The entry is kept as the side that has it, and a
 * conflict records the deletion so the user decides.
 */
import type { Actor, Annotations, MergeConflict, Topic } from '../model';

/**
 * Restores into `merged` every actor (quotation speakers) and topic (quotation topics, topic
 * parents) that `merged` refers to but lost, taking it from "ours" or else "theirs", and
 * appends a whole-entry conflict for each to `conflicts`. A reference no side can satisfy
 * (an input that was already broken) is left as it is.
 */
export function keepReferenced(
  merged: Annotations,
  base: Annotations,
  ours: Annotations,
  theirs: Annotations,
  conflicts: MergeConflict[],
): Annotations {
  let result = merged;
  // Restoring a topic may bring back a parent that is missing too: repeat until nothing changes.
  for (;;) {
    const actorIds = new Set(result.actors.map((actor) => actor.id));
    const topicIds = new Set(result.topics.map((topic) => topic.id));
    const missingActors = new Set<string>();
    const missingTopics = new Set<string>();
    for (const quotation of result.quotations) {
      const speaker = quotation.speaker;
      if (speaker && 'actor' in speaker && !actorIds.has(speaker.actor)) missingActors.add(speaker.actor);
      for (const topic of quotation.topics) if (!topicIds.has(topic)) missingTopics.add(topic);
    }
    for (const topic of result.topics) if (topic.parent !== undefined && !topicIds.has(topic.parent)) missingTopics.add(topic.parent);

    const actors = restore('actors', result.actors, missingActors, [base.actors, ours.actors, theirs.actors], conflicts);
    const topics = restore('topics', result.topics, missingTopics, [base.topics, ours.topics, theirs.topics], conflicts);
    if (actors.length === result.actors.length && topics.length === result.topics.length) return result;
    result = { ...result, actors, topics };
  }
}

/** `present` plus the entries of `missing` that ours or else theirs holds, each recorded as a conflict. */
function restore<T extends Actor | Topic>(
  section: 'actors' | 'topics',
  present: readonly T[],
  missing: ReadonlySet<string>,
  [base, ours, theirs]: readonly (readonly T[])[],
  conflicts: MergeConflict[],
): readonly T[] {
  const restored = [...present];
  for (const id of missing) {
    const [baseEntry, ourEntry, theirEntry] = [base, ours, theirs].map((side) => side.find((entry) => entry.id === id));
    const kept = ourEntry ?? theirEntry;
    if (kept === undefined) continue;
    restored.push(kept);
    conflicts.push({
      path: `${section}.${id}`, section, entry: id,
      ...(baseEntry !== undefined && { base: baseEntry }),
      ...(ourEntry !== undefined && { ours: ourEntry }),
      ...(theirEntry !== undefined && { theirs: theirEntry }),
    });
  }
  return restored;
}
