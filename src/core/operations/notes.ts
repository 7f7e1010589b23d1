/** Notes: free text on a span. A span has at most one note: adding one where one is replaces its text. */
import { message } from '../messages';
import type { Anchor, Annotations } from '../model';
import { checkAnchor, copyAnchor, describeAnchor, sameAnchor } from './anchors';
import { AnnotationError } from './errors';

export function addNote(annotations: Annotations, anchor: Anchor, text: string): Annotations {
  checkAnchor(anchor);
  if (typeof text !== 'string' || text.trim() === '') throw new AnnotationError('invalid-note', message('A note cannot be empty.'));
  const existing = annotations.notes.find((n) => sameAnchor(n.anchor, anchor));
  if (existing === undefined) return { ...annotations, notes: [...annotations.notes, { anchor: copyAnchor(anchor), text }] };
  if (existing.text === text) return annotations;
  return { ...annotations, notes: annotations.notes.map((n) => (n === existing ? { ...n, text } : n)) };
}

export function removeNote(annotations: Annotations, anchor: Anchor): Annotations {
  if (!annotations.notes.some((n) => sameAnchor(n.anchor, anchor))) {
    throw new AnnotationError('unknown-note', message('There is no note on “{0}”.', describeAnchor(anchor)));
  }
  return { ...annotations, notes: annotations.notes.filter((n) => !sameAnchor(n.anchor, anchor)) };
}
