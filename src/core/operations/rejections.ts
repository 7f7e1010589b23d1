/** Suggestions the user rejected, remembered so that they are not proposed again. */
import { message } from '../messages';
import type { Anchor, Annotations, Rejection } from '../model';
import { checkAnchor, copyAnchor, describeAnchor, sameAnchor } from './anchors';
import { AnnotationError } from './errors';

const isSame = (r: Rejection, kind: Rejection['kind'], anchor: Anchor) => r.kind === kind && sameAnchor(r.anchor, anchor);

/** Remembers a rejected suggestion (no change if it is already remembered). */
export function rejectSuggestion(annotations: Annotations, kind: Rejection['kind'], anchor: Anchor): Annotations {
  checkAnchor(anchor);
  if (annotations.rejected.some((r) => isSame(r, kind, anchor))) return annotations;
  return { ...annotations, rejected: [...annotations.rejected, { kind, anchor: copyAnchor(anchor) }] };
}

/** Forgets a rejection: the suggestion may be proposed again. */
export function unrejectSuggestion(annotations: Annotations, kind: Rejection['kind'], anchor: Anchor): Annotations {
  if (!annotations.rejected.some((r) => isSame(r, kind, anchor))) {
    throw new AnnotationError('unknown-rejection', message('No {0} suggestion “{1}” was rejected.', kind === 'actor' ? message('actor') : message('quotation'), describeAnchor(anchor)));
  }
  return { ...annotations, rejected: annotations.rejected.filter((r) => !isSame(r, kind, anchor)) };
}
