/** Three-way merge of one value (a field of an entry). */
import { sameValue } from '../equality';

export interface ScalarOutcome<T> {
  /** The merged value: the side that changed it, or "ours" when both changed it differently. */
  readonly value: T | undefined;
  /** Both sides changed the value, to different values. */
  readonly conflict: boolean;
}

/**
 * Merges a value changed on zero, one or both sides. `undefined` stands for "absent", so a
 * value added on one side, or removed on one side, is a change like any other.
 */
export function mergeScalar<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined): ScalarOutcome<T> {
  if (sameValue(ours, theirs) || sameValue(theirs, base)) return { value: ours, conflict: false };
  if (sameValue(ours, base)) return { value: theirs, conflict: false };
  return { value: ours, conflict: true };
}
