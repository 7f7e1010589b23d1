/**
 * Invariants of a model about to be written: a sidecar written from a model that breaks them
 * would read back with errors, and a sidecar with errors is never overwritten again.
 */
import type { Anchor, Annotations } from '../model';
import { CONFLICT_SECTIONS, KEYED_SECTIONS } from './format';

/** Why this model cannot be written; empty when it can. */
export function modelIssues(annotations: Annotations): string[] {
  const issues: string[] = [];
  const actorIds = uniqueIds('actor', annotations.actors.map((actor) => actor.id), issues);
  const topicIds = uniqueIds('topic', annotations.topics.map((topic) => topic.id), issues);
  const anchor = (what: string, value: Anchor | undefined): void => {
    if (value && value.text === '') issues.push(`${what} has an empty anchor text`);
  };
  for (const actor of annotations.actors) {
    if (actor.type === '' || actor.name === '') issues.push(`actor '${actor.id}' needs a type and a name`);
    actor.added.forEach((mention) => anchor(`a mention of '${actor.id}'`, mention));
    actor.excluded.forEach((mention) => anchor(`an excluded mention of '${actor.id}'`, mention));
  }
  for (const quotation of annotations.quotations) {
    anchor('a quotation', quotation.anchor);
    anchor('the cue of a quotation', quotation.cue);
    const speaker = quotation.speaker;
    if (speaker && 'actor' in speaker && !actorIds.has(speaker.actor)) issues.push(`speaker '${speaker.actor}' is not an actor`);
    for (const topic of quotation.topics) if (!topicIds.has(topic)) issues.push(`topic '${topic}' of a quotation is not a topic`);
  }
  for (const topic of annotations.topics) {
    if (topic.parent !== undefined && (topic.parent === topic.id || !topicIds.has(topic.parent))) {
      issues.push(`parent '${topic.parent}' of topic '${topic.id}' is not another topic`);
    }
    topic.passages.forEach((passage) => anchor(`a passage of topic '${topic.id}'`, passage));
  }
  annotations.notes.forEach((note) => anchor('a note', note.anchor));
  annotations.rejected.forEach((rejection) => anchor('a rejected suggestion', rejection.anchor));
  for (const conflict of annotations.conflicts ?? []) {
    const what = `merge conflict '${conflict.path}'`;
    if (conflict.path === '') issues.push('a merge conflict has an empty path');
    if (!(CONFLICT_SECTIONS as readonly string[]).includes(conflict.section)) issues.push(`${what} is in an unknown section '${conflict.section}'`);
    const byId = KEYED_SECTIONS.has(conflict.section);
    if (byId ? typeof conflict.entry !== 'string' || conflict.entry === '' : typeof conflict.entry !== 'object') {
      issues.push(`${what} needs ${byId ? 'the id' : 'the anchor'} of its entry`);
    } else if (!byId) anchor(what, conflict.entry as Anchor);
    if (conflict.field === '') issues.push(`${what} has an empty field name`);
  }
  return issues;
}

function uniqueIds(what: string, ids: readonly string[], issues: string[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === '') issues.push(`${what === 'actor' ? 'an' : 'a'} ${what} has an empty id`);
    else if (seen.has(id)) issues.push(`duplicate ${what} id '${id}'`);
    seen.add(id);
  }
  return seen;
}
