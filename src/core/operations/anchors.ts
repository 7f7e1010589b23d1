/**
 * Stored spans are identified by their anchor (exact text plus context), so that two
 * branches adding the same thing produce equal entries. These helpers keep anchor lists
 * free of duplicates and leave them untouched (same array) when nothing changes.
 */
import { message } from '../messages';
import type { Anchor } from '../model';
import { AnnotationError } from './errors';

export function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.text === b.text && a.before === b.before && a.after === b.after;
}

export function hasAnchor(list: readonly Anchor[], anchor: Anchor): boolean {
  return list.some((a) => sameAnchor(a, anchor));
}

/** `list` with `anchor` appended, or `list` itself when it is already there. */
export function withAnchor(list: readonly Anchor[], anchor: Anchor): readonly Anchor[] {
  return hasAnchor(list, anchor) ? list : [...list, copyAnchor(anchor)];
}

/** `list` without `anchor`, or `list` itself when it is not there. */
export function withoutAnchor(list: readonly Anchor[], anchor: Anchor): readonly Anchor[] {
  return hasAnchor(list, anchor) ? list.filter((a) => !sameAnchor(a, anchor)) : list;
}

/** A plain copy, so that no caller-owned object (with extra fields) ends up in the model. */
export function copyAnchor(anchor: Anchor): Anchor {
  return { text: anchor.text, before: anchor.before, after: anchor.after };
}

export function checkAnchor(anchor: Anchor): void {
  if (typeof anchor?.text !== 'string' || anchor.text.length === 0 || typeof anchor.before !== 'string' || typeof anchor.after !== 'string') {
    throw new AnnotationError('invalid-anchor', message('An anchor needs a non-empty text and string context before and after it.'));
  }
}

/** A short form of an anchor for messages: its text, shortened (the message quotes it). */
export function describeAnchor(anchor: Anchor): string {
  return anchor.text.length > 40 ? `${anchor.text.slice(0, 39)}…` : anchor.text;
}
