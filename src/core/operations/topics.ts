/** Topics (a codebook, possibly nested) and the passages tagged with them. */
import { message } from '../messages';
import type { Anchor, Annotations, Topic } from '../model';
import { checkName } from './actors';
import { checkAnchor, describeAnchor, hasAnchor, withAnchor, withoutAnchor } from './anchors';
import { AnnotationError } from './errors';
import { isValidId, slugify, uniqueSlug } from './slug';
import { omit } from './omit';

export function requireTopic(annotations: Annotations, id: string): Topic {
  const topic = annotations.topics.find((t) => t.id === id);
  if (topic === undefined) throw new AnnotationError('unknown-topic', message('There is no topic with id "{0}".', id));
  return topic;
}

function replaceTopic(annotations: Annotations, old: Topic, updated: Topic): Annotations {
  return updated === old ? annotations : { ...annotations, topics: annotations.topics.map((t) => (t === old ? updated : t)) };
}

/** The id {@link addTopic} gives a topic labelled `label`: a unique slug of it. */
export function newTopicId(annotations: Annotations, label: string): string {
  return uniqueSlug(slugify(label, 'topic'), new Set(annotations.topics.map((t) => t.id)));
}

/** Appends a topic; `parent` (an existing topic id) places it in a codebook. */
export function addTopic(annotations: Annotations, label: string, options: { id?: string; parent?: string } = {}): Annotations {
  const trimmed = checkName(label, message('A topic’s label'));
  if (options.parent !== undefined) requireTopic(annotations, options.parent);
  let id = options.id;
  if (id === undefined) id = newTopicId(annotations, trimmed);
  else if (!isValidId(id)) throw new AnnotationError('invalid-id', message('"{0}" is not a valid topic id.', id));
  else if (annotations.topics.some((t) => t.id === id)) throw new AnnotationError('duplicate-id', message('A topic with id "{0}" already exists.', id));
  const topic: Topic = { id, label: trimmed, ...(options.parent !== undefined ? { parent: options.parent } : {}), passages: [] };
  return { ...annotations, topics: [...annotations.topics, topic] };
}

/**
 * Removes a topic: its subtopics move up to its parent, and quotations lose the tag. Its
 * tagged passages go with it.
 */
export function removeTopic(annotations: Annotations, id: string): Annotations {
  const topic = requireTopic(annotations, id);
  const topics = annotations.topics
    .filter((t) => t !== topic)
    .map((t) => {
      if (t.parent !== id) return t;
      const rest = omit(t, 'parent');
      return topic.parent === undefined ? rest : { ...rest, parent: topic.parent };
    });
  const quotations = annotations.quotations.some((q) => q.topics.includes(id))
    ? annotations.quotations.map((q) => (q.topics.includes(id) ? { ...q, topics: q.topics.filter((t) => t !== id) } : q))
    : annotations.quotations;
  return { ...annotations, topics, quotations };
}

/** Tags a passage with a topic (no change if it is already tagged). */
export function tagPassage(annotations: Annotations, topicId: string, anchor: Anchor): Annotations {
  checkAnchor(anchor);
  const topic = requireTopic(annotations, topicId);
  const passages = withAnchor(topic.passages, anchor);
  return passages === topic.passages ? annotations : replaceTopic(annotations, topic, { ...topic, passages });
}

export function untag(annotations: Annotations, topicId: string, anchor: Anchor): Annotations {
  const topic = requireTopic(annotations, topicId);
  if (!hasAnchor(topic.passages, anchor)) {
    throw new AnnotationError('unknown-passage', message('The passage “{0}” is not tagged "{1}".', describeAnchor(anchor), topicId));
  }
  return replaceTopic(annotations, topic, { ...topic, passages: withoutAnchor(topic.passages, anchor) });
}

/**
 * Tags a passage with the topic called `label` (its label or its id), creating the topic when
 * there is none: the one policy for "tag with topic" wherever it is offered.
 */
export function tagWithTopic(annotations: Annotations, label: string, anchor: Anchor): Annotations {
  const existing = annotations.topics.find((t) => t.label === label || t.id === label);
  if (existing) return tagPassage(annotations, existing.id, anchor);
  const topicId = newTopicId(annotations, label);
  return tagPassage(addTopic(annotations, label, { id: topicId }), topicId, anchor);
}
